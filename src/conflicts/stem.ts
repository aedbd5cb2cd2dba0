import { createRequire } from "node:module";
import { LEMMAS } from "./lexicon.js";

// wink's English model ships a Porter2 stemmer as a plain CommonJS file with no typings.
const porter = createRequire(import.meta.url)("wink-eng-lite-web-model/dist/porter-stemmer.js") as (w: string) => string;

/** Lemma for irregular forms the stemmer leaves apart ("fled" and "flee"), else the Porter2 stem. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  return LEMMAS.get(w) ?? porter(w);
}
