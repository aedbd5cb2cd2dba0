import type { Span } from "../model/index.js";
import { isAbbreviation } from "../model/abbreviations.js";
import { DIGIT, LETTER, MARK, SPACE, UPPER, classAt, classOf, markStrings } from "./chars.js";

/**
 * Fast text helpers for the reported-speech extractor: a word tokeniser for one sentence (the
 * sentence bounds are the model's: model/sentences.ts). They run only on paragraphs that contain a
 * cue word, and are a single regex pass each, so the extractor stays linear in the text.
 */

export type Token = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Starts with an upper-case letter or is a number. */
  readonly cap: boolean;
  readonly word: boolean;
};

// The tokeniser below reads text exactly as this regex would (a test checks them against each other):
// /[\p{L}\p{N}$€£][\p{L}\p{M}\p{N}$€£]*(?:['’.\-&,:/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|''|--|[^\s\p{L}\p{N}]/gu
// A combining mark (\p{M}) goes on the word it follows, so a name kept decomposed (NFD, "Marti\u0301nez")
// is one token at the text's own offsets, not "Marti", "\u0301", "nez"; a mark never starts a word.
// It is written out by hand because it runs on every sentence with a cue word, and a regex match
// per token (a match array and its string) was a fifth of the extractor's time.

const isCapChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 36 || (c > 127 && c < 0xd800 && (classOf(c) & UPPER) !== 0) || (c > 0xdfff && (classOf(c) & UPPER) !== 0);

/** Length of the code point at i, a surrogate pair only when both halves lie before `to`. */
const sizeBefore = (text: string, i: number, to: number): number => {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
};
const classBefore = (text: string, i: number, to: number): number => (sizeBefore(text, i, to) === 2 ? classAt(text, i) : text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdfff ? 0 : classOf(text.charCodeAt(i)));
/** Whether the code point at i is a letter or digit ([\p{L}\p{N}]); ASCII without a table read. */
const alnumAt = (text: string, i: number, to: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (classBefore(text, i, to) & (LETTER | DIGIT)) !== 0;
};
/** Whether the code point at i continues a word: a letter, digit or combining mark ([\p{L}\p{M}\p{N}]). */
const wordGoesOnAt = (text: string, i: number, to: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (classBefore(text, i, to) & (LETTER | DIGIT | MARK)) !== 0;
};
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 45 || c === 44 || c === 0x2019 || c === 38 || c === 58 || c === 47;
const INITIALS = /^(\p{L}\.)+\p{L}$/u;

