import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { binaryReason, decodeBytes, repairMojibake } from "../../src/ingest/decode.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) => new Uint8Array(iconv.encode(s, "win1252"));
const concat = (...parts: Uint8Array[]): Uint8Array => Buffer.concat(parts);

describe("decodeBytes", () => {
  const text = "The mayor’s “final” offer: €5 café";

  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeBytes(utf8(text))).toMatchObject({ text, encoding: "utf-8", notes: [] });
    const bom = decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text)));
    expect(bom).toMatchObject({ text, encoding: "utf-8 (BOM)" });
  });

  it("reads UTF-16 with a BOM", () => {
    const le = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(decodeBytes(le).text).toBe(text);
  });

  it("falls back to windows-1252 for bytes that are not UTF-8 (curly quotes and € included)", () => {
    const d = decodeBytes(cp1252(text));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe("windows-1252");
  });

  it("honours a declared charset, and reads ISO-8859-1 as windows-1252 as browsers do", () => {
    expect(decodeBytes(cp1252(text), "ISO-8859-1").text).toBe(text);
    expect(decodeBytes(new Uint8Array(iconv.encode("Привет", "koi8-r")), "koi8-r").text).toBe("Привет");
  });

  it("decodes a file that mixes UTF-8 and windows-1252 line by line, and says so", () => {
    const mixed = concat(utf8("First line “in UTF-8”.\n"), cp1252("Second line “in windows-1252”.\n"));
    const d = decodeBytes(mixed);
    expect(d.text).toBe("First line “in UTF-8”.\nSecond line “in windows-1252”.\n");
    expect(d.notes.map((n) => n.ruleId)).toContain("ingest/mixed-encoding");
  });

  it("drops a UTF-8 character cut off at the end of the file, with a warning", () => {
    const bytes = utf8("It ended with “");
    const d = decodeBytes(bytes.subarray(0, bytes.length - 2));
    expect(d.text).toBe("It ended with ");
    expect(d.notes[0]).toMatchObject({ ruleId: "ingest/truncated-utf8", severity: "warning" });
  });

  it("repairs mojibake so 'â€™' never reaches the output", () => {
    const d = decodeBytes(utf8("The worldâ€™s â€œbestâ€\u009d cafÃ© costs â‚¬5."));
    expect(d.text).toBe("The world’s “best” café costs €5.");
    expect(d.notes.map((n) => n.ruleId)).toContain("ingest/mojibake");
  });
});

describe("repairMojibake", () => {
  it.each([
    ["Ã¢â‚¬â„¢", "’"], // mangled twice
    ["naÃ¯ve", "naïve"],
    ["plain ASCII stays", "plain ASCII stays"],
    ["Ångström and Ærø are real words", "Ångström and Ærø are real words"],
    ["Â£ sign", "£ sign"],
  ])("%s -> %s", (input, out) => {
    expect(repairMojibake(input).text).toBe(out);
  });
});

describe("binaryReason", () => {
  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], /PDF/],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /PNG/],
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /ZIP/],
    [[0x41, 0x00, 0x42, 0x43], /NUL/],
  ])("names %j", (bytes, re) => {
    expect(binaryReason(new Uint8Array(bytes))).toMatch(re);
  });
  it("lets text through", () => {
    expect(binaryReason(utf8("Plain text\twith a tab\r\n"))).toBeNull();
  });
});
