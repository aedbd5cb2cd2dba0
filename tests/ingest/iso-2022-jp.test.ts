import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode.js";
import { parseDocument } from "../../src/ingest/index.js";

// ISO-2022-JP, the charset Japanese mail has long been sent in, is 7-bit: its kanji are ASCII bytes
// between escape sequences ("\x1b$B" … "\x1b(B"). iconv-lite has no decoder for it, so a part that
// declared it was read as UTF-8 (every byte valid), its text the escapes and letters ("\x1b$BEl5~\x1b(B"
// for 東京) and its title the same. The platform's decoder (WHATWG, in Node's TextDecoder) reads it.
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
// 東京 委員会は金曜日、配分を三分の一削減すると発表した。 (Tokyo: the committee said on Friday it would cut allocations by a third.)
const JIS_LINE = '\x1b$BEl5~\x1b(B \x1b$B0Q0w2q$O6bMKF|!"G[J,$r;0J,$N0l:o8:$9$k$HH/I=$7$?!#\x1b(B';
const LINE = "東京 委員会は金曜日、配分を三分の一削減すると発表した。";

describe("a part declared ISO-2022-JP is read as Japanese (src/ingest/decode.ts)", () => {
  // An ISO-2022-KR text: its announcer, then a Korean run between SO and SI.
  const KR_TEXT = "\x1b$)C\nSeoul \x0e:9?o\x0f said the minister.\n";
  it.each([
    ["must: ISO-2022-JP", JIS_LINE, "iso-2022-jp", LINE, "iso-2022-jp"],
    ["must: its other label", JIS_LINE, "csISO2022JP", LINE, "iso-2022-jp"],
    // WHATWG reads ISO-2022-KR as one replacement character: never that; read as before (iso-2022.test.ts: with a warning).
    ["must-not: ISO-2022-KR is not turned into one replacement character", KR_TEXT, "iso-2022-kr", KR_TEXT, "utf-8"],
    // A label nothing here reads over ISO-2022-JP's escapes: the escapes tell (iso-2022.ts).
    ["must: a label nothing here reads, over JIS escapes, read by the escapes", JIS_LINE, "iso-2022-kr", LINE, "iso-2022-jp"],
  ])("decodeBytes: %s", (_name, input, label, want, encoding) => {
    expect(decodeBytes(bytes(input), label)).toMatchObject({ text: want, encoding });
  });

  it("must: a mail in ISO-2022-JP: its text and its subject (an encoded word) in Japanese, no escape left", () => {
    const mail = `From: Ken <ken@example.jp>\nSubject: =?ISO-2022-JP?B?GyRCRWw1fiROP2VJVEItGyhC?=\nDate: Fri, 7 Mar 2031 08:00:00 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n${JIS_LINE}\n\n${JIS_LINE}\n`;
    const { document } = parseDocument("tokyo.eml", bytes(mail));
    const a = document.articles[0];
    expect(a.container?.title).toBe("東京の水不足");
    expect(a.text).toContain(LINE);
    expect(a.text).not.toContain("\x1b");
    expect(a.encoding).toBe("iso-2022-jp");
  });
});
