import type { Span } from "../model/index.js";
import { OTHER_TIME } from "../model/occasion-words.js";

/**
 * Whether a follow-on quote's own cue tells of another occasion than the quote before it: "as he
 * later explained", "Later, she said", "In the coming months, he vowed". Such a quote keeps the
 * speaker it takes from the quote before, but not that quote's outlet, medium or day (see
 * carryCircumstances): "he told Bloomberg News in October … as he later explained" was not said to
 * Bloomberg News in October.
 */

type OccasionRow = { readonly id: string; readonly re: RegExp; readonly reason: string };

// Time words that set a speech apart from an earlier one (the model's list, which the cross-source
// stage reads too). Lower case as they stand after the source ("he later said"); the sentence-opener
// row gives them capitalised at a sentence's start.

/** Where the words may stand, each a pattern over a short, bounded piece of text (linear: no nested quantifiers). */
export const OTHER_OCCASION_ROWS: readonly OccasionRow[] = [
  {
    id: "occasion/between-source-and-cue",
    re: new RegExp(String.raw`^[\s,]*(?:also |then )?${OTHER_TIME}\b`),
    reason: "an adverb of another time between the source and its verb (“as he later explained”, “she subsequently said”)",
  },
  {
    id: "occasion/in-cue",
    re: new RegExp(String.raw`\b${OTHER_TIME}\b`),
    reason: "an adverb of another time in the cue as written (“said later”, “added subsequently”)",
  },
  {
    id: "occasion/after-cue",
    re: new RegExp(String.raw`^,?\s+${OTHER_TIME}\b`),
    reason: "an adverb of another time right after the verb (“he said later”, “she added afterward”)",
  },
  {
    id: "occasion/sentence-opener",
    re: /^(?:(?:But|And|Then|Still),?\s+)?(?:Later|Afterwards?|Subsequently|Since then|On another occasion|At another point|In the (?:coming|following) (?:days|weeks|months|years)|In the (?:days|weeks|months|years) (?:that followed|after|since)|(?:Days|Weeks|Months|Years|A day|A week|A month|A year|The next day|The following day) (?:later|after))\b/,
    reason: "a phrase of another time opening the sentence (“Later, he said”, “In the coming months, he vowed”)",
  },
];

// Each row needs one of these words: most follow-on cues have none, and one test rules them out.
const OCCASION_WORDS = /later|after|subsequent|since|another|coming|following|next day|next morning/i;

// How far back a sentence's opener may start, and how much after the cue is read.
const OPENER_MAX = 120;
const AFTER_MAX = 40;

const isSentenceEnd = (c: string): boolean => c === "." || c === "!" || c === "?" || c === "\n" || c === "”" || c === "“" || c === '"';

/**
 * The row that finds a time of another occasion around a quote's source (`mention`, as written) and
 * its cue, or null. Reads only the words between them, a few after the cue, and the opener of the
 * source's sentence, never the reported words themselves ("he said the deal would close later").
 */
export function otherOccasion(text: string, mention: Span | null, cue: Span | null): OccasionRow | null {
  if (!mention || !cue) return null;
  const lo = Math.min(mention.start, cue.start);
  const hi = Math.max(mention.end, cue.end);
  let from = lo;
  while (from > 0 && lo - from < OPENER_MAX && !isSentenceEnd(text[from - 1]!)) from--;
  const piece = text.slice(from, Math.min(text.length, hi + AFTER_MAX));
  if (!OCCASION_WORDS.test(piece)) return null;
  const [between, inCue, afterCue, opener] = OTHER_OCCASION_ROWS;
  if (mention.end <= cue.start && cue.start - mention.end <= 40 && between!.re.test(text.slice(mention.end, cue.start))) return between!;
  if (inCue!.re.test(text.slice(cue.start, cue.end))) return inCue!;
  if (afterCue!.re.test(text.slice(cue.end, Math.min(text.length, cue.end + AFTER_MAX)))) return afterCue!;
  if (from < lo && (from === 0 || isSentenceEnd(text[from - 1]!)) && opener!.re.test(text.slice(from, lo).replace(/^[\s“”"]+/, ""))) return opener!;
  return null;
}
