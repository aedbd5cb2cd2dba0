/** Words of a text with their offsets, and a folded key for comparing them across sources. */
export type Tokens = {
  readonly words: readonly string[];
  readonly keys: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Inside square brackets: words an editor added ("[the army] withdrew"). */
  readonly editorial: readonly boolean[];
};

export const ELLIPSIS = "…";

const WORD = /\.{3}|…|[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*|\[|\]/gu;

/** Case, accents, curly apostrophes and thousands separators folded; "Palmyra’s" = "palmyra's". */
export function foldWord(w: string): string {
  return w
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
}

// Folding is the costly part of tokenizing and a corpus repeats its words: remember them.
const folded = new Map<string, string>();
function foldCached(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    f = foldWord(w);
    if (folded.size > 500_000) folded.clear();
    folded.set(w, f);
  }
  return f;
}

export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const editorial: boolean[] = [];
  let depth = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w === "[") {
      depth++;
      continue;
    }
    if (w === "]") {
      depth = Math.max(0, depth - 1);
      continue;
    }
    words.push(w);
    keys.push(w === "..." || w === "…" ? ELLIPSIS : foldCached(w));
    starts.push(m.index);
    ends.push(m.index + w.length);
    editorial.push(depth > 0);
  }
  return { words, keys, starts, ends, editorial };
}
