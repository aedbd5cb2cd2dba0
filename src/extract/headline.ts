import type { Span } from "../model/index.js";
import { LETTER, UPPER, classAt, classOf } from "./chars.js";

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
