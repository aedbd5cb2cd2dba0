import { isAbbreviation, isStateAbbreviation } from "../model/abbreviations.js";
import { UPPER, classAt, isFormatCode, markStrings } from "../extract/chars.js";
import type { Span } from "../model/index.js";

/** A word or punctuation mark in a short window of the article, with its offsets. */
export type Tok = {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  /** A word that starts with a capital letter. */
  readonly cap: boolean;
};

// Character classes by UTF-16 code unit, filled on first sight: the tokeniser runs on every cue
// window, and a table lookup is many times cheaper than a Unicode regex per character.
const LN = 1; // \p{L} or \p{N}
const SPACE = 2; // \s
const LU = 4; // \p{Lu}
const LL = 8; // \p{Ll}
const LETTER = 16; // \p{L}
const KNOWN = 128;
const classes = new Uint8Array(65536);
const RE_LN = /^[\p{L}\p{N}]$/u;
const RE_SPACE = /^\s$/u;
const RE_LU = /^\p{Lu}$/u;
const RE_LL = /^\p{Ll}$/u;
const RE_L = /^\p{L}$/u;

function classOfString(ch: string): number {
  return (RE_LN.test(ch) ? LN : 0) | (RE_SPACE.test(ch) ? SPACE : 0) | (RE_LU.test(ch) ? LU : 0) | (RE_LL.test(ch) ? LL : 0) | (RE_L.test(ch) ? LETTER : 0);
}

function classOf(code: number): number {
  let c = classes[code];
  if (c === 0) {
    c = classOfString(String.fromCharCode(code)) | KNOWN;
    classes[code] = c;
  }
  return c;
}

/** . ! ? … ; — the punctuation tokens that end a clause for the cue windows. */
const isSentenceEndCode = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b;

/**
 * White space at `i` (one code unit). No token holds white space, so a tokenisation that starts
 * right after it makes the same tokens from there on as one that starts anywhere before it.
 */
const isSpaceAt = (text: string, i: number): boolean => (classOf(text.charCodeAt(i)) & SPACE) !== 0;

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Class and length (1 or 2 code units) of the code point at `i`, read no further than `end`. */
function cpClass(s: string, i: number, end: number): number {
  const code = s.charCodeAt(i);
  if (isHigh(code) && i + 1 < end) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return classOfString(s.slice(i, i + 2)) | 0x100;
  }
  return classOf(code);
}

const APOS = 0x27; // '
const RSQUO = 0x2019; // ’
const HYPHEN = 0x2d;
const DOT = 0x2e;
const COMMA = 0x2c;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/**
 * A code unit of UTF-8 read twice as Latin-1 ("SarukhÃ\u0083Â¡n" for "Sarukhán"): a C1 control
 * (U+0080-U+009F) or a Latin-1 sign (U+00A1-U+00BF), which no word of English text holds. Inside a
 * word it stays in it, as an apostrophe does, so a name so spelt is one word. Not the no-break space
 * (U+00A0), the guillemets « » (U+00AB, U+00BB: quotation marks) nor the acute accent (U+00B4),
 * which stands for an apostrophe in some text ("Obama´s").
 */
export const isMojibakeCode = (c: number): boolean => c >= 0x80 && c <= 0xbf && c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0xb4;

/**
 * A combining diacritic (U+0300-U+036F): text in decomposed form spells "José" as "Jose" and an
 * acute accent, and "Ã" as "A" and a tilde. The mark belongs to the letter before it, so to the word.
 */
export const isCombiningCode = (c: number): boolean => c >= 0x300 && c <= 0x36f;

/**
 * Where the word that `at` falls inside starts when a combining diacritic or a code unit of
 * isMojibakeCode stands right before `at`, as tokenize reads words: back over letters, digits,
 * combining diacritics and those code units after one of them. `at` itself otherwise: another
 * stage's span that starts right after such a unit ("a Nieto" of "PeA\u0303\u00b1a Nieto", where
 * its own reading broke the word at the sign) is read from the word's start, but one run into a word
 * before it with no space ("8:35PMChris Lee", a page's lost line break) is not.
 */
export function wordStartAt(text: string, at: number): number {
  const before = at > 1 ? text.charCodeAt(at - 1) : 0;
  if (!isMojibakeCode(before) && !isCombiningCode(before)) return at;
  let s = at;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if ((classOf(c) & LN) !== 0 || isCombiningCode(c)) s--;
    else if (isMojibakeCode(c) && s > 1 && ((classOf(text.charCodeAt(s - 2)) & LN) !== 0 || isCombiningCode(text.charCodeAt(s - 2)))) s--;
    else break;
  }
  return s;
}

