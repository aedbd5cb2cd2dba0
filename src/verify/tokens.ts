import { expandContraction } from "../align/contractions.js";

/**
 * Words of a text with their offsets, and a folded key for comparing them across sources. A
 * contraction is two keys, the words it stands for ("there's" is "there" "is"), as align compares
 * quotes: a draft that spells one out ("There is") has not changed the source's words. Both keys
 * keep the written word and its offsets; `half` says which half of a contraction a key is.
 */
export type Tokens = {
  readonly words: readonly string[];
  readonly keys: readonly string[];
  /** 0: a word of its own; 1 and 2: the first and second word a contraction stands for. */
  readonly half: readonly (0 | 1 | 2)[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Inside square brackets: words an editor added ("[the army] withdrew"). */
  readonly editorial: readonly boolean[];
};

export const ELLIPSIS = "…";

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);

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
  const half: (0 | 1 | 2)[] = [];
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
    const key = w === "..." || w === "…" ? ELLIPSIS : foldCached(w);
    const long = expandContraction(key);
    long.forEach((k, i) => {
      words.push(w);
      keys.push(k);
      half.push(long.length === 1 ? 0 : i === 0 ? 1 : 2);
      starts.push(m.index);
      ends.push(m.index + w.length);
      editorial.push(depth > 0);
    });
  }
  return { words, keys, half, starts, ends, editorial };
}

/**
 * The keys from..to (inclusive) as a reader is shown them: a contraction whose two keys both lie in
 * the range as written ("there's"), a half of one alone as the word it stands for ("is" where only
 * that half differs), any other word as written.
 */
export function shownWords(t: Tokens, from: number, to: number): string[] {
  return shownAt(t, range(from, to + 1));
}

/** shownWords for keys picked by index, in order: a contraction shown whole when both its keys are picked. */
export function shownAt(t: Tokens, at: readonly number[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < at.length; k++) {
    const i = at[k];
    if (t.half[i] === 1 && at[k + 1] === i + 1) {
      out.push(t.words[i]);
      k++;
    } else out.push(t.half[i] === 0 ? t.words[i] : t.keys[i]);
  }
  return out;
}
