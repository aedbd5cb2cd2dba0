import { lineCol, type Diagnostic } from "../model/index.js";
import { printable } from "../model/printable.js";

/**
 * One readable line a diagnostic: `file:line:col: reason (ruleId)`. `text` is the text the span
 * points into (the document's text); the pipeline's position is used first, and without either the
 * position is left out.
 */
export function formatDiagnostic(d: Diagnostic, text: string | null): string {
  // (A file name may hold a line feed or a terminal escape: the line stays one line.)
  let where = printable(d.documentId);
  if (d.line !== undefined && d.column !== undefined) where += `:${d.line}:${d.column}`;
  else if (d.span && text !== null) {
    const { line, column } = lineCol(text, d.span.start);
    where += `:${line}:${column}`;
  }
  return `${where}: ${d.reason} (${d.ruleId})`;
}

/**
 * A problem with a file that was read (no article text in it, broken HTML, mixed encodings, a
 * message that could not be parsed): worth a line on standard error from every command that lists
 * what it found, or an empty result would not say why. Cut text is listed per article instead.
 */
export const isFileWarning = (d: Diagnostic): boolean => d.stage === "ingest" && d.severity === "warning" && d.ruleId !== "ingest/cut-text";
