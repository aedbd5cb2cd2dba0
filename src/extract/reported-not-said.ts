import { FINITE_AUX } from "./reported-source.js";
import { opensSentence } from "./reported-sentence.js";
import type { Token } from "./reported-text.js";

/**
 * Readings of "X said ..." in which nothing is reported, for reported/verb-then-content.
 */

/**
 * "Everything Trump says is a lie unless proven otherwise", "A $2 billion merger announced Monday would turn the firm
 * into ...": the cue stands inside the sentence's subject (a relative clause with no pronoun, a participle on the
 * noun), so the finite auxiliary right after it is the main clause's verb, not the first word of a reported clause.
 * Only when the source opens the sentence and no listener or "that" comes between: "the same resolve she argues is
 * needed" (an object's relative clause) stays with reported/verb-then-content's zero-relative reading. `a` is the
 * source's first token, `rest` the first token after the cue and its adverbials.
 */
export function cueInSubject(toks: readonly Token[], a: number, rest: number, hasListener: boolean): boolean {
  if (hasListener || a < 0 || !opensSentence(toks, a)) return false;
  const t = toks[rest];
  return !!t && t.word && !t.cap && (FINITE_AUX.test(t.lower) || t.lower === "does" || t.lower === "did");
}

/**
 * "Only time will tell if ...", "time will tell whether ...": an idiom for "we shall see"; nobody tells anything.
 * `cueStart` is the cue's first token (its auxiliary), `vi` the verb's.
 */
export function timeWillTell(toks: readonly Token[], cueStart: number, vi: number, lemma: string): boolean {
  return lemma === "tell" && vi > cueStart && cueStart > 0 && toks[cueStart - 1].lower === "time";
}
