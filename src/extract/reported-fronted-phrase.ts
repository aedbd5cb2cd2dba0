import { CLAUSE_WORDS, NOMINAL_DETERMINERS, PHRASE_PREPOSITIONS, TIME_WORDS } from "./reported-lexicon.js";
import type { Token } from "./reported-text.js";
import { auxiliaryTest } from "../model/auxiliary-words.js";

/**
 * Words that open a phrase of place or time a writer may front with no comma before the subject ("Back on the farm
 * her mother said", "Later that day the senator said", "After the debate Trump said"). General English only.
 */
const FRONT_WORDS: ReadonlySet<string> = new Set([
  "back", "home", "out", "down", "up", "over", "later", "earlier", "there", "here", "in", "on", "at", "during",
  "after", "before", "inside", "outside", "across", "throughout", "from", "amid", "under", "near",
]);
/** Words after which a name opens the subject (see opensPhrase). */
const NAME_AFTER: ReadonlySet<string> = new Set(["day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "moment", "time", "home", "back", "there", "here", "later", "earlier", "then"]);
/** Words before which no new noun phrase opens: the determiner, preposition or link of the phrase itself. */
// (And the words of a quantity that the determiner goes on: "At least a dozen members", "Over half the voters".)
const NO_BREAK_BEFORE: ReadonlySet<string> = new Set(["of", "and", "or", "for", "to", "with", "by", "about", "least", "most", "half", "all", "both", "twice"]);
const FINITE_AUX = auxiliaryTest("must");
/** Sentence conjunctions that may stand before the fronted phrase ("But back home the senator said"). */
const LEADS: ReadonlySet<string> = new Set(["but", "and", "yet", "so"]);

/**
 * "Back on the farm her mother said", "Back in Iowa the senator told reporters", "Later that day the senator said":
 * a fronted phrase of place or time that the writer set off with no comma, which the subject walk ran over (the
 * source came out "Back on the farm her mother"). The subject is the noun phrase that opens after the phrase's last
 * noun: a determiner or possessive after any word of it, or a name after a noun of time or "home", with nothing like a verb
 * from there to the cue ("The man the police arrested said" opens with no preposition or adverb and is left alone;
 * "In the town the police arrested" has a verb in its last phrase). `a` is where the walk put the subject's start
 * (it may have dropped the phrase's first words), `end` the cue, `floor` the clause's first token. Returns the
 * subject's start, or -1. Bounded: 12 tokens.
 */
export function subjectAfterFrontedPhrase(toks: readonly Token[], a: number, end: number, floor: number): number {
  if (end - a < 2 || end - a > 12) return -1;
  // The phrase's first word: back over the prepositions and time words the walk dropped (and the "that" of "Later that
  // day", where it stopped), to the clause's start.
  let s = a;
  while (s > floor && s > a - 3 && toks[s - 1].word && (PHRASE_PREPOSITIONS.has(toks[s - 1].lower) || TIME_WORDS.has(toks[s - 1].lower) || toks[s - 1].lower === "that")) s--;
  if (!FRONT_WORDS.has(toks[s].lower)) return -1;
  if (s > floor && toks[s - 1].word && !LEADS.has(toks[s - 1].lower)) return -1;
  for (let p = end - 1; p > s + 1; p--) {
    const t = toks[p], prev = toks[p - 1];
    if (!t.word || !prev.word) return -1;
    if (!opensPhrase(t, prev)) continue;
    for (let k = p; k < end; k++) if (verbLike(toks[k], k === p)) return -1;
    return p >= a ? p : -1;
  }
  return -1;
}

/** Whether a new noun phrase opens at `t` right after `prev` (see subjectAfterFrontedPhrase). */
function opensPhrase(t: Token, prev: Token): boolean {
  if (NO_BREAK_BEFORE.has(prev.lower) || NOMINAL_DETERMINERS.has(prev.lower) || PHRASE_PREPOSITIONS.has(prev.lower) || (CLAUSE_WORDS.has(prev.lower) && prev.lower !== "later" && prev.lower !== "earlier")) return false;
  if (NOMINAL_DETERMINERS.has(t.lower) && t.lower !== "this" && t.lower !== "that") return true;
  // (A name opens one only after a noun of time or an adverb of place: "Later that day Trump said", "Back home Lee
  // said"; after another word it may be an adjective's noun, "after a desperate Acme asked".)
  return t.cap && NAME_AFTER.has(prev.lower) && !TIME_WORDS.has(t.lower);
}

/** A word of the subject that looks like a verb: an auxiliary, or a lower-case past or -ing form (names are spared). */
function verbLike(t: Token, first: boolean): boolean {
  if (first) return false;
  if (FINITE_AUX.test(t.lower)) return true;
  return !t.cap && t.lower.length > 4 && (t.lower.endsWith("ed") || t.lower.endsWith("ing"));
}
