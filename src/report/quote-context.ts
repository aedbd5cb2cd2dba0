import type { Article, Quote, Span } from "../model/index.js";
import { paragraphIndexAt } from "../model/index.js";
import { sentenceSpans } from "../model/sentences.js";

/**
 * A piece of a quote's context: the quoted words, the words that credit them (cue or mention), or the
 * text around. `cut`: quoted words shown by their first and last words only (shortened), so a report
 * that would show the words in their sentence alone must give them whole beside it.
 */
export type ContextPart = { readonly text: string; readonly mark: "quote" | "credit" | null; readonly cut?: true };

/**
 * A quoted passage longer than this is shown in its context by its first and last words only: the
 * report gives the words whole just above, and the context is there for what stands around them (a
 * 900-character statement would otherwise be printed twice).
 */
const QUOTE_SHOWN = 160;
const HEAD = 100;
const TAIL = 50;

/**
 * The sentences of the quote's paragraph that hold the quote, its cue and the words naming its
 * speaker, cut into parts: what a reader needs to see how the article credits the words ("…, Omran
 * told The Daily Beast by phone") without opening the file. Null when the article is not at hand or
 * the sentences add nothing to the words (no letter outside the quote), as for a quote that is a
 * paragraph of its own.
 */
export function quoteContext(article: Pick<Article, "text" | "paragraphs"> | undefined, q: Pick<Quote, "span" | "cueSpan" | "mentionSpan">): readonly ContextPart[] | null {
  if (!article) return null;
  const text = article.text;
  const paras = article.paragraphs;
  // The paragraphs the quote runs through; the cue and mention count only inside them (a cue in the
  // paragraph before is the chain's to name, not this one's to print).
  const first = paras.length ? paras[paragraphIndexAt(paras, q.span.start)] : { start: 0, end: text.length };
  const last = paras.length ? paras[paragraphIndexAt(paras, Math.max(q.span.start, q.span.end - 1))] : first;
  const bounds: Span = { start: Math.min(first.start, q.span.start), end: Math.max(last.end, q.span.end) };
  const credits = [q.cueSpan, q.mentionSpan].filter((s): s is Span => !!s && s.start >= bounds.start && s.end <= bounds.end && s.end > s.start);
  const lo = Math.min(q.span.start, ...credits.map((s) => s.start));
  const hi = Math.max(q.span.end, ...credits.map((s) => s.end));
  const sentences = sentenceSpans(text, bounds.start, bounds.end);
  const from = Math.min(lo, ...sentences.filter((s) => s.end > lo).map((s) => s.start));
  const to = Math.max(hi, ...sentences.filter((s) => s.start < hi).map((s) => s.end));
  const around = text.slice(from, q.span.start) + text.slice(q.span.end, to);
  if (!/\p{L}/u.test(around)) return null;
  return partsOf(text, { start: from, end: to }, q.span, credits);
}

function partsOf(text: string, range: Span, quote: Span, credits: readonly Span[]): ContextPart[] {
  // Cut points: the range's ends and every edge of a mark inside it.
  const cuts = [...new Set([range.start, range.end, quote.start, quote.end, ...credits.flatMap((c) => [c.start, c.end])])]
    .filter((i) => i >= range.start && i <= range.end)
    .sort((a, b) => a - b);
  const parts: ContextPart[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i];
    const e = cuts[i + 1];
    // A credit inside the quote (a transcript's label, an interrupting "he said") is marked as a credit.
    const mark = credits.some((c) => c.start <= s && e <= c.end) ? "credit" : quote.start <= s && e <= quote.end ? "quote" : null;
    const piece = text.slice(s, e).replace(/\s+/g, " ");
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark) parts[parts.length - 1] = { text: prev.text + piece, mark };
    else parts.push({ text: piece, mark });
  }
  return parts.map((p) => {
    if (p.mark !== "quote") return p;
    const text = shortened(p.text);
    return text === p.text ? p : { text, mark: p.mark, cut: true };
  });
}

/** The quoted words as the context shows them: whole when short, else their first and last words around "…". */
export function shortened(words: string): string {
  if (words.length <= QUOTE_SHOWN) return words;
  const headEnd = words.lastIndexOf(" ", HEAD);
  const tailStart = words.indexOf(" ", words.length - TAIL);
  const head = words.slice(0, headEnd > HEAD / 2 ? headEnd : HEAD).trimEnd();
  const tail = words.slice(tailStart > 0 && tailStart < words.length - 1 ? tailStart + 1 : words.length - TAIL).trimStart();
  return `${head} … ${tail}`;
}
