import type { ClaimRef } from "./finding.js";
import type { Span } from "./span.js";

export type Severity = "error" | "warning" | "info";
export type Stage = "ingest" | "extract" | "attribute" | "align" | "conflicts" | "check" | "verify" | "cli";

/**
 * A message about the input, shaped like a vfile message. `span` is in the article's text when
 * `articleId` is set, otherwise in the source document's text (the decoded file).
 */
export type Diagnostic = {
  readonly reason: string;
  readonly documentId: string;
  readonly articleId?: string;
  readonly span?: Span;
  readonly ruleId: string;
  readonly stage: Stage;
  readonly severity: Severity;
  /**
   * 1-based line and column of `span.start` in the decoded file, filled in by the pipeline where the
   * article's offsets lead back to the file (absent otherwise).
   */
  readonly line?: number;
  readonly column?: number;
  /**
   * The claims a conflicts note is about (`conflicts/not-independent`: the claims held apart as one
   * source), as a finding names them; absent on every other diagnostic.
   */
  readonly claims?: readonly ClaimRef[];
};

export const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };
