import type { Article, Quote, Span } from "../model/index.js";
import { isHeadline, isSingleMarkHeadline } from "../extract/headline.js";

/**
 * The headline and deck of an article: the paragraphs above the story that extract reads as a
 * headline (its quotes kept as scare quotes, "the story repeats its quotes"). Ingest's count of
 * head paragraphs when it has one; else the first two paragraphs, each only when extract's own
 * headline tests take it for one (a title-case line, a short line in single marks) or it is the
 * article's title. Pure.
 */
export function headSpans(article: Article): Span[] {
  const paras = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  if (article.headParagraphs !== undefined && article.headParagraphs > 0) return paras.slice(0, article.headParagraphs);
  const out: Span[] = [];
  for (let i = 0; i < Math.min(2, paras.length); i++) {
    const p = paras[i];
    const isTitle = i === 0 && !!article.title && article.text.startsWith(article.title, p.start) && p.end - p.start === article.title.length;
    if (isTitle || isHeadline(article.text, p, i) || isSingleMarkHeadline(article.text, p, i)) out.push(p);
    else break; // a deck stands under a headline, never alone
  }
  return out;
}

const inside = (q: Quote, spans: readonly Span[]) => spans.some((s) => q.span.start >= s.start && q.span.end <= s.end);

/** An article's quotes split into those in its headline or deck and those of the story below. */
export function headAndBody(article: Article, quotes: readonly Quote[]): { readonly head: Quote[]; readonly body: Quote[]; readonly heads: Span[] } {
  const heads = headSpans(article);
  const head: Quote[] = [];
  const body: Quote[] = [];
  for (const q of quotes) (inside(q, heads) ? head : body).push(q);
  return { head, body, heads };
}
