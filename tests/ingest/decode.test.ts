import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { binaryReason, decodeBytes, repairMojibake, utf16WithoutBom } from "../../src/ingest/decode.js";

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
    // Mojibake whose second byte compatibility folding changed (FOLDED_SIGNS): must repair.
    ["SÃ©golÃ \u0308ne Royal", "Ségolène Royal"], // ¨ -> space + combining diaeresis
    ["hopelessly naÃ \u0304ve", "hopelessly naïve"], // ¯ -> space + combining macron
    ["Representative RaÃol M. Grijalva", "Representative Raúl M. Grijalva"], // º -> o, inside a word
    ["raison d'Ãatre", "raison d'être"], // ª -> a, after an apostrophe
    ["mÃ1\u20444de", "müde"], // ¼ -> 1⁄4
    // Must not: a capital Ã that is Portuguese, or not inside a lower-case word.
    ["SÃO PAULO", "SÃO PAULO"],
    ["SÃo Paulo", "SÃo Paulo"],
    ["Ão is no word", "Ão is no word"],
    ["caÃa", "caÃa"], // "a" then no lower-case letter after it: not inside a word
    // Mangled twice, the second time read as ISO-8859-1 (the C1 control kept, or dropped).
    ["Tr\u00C3\u0083\u00C2\u00A9vidic", "Trévidic"],
    ["FranÃÂ§ois", "François"],
    ["TrÃƒÂ©vidic", "Trévidic"],
    // A C1 control alone is no mojibake: left as found.
    ["a \u0083 b", "a \u0083 b"],
  ])("%s -> %s", (input, out) => {
    expect(repairMojibake(input).text).toBe(out);
  });

  it("says how many were mangled twice and how many had lost a byte", () => {
    const twice = decodeBytes(utf8("TrÃƒÂ©vidic and FranÃ§ois"));
    expect(twice.text).toBe("Trévidic and François");
    expect(twice.notes.find((n) => n.ruleId === "ingest/mojibake")?.reason).toBe('repaired double-encoded UTF-8: 2 mis-decoded character sequences (UTF-8 read as windows-1252; 1 of them read so twice, e.g. "ÃƒÂ©" -> "é")');
    const lost = decodeBytes(utf8("the realÃ¢€world concerns"));
    expect(lost.text).toBe("the real\u2010world concerns");
    expect(lost.notes.find((n) => n.ruleId === "ingest/mojibake")?.reason).toBe('repaired double-encoded UTF-8: 1 mis-decoded character sequence (UTF-8 read as windows-1252; 1 that had lost a byte, put back by where it stands, e.g. "â€" -> "‐" (hyphen))');
  });

  it("says what it repaired, with an example", () => {
    const d = decodeBytes(utf8("FranÃ§ois Delattre and SÃ©golÃ \u0308ne Royal"));
    expect(d.text).toBe("François Delattre and Ségolène Royal");
    expect(d.notes.find((n) => n.ruleId === "ingest/mojibake")?.reason).toBe('repaired double-encoded UTF-8: 3 mis-decoded character sequences (UTF-8 read as windows-1252, e.g. "Ã§" -> "ç")');
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

describe("UTF-16 without a byte-order mark", () => {
  const story = "“We are ready,” said José Pérez, the mayor of Smallville, on Monday.\n";
  const le = new Uint8Array(Buffer.from(story, "utf16le"));
  const be = new Uint8Array(Buffer.from(story, "utf16le").swap16());
  const must: readonly [string, Uint8Array, string][] = [
    ["little-endian", le, "utf-16le"],
    ["big-endian", be, "utf-16be"],
    ["little-endian cut in the middle of a character", le.subarray(0, le.length - 1), "utf-16le"],
  ];
  for (const [label, bytes, order] of must) {
    it(`reads ${label} text, with an info note`, () => {
      expect(binaryReason(bytes)).toBeNull();
      const d = decodeBytes(bytes);
      expect(d.encoding).toBe(order);
      expect(d.text.startsWith(story.slice(0, 40))).toBe(true);
      expect(d.notes.map((n) => [n.ruleId, n.severity])).toEqual([["ingest/utf16-no-bom", "info"]]);
    });
  }

  const mustNot: readonly [string, Uint8Array][] = [
    ["four bytes with one zero", new Uint8Array([0x41, 0x00, 0x42, 0x43])],
    ["16-bit numbers below 32 (zeros in every other place, control characters as text)", new Uint8Array(new Uint16Array(Array.from({ length: 64 }, (_, i) => i % 20)).buffer)],
    ["UTF-8 text", utf8(story)],
    ["zeros scattered through other bytes", new Uint8Array(Array.from({ length: 256 }, (_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26))))],
  ];
  for (const [label, bytes] of mustNot) it(`leaves ${label} alone`, () => expect(utf16WithoutBom(bytes)).toBeNull());
  it("still calls zero-laden binary data binary", () => expect(binaryReason(mustNot[1][1])).toMatch(/NUL/));
});

describe("documents quotecheck does not read are refused by name", () => {
  const zip = (name: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(`\u0014\u0000${name}xml`)]);
  it.each([
    ["a .docx", zip("word/document."), /a Word document \(\.docx\)/],
    ["an .odt", zip("mimetypeapplication/vnd.oasis.opendocument.text"), /an OpenDocument text/],
    ["a ZIP of something else", zip("data/"), /ZIP archive/],
    ["an RTF document", new TextEncoder().encode("{\\rtf1\\ansi Port reopens \\ldblquote here\\rdblquote\\par}"), /an RTF document/],
  ] as [string, Uint8Array, RegExp][])("%s", (_name, bytes, reason) => {
    expect(binaryReason(bytes)).toMatch(reason);
  });
  it("not: a text that mentions RTF", () => {
    expect(binaryReason(new TextEncoder().encode("The {\\rtf1} header opens every RTF file."))).toBeNull();
  });
});

