import { makeLocator } from "../check/locate.js";
import { lineCol, type Article, type Diagnostic, type SourceDocument } from "../model/index.js";

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
