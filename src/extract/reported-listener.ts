import { OBJECT_PRONOUNS, PHRASE_PREPOSITIONS, SUBJECT_PRONOUNS, TIME_WORDS } from "./reported-lexicon.js";
import type { Token } from "./reported-text.js";

/**
 * The words that may close a listener after "told": an outlet's or a body's head noun ("Britain's ITV television
 * station", "The Harbor Times editorial board") and the people a story is told to ("police officials", "Radio Nord
 * host Ann Marsh"). General English only.
 */
const LISTENER_HEADS: ReadonlySet<string> = new Set([
  "station", "network", "channel", "affiliate", "newspaper", "paper", "magazine", "board", "desk", "staff",
  "officials", "officers", "investigators", "agents", "reporters", "reporter", "editors", "editor", "host", "anchor",
  "correspondent", "producers", "audience", "crowd", "viewers", "listeners", "readers",
]);
/** Lower-case words that may stand before such a head inside the listener ("television", "editorial", "police"). */
const LISTENER_MODIFIERS: ReadonlySet<string> = new Set(["television", "radio", "tv", "editorial", "news", "police", "city", "state", "federal"]);
/** Heads that a person's name may follow in apposition ("host Ann Marsh"). */
const ROLE_HEADS: ReadonlySet<string> = new Set(["host", "anchor", "correspondent", "reporter", "editor"]);
/** Real pronouns among OBJECT_PRONOUNS: nothing of the listener follows them. */
const PERSONAL = /^(?:him|her|them|me|us|you|it)$/;

/**
 * Where a listener after "told" really ends, when the object walk stopped at a name or a listener noun that a head noun
 * of the listener's own follows: "told Britain's ITV television station in an interview ...", "told The Harbor Times
 * editorial board in a meeting that ...", "told police officials that ...", "told Radio Nord host Ann Marsh on
 * Thursday how ...". Before, those nouns opened the content ("television station in an interview ...", "officials
 * that she ..."). The walk takes up to three lower-case words (modifiers, then a head), then a name after a role
 * head; what follows must open the content or an adverbial (that, a question word, a preposition, a time word, a
 * subject pronoun, a comma), never a verb: in "told CNN officials were wrong" the noun is the content's subject.
 * `j` is where the listener starts and `k` where the object walk ended; returns the new end, or k. Bounded: 8 tokens.
 */
export function listenerTail(toks: readonly Token[], j: number, k: number): number {
  if (k < j || k >= toks.length) return k;
  // ("told federal investigators in July she ...": a listener of lower-case words alone, which the object walk does not
  // take, is the same walk from its first word; the same test of what follows keeps "told police officials were wrong".)
  if (k === j) {
    if (!toks[j].word || toks[j].cap || !(LISTENER_MODIFIERS.has(toks[j].lower) || LISTENER_HEADS.has(toks[j].lower))) return k;
  } else {
    const last = toks[k - 1];
    if (!last.word || (!last.cap && !(OBJECT_PRONOUNS.has(last.lower) && !PERSONAL.test(last.lower)))) return k;
  }
  let m = k;
  while (m < toks.length && m - k < 3 && toks[m].word && !toks[m].cap && (LISTENER_MODIFIERS.has(toks[m].lower) || LISTENER_HEADS.has(toks[m].lower))) m++;
  if (m === k || !LISTENER_HEADS.has(toks[m - 1].lower)) return k;
  if (ROLE_HEADS.has(toks[m - 1].lower)) {
    const n = m;
    while (m < toks.length && m - n < 4 && toks[m].word && toks[m].cap) m++;
  }
  const nx = toks[m];
  if (!nx) return m;
  const opens = nx.text === "," || nx.lower === "that" || QUESTION_OPENERS.test(nx.lower) || PHRASE_PREPOSITIONS.has(nx.lower) || TIME_WORDS.has(nx.lower) || SUBJECT_PRONOUNS.has(nx.lower);
  return opens ? m : k;
}
const QUESTION_OPENERS = /^(?:whether|if|how|why|what|who|when|where)$/;

/**
 * "told members of Congress that ...", "warned supporters of the bill that ...", "told officials of the Ohio Board of
 * Elections on Monday that ...": the "of" phrase after a plural listener noun (OBJECT_PRONOUNS: "members", "officials")
 * is the listener's own; the object walk took the noun alone, which left "members" as the listener. The phrase is a run
 * of capitalised words (with their small linking words), or a determiner and up to three lower-case words; what follows
 * it must open the content or an adverbial, as in listenerTail (else the "of" phrase may itself begin the content).
 * `k` is the index after the noun; returns the index after the phrase, or k. Bounded: 10 tokens.
 */
export function listenerOfPhrase(toks: readonly Token[], k: number): number {
  if (toks[k]?.lower !== "of" || PERSONAL.test(toks[k - 1]?.lower ?? "")) return k;
  let m = k + 1;
  if (m < toks.length && toks[m].word && OF_DETERMINERS.test(toks[m].lower)) m++;
  const a = m;
  if (m < toks.length && toks[m].cap) {
    // (A capitalised weekday or month after the name is the verb's time: "of Congress Monday", "of the Board on Monday".)
    const named = (i: number): boolean => i < toks.length && toks[i].word && toks[i].cap && !TIME_WORDS.has(toks[i].lower);
    while (m < toks.length && m - a < 7 && (named(m) || (OF_LINKS.test(toks[m].lower) && named(m + 1)))) m++;
  } else if (a > k + 1) {
    while (m < toks.length && m - a < 3 && toks[m].word && !toks[m].cap && !STOPS_OF_PHRASE(toks[m].lower)) m++;
  }
  if (m === a) return k;
  const nx = toks[m];
  if (!nx) return m;
  const opens = nx.text === "," || nx.lower === "that" || QUESTION_OPENERS.test(nx.lower) || (PHRASE_PREPOSITIONS.has(nx.lower) && nx.lower !== "of") || TIME_WORDS.has(nx.lower) || SUBJECT_PRONOUNS.has(nx.lower);
  return opens ? m : k;
}
/** Determiners that may open the "of" phrase ("of the committee", "of both parties"). */
const OF_DETERMINERS = /^(?:the|a|an|both|all|his|her|their|its|our|this|that|these|those)$/;
/** Small words inside a name of capitals ("the Ohio Board of Elections"). */
const OF_LINKS = /^(?:of|for|and|the|on|&)$/;
/** Words that end a lower-case "of" phrase: those that open the content or an adverbial after it. */
const STOPS_OF_PHRASE = (w: string): boolean => w === "that" || QUESTION_OPENERS.test(w) || PHRASE_PREPOSITIONS.has(w) || TIME_WORDS.has(w) || SUBJECT_PRONOUNS.has(w) || PERSONAL.test(w);
