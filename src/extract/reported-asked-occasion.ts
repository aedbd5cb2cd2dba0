import type { Span } from "../model/index.js";
import { CLAUSE_WORDS } from "./reported-lexicon.js";
import { type Sentence, content } from "./reported-sentence.js";

/** Prepositions that open the occasion of a question put ("in an interview", "after a debate", "during a briefing"). */
const OCCASION_PREPOSITIONS = /^(?:in|during|after|at|on|before)$/;
/** Nouns of an occasion where a question is put to someone. */
const ASKING_OCCASIONS = /^(?:interviews?|debates?|appearances?|briefings?|conferences?|rallies|rally|hearings?|forums?|speech|meetings?|sessions?|shows?|broadcasts?|programs?|programmes?|hall|luncheon|breakfast|dinner)$/;
/** Words that open a question clause or a request: a phrase inside it may be the clause's own ("whether she would speak at the rally"). */
const CLAUSE_OPENERS = /^(?:whether|if|how|why|what|who|whom|when|where|which|to)$/;
/** Words an occasion phrase may hold: at most this many after its preposition. */
const MAX_OCCASION = 6;

/**
 * "Asked about it after a Republican debate, Trump said ...", "“…,” McCain said, asked about the delay in an
 * interview.": a phrase of the occasion that closes the question put is when it was put, not what was asked; the
 * content ends before it. Only a short phrase that runs to the content's end, holds an occasion noun and opens no clause
 * ("asked about her vote in the event that ..." keeps its clause), and only after a topic, not inside a question clause
 * ("asked whether she would speak at the rally"). `from` is the content's first token. Bounded: one
 * walk over the content's tokens and at most MAX_OCCASION words after a preposition.
 */
export function withoutAskingOccasion(s: Sentence, from: number, body: Span): Span {
  const { toks } = s;
  if (CLAUSE_OPENERS.test(toks[from]?.lower ?? "")) return body;
  let end = from;
  while (end < toks.length && toks[end].start < body.end) end++;
  for (let k = from + 2; k < end - 1; k++) {
    if (!OCCASION_PREPOSITIONS.test(toks[k].lower) || end - k - 1 > MAX_OCCASION) continue;
    let noun = false;
    let clause = false;
    for (let m = k + 1; m < end; m++) {
      if (!toks[m].word || CLAUSE_WORDS.has(toks[m].lower) || toks[m].lower === "that") clause = true;
      if (ASKING_OCCASIONS.test(toks[m].lower)) noun = true;
    }
    if (clause || !noun) continue;
    return content(s, from, k) ?? body;
  }
  return body;
}
