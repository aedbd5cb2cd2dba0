import { SUBJECT_PRONOUNS } from "./reported-lexicon.js";
import type { Token } from "./reported-text.js";

/** Nouns of a part of a day or a stretch of days that "of", "after" or "before" ties to an event ("the morning of the debate"). */
const DAY_PARTS = /^(?:day|night|morning|afternoon|evening|week|weekend)$/;
/** Words that pick the day out between "the" and its noun ("the same day", "the very morning"). */
const DAY_PICKERS = /^(?:same|very|following|next|previous)$/;
/** Determiners and possessives that may open the event's noun phrase ("of the debate", "after his speech"). */
const EVENT_DETERMINERS = /^(?:the|a|an|his|her|their|its|our|this|last)$/;
/** Words that open what follows the time phrase: the content's subject or "that", or the rest of the verb's phrases. */
const OPENS_AFTER = /^(?:that|the|a|an|his|her|their|its|our|my|this|these|those|in|on|at|to)$/;
/** Auxiliaries that show the phrase is the content's own subject ("said the day of reckoning had come"). */
const AUXILIARY = /^(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must)$/;

/**
 * "said the morning of the debate that ...", "told reporters the day before the vote his mic ...", "told the Ledger the
 * night after the election that ...": a time phrase of "the", a day's part and "of"/"after"/"before" with the event's
 * noun phrase (up to four words: a determiner, then lower-case words or a name, a weekday or a date), which belongs to
 * the speech verb. Before, the walks over the verb's adverbials stopped at "the", so the phrase opened the content or
 * ran on in the listener, or no content was found at all. What follows must open the content or another phrase of the
 * verb (a comma, "that", a determiner, a subject pronoun, a name); an auxiliary after it makes the phrase the content's
 * own subject ("said the day of reckoning had come"). `k` is at "the"; returns the index after the phrase, or -1.
 * Bounded: 9 tokens.
 */
export function dayOfEnd(toks: readonly Token[], k: number, end: number): number {
  if (toks[k]?.lower !== "the") return -1;
  let m = k + 1;
  if (m < end && DAY_PICKERS.test(toks[m].lower)) m++;
  if (m >= end || !DAY_PARTS.test(toks[m].lower)) return -1;
  m++;
  if (m >= end || !/^(?:of|after|before)$/.test(toks[m].lower)) return -1;
  const link = toks[m].lower;
  m++;
  const a = m;
  if (m < end && toks[m].word && EVENT_DETERMINERS.test(toks[m].lower)) m++;
  // (A subject pronoun after "after" or "before" opens a clause of time, "the day after he lost", which is left alone.)
  if (m < end && SUBJECT_PRONOUNS.has(toks[m].lower)) return -1;
  const b = m;
  while (m < end && m - b < 3 && (toks[m].word || /^\d/.test(toks[m].text)) && (toks[m].cap ? !SUBJECT_PRONOUNS.has(toks[m].lower) : !OPENS_AFTER.test(toks[m].lower) && !SUBJECT_PRONOUNS.has(toks[m].lower) && !AUXILIARY.test(toks[m].lower))) {
    // (A name after a lower-case noun opens the content: "the morning of the debate Trump said".)
    if (m > b && toks[m].cap && !toks[m - 1].cap) break;
    m++;
  }
  // "the day before" with no event after it: only "after" or "before" may stand alone.
  if (m === a && link === "of") return -1;
  if (m > a && m === b) return -1;
  if (m >= end) return m;
  const nx = toks[m];
  if (AUXILIARY.test(nx.lower)) return -1;
  const opens = nx.text === "," || OPENS_AFTER.test(nx.lower) || SUBJECT_PRONOUNS.has(nx.lower) || (nx.word && nx.cap);
  return opens ? m : -1;
}