// A page's <meta> or a mail part's Content-Type that names a one-byte charset over bytes written in
// UTF-8 (a template's old header kept after the site moved to UTF-8): read by the label, a closing
// ” (E2 80 9D) lost its last byte, which windows-1252 leaves undefined, and the quote with it.
describe("a declared charset the bytes contradict", () => {
  const story = "“We will rebuild the city,” said the mayor, François Dupont. “It will take years.”";

  it.each(["iso-8859-1", "windows-1252", "latin1", "koi8-r"])("must read valid UTF-8 declared %s as UTF-8, with a note naming both", (label) => {
    const d = decodeBytes(utf8(story), label);
    expect(d.text).toBe(story);
    expect(d.encoding).toBe("utf-8");
    expect(d.notes.map((n) => `${n.ruleId}: ${n.reason}`)).toEqual([`ingest/charset-mismatch: declared ${label}, but the bytes are valid UTF-8; read as UTF-8`]);
  });

  it("must not override the label for bytes that are not valid UTF-8 (real windows-1252, one byte é)", () => {
    const d = decodeBytes(cp1252(story), "windows-1252");
    expect(d.text).toBe(story);
    expect(d.encoding).toBe("windows-1252");
    expect(d.notes).toEqual([]);
  });

  it("must not note plain ASCII under a one-byte label (both read it alike)", () => {
    const d = decodeBytes(utf8('"We will rebuild," said the mayor.'), "iso-8859-1");
    expect(d.notes).toEqual([]);
    expect(d.encoding).toBe("windows-1252");
  });
});

// A text with a few NUL bytes (padding a crash or an interrupted copy leaves at its end, a damaged
// copy) was skipped whole as binary; its words are there all the same.
describe("NUL bytes in a text", () => {
  const story = '"We will rebuild," said the mayor, John Smith, on Monday. "We are ready," said Jane Roe.\n';

  it("must read a text padded with NUL bytes at its end, without them, with a warning", () => {
    const bytes = concat(utf8(story), new Uint8Array(4096));
    expect(binaryReason(bytes)).toBeNull();
    const d = decodeBytes(bytes);
    expect(d.text).toBe(story);
    expect(d.notes.map((n) => `${n.severity} ${n.ruleId}: ${n.reason}`)).toEqual([
      "warning ingest/nul-bytes: the text ends in 4096 NUL bytes (padding a crash or an interrupted copy leaves); read without them: the text may be cut short",
    ]);
  });

  it("must read a text with a stray NUL byte inside, without it, with a warning", () => {
    const bytes = concat(utf8(story.slice(0, 30)), new Uint8Array(1), utf8(story.slice(30)));
    expect(binaryReason(bytes)).toBeNull();
    const d = decodeBytes(bytes);
    expect(d.text).toBe(story);
    expect(d.notes.map((n) => `${n.severity} ${n.ruleId}: ${n.reason}`)).toEqual(["warning ingest/nul-bytes: 1 NUL byte inside the text (a damaged copy?); read without it"]);
  });

  it.each([
    ["a NUL in every few bytes", concat(utf8("AB"), new Uint8Array(1), utf8("CD"), new Uint8Array(2), utf8("EF"))],
    ["nothing but NUL bytes", new Uint8Array(64)],
    ["binary data with many NULs", Uint8Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26)))],
    ["random bytes with few NULs (control bytes)", Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)],
  ])("must still refuse %s as binary", (_name, bytes) => {
    expect(binaryReason(bytes)).toMatch(/binary content/);
  });

  it("must leave UTF-16 without a byte-order mark as UTF-16 (its zero bytes are its text)", () => {
    const d = decodeBytes(new Uint8Array(Buffer.from(story, "utf16le")));
    expect(d.text).toBe(story);
    expect(d.notes.map((n) => n.ruleId)).toEqual(["ingest/utf16-no-bom"]);
  });
});