/** Tokens of `text.slice(from, to)` with absolute offsets; "Mr." and "U.S." keep their period. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let end: number;
    // Digits and lower-case ASCII letters only: the token is its own lower-case form.
    let plain = true;
    let word = false;
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 : c === 0x20ac || c === 0xa3 || (classBefore(text, i, to) & (LETTER | DIGIT)) !== 0) {
      // A word token, unless it starts with an astral letter (a surrogate pair).
      word = c < 0xd800 || c > 0xdfff;
      // [\p{L}\p{N}$€£][\p{L}\p{M}\p{N}$€£]* (lower-case letters first: they are most of the text)
      end = i;
      while (end < to) {
        const d = text.charCodeAt(end);
        if (d >= 97 && d <= 122) end++;
        else if (d < 128) {
          if (d >= 65 && d <= 90) plain = false;
          else if (!((d >= 48 && d <= 57) || d === 36)) break;
          end++;
        } else if (d === 0x20ac || d === 0xa3 || (classBefore(text, end, to) & (LETTER | DIGIT | MARK)) !== 0) {
          plain = false;
          end += sizeBefore(text, end, to);
        } else break;
      }
      // (?:['’.\-&,:/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*, noting the first joiner that is a comma or colon: they
      // cannot occur in a run of letters, so that is the only place the cut below can fall.
      let cut = -1;
      while (end + 1 < to && isJoiner(text.charCodeAt(end)) && alnumAt(text, end + 1, to)) {
        if (cut < 0 && (text.charCodeAt(end) === 44 || text.charCodeAt(end) === 58)) cut = end;
        end++;
        plain = false;
        while (end < to && wordGoesOnAt(text, end, to)) end += sizeBefore(text, end, to);
      }
      // "1,409" and "5:20" are one token, but "said,he" is not: only digits join across , and :.
      if (cut >= 0 && word && !(c >= 48 && c <= 57)) end = cut;
    } else if ((c === 39 || c === 45) && i + 1 < to && text.charCodeAt(i + 1) === c) {
      end = i + 2; // '' and --
    } else if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : (classBefore(text, i, to) & SPACE) !== 0) {
      i++;
      continue;
    } else {
      end = i + sizeBefore(text, i, to);
      plain = c < 128;
    }
    let t: string;
    let lower: string;
    if (!word && end === i + 1 && c >= 128) {
      const kept = markStrings(c);
      t = kept.text;
      lower = kept.lower;
    } else {
      t = text.slice(i, end);
      lower = plain ? t : t.toLowerCase();
    }
    const cap = isCapChar(c);
    if (word && end < to && text.charCodeAt(end) === 46) {
      // A plain token (lower-case letters and digits) has no period, so cannot be initials.
      if (isAbbreviation(t, lower) || (t.length === 1 && cap) || (!plain && INITIALS.test(t))) {
        end++;
        t += ".";
        lower += ".";
      }
    }
    out.push({ start: i, end, text: t, lower, cap, word });
    i = end;
  }
  return out;
}

/** Whether the code unit at i (< to) opens a code point of a word token ([\p{L}\p{N}$€£]); a pair only when both halves lie before `to`. */
function wordCharAt(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36;
  return c === 0x20ac || c === 0xa3 || (classBefore(text, i, to) & (LETTER | DIGIT)) !== 0;
}

/**
 * Whether the code point that ends just before i (i > 0) is a word token's character, a pair read as
 * one; combining marks there are the word's when a word character stands before them.
 */
function wordCharBefore(text: string, i: number): boolean {
  while (i > 1 && markBefore(text, i)) i -= sizeBefore(text, i - 2, i) === 2 ? 2 : 1;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (classAt(text, i - 2) & (LETTER | DIGIT)) !== 0;
  }
  return wordCharAt(text, i - 1, i);
}

/** Whether the code point that ends just before i (i > 0) is a combining mark. */
function markBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2 && sizeBefore(text, i - 2, i) === 2) return (classAt(text, i - 2) & MARK) !== 0;
  return c >= 0x300 && (c < 0xd800 || c > 0xdfff) && (classOf(c) & MARK) !== 0;
}

/**
 * A finder for the offsets of whole tokens (as `tokenize` cuts them) whose lower-case form is one of
 * `words` (ASCII letters only): a token of word characters is a maximal run of [\p{L}\p{N}$€£], so a
 * word is found where no word character stands on either side of it. The result may hold a few offsets
 * `tokenize` would not make a token start at (a run cut at a comma), never fewer.
 *
 * One native regex pass over the text: the alternation of the words between \b bounds runs in
 * irregexp's compiled code, a third faster over PolNeAR than a hand loop that hashed every word. \b
 * reads [A-Za-z0-9_] as word characters: what it lets through beside "$", a letter or digit beyond
 * ASCII is turned away after the match, and a text with "_" (which \b takes for a word character and
 * the tokeniser does not: "_said" holds "said") is read with explicit bounds instead.
 */
