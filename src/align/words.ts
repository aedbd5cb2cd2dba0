/**
 * Word tokens for comparing quotes and names. Curly and straight apostrophes are the same letter,
 * case is ignored, punctuation is not a word: so "They’re" and "they're" are one token. A left single
 * quote between letters is an apostrophe typed wrong ("Trump‘s"), not a quote mark: the same letter too.
 */
export type Word = { readonly norm: string; readonly start: number; readonly end: number };

const WORD = /[\p{L}\p{N}]+(?:['’‘\u02BC][\p{L}\p{N}]+)*/gu;

export function normWord(w: string): string {
  return w.toLowerCase().replace(/[’‘\u02BC]/g, "'");
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ norm: normWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

export const wordNorms = (text: string): string[] => words(text).map((w) => w.norm);

/** Text with quote marks unified and whitespace collapsed: what "verbatim" compares. */
export function canonicalText(text: string): string {
  return text
    .replace(/[‘’‚‛′\u02BC]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
