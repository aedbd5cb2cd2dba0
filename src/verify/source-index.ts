import type { Article } from "../model/index.js";
import { ELLIPSIS, tokenize, type Tokens } from "./tokens.js";

/** One source article, tokenized once. */
export type SourceUnit = { readonly article: Article; readonly tokens: Tokens };

/**
 * Word-bigram postings over every source article, so a draft quote meets only the places that share
 * its word pairs (not every window of every source).
 */
export type SourceIndex = {
  readonly units: readonly SourceUnit[];
  readonly bigrams: ReadonlyMap<string, readonly number[]>;
  readonly unigrams: ReadonlyMap<string, readonly number[]>;
};

// Postings are packed as unit * STRIDE + position; articles are far shorter than this.
export const STRIDE = 1 << 22;

export function buildSourceIndex(articles: readonly Article[]): SourceIndex {
  const units = articles.map((article) => ({ article, tokens: tokenize(article.text) }));
  const bigrams = new Map<string, number[]>();
  const unigrams = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string, v: number) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  units.forEach((u, ui) => {
    const k = u.tokens.keys;
    for (let i = 0; i < k.length; i++) {
      if (k[i] === ELLIPSIS) continue;
      add(unigrams, k[i], ui * STRIDE + i);
      if (i + 1 < k.length && k[i + 1] !== ELLIPSIS) add(bigrams, `${k[i]} ${k[i + 1]}`, ui * STRIDE + i);
    }
  });
  return { units, bigrams, unigrams };
}
