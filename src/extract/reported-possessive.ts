import type { Token } from "./reported-text.js";

/**
 * Whether token k is the apostrophe of a plural possessive ("Sanders’ office", "Fox News' show", "the voters’ mood"):
 * a lone ’ or ' right after a word in -s, with no space between, and a word after a space. The tokeniser keeps such a
 * mark apart (an apostrophe joins a word only when a letter follows it), so walks over a noun phrase that stop at the
 * first token that is no word read it as the phrase's end. (A closing scare mark looks the same, "told the ‘experts’
 * that": going on over it there is as right.)
 */
export function pluralPossessiveAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!t || !prev || !next || (t.text !== "’" && t.text !== "'") || !prev.word || prev.end !== t.start || !next.word || next.start === t.end) return false;
  return prev.lower.endsWith("s");
}
