import type { Span } from "../model/index.js";
import { sentenceSpans } from "../model/sentences.js";

/**
 * The sentence around a quote in its article: where the reporter's framing ("made false claims
 * that", "By Thursday night,") sits. Its bounds are the model's sentences (model/sentences.ts, the
 * splitter the extractor reads): abbreviations with a full stop ("Mr.", "D.C.") end none, a line
 * break always does. Read in a window around the quote, so a long paragraph costs no more.
 */

/** How far before a position the splitter reads to tell an abbreviation's stop (it reads 12 back). */
const WORD_BACK = 40;

/** The sentences of the line holding `pos`, read from at most `back` before it to at most `ahead` after it. */
function sentencesAround(text: string, pos: number, back: number, ahead: number): { from: number; to: number; spans: Span[] } {
  // The line breaks are looked for inside the window only: lastIndexOf/indexOf over the whole text ran
  // to the ends of a paragraph with no break for every quote, quadratic on one long paragraph.
  const lo = Math.max(0, pos - back);
  const hi = Math.min(text.length, pos + ahead);
  const before = text.slice(lo, pos).lastIndexOf("\n");
  const after = text.slice(pos, hi).indexOf("\n");
  const from = before < 0 ? lo : lo + before + 1;
  const to = after < 0 ? hi : pos + after;
  return { from, to, spans: sentenceSpans(text, from, to) };
}

/** Where the sentence holding `pos` starts (its first word), at most `maxBack` before it. */
export function sentenceStart(text: string, pos: number, maxBack = 400): number {
  // Text after pos counts too: whether a stop before it ends a sentence depends on the word after the stop.
  const { from, spans } = sentencesAround(text, pos, maxBack, 300);
  let start = from;
  for (const s of spans) if (s.start <= pos) start = s.start;
  return start;
}

/** Where the sentence holding `pos` ends (exclusive: after its stop and closing marks), at most `maxAhead` after it. */
export function sentenceEnd(text: string, pos: number, maxAhead = 300): number {
  // A few words before pos count too: whether a stop just after it ends a sentence depends on the
  // word it closes ("Mr.", "U.S.").
  const { to, spans } = sentencesAround(text, pos, WORD_BACK, maxAhead);
  for (const s of spans) if (s.end >= pos) return s.end;
  return to;
}
