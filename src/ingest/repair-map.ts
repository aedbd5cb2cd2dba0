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

/*
 * Extents. A start offset a character says where it opens in the text before; where it closes is
 * its start + 1 for a character that was one there, but a repaired "é" was the two characters
 * "Ã©", and "=C3=A9" in a quoted-printable mail six: a span that ends on such a character ends
 * where its last source character does, and the start of the next character is no help (skipped
 * text, a CR, a soft line break, stands between). So a map whose text holds a wider character also
 * keeps `ends`, each character's exclusive end in the text before (one entry a character and one
 * for the end, as the starts): null, and no array, where every character is one (most texts).
 */

/** Each character's end where an edit made it from more than one (`editOffsets`'s map's ends), or null when none did. */
export function editEnds(before: number, edits: readonly Edit[]): Int32Array | null {
  if (!edits.some((e) => e.out > 0 && e.len > 1)) return null;
  let after = before;
  for (const e of edits) after += e.out - e.len;
  const ends = new Int32Array(after + 1);
  let i = 0;
  let j = 0;
  for (const e of edits) {
    while (j < e.at) ends[i++] = ++j;
    // Every character an edit put in (a surrogate pair's two) spans all it replaced.
    for (let k = 0; k < e.out; k++) ends[i++] = e.at + e.len;
    j = e.at + e.len;
  }
  while (j < before) ends[i++] = ++j;
  ends[i] = before;
  return ends;
}

/**
 * The ends through two steps, as thenMap leads the starts: `first` maps the middle text to the
 * text before it, `second` the last text to the middle one; each null where its step has no wider
 * character (its ends are its starts + 1) or, for the starts, where the step changed nothing.
 */
export function thenEnds(
  first: Int32Array | null,
  firstEnds: Int32Array | null,
  second: Int32Array | null,
  secondEnds: Int32Array | null,
): Int32Array | null {
  if (!first) return secondEnds;
  if (!second) return firstEnds;
  return endsThrough(second, secondEnds, first, firstEnds);
}

/**
 * The ends of a map into a text (`starts`, `ends`) led on through that text's own map (`through`,
 * `throughEnds`): a character that covers the middle text's characters from its start to before
 * its end covers what the first of them opens and the last of them closes there. Null when every
 * character ends up one character wide.
 */
export function endsThrough(starts: Int32Array, ends: Int32Array | null, through: Int32Array, throughEnds: Int32Array | null): Int32Array | null {
  if (!ends && !throughEnds) return null;
  const last = through.length - 1;
  const n = starts.length - 1;
  const out = new Int32Array(starts.length);
  let wide = false;
  for (let i = 0; i < n; i++) {
    const s = Math.min(starts[i], last);
    const e = ends ? Math.min(ends[i], last) : Math.min(s + 1, last);
    const from = through[s];
    const to = e > s ? (throughEnds ? throughEnds[e - 1] : through[e - 1] + 1) : from;
    out[i] = to;
    if (to !== from + 1) wide = true;
  }
  out[n] = through[Math.min(starts[n], last)];
  return wide ? out : null;
}