/**
 * A name part's letters after its capital, for the regexes that read names (the registry's NAME_RUN,
 * the sentence subjects, the capitals that go on after one): letters, apostrophes, hyphens and
 * combining diacritics (isCombiningCode), with the code units of isMojibakeCode between them, each
 * only before a letter. No unit matches both branches (the letters ª µ º, U+00AA U+00B5 U+00BA, are
 * left to the first), so the run cannot backtrack. A regex source, for the u flag.
 */
export const NAME_PART_LETTERS = String.raw`(?:[\p{L}\u0300-\u036F'’-]|[\u0080-\u009F\u00A1-\u00A9\u00AC-\u00B3\u00B6-\u00B9\u00BC-\u00BF](?=\p{L}))`;

/**
 * Tokenise `text.slice(span.start, span.end)`; offsets are into `text`. Words are letters and
 * digits, with inner apostrophes, hyphens and stops ("al-Homsi", "U.S"); everything else that is
 * not a space is a token of its own.
 */
export function tokenize(text: string, span: Span, stopAtSentenceEnd = false): Tok[] {
  const kept = stopAtSentenceEnd ? null : keptTokensOf(text, span);
  if (kept) return kept;
  const out: Tok[] = [];
  const end = span.end;
  let i = span.start;
  while (i < end) {
    const c = cpClass(text, i, end);
    const w = c & 0x100 ? 2 : 1;
    if (c & SPACE) {
      i += w;
      continue;
    }
    if (!(c & LN)) {
      const code = text.charCodeAt(i);
      // An invisible format control between words ("said\u202a Tom Reyes", a bidi embedding a web
      // page left in) separates them as a space does: a token of its own broke the reads over it.
      if (w === 1 && code >= 128 && isFormatCode(code)) {
        i++;
        continue;
      }
      if (w === 1 && code >= 128) {
        const m = markStrings(code);
        out.push({ text: m.text, lower: m.lower, start: i, end: i + 1, word: false, cap: false });
      } else {
        const p = text.slice(i, i + w);
        // ASCII punctuation is its own lower case.
        out.push(mk(p, i, false, false, w === 1 ? p : undefined));
      }
      i += w;
      // Each token depends only on the text from its start on, so the tokens up to here are
      // those of the whole span: a caller that reads no further than a sentence end stops here.
      if (stopAtSentenceEnd && w === 1 && isSentenceEndCode(text.charCodeAt(i - 1))) return out;
      continue;
    }
    // A word: letters and digits, with ' ’ - . inside but never at its end.
    const start = i;
    let last = i + w; // end of the last letter or digit
    let j = last;
    // Whether the word may change in lower case: a capital or a non-ASCII character in it. Most
    // words have neither, and need no toLowerCase (a scan and often a new string) at all.
    let cased = !(text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) && !(text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57);
    while (j < end) {
      const code = text.charCodeAt(j);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        j++;
        last = j;
        continue;
      }
      const d = cpClass(text, j, end);
      const dw = d & 0x100 ? 2 : 1;
      if (d & LN) {
        cased = true;
        j += dw;
        last = j;
        continue;
      }
      if (isCombiningCode(code)) {
        cased = true;
        j++;
        last = j;
        continue;
      }
      // "… Trump said.Trump claimed …": a stop with no space after it, between two lower-case
      // letters and a capitalised word, ends a sentence (a space lost when the text was made);
      // "U.S", "e.g" and "Ph.D" have no two lower-case letters before or no word after.
      if (code === DOT && j === last && j + 2 < end && isLowerAscii(text.charCodeAt(j - 1)) && j - 2 >= start && isLowerAscii(text.charCodeAt(j - 2)) && isUpperAscii(text.charCodeAt(j + 1)) && isLowerAscii(text.charCodeAt(j + 2))) break;
      if (code === APOS || code === RSQUO || code === HYPHEN || code === DOT || isMojibakeCode(code)) {
        j++;
        continue;
      }
      // A thousands separator ("1,300 emails", "$2,400"): a comma between a digit and three digits
      // that end there is inside the number, not a clause break.
      if (code === COMMA && j === last && isDigitCode(text.charCodeAt(j - 1)) && j + 3 < end && isDigitCode(text.charCodeAt(j + 1)) && isDigitCode(text.charCodeAt(j + 2)) && isDigitCode(text.charCodeAt(j + 3)) && !(j + 4 < end && isDigitCode(text.charCodeAt(j + 4)))) {
        j += 4;
        last = j;
        continue;
      }
      break;
    }
    const tEnd = last;
    const t = text.slice(start, tEnd);
    const l = cased ? t.toLowerCase() : t;
    // Keep the stop of an abbreviation or an initial ("Harry M. Reid") with the word.
    // A stop before a comma, a bracket or a lower-case word ends an abbreviation, not a sentence;
    // before a closing bracket only after a capital ("(R-Ky.)"): after a lower-case word it ends a
    // sentence in brackets ("(“…,” he said.)").
    if (tEnd < end && text.charCodeAt(tEnd) === DOT) {
      // A state's stop is the word's only by the rule below (a comma or a lower-case word next):
      // before a capital it ends the sentence ("… in Springfield, Ill. He said").
      let abbrev = (isAbbreviation(t, l) && !isStateAbbreviation(l)) || isSingleUpper(t) || isInitials(t);
      if (!abbrev) {
        const limit = Math.min(end, tEnd + 4);
        let k = tEnd + 1;
        while (k < limit && classOf(text.charCodeAt(k)) & SPACE) k++;
        if (k < limit) {
          const code = text.charCodeAt(k);
          abbrev = code === 0x2c || ((code === 0x29 || code === 0x5d) && (cpClass(t, 0, t.length) & LU) !== 0) || (!isHigh(code) && (classOf(code) & LL) !== 0);
        }
      }
      if (abbrev) {
        out.push(mk(t + ".", start, true, (cpClass(t, 0, t.length) & LU) !== 0, l + "."));
        i = tEnd + 1;
        continue;
      }
    }
    // A possessive is its own token so "Omran’s" gives the name "Omran".
    const n = t.length;
    const cap = (cpClass(t, 0, n) & LU) !== 0;
    let possAt = -1;
    if (n >= 3 && t.charCodeAt(n - 1) === 0x73) {
      const a = t.charCodeAt(n - 2);
      if ((a === APOS || a === RSQUO) && isLetterBefore(t, n - 2)) possAt = n - 2;
    }
    // "O’Neill’s" keeps its apostrophes: a capital right before one starts a name, not a possessive.
    const second = cpClass(t, 0, n) & 0x100 ? 2 : 1;
    if (possAt > 0 && !(cap && (t.charCodeAt(second) === APOS || t.charCodeAt(second) === RSQUO))) {
      out.push(mk(t.slice(0, possAt), start, true, cap));
      out.push(mk(t.slice(possAt), start + possAt, false, false));
    } else out.push(mk(t, start, true, cap, l));
    i = tEnd;
  }
  return out;
}

