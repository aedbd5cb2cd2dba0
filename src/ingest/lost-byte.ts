/**
 * Mojibake that lost a byte. A UTF-8 character whose last byte windows-1252 leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) reads as its first two, "â€", and a C1 control that a later step (a
 * cleaner, a database, an editor) drops; decode.ts's repair cannot turn "â€" back into bytes that are
 * whole UTF-8, so "real‐world" stays "realâ€world" and a closing ” stays "â€". Of the five
 * characters E2 80 81/8D/8F/90/9D (an em quad, two invisible joiners and marks, the hyphen ‐ and
 * the closing ”), the place of the remains tells which it was, but only in two places, each a row
 * here; elsewhere "â€" is left as it is. A remains written twice ("Ã¢â‚¬Â" for "â€" and C2 9D) is
 * first repaired to "â€Â" by decode.ts: the "Â" that stood before the lost control goes with it.
 */

import type { Edit } from "./repair-map.js";

export type LostByteRule = {
  readonly id: string;
  readonly reason: string;
  /** The character the remains stand for. */
  readonly char: string;
  /** Whether the remains are that character's: the character before and after them, and whether a “ is open on their line. */
  readonly test: (before: string | undefined, after: string | undefined, quoteOpen: boolean) => boolean;
};

// A letter of the Latin script: beside other scripts "â€" may have been a joiner (U+200D) or a
// right-to-left mark (U+200F), which stand between letters unseen.
const isLatin = (c: string | undefined): boolean => c !== undefined && /\p{Script=Latin}/u.test(c);

export const LOST_BYTE_RULES: readonly LostByteRule[] = [
  {
    id: "hyphen",
    reason: "between two Latin letters: of the five characters only the hyphen ‐ (E2 80 90) stands there visibly ('realâ€world' is 'real‐world')",
    char: "\u2010",
    test: (before, after) => isLatin(before) && isLatin(after),
  },
  {
    id: "closing-quote",
    reason: "after a word or its punctuation, before a space, punctuation or the line's end, with a “ left open before it on the line: the closing ” (E2 80 9D) ('“We will win,â€ she said')",
    char: "\u201D",
    test: (before, after, quoteOpen) => quoteOpen && before !== undefined && /[\p{L}\p{N}.,!?;:]/u.test(before) && (after === undefined || /[\s.,;:!?)\]]/u.test(after)),
  },
];

const REMAINS = "â€";

/**
 * The text with each lost-byte remains a rule reads put back, and how many were (`edits` gets where, repair-map.ts). One pass from the
 * start, keeping whether a “ is open on the current line, so a long line full of remains stays linear.
 */
export function repairLostBytes(text: string, edits: Edit[] = []): { text: string; repaired: number; example: string | null } {
  let at = text.indexOf(REMAINS);
  if (at < 0) return { text, repaired: 0, example: null };
  let repaired = 0;
  let example: string | null = null;
  let out = "";
  let from = 0;
  // Read up to `seen`: whether a “ is open there on its line.
  let seen = 0;
  let open = false;
  for (; at >= 0; at = text.indexOf(REMAINS, at + 1)) {
    for (; seen < at; seen++) {
      const c = text.charCodeAt(seen);
      if (c === 0x201c) open = true;
      else if (c === 0x201d || c === 10) open = false;
    }
    // "Â" after the remains is the lead of the C2 that carried the lost control, when read twice.
    const len = text[at + 2] === "\u00C2" ? 3 : 2;
    const after = text[at + len] === "\n" ? undefined : text[at + len];
    const rule = LOST_BYTE_RULES.find((r) => r.test(text[at - 1], after, open));
    if (!rule) continue;
    repaired++;
    example ??= `"${text.slice(at, at + len)}" -> "${rule.char}" (${rule.id})`;
    out += text.slice(from, at) + rule.char;
    edits.push({ at, len, out: 1 });
    from = at + len;
    // What was put back counts on the line as the rest does: a ” closes the quote.
    if (rule.char === "\u201D") open = false;
    seen = from;
    at = from - 1;
  }
  return from ? { text: out + text.slice(from), repaired, example } : { text, repaired, example };
}
