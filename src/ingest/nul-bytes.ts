import type { DecodeNote } from "./decode.js";
import { type Edit, editOffsets } from "./repair-map.js";

// NUL bytes in a text: a few (padding at its end, a damaged copy) leave it text, read without them.

/** A text may hold one NUL byte in this many (5%, as many as control bytes) and still be text. */
export const MAX_NUL_SHARE = 20;

/**
 * The index of the first NUL byte in bytes[0, to), or -1. Buffer's search (memchr) over the same memory,
 * no copy: a typed array's own indexOf walks it element by element, about ten times slower, and every
 * file is searched so (decodeBytes, utf16WithoutBom).
 */
export function firstNul(bytes: Uint8Array, to = bytes.length): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(to, bytes.length)).indexOf(0);
}

/** How many NUL bytes the bytes end in. */
export function trailingNuls(bytes: Uint8Array): number {
  let k = bytes.length;
  while (k > 0 && bytes[k - 1] === 0) k--;
  return bytes.length - k;
}

/**
 * The bytes without their NUL bytes, and a note saying how many and where, or null when there are
 * none. NUL is no character of any text quotecheck reads (UTF-16 keeps its zero bytes: it is
 * decoded before this); binaryReason has already refused bytes with more than a few.
 */
export function withoutNuls(bytes: Uint8Array): { bytes: Uint8Array; note: DecodeNote } | null {
  if (firstNul(bytes) < 0) return null;
  const tail = trailingNuls(bytes);
  const kept = bytes.filter((b) => b !== 0);
  const inside = bytes.length - kept.length - tail;
  const parts: string[] = [];
  if (tail) parts.push(`the text ends in ${tail} NUL byte${tail > 1 ? "s" : ""} (padding a crash or an interrupted copy leaves)`);
  if (inside) parts.push(`${inside} NUL byte${inside > 1 ? "s" : ""} inside the text (a damaged copy?)`);
  const reason = `${parts.join("; ")}; read without ${inside + tail > 1 ? "them" : "it"}${tail ? ": the text may be cut short" : ""}`;
  return { bytes: kept, note: { ruleId: "ingest/nul-bytes", reason, severity: "warning" } };
}

/**
 * The text as the file decodes with the NUL bytes inside it (each one U+0000, as UTF-8 and every
 * one-byte charset read it; those it ends in are padding after all text, left out), and, for each
 * character of `text` and one past its end, its offset there (repair-map.ts): a NUL an editor shows
 * is a character check's `file:line:col` and extract's sourceStart count. `kept`: the bytes `text`
 * was decoded from (`original` without its NULs), from byte `from` (past a BOM); `utf8`: decoded as
 * UTF-8. Null when no NUL stands inside the text, or when the text's characters cannot be counted
 * byte by byte (a multi-byte legacy charset, a file of mixed encodings).
 */
export function nulsBack(original: Uint8Array, kept: Uint8Array, text: string, utf8: boolean, from: number): { readonly text: string; readonly offsets: Int32Array } | null {
  const end = original.length - trailingNuls(original);
  // Each inner NUL's place among the kept bytes.
  const places: number[] = [];
  for (let b = firstNul(original, end); b >= 0 && b < end; b = original.indexOf(0, b + 1)) places.push(b - places.length);
  if (!places.length) return null;
  if (!utf8 && text.length !== kept.length - from) return null;
  const chars: number[] = [];
  if (utf8) {
    // A character's first byte counts one, a four-byte one two (a surrogate pair).
    let n = 0;
    let k = from;
    for (const place of places) {
      for (; k < place; k++) {
        const b = kept[k];
        if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
      }
      chars.push(n);
    }
  } else for (const place of places) chars.push(place - from);
  if (chars[chars.length - 1] > text.length) return null;
  let raw = "";
  let at = 0;
  const edits: Edit[] = [];
  chars.forEach((c, j) => {
    raw += text.slice(at, c) + "\0";
    at = c;
    edits.push({ at: c + j, len: 1, out: 0 });
  });
  raw += text.slice(at);
  return { text: raw, offsets: editOffsets(raw.length, edits) };
}