// The tokens of the last few narration windows (see keepTokens). Three: a quote's windows before
// and after it, and the sentence tail a clause-subject rule reads.
const KEPT = 3;
const keptText: string[] = [];
const keptStart: number[] = [];
const keptToks: (readonly Tok[])[] = [];
let keptNext = 0;

/**
 * Keep `toks`, made by tokenize(text, { start, … }), so that tokenising a stretch inside them
 * returns a slice of them. The rules parse subjects and sources out of the windows they read
 * (parseSubject, parseInvertedSource), and tokenising each of those stretches again made a fifth
 * of the tokenizer's garbage; and the window before a quote is often the stretch the window after
 * the quote before it has read. The caller must not change `toks` afterwards.
 */
export function keepTokens(text: string, start: number, toks: readonly Tok[]): void {
  if (toks.length === 0) return;
  keptText[keptNext] = text;
  keptStart[keptNext] = start;
  keptToks[keptNext] = toks;
  keptNext = (keptNext + 1) % KEPT;
}

/** Drop the kept tokens (for tests, which compare against a fresh tokenisation). */
export function forgetKeptTokens(): void {
  keptToks.length = keptText.length = keptStart.length = 0;
  keptNext = 0;
}

/** Index of the first token that starts at or after `at` (toks.length if none). */
function firstAtOrAfter(toks: readonly Tok[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * tokenize(text, span) read off kept tokens, or null when no kept run holds the span in a way that
 * is sure to give the same tokens. A token depends only on the text from its start to the end it
 * may read to, so the kept tokens from the span's first token to its last are the span's when:
 * the span starts no earlier than the kept run did; only white space lies between the span's ends
 * and those tokens (no token is cut by the span, and none is left out past the kept run's end: a
 * run that stopped at a sentence end, or ended where the span goes on, made the same tokens up to
 * there); the first is not the "’s" split off a possessive (from there it would read "’" and
 * "s"); and the last is not a word with its stop kept, which may have been kept for what follows
 * the span (an abbreviation before a lower-case word). Every other look past a token's end (a
 * thousands separator, a possessive) reads a character that is not white space.
 */
function keptTokensOf(text: string, span: Span): Tok[] | null {
  for (let k = 0; k < keptToks.length; k++) {
    const toks = keptToks[k];
    if (keptText[k] !== text || span.start < keptStart[k] || span.start >= toks[toks.length - 1].end) continue;
    const i = firstAtOrAfter(toks, span.start);
    let j = i;
    while (j < toks.length && toks[j].end <= span.end) j++;
    if (j === i || (i > 0 && toks[i - 1].end > span.start) || (i > 0 && toks[i - 1].end === toks[i].start && !toks[i].word)) continue;
    if (!spaceOnly(text, span.start, toks[i].start) || !spaceOnly(text, toks[j - 1].end, span.end)) continue;
    const last = toks[j - 1];
    if (last.word && last.text.charCodeAt(last.text.length - 1) === DOT) continue;
    return toks.slice(i, j);
  }
  return null;
}

function spaceOnly(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (!isSpaceAt(text, c)) return false;
  return true;
}

/** The code point ending at `at` (exclusive) is a letter. */
function isLetterBefore(t: string, at: number): boolean {
  const code = t.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) return (classOfString(t.slice(at - 2, at)) & LETTER) !== 0;
  return (classOf(code) & LETTER) !== 0;
}