export function wordFinder(words: Iterable<string>): (text: string, from: number, to: number) => number[] {
  // A word of other characters ("e-mailed", "señal") is never one run of ASCII letters, so it is never
  // found: it stays out of the pattern, where a hyphen or a stop would also mean something else.
  const list = [...new Set(words)].filter((w) => /^[a-z]+$/i.test(w));
  if (list.length === 0) return () => [];
  // Longest first: an alternative that is a prefix of another must not end the match early.
  const alternation = list.sort((a, b) => b.length - a.length).join("|");
  const bounded = new RegExp(`\\b(?:${alternation})\\b`, "gi");
  const underscored = new RegExp(`(?<![A-Za-z0-9$])(?:${alternation})(?![A-Za-z0-9$])`, "gi");
  return (text, from, to) => {
    const out: number[] = [];
    // The slice keeps the finder inside [from, to): a word at `to` ends there, one at `from` starts there.
    const t = from === 0 && to === text.length ? text : text.slice(from, to);
    const re = t.includes("_") ? underscored : bounded;
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      const a = m.index;
      const b = a + m[0].length;
      if ((a > 0 && wordCharBefore(t, a)) || (b < t.length && (wordCharAt(t, b, t.length) || markBefore(t, b + sizeBefore(t, b, t.length))))) continue;
      out.push(from + a);
    }
    return out;
  };
}

/**
 * The lower-case forms of toks[a..b). Pushed one by one, not `toks.slice(a, b).map(...)`: once V8
 * optimises a caller of .map its result comes out as a holey array, another map than before, and
 * the functions reading these words (verbSite, the cue rules) were deoptimised when the first such
 * list reached them; pushed, the list is always packed (as findDirectQuotes' candidates are).
 */
export function lowerWords(toks: readonly Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) out.push(toks[k].lower);
  return out;
}

/** The texts of toks[a..b) joined by single spaces, as the tagger is given them (no array: see lowerWords). */
export function joinedTexts(toks: readonly Token[], a: number, b: number): string {
  let out = "";
  for (let k = a; k < b; k++) out += k > a ? " " + toks[k].text : toks[k].text;
  return out;
}

/** Index of the first token that starts at or after `offset` (-1 if none): a binary search. */
export function tokenAt(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < toks.length ? lo : -1;
}

/** Quotation marks of any style, including the doubled apostrophe some wires use for ”. */
export const QUOTE_MARK = /["“”„«»‹›‘]|''|(?:^|[\s(])'(?=\p{L})/u;

/**
 * Stretches of a paragraph inside quotation marks (absolute offsets, sorted): “…”, «…», "…" and the
 * doubled apostrophe ''…'' some wires use. A mark left open runs to the paragraph's end, as a quote
 * that continues into the next paragraph does. A speech verb in such a stretch belongs to the quoted
 * speaker's own words ("I can tell you that ..."), not to the article's reported speech.
 */
const QUOTE_CHARS = /[“”"«»]|''/g;

export function quotedRanges(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  let closer = "";
  // Curly marks opened inside a straight quotation, not yet closed: a ” closes them first (see below).
  let inner = 0;
  // One native search from mark to mark over the paragraph (and the character after it, which a
  // doubled apostrophe may end on).
  const para = text.slice(from, Math.min(text.length, to + 1));
  for (let i = from; i < to; i++) {
    QUOTE_CHARS.lastIndex = i - from;
    if (!QUOTE_CHARS.test(para)) break;
    const at = QUOTE_CHARS.lastIndex;
    i = from + (para.charCodeAt(at - 1) === 39 ? at - 2 : at - 1);
    if (i >= to) break;
    const c = text[i]!;
    const mark = c === "'" ? "''" : c;
    if (open < 0) {
      if (mark === "”" || mark === "»") continue; // a stray closing mark
      open = i;
      closer = mark === "“" ? "”" : mark === "«" ? "»" : mark;
      inner = 0;
    } else if (closer === '"' && (mark === "“" || (mark === "”" && inner > 0))) {
      inner += mark === "“" ? 1 : -1;
    } else if (mark === closer || (closer === "”" && mark === '"') || (closer === '"' && mark === "”")) {
      // ("I prefer the plan,” he said: a straight mark closed by a curly one is one quotation, as a mistyped
      // opener leaves it; left open, it hid every cue to the paragraph's end. A “…” nested in it closes itself.)
      out.push({ start: open, end: i + mark.length });
      open = -1;
    }
    if (mark === "''") i++;
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}
