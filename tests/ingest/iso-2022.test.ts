import { describe, expect, it } from "vitest";
import { binaryReason, decodeBytes } from "../../src/ingest/decode.js";
import { parseDocument } from "../../src/ingest/index.js";
import { iso2022Of } from "../../src/ingest/iso-2022.js";

// ISO-2022 text with no charset said: 7-bit, so it was read as UTF-8, escapes and Latin letters.
// Made-up lines. 東京 委員会は金曜日、配分を三分の一削減すると発表した。 in ISO-2022-JP:
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const JIS_LINE = '\x1b$BEl5~\x1b(B \x1b$B0Q0w2q$O6bMKF|!"G[J,$r;0J,$N0l:o8:$9$k$HH/I=$7$?!#\x1b(B';
const LINE = "東京 委員会は金曜日、配分を三分の一削減すると発表した。";
// A Korean mail's announcer line and a shifted run (SO … SI): no decoder here reads ISO-2022-KR.
const KR_TEXT = "\x1b$)C\nSeoul \x0e:9?o\x0f said the minister.\n";

describe("iso2022Of", () => {
  it.each([
    ["must: ISO-2022-JP by ESC $ B … ESC ( B", JIS_LINE, { charset: "iso-2022-jp", escape: "ESC $ B" }],
    ["must: its 1978 set and JIS-Roman, ESC $ @ … ESC ( J", "\x1b$@El5~\x1b(J Tokyo", { charset: "iso-2022-jp", escape: "ESC $ @" }],
    ["must: ISO-2022-KR by its announcer", KR_TEXT, { charset: "iso-2022-kr", escape: "ESC $ ) C" }],
    ["must: ISO-2022-CN by ESC $ ) A", "\x1b$)A\x0e:C\x0f Beijing", { charset: "iso-2022-cn", escape: "ESC $ ) A" }],
    ["must-not: no escape", "Plain words, said the mayor.", null],
    ["must-not: a terminal colour code", "\x1b[31mred\x1b[0m text", null],
    ["must-not: a switch in but none back", "\x1b$BEl5~ and on", null],
    ["must-not: 8-bit bytes around the escapes (UTF-8 text)", "caf\xc3\xa9 \x1b$BEl5~\x1b(B", null],
  ])("%s", (_name, text, want) => {
    expect(iso2022Of(bytes(text))).toEqual(want);
  });
});

describe("decodeBytes with no charset, or ASCII said, over ISO-2022 bytes", () => {
  it.each([
    ["must: none declared", null],
    ["must: US-ASCII declared (a mail program's default)", "us-ascii"],
    ["must: UTF-8 declared", "utf-8"],
  ])("%s: read as ISO-2022-JP, saying so", (_name, declared) => {
    const d = decodeBytes(bytes(JIS_LINE), declared);
    expect(d).toMatchObject({ text: LINE, encoding: "iso-2022-jp" });
    expect(d.notes.map((n) => [n.ruleId, n.severity])).toEqual([["ingest/charset-sniffed", "info"]]);
  });

  it("must-not: a charset said that is no ASCII superset's label is kept (Shift_JIS)", () => {
    expect(decodeBytes(bytes(JIS_LINE), "shift_jis").encoding).toBe("shift_jis");
  });

  it("must: ISO-2022-KR, which nothing here decodes, is said with a warning, not read silently", () => {
    const d = decodeBytes(bytes(KR_TEXT), null);
    expect(d.notes).toEqual([expect.objectContaining({ ruleId: "ingest/charset-sniffed", severity: "warning" })]);
    expect(d.notes[0].reason).toContain("ISO-2022-KR");
  });
});

describe("binaryReason over ISO-2022 shift bytes", () => {
  // Korean and Chinese ISO-2022 shift every run of their letters out (SO, 0x0E) and back (SI, 0x0F):
  // a page of such text has a shift byte in every few bytes, which counted as control bytes refused it
  // as binary, hiding the charset warning that says what the file is.
  const manyRuns = (announcer: string) => announcer + "\n" + Array.from({ length: 60 }, () => "\x0e:9?o\x0f \x0eGQ\x0f").join(" ") + "\n";
  it.each([
    ["must: ISO-2022-KR with a shifted run in every word is text", manyRuns("\x1b$)C")],
    ["must: ISO-2022-CN likewise", manyRuns("\x1b$)A")],
  ])("%s", (_name, text) => {
    expect(binaryReason(bytes(text))).toBeNull();
  });
  it("must-not: the same shift bytes with no ISO-2022 announcer stay control bytes", () => {
    expect(binaryReason(bytes(manyRuns("")))).toMatch(/control bytes/);
  });
  it("must: a Korean file that dense is read with the charset warning, not skipped as binary", () => {
    const { diagnostics } = parseDocument("seoul.txt", bytes(manyRuns("\x1b$)C")));
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/charset-sniffed");
  });
});

describe("a Japanese mail with no charset in its header", () => {
  it("must: its text and a raw JIS subject read as Japanese, no escape left, the part's note given", () => {
    const mail = `From: Ken <ken@example.jp>\nSubject: \x1b$BEl5~\x1b(B\nDate: Fri, 7 Mar 2031 08:00:00 +0900\nMIME-Version: 1.0\nContent-Type: text/plain\n\n${JIS_LINE}\n\n${JIS_LINE}\n`;
    const { document, diagnostics } = parseDocument("tokyo.eml", bytes(mail));
    const a = document.articles[0];
    expect(a.container?.title).toBe("東京");
    expect(a.text).toContain(LINE);
    expect(a.text).not.toContain("\x1b");
    expect(a.encoding).toBe("iso-2022-jp");
    expect(diagnostics.some((d) => d.ruleId === "ingest/charset-sniffed")).toBe(true);
  });

  it("must: a plain-text file in ISO-2022-JP is read as Japanese", () => {
    const { document } = parseDocument("tokyo.txt", bytes(`${JIS_LINE}\n\n${JIS_LINE}\n`));
    expect(document.articles[0].text).toContain(LINE);
    expect(document.encoding).toBe("iso-2022-jp");
  });
});
