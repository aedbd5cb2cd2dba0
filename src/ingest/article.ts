import type { Article, Container, OutletEvidence, Span } from "../model/index.js";
import { reflow } from "./reflow.js";

export type ArticleMeta = {
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly outlet?: string | null;
  readonly outletEvidence?: readonly OutletEvidence[];
  readonly published?: string | null;
  readonly publishedRaw?: string | null;
  readonly dateline?: string | null;
  readonly container?: Container | null;
  /** Force hard-wrap handling (true), one paragraph a line (false), or detect (undefined). */
  readonly wrapped?: boolean;
  /** Paragraphs known to be headings (from markup): never counted as cut text. */
  readonly headingParagraphs?: readonly number[];
};

// A paragraph that ends on one of these has ended its sentence.
const SENTENCE_END = /[.!?…:;)\]"“”’»']\s*$/u;
// A quotation signed off with a dash and a name ("… a disgrace.” ― Jane Roe"), with a role or a
// handle after it ("― Tom Lee, opposition leader", "― Jane Roe (@janeroe)"), or a tweet signed as
// ingest writes it, the account and where and when ("— Jane Roe (@janeroe) on Twitter on March 5,
// 2016", "— @janeroe on Twitter"): complete.
const SIGNED_QUOTE = /[.!?…]?["“”’»]\s*[―—–-]+\s*(?:\p{Lu}[\p{L}.'’ -]{0,50}(?:,[\p{L}.'’ -]{1,60}|\(@\w{1,30}\))?|@\w{1,15})(?: on Twitter(?: on \p{Lu}\p{Ll}+ \d{1,2}, \d{4})?)?$/u;
// Short lines that are not sentences: a date, a "By ..." line, a URL, a place line, a sign-off.
const NOT_PROSE = /^(?:[Bb]y\s|[Dd]oor\s|[Vv]on\s|\(?https?:\/\/|www\.|[-=_*#~]{3,}|\p{Lu}[\p{Lu}\d ,.:'’-]+$)/u;

/**
 * A headline or heading: short, and most of its longer words capitalised ("Inside the Ancient City
 * They Just Sacked"). A cut sentence reads as running prose in lower case.
 */
export function isHeadingLike(para: string): boolean {
  if (para.length > 160) return false;
  if (NOT_PROSE.test(para)) return true;
  const words = para.split(/\s+/).filter((w) => /^[\p{L}'’‘"“]/u.test(w) && w.replace(/[^\p{L}]/gu, "").length >= 4);
  if (!words.length) return true;
  const caps = words.filter((w) => /^['’‘"“]?\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

/** Paragraphs that stop mid-sentence: the source was cut (list copies often are). */
export function findCuts(text: string, paragraphs: readonly Span[], headings: readonly number[] = []): Span[] {
  const cuts: Span[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const para = text.slice(p.start, p.end);
    if (para.length < 40 || headings.includes(i)) continue; // short lines (sign-offs, labels) are not sentences
    if (SENTENCE_END.test(para) || SIGNED_QUOTE.test(para) || isHeadingLike(para)) continue;
    // A short first paragraph with more below is the headline, whatever its capitals.
    if (i === 0 && paragraphs.length > 1 && para.length <= 120) continue;
    // The cut sentence starts after the last sentence end in the paragraph.
    let from = 0;
    for (const m of para.matchAll(/[.!?…]["”’»)]?\s+(?=["“‘«(]?\p{Lu})|[”"]\s+(?=\p{Lu})/gu)) from = m.index + m[0].length;
    cuts.push({ start: p.start + from, end: p.end });
  }
  return cuts;
}

export function slugify(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

/** Build an article from `source.slice(from, to)`, reflowed, with offsets back to the source. */
export function makeArticle(
  documentId: string,
  index: number,
  id: string,
  source: string,
  from: number,
  to: number,
  meta: ArticleMeta = {},
  mapped = true,
): Article {
  const flowed = reflow(source, from, to, meta.wrapped);
  return {
    id,
    documentId,
    index,
    title: meta.title ?? null,
    byline: meta.byline ?? null,
    outlet: meta.outlet ?? null,
    outletEvidence: meta.outletEvidence ?? [],
    published: meta.published ?? null,
    publishedRaw: meta.publishedRaw ?? null,
    dateline: meta.dateline ?? null,
    container: meta.container ?? null,
    text: flowed.text,
    paragraphs: flowed.paragraphs,
    cuts: findCuts(flowed.text, flowed.paragraphs, meta.headingParagraphs),
    sourceOffsets: mapped ? flowed.offsets : null,
  };
}

/** A whole plain text as one article: what tests and simple inputs use. */
export function articleFromText(text: string, id = "article", documentId = "text"): Article {
  return makeArticle(documentId, 0, id, text, 0, text.length);
}
