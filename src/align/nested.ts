import { wordNorms } from "./words.js";

/**
 * A quote that holds another's words in quotation marks of its own is quoting them, not saying them:
 * "Debate recap: Clinton: 'I come from the 60s.'" tweeted by an aide, or a critic's "Her statement
 * that he would be 'in charge of the economy' suggests …". The same words credited to the aide and to
 * Clinton are no misattribution.
 */

// Marks that open and close a quotation inside a quote's text (its own marks are already off).
const OPENERS = new Set(["‘", "“", "'", '"', "«"]);
const CLOSERS = new Set(["’", "”", "'", '"', "»"]);
const isBoundary = (c: string | undefined) => c === undefined || /[\s([{—–\-:,;.!?)\]}…]/.test(c);

/**
 * The passages of `text` in quotation marks: an opening mark after a space or a bracket and before a
 * letter, to the first closing mark after a letter or a stop and before a space, a stop or the end
 * (an apostrophe inside a word, "don’t", closes nothing). One pass: each passage ends where the
 * next search starts.
 */
export function nestedPassages(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPENERS.has(text[i]!) || !isBoundary(text[i - 1]) || isBoundary(text[i + 1])) continue;
    let j = i + 2;
    while (j < text.length && !(CLOSERS.has(text[j]!) && isBoundary(text[j + 1]) && !/\s/.test(text[j - 1]!))) j++;
    if (j >= text.length) break;
    out.push(text.slice(i + 1, j));
    i = j;
  }
  return out;
}

/** Share of the shorter word list found in the longer (as a multiset). */
function containment(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of long) bag.set(w, (bag.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of short) {
    const c = bag.get(w);
    if (c) {
      n++;
      bag.set(w, c - 1);
    }
  }
  return n / short.length;
}

/** Whether a text holds any mark that could open a quotation of its own (a cheap test first). */
export const mayQuote = (text: string): boolean => /[‘“'"«]/.test(text);

/** Whether `outer` quotes `inner`'s words in quotation marks of its own (most of them, three or more). */
export function quotesWithin(outer: string, inner: string): boolean {
  if (!mayQuote(outer)) return false;
  const words = wordNorms(inner);
  return nestedPassages(outer).some((p) => {
    const ws = wordNorms(p);
    return Math.min(ws.length, words.length) >= 3 && containment(ws, words) >= 0.8;
  });
}
