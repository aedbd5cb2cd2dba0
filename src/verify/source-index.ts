import type { Article } from "../model/index.js";
import { ELLIPSIS, tokenize, type Tokens } from "./tokens.js";

/** One source article, tokenized once. */
export type SourceUnit = { readonly article: Article; readonly tokens: Tokens };

/**
 * Word-bigram postings over every source article, so a draft quote meets only the places that share
 * its word pairs (not every window of every source). Words are numbered so keys are numbers.
 */
export type SourceIndex = {
  readonly units: readonly SourceUnit[];
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly bigrams: ReadonlyMap<number, readonly number[]>;
  /** Single-word postings, built on first use (only quotes that share no word pair need them). */
  unigrams(): ReadonlyMap<number, readonly number[]>;
  /** In how many source articles a folded word stands (0 for a word none has). */
  docFreq(key: string): number;
};

// Postings are packed as unit * STRIDE + position; articles are far shorter than this.
export const STRIDE = 1 << 22;
const VOCAB = 2 ** 26;

export const bigramKey = (a: number, b: number): number => a * VOCAB + b;

export function buildSourceIndex(articles: readonly Article[]): SourceIndex {
  const units = articles.map((article) => ({ article, tokens: tokenize(article.text) }));
  const vocabulary = new Map<string, number>();
  const bigrams = new Map<number, number[]>();
  const ids: Int32Array[] = [];
  const df: number[] = [];
  // The last unit each word was counted for, so a word counts once an article.
  const lastUnit: number[] = [];
  const add = (m: Map<number, number[]>, k: number, v: number) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  const idOf = (w: string) => {
    let id = vocabulary.get(w);
    if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
    return id;
  };
  units.forEach((u, ui) => {
    const k = u.tokens.keys;
    const unitIds = new Int32Array(k.length).fill(-1);
    let prev = -1;
    for (let i = 0; i < k.length; i++) {
      if (k[i] === ELLIPSIS) {
        prev = -1;
        continue;
      }
      const id = idOf(k[i]);
      unitIds[i] = id;
      if (lastUnit[id] !== ui) {
        lastUnit[id] = ui;
        df[id] = (df[id] ?? 0) + 1;
      }
      if (prev >= 0) add(bigrams, bigramKey(prev, id), ui * STRIDE + i - 1);
      prev = id;
    }
    ids.push(unitIds);
  });
  let unigrams: Map<number, number[]> | null = null;
  const unigramsOf = () => {
    if (!unigrams) {
      unigrams = new Map();
      ids.forEach((unitIds, ui) => unitIds.forEach((id, i) => id >= 0 && add(unigrams!, id, ui * STRIDE + i)));
    }
    return unigrams;
  };
  const docFreq = (key: string) => {
    const id = vocabulary.get(key);
    return id === undefined ? 0 : (df[id] ?? 0);
  };
  return { units, vocabulary, bigrams, unigrams: unigramsOf, docFreq };
}
