/**
 * Quoted-printable (RFC 2045), the one reading of an "=XX" escape that both the body's decoding
 * (mail.ts) and the offsets back to the file (mail-offsets.ts) use, so the two cannot disagree on
 * what an escape is. decodeQuotedPrintable is libqp's decode (mailparser's decoder, which the mail
 * tests hold it to) step for step: a line's trailing blanks dropped, soft line breaks dropped, then
 * each escape one byte and every other character its low byte.
 */

/** 0-15 for a hex digit's character code (either case), else -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The byte an "=XX" escape at `j` of `text` stands for, or -1 when none stands there. */
export function qpEscapeByte(text: string, j: number): number {
  if (text.charCodeAt(j) !== 61 /* = */) return -1;
  const hi = hexValue(text.charCodeAt(j + 1));
  const lo = hi < 0 ? -1 : hexValue(text.charCodeAt(j + 2));
  return lo < 0 ? -1 : hi * 16 + lo;
}

/** A quoted-printable body (a string of one character a byte, as latin1 reads it) as its bytes. */
export function decodeQuotedPrintable(str: string): Uint8Array {
  const input = str
    // A line's trailing blanks; the leading group keeps this linear (a bare /[\t ]+$/gm rescans a run from each of its blanks).
    .replace(/(^|[^ \t])[ \t]+(?=[\n\r\u2028\u2029]|$)/g, "$1")
    // Soft line breaks: "=" at a line's end, and at the text's.
    .replace(/[=](?:\r?\n|$)/g, "");
  const len = input.length;
  // Each escape is one byte for three characters: counted first, so the bytes take no more room than they need.
  let escapes = 0;
  for (let i = input.indexOf("="); i >= 0 && i < len - 2; i = input.indexOf("=", i + 1)) {
    if (qpEscapeByte(input, i) >= 0) {
      escapes++;
      i += 2;
    }
  }
  const out = new Uint8Array(len - 2 * escapes);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = input.charCodeAt(i);
    const b = c === 61 && i < len - 2 ? qpEscapeByte(input, i) : -1;
    if (b >= 0) {
      out[n++] = b;
      i += 2;
    } else out[n++] = c;
  }
  return out;
}
