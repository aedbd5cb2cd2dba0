/**
 * Offsets from a mail's body text back to the file it came in (Article.sourceOffsets, through
 * articlesFromText's `sourceMap`), as a text file's articles have them: extract's sourceStart and
 * sourceEnd, and check's and the reports' `file:line:col`, follow the map instead of searching the
 * file for the words (which a quoted-printable soft line break in a name defeats).
 *
 * The body was decoded from the part's bytes (quoted-printable undone, the charset read, CRLF made
 * LF), so the map is made by following the body through the file's text character by character:
 * a character the file has as it is, an "=XX" escape (its further "=XX" for the rest of a UTF-8
 * character's bytes), a soft line break "=" at a line's end passed over, CR before LF passed over.
 * Anything else (base64, format=flowed, a repaired mis-decoding, a file decoded in another charset)
 * stops the walk and gives no map: a wrong offset is worse than none.
 */

// The "=XX" escape's own small test: the body itself is decoded by libqp (mail.ts), which keeps its
// test private. A hand port of libqp to share one test was tried and left out (thirty-ninth session):
// a library's decoder is not code to keep a copy of.
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const hexByte = (t: string, j: number): number => (isHex(t.charCodeAt(j + 1)) && isHex(t.charCodeAt(j + 2)) ? parseInt(t.slice(j + 1, j + 3), 16) : -1);

/**
 * For each character of `body` (and one past its end) its offset in `file`, the body's text
 * starting at `start`; null where the body does not follow the file. `qp`: the part is
 * quoted-printable; `utf8`: its charset is UTF-8 (a character may take several "=XX").
 */
export function mailBodyMap(file: string, start: number, body: string, qp: boolean, utf8: boolean): Int32Array | null {
  return mailBodyExtents(file, start, body, qp, utf8)?.offsets ?? null;
}

/**
 * mailBodyMap's offsets and, where a character came in "=XX" escapes (several characters of the
 * file for one of the body), each character's end in the file (repair-map.ts's extents); `ends`
 * null when every character was one.
 */
export function mailBodyExtents(file: string, start: number, body: string, qp: boolean, utf8: boolean): { readonly offsets: Int32Array; readonly ends: Int32Array | null } | null {
  const map = new Int32Array(body.length + 1);
  let ends: Int32Array | null = null;
  let j = start;
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    for (;;) {
      if (j >= file.length) return null;
      const c = file.charCodeAt(j);
      if (qp && c === 61 /* = */) {
        // a soft line break: "=" at the end of a line, the line break itself not in the text
        if (file.charCodeAt(j + 1) === 10) { j += 2; continue; }
        if (file.charCodeAt(j + 1) === 13 && file.charCodeAt(j + 2) === 10) { j += 3; continue; }
        const b = hexByte(file, j);
        // an escape stands for this character: an ASCII byte only for itself, a higher one for a non-ASCII character
        if (b >= 0 && (b < 0x80 ? b === ch : ch >= 0x80)) {
          map[i] = j;
          j += 3;
          // a UTF-8 character's further bytes (10xxxxxx), each its own "=XX"
          if (utf8 && b >= 0xc0) while (file.charCodeAt(j) === 61 && (hexByte(file, j) & 0xc0) === 0x80) j += 3;
          // a character outside the BMP is two UTF-16 units of the body for one run of escapes
          const pair = ch >= 0xd800 && ch <= 0xdbff && i + 1 < body.length;
          ends ??= widthOne(map, i);
          ends[i] = j;
          if (pair) {
            map[i + 1] = map[i];
            i++;
            ends[i] = j;
          }
          break;
        }
      }
      if (c === ch) {
        map[i] = j++;
        if (ends) ends[i] = j;
        break;
      }
      // CRLF in the file is LF in the body
      if (ch === 10 && c === 13 && file.charCodeAt(j + 1) === 10) { j++; continue; }
      return null;
    }
  }
  map[body.length] = j;
  if (ends) ends[body.length] = j;
  return { offsets: map, ends };
}

/** The ends of the first `n` characters of `map`, each one character wide, in an array for them all. */
function widthOne(map: Int32Array, n: number): Int32Array {
  const ends = new Int32Array(map.length);
  for (let k = 0; k < n; k++) ends[k] = map[k] + 1;
  return ends;
}

/**
 * The offset in the decoded file's text of byte `at` of the file, when the text was read as UTF-8
 * (a BOM not in the text) or in a one-byte charset; null for UTF-16. What follows is checked by
 * mailBodyMap, which gives no map when this lands anywhere else than the body.
 */
export function charOffsetOfByte(bytes: Uint8Array, at: number, encoding: string): number | null {
  if (/^utf-16/i.test(encoding)) return null;
  if (!/^utf-8/i.test(encoding)) return at;
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let n = 0;
  for (let k = from; k < at; k++) {
    const b = bytes[k];
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}
