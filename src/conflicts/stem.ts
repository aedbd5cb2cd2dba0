import { createRequire } from "node:module";
import { LEMMAS } from "./lexicon.js";

// wink's English model ships a Porter2 stemmer as a plain CommonJS file with no typings.
const porter = createRequire(import.meta.url)("wink-eng-lite-web-model/dist/porter-stemmer.js") as (w: string) => string;

/** Lemma for irregular forms the stemmer leaves apart ("fled" and "flee"), else the Porter2 stem. */
// News text repeats a small vocabulary, so stems are kept per word as written; the cap bounds
// memory on text with endless distinct tokens.
const STEMS = new Map<string, string>();
const MAX_STEMS = 200_000;
// The stemmer's suffix regexes ("(.+)(s)$") backtrack over the whole word: quadratic in its length (a
// 16 KB run of letters took seconds). No English word needs stemming past this; longer runs stay as written.
const MAX_STEM_LENGTH = 40;

export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s !== undefined) return s;
  const w = word.toLowerCase().replace(/’/g, "'");
  s = LEMMAS.get(w) ?? (w.length > MAX_STEM_LENGTH ? w : porter(w));
  if (STEMS.size >= MAX_STEMS) STEMS.clear();
  STEMS.set(word, s);
  return s;
}
