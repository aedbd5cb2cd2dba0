import type { DecodeNote } from "./decode.js";

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
