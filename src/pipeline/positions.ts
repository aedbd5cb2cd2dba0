import { makeLocator } from "../check/locate.js";
import { lineCol, type Article, type Diagnostic, type Quote, type SourceDocument } from "../model/index.js";

/**
 * Gives each diagnostic that has a span its line and column in the decoded file, so every output
 * (report, JSON, stderr) can print `file:line:col` without carrying the file's text. Article spans
 * are led back through the article's offset map; a document-level span is already in the file.
 */
export function placeDiagnostics(
  documents: readonly SourceDocument[],
  articles: readonly Article[],
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const locate = makeLocator(byId, texts);
  return diagnostics.map((d) => {
    if (!d.span || d.line !== undefined) return d;
    let place: { line: number | null; column: number | null };
    if (d.articleId) place = locate({ documentId: d.documentId, articleId: d.articleId, span: d.span });
    else {
      const text = texts.get(d.documentId);
      if (text === undefined) return d;
      place = lineCol(text, d.span.start);
    }
    return place.line === null || place.column === null ? d : { ...d, line: place.line, column: place.column };
  });
}

/**
 * Gives each quote the line and column of its first word in the decoded file, as diagnostics have
 * theirs: a report read back from the cache has no file text, and a fact-checker wants
 * `file:line:col` there too. A quote whose words cannot be found in the file (an HTML article
 * rebuilt from markup, its words split by tags) is left without.
 */
export function placeQuotes(documents: readonly SourceDocument[], articles: readonly Article[], quotes: readonly Quote[]): Quote[] {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const locate = makeLocator(new Map(articles.map((a) => [a.id, a])), texts);
  return quotes.map((q) => {
    if (q.line !== undefined) return q;
    const place = locate({ documentId: q.documentId, articleId: q.articleId, span: q.span });
    return place.line === null || place.column === null ? q : { ...q, line: place.line, column: place.column };
  });
}
