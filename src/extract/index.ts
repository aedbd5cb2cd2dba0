import type { Article, Diagnostic, QuoteKind, Span } from "../model/index.js";
import { findReportedSpeech } from "./reported.js";

/** A quotation found in the text, before anyone is credited with it. */
export type Candidate = {
  readonly kind: QuoteKind;
  /** The quoted words, without marks. */
  readonly span: Span;
  /** The span including its quote marks (same as span for reported speech). */
  readonly outer: Span;
  readonly truncated: boolean;
  /**
   * Reported speech is found through its cue, so the extractor already knows the cue and the words
   * that name the speaker; attribution resolves that mention to a canonical speaker.
   */
  readonly cueSpan?: Span;
  readonly mentionSpan?: Span;
  readonly ruleId?: string;
  readonly reason?: string;
};

/** Find direct, reported and scare quotations in one article. Pure. */
export function extractQuotes(article: Article): { candidates: Candidate[]; diagnostics: Diagnostic[] } {
  const reported = findReportedSpeech(article);
  return { candidates: [...reported.candidates], diagnostics: [...reported.diagnostics] };
}
