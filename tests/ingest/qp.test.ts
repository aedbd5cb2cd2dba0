import fc from "fast-check";
import { decode as libqpDecode } from "libqp";
import { describe, expect, it } from "vitest";
import { decodeQuotedPrintable, qpEscapeByte } from "../../src/ingest/qp.js";
import { fuzzRuns, propertyTimeout } from "../property-runs.js";

// One reading of an "=XX" escape for the body's decoding and the offsets back to the file
// (mail-offsets.ts); the decoding is libqp's (mailparser's decoder), held to it here byte for byte.
describe("quoted-printable (src/ingest/qp.ts)", () => {
  it.each([
    ["must: capitals", "=E2", 0, 0xe2],
    ["must: lower case", "=e9", 0, 0xe9],
    ["must: an escape inside a line", "ab=3Dcd", 2, 0x3d],
    ["must: an escape at the text's end", "x=41", 1, 0x41],
    ["must-not: a letter that is no hex digit", "=4G", 0, -1],
    ["must-not: a soft line break", "=\nA", 0, -1],
    ["must-not: a soft line break, CRLF", "=\r\nA", 0, -1],
    ["must-not: a space after the mark", "= A", 0, -1],
    ["must-not: one digit at the text's end", "x=4", 1, -1],
    ["must-not: the mark alone at the end", "x=", 1, -1],
    ["must-not: no mark", "AE2", 0, -1],
    ["must-not: a non-ASCII character after the mark", "=\u00c9A", 0, -1],
  ])("qpEscapeByte: %s", (_name, text, at, want) => {
    expect(qpEscapeByte(text, at)).toBe(want);
  });

  it.each([
    ["escapes and a soft line break", "caf=C3=A9 au=\r\n lait=3D2", "café au lait=2"],
    ["a line's trailing blanks dropped, a soft break after them", "one  \r\ntwo =  \nthree", "one\r\ntwo three"],
    ["a mark that starts no escape stays", "a=4G b=\tc =", "a=4G b=\tc "],
  ])("decodes %s as libqp does", (_name, qp, text) => {
    const ours = decodeQuotedPrintable(qp);
    expect(Buffer.from(ours).toString("utf8")).toBe(text);
    expect(Buffer.from(ours).equals(libqpDecode(qp))).toBe(true);
  });

  const runs = fuzzRuns(500);
  it("decodes every text as libqp does, byte for byte", () => {
    const piece = fc.constantFrom("=", "=", "A", "f", "0", "9", "G", "x", " ", "\t", "\r", "\n", "\r\n", "=\r\n", "=\n", "\u00e9", "\u00ff", "=C3", "=a9");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const qp = parts.join("");
        expect(Buffer.from(decodeQuotedPrintable(qp)).equals(libqpDecode(qp))).toBe(true);
      }),
      { numRuns: runs },
    );
  }, propertyTimeout(runs));
});
