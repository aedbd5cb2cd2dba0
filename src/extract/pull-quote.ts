import type { Span } from "../model/index.js";
import { firstNonSpace, isSpaceCode } from "./chars.js";
import type { QuoteRun } from "./direct.js";
import { firstWords } from "./scare.js";

/**
 * Pull quotes: a quote set apart as a paragraph of its own (a subhead, a blockquote, a teaser with a
 * credit line under it) whose words the story quotes again in its narration. The body's quote is the
 * speech, with its cue; the paragraph alone repeats it for the eye. Read as a quotation it was a
 * second row of the same words, credited by the paragraph around it or by none (PolNeAR train: 6 such
 * runs, none in the gold; dev none).
 */

// Fewer words than this are too weak a sign that two runs are one quote ("USA! USA!" chanted twice is two).
const MIN_WORDS = 4;
// A subhead in single marks in a story that quotes in double marks ("‘A change warrior.’" over the
// section that quotes her as a “change warrior”) is set as a headline sets its quote, so two words said
// again are enough there: a shout repeated is in the story's own double marks. PolNeAR train: 5 such
// subheads of two or three words were read as quotations, none in the gold (each one's body quote is).
const MIN_SINGLE_WORDS = 2;

/** Whether the run is all its paragraph holds: only white space before its opening mark and after its end. */
function standsAlone(text: string, para: Span, run: QuoteRun): boolean {
  if (firstNonSpace(text, para.start, run.outer.start) !== run.outer.start) return false;
  let j = run.outer.end;
  while (j < para.end && isSpaceCode(text.charCodeAt(j))) j++;
  return j >= para.end;
}

// The runs alone in their paragraph an article may hold and still have each searched for in its text:
// a story sets apart a few; a page of nothing but quoted paragraphs (a transcript, a list of tweets)
// is no story with pull quotes, and searching the whole text for each of its thousands would be quadratic.
const MAX_SEARCHED = 16;

/** The words of `s`, lower case, one space before and after each: "… here." and "… here," read alike. */
export const wordsKey = (s: string): string => ` ${firstWords(s, Infinity).join(" ").toLowerCase()} `;

/**
 * The word of a key (wordsKey) to look for before a paragraph is read as words: its longest word written in
 * ASCII alone, or null when it has none. A paragraph whose key holds the key holds this word in its text, its
 * letters in either case (see holdsFolded), so a paragraph without it need not be lower-cased.
 */
export function keyNeedle(key: string): string | null {
  // Only the word's first NEEDLE_MAX letters are looked for (a paragraph that holds the word holds them):
  // holdsFolded tries the needle at each offset, so a long word ("aaa…ab" against a paragraph of "aaa…")
  // made it read n x n characters; capped, it reads at most NEEDLE_MAX a character.
  let best: string | null = null;
  for (const w of key.split(" ")) {
    if (w.length === 0 || (best !== null && w.length <= best.length)) continue;
    let ascii = true;
    for (let k = 0; k < w.length && ascii; k++) ascii = w.charCodeAt(k) < 128;
    if (ascii) best = w;
  }
  return best === null ? null : best.slice(0, NEEDLE_MAX);
}

const NEEDLE_MAX = 24;

/**
 * Whether text[from, to) holds `needle` (lower-case ASCII) with its letters in either case. Exact as a test of
 * what lower-casing the paragraph could make, except in a text with the Kelvin sign (U+212A), which lower-cases
 * to "k": the caller reads such a text whole. (The only other character that lower-cases to ASCII, "İ", gives
 * "i" and a combining dot, which is no ASCII word's.) A hand loop: the text is read once a needle.
 */
export function holdsFolded(text: string, from: number, to: number, needle: string): boolean {
  const n = needle.length;
  const first = needle.charCodeAt(0);
  const firstUp = first >= 97 && first <= 122 ? first - 32 : first;
  for (let i = from; i <= to - n; i++) {
    const c = text.charCodeAt(i);
    if (c !== first && c !== firstUp) continue;
    let k = 1;
    for (; k < n; k++) {
      const d = text.charCodeAt(i + k);
      const e = needle.charCodeAt(k);
      if (d !== e && !(e >= 97 && e <= 122 && d === e - 32)) break;
    }
    if (k === n) return true;
  }
  return false;
}

/**
 * Which runs are pull quotes: a run alone in its paragraph, not a piece of a quote over paragraphs,
 * of at least MIN_WORDS words (MIN_SINGLE_WORDS in single marks in a story that quotes in double ones), whose words stand again in the article's text, read as words (case,
 * commas and stops aside: "… vote and I …" set apart, "… vote, and I …,” he said" in the body),
 * whether in marks with a cue (the body's quote, often longer: the pull quote is its opening) or in
 * the narration (the writer's own sentence set apart, no one's speech). At most MAX_SEARCHED such
 * runs are searched for, so the text is read a bounded number of times.
 */
export function pullQuotes(text: string, runs: readonly QuoteRun[], paras: readonly Span[], isHeadline: (paragraph: number) => boolean): boolean[] {
  const out: boolean[] = [];
  const alone: number[] = [];
  // Whether the story quotes in double marks anywhere: worked out once, when a short single run needs it.
  let doubles: boolean | undefined;
  const quotesInDoubles = (): boolean => (doubles ??= runs.some((r) => !r.single));
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    out.push(false);
    if (r.continuesPrevious || r.continuesNext || isHeadline(r.paragraph) || !standsAlone(text, paras[r.paragraph], r)) continue;
    const n = firstWords(text.slice(r.span.start, r.span.end), MIN_WORDS).length;
    if (n < MIN_WORDS && !(r.single && n >= MIN_SINGLE_WORDS && quotesInDoubles())) continue;
    alone.push(i);
    if (alone.length > MAX_SEARCHED) return out;
  }
  if (alone.length === 0) return out;
  const byKey = new Map<string, number[]>();
  for (const i of alone) {
    const key = wordsKey(text.slice(runs[i].span.start, runs[i].span.end));
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  // Each paragraph alone holds its words once; one time more is the body's. The same words alone in
  // two paragraphs and nowhere else are kept both: neither says which is the body's. Not the
  // headline's: a headline repeats the body's quote, and the quote alone in the body is then the speech.
  // A key found in `all` lies inside one paragraph's words (each key opens and ends on a space and has one space
  // between words; paragraphs meet on two), so a paragraph that holds no key's needle adds nothing to a count and
  // is left out before it is lower-cased: most paragraphs of a story (see keyNeedle).
  let needles: string[] | null = text.includes("\u212a") ? null : [];
  for (const key of byKey.keys()) {
    if (!needles) break;
    const needle = keyNeedle(key);
    if (needle) needles.push(needle);
    else needles = null;
  }
  let all = "";
  for (let p = 0; p < paras.length; p++) {
    if (needles && !needles.some((w) => holdsFolded(text, paras[p].start, paras[p].end, w))) continue;
    if (!isHeadline(p)) all += wordsKey(text.slice(paras[p].start, paras[p].end));
  }
  for (const [key, list] of byKey) {
    let seen = 0;
    for (let at = all.indexOf(key); at >= 0 && seen <= list.length; at = all.indexOf(key, at + 1)) seen++;
    if (seen > list.length) for (const i of list) out[i] = true;
  }
  return out;
}
