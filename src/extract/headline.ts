import type { Span } from "../model/index.js";
import { DIGIT, LETTER, UPPER, classAt, classOf, firstNonSpace, lastNonSpaceAt } from "./chars.js";

/**
 * A headline or standfirst: near the top, short, with most words capitalised. Quotes in it repeat
 * the body's (or are slogans), so they are kept apart like scare quotes.
 */
export function isHeadline(text: string, p: Span, index: number): boolean {
  if (index > 3 || p.end - p.start > 200) return false;
  // The words as /[\p{L}][\p{L}'’-]*/gu finds them in the paragraph, and how many open with \p{Lu},
  // counted with the character table rather than a match array and a regex test per word.
  let words = 0;
  let caps = 0;
  let inWord = false;
  for (let i = p.start; i < p.end; ) {
    const c = text.charCodeAt(i);
    let size = 1;
    let cls: number;
    if (c < 0xd800 || c > 0xdfff) cls = classOf(c);
    else if (c <= 0xdbff && i + 1 < p.end && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      cls = classAt(text, i);
      size = 2;
    } else cls = 0; // a lone surrogate is no letter
    if (cls & LETTER) {
      if (!inWord) {
        inWord = true;
        words++;
        if (cls & UPPER) caps++;
      }
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 45))) inWord = false;
    i += size;
  }
  if (words === 0 || words > 25) return false;
  return words >= 3 && caps / words >= 0.75;
}

// A headline or a deck (the line under the headline) is at most this long; a lead paragraph is longer.
const DECK_MAX = 160;

/** Whether a double mark (“ ” „ " « », or '' that stands for one) stands between `from` and `to`. */
function hasDoubleMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return true;
    if (c === 39 && i + 1 < to && text.charCodeAt(i + 1) === 39) return true;
  }
  return false;
}

/**
 * A single mark in opening place in the paragraph: ‘ anywhere, or ' with no letter before it (nor
 * another ': two apostrophes are a double mark, as the scanner reads them).
 */
function hasSingleOpener(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2018) return true;
    if (c === 39 && (i === from || !(classOf(text.charCodeAt(i - 1)) & LETTER)) && text.charCodeAt(i - 1) !== 39 && i + 1 < to && classOf(text.charCodeAt(i + 1)) & LETTER) return true;
  }
  return false;
}

/**
 * A headline in single marks, as headlines put a quote. Two kinds:
 * - a headline or its deck written in sentence case ("Obama slams GOP’s ‘doom and despair’ on
 *   economy.", "Justice vows to be 'more circumspect' with her opinions."), where isHeadline's count
 *   of capitals does not see one: the first paragraph, or the second under a first that is as short;
 *   short itself; its marks single and none double; and an article whose story below quotes in double
 *   marks, so single marks up top are the headline's style, not the house's (a British-style story
 *   quotes in single marks throughout, and its lead is kept). Measured on PolNeAR train: 14 runs in
 *   such paragraphs were read as quotations, none in the gold (which files no quote in a headline).
 *   (Ingest's 'single-quoted' headline mark reads the same idea at the top, but only when it takes the
 *   title from the text, and extract then has the headline through isTitleParagraph; a text whose title
 *   came from elsewhere, a mail's subject or markup, has only this test for its first paragraph.)
 * - a headline in title case further down, its marks single and none double: a related story's link
 *   ("Hillary Clinton Sides With George W. Bush On ‘Radical Islam.’") or a numbered item's heading
 *   ("3. FOR AFGHAN WOMEN ‘GLASS IS HALF FULL.’"). A listicle's title-case subheads that quote in double
 *   marks ("Zoe Saldana Asked Men Everywhere To “Redefine Masculinity.”") are left: the gold files those
 *   as quotations. PolNeAR train: 3 such runs, none in the gold; dev none.
 */
export function isSingleMarkHeadline(text: string, p: Span, index: number): boolean {
  if (p.end - p.start > 200 || !hasSingleOpener(text, p.start, p.end) || hasDoubleMark(text, p.start, p.end)) return false;
  if (index > 1 || p.end - p.start > DECK_MAX) return isHeadline(text, p, 0);
  if (index === 1 && (p.start > DECK_MAX + 4 || hasDoubleMark(text, 0, p.start))) return false;
  // The story below quotes in double marks (a bounded look: the first few paragraphs of a story quote).
  return hasDoubleMark(text, p.end, Math.min(text.length, p.end + 4000));
}

// A line of links is at most this long (a dozen headlines); a longer paragraph is read as prose.
const LINK_LIST_MAX = 2000;

/** A dash or a bullet that opens an item of a list: — – •. */
const isItemMark = (c: number): boolean => c === 0x2014 || c === 0x2013 || c === 0x2022;

/** Whether text[from, to) is one headline of a list: it opens with a capital or a digit, ends on no comma, and isHeadline reads it as one. */
function headlineItem(text: string, from: number, to: number): boolean {
  const start = firstNonSpace(text, from, to);
  if (start >= to || !(classOf(text.charCodeAt(start)) & (UPPER | DIGIT))) return false;
  // A non-space character stands at `start`, so the last one is at or after it.
  const last = lastNonSpaceAt(text, to);
  if (text.charCodeAt(last) === 44) return false;
  return isHeadline(text, { start, end: last + 1 }, 0);
}

/**
 * A line of related links under a story: two or more headlines, each after a dash or a bullet ("— Here’s
 * What We Know So Far About Flight 804— 3 Important Things To Know …— Clinton Says Crash Seems Like
 * An ‘Act Of Terrorism.’"). Each item is a headline, whose quotes repeat a story's, but the line is
 * longer than isHeadline reads and may stand anywhere. PolNeAR train: 1 such line, its quote read as a
 * quotation, not in the gold. A list of points in sentence case, or a dash inside a sentence, has an
 * item that is no headline.
 */
export function isLinkList(text: string, p: Span): boolean {
  if (p.end - p.start > LINK_LIST_MAX) return false;
  const lead = firstNonSpace(text, p.start, p.end);
  if (lead >= p.end || !isItemMark(text.charCodeAt(lead))) return false;
  let items = 0;
  let from = lead + 1;
  for (let i = from; i <= p.end; i++) {
    if (i < p.end && !isItemMark(text.charCodeAt(i))) continue;
    if (!headlineItem(text, from, i)) return false;
    items++;
    from = i + 1;
  }
  return items >= 2;
}
