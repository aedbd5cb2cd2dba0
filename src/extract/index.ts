import type { Article, Diagnostic, QuoteKind, Span } from "../model/index.js";

/** A quotation found in the text, before anyone is credited with it. */
export type Candidate = {
  readonly kind: QuoteKind;
  /** The quoted words, without marks. */
  readonly span: Span;
  /** The span including its quote marks (same as span for reported speech). */
  readonly outer: Span;
  readonly truncated: boolean;
};

/** Find direct, reported and scare quotations in one article. Pure. */
export function extractQuotes(_article: Article): { candidates: Candidate[]; diagnostics: Diagnostic[] } {
  return { candidates: [], diagnostics: [] };
}
