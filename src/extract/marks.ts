import { DIGIT, LETTER, classOf, isSpaceCode } from "./chars.js";

/**
 * Quotation marks and the context tests that tell an opening mark from a closing one and a quote
 * mark from an apostrophe. One row per mark; the scanner reads only this table.
 */

export type MarkRole = {
  /** Can open a quotation. */
  readonly opens: boolean;
  /** Marks that close a quotation this mark opened. */
  readonly closers: string;
  /** Double marks carry quotations; single ones are nested quotes, titles or apostrophes. */
  readonly single: boolean;
  /** Straight marks look the same at both ends, so position decides. */
  readonly straight: boolean;
};

export const MARKS: Readonly<Record<string, MarkRole>> = {
  "\u201C": { opens: true, closers: "\u201D\u201C\"", single: false, straight: false }, // “ … ” (or “ … “ when sloppy)
  "\u201D": { opens: true, closers: "\u201D\"", single: false, straight: false }, // ” … ” (Swedish, or typos)
  "\u201E": { opens: true, closers: "\u201C\u201D\"", single: false, straight: false }, // „ … “
  '"': { opens: true, closers: '"\u201D', single: false, straight: true },
  "\u00AB": { opens: true, closers: "\u00BB", single: false, straight: false }, // « … »
  "\u00BB": { opens: true, closers: "\u00AB", single: false, straight: false }, // » … « (German/Danish)
  "\u2018": { opens: true, closers: "\u2019'", single: true, straight: false }, // ‘ … ’
  "\u201A": { opens: true, closers: "\u2018\u2019", single: true, straight: false }, // ‚ … ‘
  "'": { opens: true, closers: "'\u2019", single: true, straight: true },
  // `` … '' (TeX and Penn Treebank text; two backticks open, and two apostrophes read as ")
  "`": { opens: true, closers: '"\u201D', single: false, straight: false },
  "\u2039": { opens: true, closers: "\u203A", single: true, straight: false }, // ‹ … ›
  "\u2019": { opens: false, closers: "", single: true, straight: false }, // ’ closes or is an apostrophe
  "\u203A": { opens: false, closers: "", single: true, straight: false },
};

/** Fast membership test for the scanner's hot loop. */
export function isMarkCode(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 96 || code === 0xab || code === 0xbb ||
    (code >= 0x2018 && code <= 0x201e) || code === 0x2039 || code === 0x203a
  );
}

/** Letters and digits in any script (one UTF-16 unit: a lone surrogate is neither). */
export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c < 0xd800 || c > 0xdfff) && (classOf(c) & (LETTER | DIGIT)) !== 0;
}

/** White space, an opening bracket, a dash or a slash: what can stand before an opening mark. */
export function isSpaceLike(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  return c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 47 || isSpaceCode(c);
}

/** White space or punctuation that can follow a closing mark. */
export function isCloseContext(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 || c === 0x2014 || c === 0x2013 || isSpaceCode(c);
}
