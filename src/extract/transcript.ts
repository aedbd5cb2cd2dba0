import { HANDLE_BODY, type Span } from "../model/index.js";

/**
 * A transcript's speaker label at the start of the words in marks ("“PENCE: Gennifer Flowers will not
 * be attending …", "“CHRIS WALLACE: If I may …"): the name in capitals and a colon, as broadcasters'
 * transcripts print each turn. The label names who speaks; it is not part of what was said.
 */
const LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):[ \t]+(?=\S)/u;

// Labels in capitals that mark a kind of material, not a speaker.
const NOT_SPEAKERS: ReadonlySet<string> = new Set(["VIDEO", "AUDIO", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "BREAKING", "WATCH", "READ", "PHOTO", "PHOTOS", "CORRECTION", "CLARIFICATION", "WARNING", "SPOILER", "ALERT", "EXCLUSIVE", "TRANSCRIPT", "LIVE", "OPINION", "ANALYSIS", "COMMENTARY", "EDITORIAL", "RELATED", "SOURCE", "SOURCES", "PS", "P.S.", "FYI", "TL;DR", "EMAIL", "TEXT", "TWEET"]);

/**
 * A tweet as an article shows it: the words in marks, then its signature, a dash and the account
 * ("” — Ann Lee (@annlee) March 5, 2016", "” — @AP on Twitter"), as Twitter's embed signs it and
 * ingest writes a tweet kept as a tag. A label in capitals that opens a tweet ("PIC:", "POSSIBLE
 * SUSPECT:", "JUST IN:") is the tweet's own headline, not the turn of a transcript: the words stay
 * the account's. Only the closing mark, white space and the name (no dash, bracket-free up to the
 * "@") may stand between; the look is bounded, so it costs the same whatever follows.
 */
const TWEET_SIGNATURE = new RegExp(String.raw`^["”’']?[ \t]*[—―–][ \t]*[^\n—―–@]{0,80}@${HANDLE_BODY}`);
const SIGNATURE_REACH = 120;

/** Whether the words in marks that end at `end` are signed as a tweet. */
function signedAsTweet(text: string, end: number): boolean {
  const after = text.slice(end, end + SIGNATURE_REACH);
  return after.includes("@") && TWEET_SIGNATURE.test(after);
}

/**
 * When the quoted words at `span` open with a label: the label's span (without the colon) and where
 * the words said start (after the colon and its spaces).
 */
export function transcriptLabel(text: string, span: Span): { label: Span; wordsStart: number } | null {
  const m = LABEL.exec(text.slice(span.start, Math.min(span.end, span.start + 60)));
  if (!m || NOT_SPEAKERS.has(m[1]) || span.start + m[0].length >= span.end || signedAsTweet(text, span.end)) return null;
  return { label: { start: span.start, end: span.start + m[1].length }, wordsStart: span.start + m[0].length };
}
