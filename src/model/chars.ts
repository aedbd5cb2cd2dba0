/**
 * Character classes for the extractors' hand-written scanners, as the Unicode regex classes they
 * stand in for (\p{L}, \p{N}, \p{Lu}, \s, \p{M}) would decide them. One table lookup per UTF-16 code unit
 * instead of a regex call: the scanners look at every character of every article, and a regex test
 * on a one-character string costs far more than the rest of the loop.
 */

export const LETTER = 1;
export const DIGIT = 2;
export const UPPER = 4;
export const SPACE = 8;
/** A combining mark (\p{M}): part of the word before it, as the accent of "Jose\u0301" in text kept decomposed (NFD). */
export const MARK = 16;
const KNOWN = 128;

// Filled lazily: most texts use a few hundred distinct code units.
const table = new Uint8Array(65536);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\s/u.test(ch) ? SPACE : 0) | (/\p{M}/u.test(ch) ? MARK : 0);
}

for (let c = 0; c < 128; c++) table[c] = classify(c) | KNOWN;

/**
 * Classes of the code point at `i` (a surrogate pair counts as its code point; a lone surrogate
 * is in no class, as in a /u regex).
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let t = table[c];
    if (t === 0) t = table[c] = classify(c) | KNOWN;
    return t & ~KNOWN;
  }
  const cp = text.codePointAt(i)!;
  return cp > 0xffff ? classify(cp) : 0;
}

/** Classes of one BMP code unit that is not a surrogate. */
export function classOf(c: number): number {
  let t = table[c];
  if (t === 0) t = table[c] = classify(c) | KNOWN;
  return t & ~KNOWN;
}

/** UTF-16 length of the code point at `i`: 2 for a surrogate pair, else 1. */
export function sizeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether the code unit is white space as /\s/ defines it. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (c < 0xd800 || c > 0xdfff) && (classOf(c) & SPACE) !== 0;
}

/**
 * An invisible format control (Unicode Cf) that text carries between words: the soft hyphen, the
 * zero-width space and joiners, the direction marks, embeddings and isolates (U+200B-U+200F,
 * U+202A-U+202E, U+2060-U+2064, U+2066-U+2069). (U+FEFF is white space to \s already.)
 */
export const isFormatCode = (c: number): boolean =>
  c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069);

/** The first position from `from` (before `to`) that is not white space, or `to`. */
export function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Index of the last code unit of `s` before `end` that is not white space (as /\s/ reads it), -1
 * when there is none. With `caseInsensitiveCodes` it makes a cheap test of how a window ends, run
 * before a regex anchored at the window's end ($): V8 tries such a regex at every position of the
 * window, and most windows end in a letter that none of the regex's words ends in.
 */
export function lastNonSpaceAt(s: string, end = s.length): number {
  let i = end;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i - 1;
}

/**
 * The code units a /iu regex reads as one of `letters` (lower-case ASCII): both cases, and the two
 * characters Unicode case folding maps onto ASCII letters, ſ (U+017F) onto s and the Kelvin sign
 * (U+212A) onto k.
 */
export function caseInsensitiveCodes(letters: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (const ch of letters) {
    set.add(ch.charCodeAt(0));
    set.add(ch.toUpperCase().charCodeAt(0));
    if (ch === "s") set.add(0x17f);
    if (ch === "k") set.add(0x212a);
  }
  return set;
}

/**
 * Dashes as tokens, the ones that set off an aside or a gloss (a hyphen standing alone is one:
 * inside a word the tokenisers keep it in the word, "al-Homsi").
 */
export const DASH_TOKENS: ReadonlySet<string> = new Set(["—", "–", "―", "-", "--"]);

// A mark or symbol beyond ASCII (“ ” — …) as a token's text and lower-case form, one pair per
// character, for both tokenisers: slicing and lowering made two new strings for each such mark.
const MARK_STRINGS = new Map<number, { readonly text: string; readonly lower: string }>();

/** The one-code-unit string `c` and its lower case, made once. */
export function markStrings(c: number): { readonly text: string; readonly lower: string } {
  let m = MARK_STRINGS.get(c);
  if (!m) {
    const text = String.fromCharCode(c);
    m = { text, lower: text.toLowerCase() };
    MARK_STRINGS.set(c, m);
  }
  return m;
}