/** One capital letter ("M" in "Harry M. Reid"). */
function isSingleUpper(t: string): boolean {
  if (t.length === 1) return (classOf(t.charCodeAt(0)) & LU) !== 0;
  return t.length === 2 && (cpClass(t, 0, 2) & 0x100) !== 0 && (cpClass(t, 0, 2) & LU) !== 0;
}

/** Letters joined by stops ("U.S", "D.C"). */
function isInitials(t: string): boolean {
  return INITIALS.test(t);
}
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

function mk(text: string, start: number, word: boolean, cap: boolean, lower?: string): Tok {
  return { text, lower: lower ?? text.toLowerCase(), start, end: start + text.length, word, cap };
}

export const isCap = (t: Tok): boolean => t.cap;
export const isPossessive = (t: Tok): boolean => !t.word && (t.text === "'" || t.text === "’" || t.text === "'s" || t.text === "’s");

const isStopCode = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const isSentenceEndTok = (t: Tok): boolean => t.text === "." || t.text === "!" || t.text === "?" || t.text === "…";

/** The tokens after the last sentence end (. ! ? …), or null when there is none. */
function afterLastSentenceEnd(toks: Tok[]): Tok[] | null {
  let from = -1;
  for (let i = 0; i < toks.length; i++) if (isSentenceEndTok(toks[i])) from = i + 1;
  return from < 0 ? null : toks.slice(from);
}

/**
 * The tokens of `span` after its last sentence end (all of them when there is none): the narration
 * of the quote's sentence before its opening mark. Same result as tokenising the whole span, but it
 * first tokenises from just before the nearest stop: from right after white space the tokens are
 * the whole span's (see isSpaceAt). When that stop is not a sentence end ("Mr.", "U.S."), it tries
 * the one before, a few times, then the whole span.
 */
export function sentenceTail(text: string, span: Span): Tok[] {
  const { start, end } = span;
  let p = end;
  for (let tries = 0; tries < 3; tries++) {
    p--;
    while (p > start && !isStopCode(text.charCodeAt(p))) p--;
    while (p > start && !isSpaceAt(text, p - 1)) p--;
    if (p <= start) break;
    const toks = tokenize(text, { start: p, end });
    const tail = afterLastSentenceEnd(toks);
    if (tail) {
      keepTokens(text, p, toks);
      return tail;
    }
  }
  const all = tokenize(text, span);
  keepTokens(text, start, all);
  return afterLastSentenceEnd(all) ?? all.slice();
}

// "WASHINGTON, Dec. 8 (UPI) — ", "DES MOINES, Iowa — ", "Washington (AFP) – ": the place (in
// capitals, or any capitalised place before a wire's name in brackets), an optional state or date
// after a comma, an optional wire in brackets, and a dash. Tried only at a line start.
const DATELINE_AT = /(?:(?:\p{Lu}{3,}|\p{Lu}\.?\p{Lu})[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]+)*(?:,[^—–()\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*(?:,[^—–()\n]{1,30}?)?\s*\(\p{Lu}[\p{L}.]{1,12}\)\s*)(?:[—–]|--?)\s+/uy;

/**
 * The end of a dateline that opens the line at `at` ("WASHINGTON (Reuters) - …"), or -1. The
 * place is no speaker and no sentence subject.
 */
export function datelineEnd(text: string, at: number): number {
  if (at > 0 && text.charCodeAt(at - 1) !== 0x0a) return -1;
  // Every dateline opens with a capital: a paragraph that opens with a quote mark, a digit or a
  // lower-case word is turned away before the regex's call (this runs for every quote's window).
  if ((classAt(text, at) & UPPER) === 0) return -1;
  DATELINE_AT.lastIndex = at;
  return DATELINE_AT.test(text) ? DATELINE_AT.lastIndex : -1;
}
