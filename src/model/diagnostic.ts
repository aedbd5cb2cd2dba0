import type { Span } from "./span.js";

export type Severity = "error" | "warning" | "info";
export type Stage = "ingest" | "extract" | "attribute" | "align" | "conflicts" | "check" | "verify" | "cli";

/**
 * A message about the input, shaped like a vfile message. `span` is in the source document's text
 * (the decoded file) when `inSource` is true, otherwise in the article's text.
 */
export type Diagnostic = {
  readonly reason: string;
  readonly documentId: string;
  readonly articleId?: string;
  readonly span?: Span;
  readonly ruleId: string;
  readonly stage: Stage;
  readonly severity: Severity;
};

export const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };
