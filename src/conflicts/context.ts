import { abbreviationBefore } from "../extract/abbreviations.js";
/**
 * The sentence around a quote in its article: where the reporter's framing ("made false claims
 * that", "By Thursday night,") sits. Abbreviations with a full stop ("Mr.", "D.C.") do not end a
 * sentence; a paragraph break always does.
 */

// "etc." closes a list inside a sentence more often than it ends one.
export const isAbbreviationStop = (text: string, i: number): boolean => abbreviationBefore(text, i) || text.endsWith("etc", i);

/**
 * The text's sentences: a stop, then a capital. Not after an initial ("Donald J. Trump"), a title
 * ("Dr. Ben Carson") or letters with stops ("the U.S. Senate"): an excerpt cut there read
 * "The quote “Donald J”".
 */
export function sentencesOf(flat: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of flat.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu)) {
    // (The stops that end no sentence are the ones the quote's own sentence finder skips: context.ts.)
    if (flat[m.index] === "." && isAbbreviationStop(flat, m.index)) continue;
    out.push(flat.slice(from, m.index + m[0].length).trimEnd());
    from = m.index + m[0].length;
  }
  out.push(flat.slice(from));
  return out.filter((x) => x);
}

/** Offset where the sentence holding `pos` starts. */
export function sentenceStart(text: string, pos: number, maxBack = 400): number {
  const floor = Math.max(0, pos - maxBack);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text[i];
    if (c === "\n") return i + 1;
    if ((c === "." || c === "!" || c === "?") && /\s/.test(text[i + 1] ?? "")) {
      if (c === "." && isAbbreviationStop(text, i)) continue;
      return i + 1;
    }
    // A closing quote mark after a full stop also ends a sentence (“... there.” He paused.)
    if (/[”"’]/.test(c) && /[.!?]/.test(text[i - 1] ?? "") && /\s/.test(text[i + 1] ?? "")) return i + 1;
  }
  return floor;
}

/** Offset where the sentence holding `pos` ends (exclusive). */
export function sentenceEnd(text: string, pos: number, maxAhead = 300): number {
  const ceil = Math.min(text.length, pos + maxAhead);
  for (let i = pos; i < ceil; i++) {
    const c = text[i];
    if (c === "\n") return i;
    if ((c === "." || c === "!" || c === "?") && (/\s/.test(text[i + 1] ?? " ") || /[”"’]/.test(text[i + 1] ?? ""))) {
      if (c === "." && isAbbreviationStop(text, i)) continue;
      return i + 1;
    }
  }
  return ceil;
}
