import type { QuoteContext } from "./cue-context.js";
import { spanOf } from "./cue-words.js";
import { sentenceTail, type Tok } from "./tokens.js";
import type { Span } from "../model/index.js";

/**
 * “Walking in to chants of “Marco! Marco!”, the senator said …”, “there were calls of “Feel the
 * Bern” and “Love you, Bernie” as he passed”: a quote that is the words of a noun for voices after
 * a word that makes them no subject's (to, amid, by, over, there were …) is nobody named; the speaker
 * of a cue beside it, or of the paragraph, did not chant it. ("Supporters responded with chants of
 * “…”", "delegates erupted in chants of “…”", "greeted with chants of": the voices hang on another
 * word, left to the other rows.)
 */

// Nouns for voices that are no one's words in particular (as VOICE_NOUNS of cue-rules-adjacent, for
// this frame: "the calls of", "a chorus of").
const VOICES: ReadonlySet<string> = new Set([
  "shout", "shouts", "cry", "cries", "chant", "chants", "call", "calls", "yell", "yells", "scream", "screams", "chorus", "roar", "roars",
]);
// Words right before the voices (and their modifiers) that make them no subject's: the voices meet
// the subject ("walked in to chants of", "roused the crowd to", "greeted by", "amid"), or just are
// ("there were").
const NOT_THE_SUBJECTS: ReadonlySet<string> = new Set(["to", "amid", "amidst", "by", "over", "despite", "were", "was", "are", "is"]);
// Words that end the voices' modifiers: the voices hang on another word ("greeted with chants of",
// "erupted in chants of"), and the frame is not this one.
const MODIFIER_STOPS: ReadonlySet<string> = new Set(["with", "in", "into", "from", "of", "for", "on", "at", "and", "or", "but"]);
// Words for a list of quotes between two of them ("“Feel the Bern” and “Love you”").
const LIST_JOINS: ReadonlySet<string> = new Set(["and", "or", ","]);
const isOpeningMark = (c: string): boolean => c === "“" || c === '"';

/** The narration before the first quote of a list that this quote ends ("calls of “…” and “…”"), or `toks`. */
function listHeadTail(q: QuoteContext, toks: readonly Tok[]): readonly Tok[] {
  if (toks.length > 2 || !toks.every((t) => LIST_JOINS.has(t.lower)) || q.prevQuoteEnd <= q.para.start) return toks;
  // The previous quote's opening mark: the nearest one before its closing mark, in its paragraph.
  const close = q.prevQuoteEnd - 1;
  const floor = Math.max(q.para.start, close - 200);
  let open = close - 1;
  while (open > floor && !isOpeningMark(q.text[open]!)) open--;
  if (open <= floor) return toks;
  return sentenceTail(q.text, { start: Math.max(q.para.start, open - 300), end: open }).filter((t) => !isOpeningMark(t.text) && t.text !== "”");
}

/** The frame's cue and clause when the quote is such voices, else null. */
export function voicesOfAt(q: QuoteContext, window: readonly Tok[]): { cue: Span; clause: Span } | null {
  const toks = listHeadTail(q, window);
  const n = toks.length;
  if (n < 3 || toks[n - 1].lower !== "of" || !VOICES.has(toks[n - 2].lower)) return null;
  // Up to three modifiers before the noun ("near-constant", "loud", "a", "spontaneous").
  let p = n - 3;
  while (p >= 0 && p > n - 6 && toks[p].word && !toks[p].cap && !NOT_THE_SUBJECTS.has(toks[p].lower) && !MODIFIER_STOPS.has(toks[p].lower)) p--;
  if (p < 0 || !NOT_THE_SUBJECTS.has(toks[p].lower)) return null;
  return { cue: spanOf(toks[p + 1], toks[n - 1]), clause: spanOf(toks[p], toks[n - 1]) };
}
