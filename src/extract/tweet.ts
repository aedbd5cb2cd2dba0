import { HANDLE_BODY, type Span } from "../model/index.js";
import { quotedRanges } from "./reported-text.js";

/**
 * A tweet as an article shows it: the words in marks, then its signature, a dash and the account
 * ("” — Ann Lee (@annlee) March 5, 2016", "” — @AP on Twitter"), as Twitter's embed signs it and
 * ingest writes a tweet kept as a tag. Its words are a text of their own: a label in capitals that
 * opens it ("PIC:", "POSSIBLE SUSPECT:") is its headline, not a transcript's speaker (transcript.ts),
 * and the speech it reports is read as the article's own is (tweetWords). Only the closing mark,
 * white space and the name (no dash, bracket-free up to the "@") may stand between; the look is
 * bounded, so it costs the same whatever follows.
 */
const TWEET_SIGNATURE = new RegExp(String.raw`^["”’']?[ \t]*[—―–][ \t]*[^\n—―–@]{0,80}@${HANDLE_BODY}`);
const SIGNATURE_REACH = 120;

// The characters that may stand between the words and the signature's dash: the closing mark, spaces.
const BEFORE_DASH = 4;

/** A dash a signature opens with: —, ― or – (the character class of TWEET_SIGNATURE's dash). */
const isSignatureDash = (c: number): boolean => c === 0x2014 || c === 0x2015 || c === 0x2013;

/** Whether the words in marks that end at `end` are signed as a tweet. */
export function signedAsTweet(text: string, end: number): boolean {
  // Most quotes have no dash right after them: that is told before anything is sliced.
  let dash = end;
  while (dash < text.length && dash - end < BEFORE_DASH && !isSignatureDash(text.charCodeAt(dash))) dash++;
  if (dash >= text.length || !isSignatureDash(text.charCodeAt(dash))) return false;
  const after = text.slice(end, end + SIGNATURE_REACH);
  return after.includes("@") && TWEET_SIGNATURE.test(after);
}

const OPENERS = "“\"«";

/**
 * The words of a paragraph that is one tweet, “words” — its signature, without the marks: reported
 * speech is read inside them as in a paragraph of the article ("“Sanders aide Jeff Weaver told me
 * the photo violates the rules” — @reporter", "“… and he says there’s no problem.” — @outlet"). Null
 * for any other paragraph (one that does not open with a mark, or whose first quotation is not the
 * signed tweet).
 */
export function tweetWords(text: string, p: Span): Span | null {
  if (!OPENERS.includes(text[p.start] ?? "")) return null;
  // The closing mark is the last one before the signature's dash: the signature holds no mark.
  const dash = lastDash(text, p);
  if (dash < 0) return null;
  let close = dash - 1;
  while (close > p.start && (text[close] === " " || text[close] === "\t")) close--;
  if (close <= p.start + 1 || !"”\"»".includes(text[close]) || !signedAsTweet(text, close)) return null;
  // The mark that opens the paragraph must be the one that closes there: "“A,” he said, “B” — @x" is no tweet's words.
  const first = quotedRanges(text, p.start, p.end)[0];
  return first && first.start === p.start && first.end === close + 1 ? { start: p.start + 1, end: close } : null;
}

/** The last signature dash in the paragraph within reach of its end, or -1. */
function lastDash(text: string, p: Span): number {
  for (let i = p.end - 1; i >= Math.max(p.start, p.end - SIGNATURE_REACH); i--) if (isSignatureDash(text.charCodeAt(i))) return i;
  return -1;
}

// The signature's name: after the dash, up to the handle in brackets or " on Twitter" ("Jane Roe (@jroe) on …" gives
// "Jane Roe"; "@jroe on Twitter on …" gives "@jroe").
const SIGNATURE_NAME = new RegExp(String.raw`^[ \t]*[—―–][ \t]*([^\n—―–@(]{1,80}?|@${HANDLE_BODY})(?=[ \t]*\(@| on Twitter\b|[ \t]*$)`);

/** The account's name as the tweet's signature writes it (after `words`, the span tweetWords gave), or null. */
export function tweetAuthorSpan(text: string, words: Span, p: Span): Span | null {
  const from = words.end + 1;
  const m = SIGNATURE_NAME.exec(text.slice(from, Math.min(p.end, from + SIGNATURE_REACH)));
  if (!m) return null;
  const start = from + m[0].length - m[1].length;
  const name = m[1].trimEnd();
  return name ? { start, end: start + name.length } : null;
}

/** Who the speech a tweet reports comes from when its source is a pronoun of the person: the writer, or the reader. */
export const TWEET_PERSONS: ReadonlyMap<string, "author" | "reader"> = new Map([
  ["i", "author"],
  ["we", "author"],
  ["you", "reader"],
]);
