import type { Span } from "../model/index.js";
import type { QuoteContext } from "./cue-context.js";
import { canSpeak } from "./cue-subjects.js";
import { CLAUSE_OPENERS, DASHES, spanOf } from "./cue-words.js";
import { parseSubject, type Mention } from "./mention.js";
import { sentenceTail, type Tok } from "./tokens.js";

/**
 * Reported speech whose source extraction gave as the aside between the subject and its verb:
 * "Hillary Clinton, also campaigning in Wisconsin, said …" gave "campaigning in Wisconsin", and
 * "Many Democrats, while still confident in her victory, are warning …" gave "confident in her
 * victory". A participle's or an adjective's phrase says what the subject was doing or felt; the
 * subject is the noun phrase before the aside's comma.
 */

// Adverbs and subordinators that may open the aside before its participle ("also campaigning",
// "while still confident", "once again speaking").
const ASIDE_OPENING = /,\s*(?:(?:also|still|while|though|although|even|now|once|again|already|when|then|long|newly|just)\s+){0,3}$/;
// Adjectives that open an aside of how the subject stood ("confident in …", "unable to …").
const ASIDE_ADJECTIVES: ReadonlySet<string> = new Set([
  "confident", "eager", "unable", "unwilling", "aware", "sure", "certain", "careful", "mindful", "anxious", "keen",
  "reluctant", "hopeful", "wary", "fresh", "flush", "silent", "quick", "angry", "upset",
]);
// The aside's first word: a participle in -ing or -ed, or one of the adjectives above.
const ASIDE_WORD = /^[a-z]+/;
// The subject before the aside: at most this many tokens back to the clause's start.
const MAX_SUBJECT = 12;

/** The aside's first word reads as a participle or a predicative adjective. */
function opensAside(word: string): boolean {
  return word.length > 4 && (word.endsWith("ing") || word.endsWith("ed") || ASIDE_ADJECTIVES.has(word));
}

/**
 * The subject before the aside that `written` (the source as extraction gave it, in paragraph
 * `para`) is, or null when `written` is no such aside.
 */
export function subjectBeforeAside(text: string, para: Span, written: Span): Mention | null {
  const first = ASIDE_WORD.exec(text.slice(written.start, written.start + 24));
  if (!first || !opensAside(first[0])) return null;
  // Back over the aside's leading adverbs to the comma that opens it. (Only the adverbs an aside may
  // open with: "Lee, who was campaigning" is a relative clause, "Lee and aides campaigning" no aside.)
  const lead = ASIDE_OPENING.exec(text.slice(Math.max(para.start, written.start - 48), written.start));
  if (!lead) return null;
  const c = written.start - lead[0].length + 1;
  const toks = sentenceTail(text, { start: para.start, end: c - 1 });
  const s = subjectStart(toks);
  if (s < 0) return null;
  const m = parseSubject(text, spanOf(toks[s], toks[toks.length - 1]));
  if (!m) return null;
  const at = { start: c, end: c };
  const q: QuoteContext = { text, para, outer: at, span: at, prevQuoteEnd: para.start, nextQuoteStart: para.end };
  return m.kind !== "pronoun" && canSpeak(q, m) ? m : null;
}

/** The first token of the noun phrase that ends `toks` (back to the clause's start), or -1. */
function subjectStart(toks: readonly Tok[]): number {
  let s = toks.length;
  while (s > 0 && toks.length - s < MAX_SUBJECT) {
    if (isBreak(toks[s - 1], false)) break;
    s--;
  }
  // Bounded: a longer run is no noun phrase the aside follows.
  if (s === toks.length || (s > 0 && toks.length - s >= MAX_SUBJECT && !isBreak(toks[s - 1], true))) return -1;
  return s;
}

/**
 * A token that ends the subject going back: a comma, a semicolon, a colon, a dash or a clause
 * opener ("when", "because", …). The walk back stops at an opener only in lower case (capitalised, it
 * stands at the sentence's start, which ends the walk anyway); at the bound, the token before the
 * run counts as its clause's start in either case.
 */
function isBreak(t: Tok, capitalOpens: boolean): boolean {
  if (t.text === "," || t.text === ";" || t.text === ":" || DASHES.has(t.text)) return true;
  return t.word && (capitalOpens || !t.cap) && CLAUSE_OPENERS.has(t.lower);
}
