import type { Span } from "../model/index.js";
import { signedAsTweet } from "./tweet.js";

/**
 * A transcript's speaker label at the start of the words in marks ("“PENCE: Gennifer Flowers will not
 * be attending …", "“CHRIS WALLACE: If I may …"): the name in capitals and a colon, as broadcasters'
 * transcripts print each turn. The label names who speaks; it is not part of what was said.
 */
const LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):[ \t]+(?=\S)/u;

// Labels in capitals that mark a kind of material, not a speaker.
const NOT_SPEAKERS: ReadonlySet<string> = new Set(["VIDEO", "AUDIO", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "BREAKING", "WATCH", "READ", "PHOTO", "PHOTOS", "CORRECTION", "CLARIFICATION", "WARNING", "SPOILER", "ALERT", "EXCLUSIVE", "TRANSCRIPT", "LIVE", "OPINION", "ANALYSIS", "COMMENTARY", "EDITORIAL", "RELATED", "SOURCE", "SOURCES", "PS", "P.S.", "FYI", "TL;DR", "EMAIL", "TEXT", "TWEET"]);

/**
 * When the quoted words at `span` open with a label: the label's span (without the colon) and where
 * the words said start (after the colon and its spaces).
 */
export function transcriptLabel(text: string, span: Span): { label: Span; wordsStart: number } | null {
  const m = LABEL.exec(text.slice(span.start, Math.min(span.end, span.start + 60)));
  if (!m || NOT_SPEAKERS.has(m[1]) || span.start + m[0].length >= span.end || signedAsTweet(text, span.end)) return null;
  return { label: { start: span.start, end: span.start + m[1].length }, wordsStart: span.start + m[0].length };
}
