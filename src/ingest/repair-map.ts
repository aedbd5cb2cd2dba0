/**
 * Offsets back through a repair of the decoded text (decode.ts's mojibake repair, lost-byte.ts): the
 * repaired text is shorter than the file ("DÃ¡te" is "Dáte"), and extract's sourceStart/sourceEnd,
 * check's `file:line:col`, must count the file's characters, not the repaired text's. Each repair
 * records what it replaced; the edits give a map from the repaired text to the text it was made from.
 */

/** `len` characters at `at` (in the text before) became `out` characters. */
export type Edit = { readonly at: number; readonly len: number; readonly out: number };

/**
 * For each character of the edited text, and one past its end, its offset in the text before the
 * edits (`before` characters long). A character an edit put in stands where the characters it
 * replaced start, so a quote that opens on it opens on them. Edits in order, none overlapping.
 */
export function editOffsets(before: number, edits: readonly Edit[]): Int32Array {
  let after = before;
  for (const e of edits) after += e.out - e.len;
  const map = new Int32Array(after + 1);
  let i = 0;
  let j = 0;
  for (const e of edits) {
    while (j < e.at) map[i++] = j++;
    for (let k = 0; k < e.out; k++) map[i++] = e.at;
    j = e.at + e.len;
  }
  while (j < before) map[i++] = j++;
  map[i] = before;
  return map;
}

/** Offsets through two steps, `first` then `second`: each character of the last text in the first text (null: a step that changed nothing). */
export function thenMap(first: Int32Array | null, second: Int32Array | null): Int32Array | null {
  if (!first) return second;
  if (!second) return first;
  return ledThrough(second, first);
}

/**
 * Offsets into a repaired text led on through the repair's map (`through`, one entry a character of
 * that text and one past its end) to the text it was made from; an offset past the end stands at its end.
 */
export function ledThrough(offsets: Int32Array, through: Int32Array): Int32Array {
  return offsets.map((o) => through[Math.min(o, through.length - 1)]);
}

/** The edits that turned a run of characters, each one byte of UTF-8, into `fixed`: one a character, as wide as its bytes. */
export function utf8Edits(at: number, fixed: string, edits: Edit[]): void {
  let pos = at;
  for (const ch of fixed) {
    const cp = ch.codePointAt(0)!;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    edits.push({ at: pos, len: bytes, out: ch.length });
    pos += bytes;
  }
}
