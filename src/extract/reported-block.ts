import type { Span } from "../model/index.js";
import type { Source } from "./reported-source.js";
import { QUOTE_MARK } from "./reported-text.js";
import { type Sentence, subjectAt } from "./reported-sentence.js";
import { siteAt } from "./reported-verb.js";

/**
 * A block quotation set off without quotation marks: "In a speech last July, he said:" ends a paragraph and
 * what he said stands as the paragraphs after it ("Hewitt writes:" and the column's lines). Web pages render a
 * <blockquote> so, and the marks that would tell the direct-quote extractor are gone.
 */

export const BLOCK_RULE = {
  id: "reported/block-after-colon",
  reason: "a paragraph ends 'X said:' and the next paragraphs, without quotation marks, are what X said (a block quotation)",
} as const;

/** Paragraphs a block quotation may run to: more is a page's own text. */
const MAX_BLOCK_PARAGRAPHS = 6;

export type BlockHit = { readonly content: Span; readonly cue: Span; readonly source: Source };

/** Whether a paragraph can be a line of a block quotation: plain text, no marks, no markup ("<tweet …>"). */
function plainLine(text: string, p: Span): boolean {
  const t = text.slice(p.start, p.end);
  return /^[\p{Lu}…\d]/u.test(t) && !QUOTE_MARK.test(t) && !t.includes("<");
}

/**
 * `s` is the last sentence of paragraph `pi`. When it ends with a speech verb and a colon ("he said:", "Fox
 * News reports:") after a subject, the content is the next paragraph and those after it that are plain text
 * too, up to one that names another cue (`cueIn`: "He writes in the column that ..." is the reporter again).
 * A paragraph that opens with a quotation mark is the direct-quote extractor's; one with marks inside mixes
 * the two and is left alone.
 */
export function blockAfterColon(
  text: string, paragraphs: readonly Span[], pi: number, s: Sentence, cueIn: (p: Span) => boolean,
): BlockHit | null {
  const { toks } = s;
  const c = toks.length - 1;
  if (c < 2 || toks[c].text !== ":" || pi + 1 >= paragraphs.length) return null;
  const v = siteAt(s, c - 1);
  if (!v || v.passive || v.verb.frame === "ask" || v.vi !== c - 1) return null;
  const source = subjectAt(s, v.cueStart);
  if (!source) return null;
  if (!plainLine(text, paragraphs[pi + 1])) return null;
  let last = pi + 1;
  while (last + 1 < paragraphs.length && last - pi < MAX_BLOCK_PARAGRAPHS && plainLine(text, paragraphs[last + 1]) && !cueIn(paragraphs[last + 1])) last++;
  return { content: { start: paragraphs[pi + 1].start, end: paragraphs[last].end }, cue: { start: toks[v.cueStart].start, end: toks[v.vi].end }, source };
}
