import { lineColAmong, lineStarts, sourceSpanEnd, type Article, type Span } from "../model/index.js";
import { hasSoftBreaks, sourceWords } from "./source-words.js";
import { printable } from "../model/printable.js";
import type { CheckPlace } from "./types.js";

export type Location = {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
};

/** Article offsets -> offsets in the decoded file, through the article's offset map. */
export function sourceSpan(article: Article, span: Span, documentText: string | null): Span | null {
  const so = article.sourceOffsets;
  if (so && span.start < so.length) {
    return { start: so[span.start], end: sourceSpanEnd(article, span.start, span.end)! };
  }
  // HTML articles are rebuilt from markup and keep no map: find the words in the file instead,
  // letting entities ("&#8217;") and tags stand between them.
  if (documentText !== null) {
    const words = article.text.slice(span.start, span.end);
    const at = words.length >= 4 ? documentText.indexOf(words) : -1;
    if (at >= 0) return { start: at, end: at + words.length };
    // Letters and marks as the file writes them, before ingest decoded and repaired them (source-words.ts).
    const search = sourceWords(words, hasSoftBreaks(documentText));
    const m = search && documentText.includes(search.needle) ? search.pattern.exec(documentText) : null;
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

export type Locator = (place: CheckPlace) => Location;

/**
 * `file:line:col` of places. `texts` holds each document's decoded text; without it, or without a
 * way back from the article, the place is the file alone. Line starts are computed once a file.
 */
export function makeLocator(articles: ReadonlyMap<string, Article>, texts: ReadonlyMap<string, string>): Locator {
  const cache = new Map<string, number[]>();
  return (place) => {
    const none = { file: place.documentId, line: null, column: null, endLine: null, endColumn: null };
    const article = place.articleId ? articles.get(place.articleId) : undefined;
    const text = texts.get(place.documentId) ?? null;
    if (!article || !place.span || text === null) return none;
    const s = sourceSpan(article, place.span, text);
    if (!s) return none;
    let starts = cache.get(place.documentId);
    if (!starts) cache.set(place.documentId, (starts = lineStarts(text)));
    const a = lineColAmong(starts, Math.min(s.start, text.length));
    const b = lineColAmong(starts, Math.min(s.end, text.length));
    return { file: place.documentId, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
}

/** One place; build a locator with makeLocator when there are many. */
export const locate = (place: CheckPlace, articles: ReadonlyMap<string, Article>, texts: ReadonlyMap<string, string>): Location =>
  makeLocator(articles, texts)(place);

// (A file name may hold a line feed or a terminal escape: the finding's line stays one line.)
export const formatLocation = (l: Location): string => (l.line === null ? printable(l.file) : `${printable(l.file)}:${l.line}:${l.column}`);
