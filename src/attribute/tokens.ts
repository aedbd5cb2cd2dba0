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

// Abbreviations whose full stop belongs to the word ("Mr.", "Sen.", "D.C.").
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "jr", "sr", "prof", "rev",
  "fr", "inc", "co", "corp", "ltd", "no", "vs", "u.s", "u.n", "d.c", "u.k", "e.u", "mt", "ft", "ave", "blvd", "adm", "cmdr",
  "maj", "pres", "supt", "det", "hon",
  "del", // "Del. Stacey Plaskett": a delegate to Congress
]);

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

/**
 * Tokenise `text.slice(span.start, span.end)`; offsets are into `text`. Words are letters and
 * digits, with inner apostrophes, hyphens and stops ("al-Homsi", "U.S"); everything else that is
 * not a space is a token of its own.
 */
export function tokenize(text: string, span: Span): Tok[] {
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
      out.push(mk(text.slice(i, i + w), i, false, false));
      i += w;
      continue;
    }
    // A word: letters and digits, with ' ’ - . inside but never at its end.
    const start = i;
    let last = i + w; // end of the last letter or digit
    let j = last;
    while (j < end) {
      const d = cpClass(text, j, end);
      const dw = d & 0x100 ? 2 : 1;
      if (d & LN) {
        j += dw;
        last = j;
        continue;
      }
      const code = text.charCodeAt(j);
      if (code === APOS || code === RSQUO || code === HYPHEN || code === DOT) {
        j++;
        continue;
      }
      break;
    }
    const tEnd = last;
    const t = text.slice(start, tEnd);
    const l = t.toLowerCase();
    // Keep the stop of an abbreviation or an initial ("Harry M. Reid") with the word.
    // A stop before a comma, a bracket or a lower-case word ends an abbreviation, not a sentence.
    if (tEnd < end && text.charCodeAt(tEnd) === DOT) {
      let abbrev = ABBREVIATIONS.has(l) || isSingleUpper(t) || isInitials(t);
      if (!abbrev) {
        const limit = Math.min(end, tEnd + 4);
        let k = tEnd + 1;
        while (k < limit && classOf(text.charCodeAt(k)) & SPACE) k++;
        if (k < limit) {
          const code = text.charCodeAt(k);
          abbrev = code === 0x2c || code === 0x29 || code === 0x5d || (!isHigh(code) && (classOf(code) & LL) !== 0);
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
