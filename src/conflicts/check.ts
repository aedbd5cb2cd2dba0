import type { Article, Diagnostic, Finding, FindingKind, Quote, QuoteGroup, Severity, Speaker } from "../model/index.js";
import type { ClaimFacts } from "./claims.js";

/** What every check sees: the claims with their analysis, the quote groups and the articles. */
export type CheckContext = {
  readonly facts: readonly ClaimFacts[];
  readonly groups: readonly QuoteGroup[];
  readonly quotes: readonly Quote[];
  readonly articles: readonly Article[];
  readonly speakers: readonly Speaker[];
  /** Whether two articles (by id) can be about the same event. */
  readonly comparable: (a: string, b: string) => boolean;
  /** Results shared between checks (the opposition pairs), computed once. */
  readonly memo: Map<string, unknown>;
  /**
   * What a check found and did not report, said as info diagnostics: a corroboration between two
   * voices of one body (conflicts/not-independent) is no finding, but a reader is told why.
   */
  readonly notes: Diagnostic[];
};

/** A finding before the registry numbers it. */
export type Draft = Omit<Finding, "id" | "ruleId" | "kind" | "severity"> & { readonly severity?: Severity; readonly key: string };

/** One conflict check: a small record, tested with inputs that must and must not trigger it. */
export type Check = {
  readonly id: string;
  readonly kind: FindingKind;
  readonly description: string;
  readonly severity: Severity;
  run(ctx: CheckContext): Draft[];
};

/** Identity of a claim's speaker: the cross-article speaker id, else the name within its article. */
export function identity(f: ClaimFacts): string | null {
  if (f.claim.speakerId) return f.claim.speakerId;
  return f.claim.speaker ? `${f.claim.article}\u0000${f.claim.speaker}` : null;
}

export function memo<T>(ctx: CheckContext, key: string, make: () => T): T {
  if (!ctx.memo.has(key)) ctx.memo.set(key, make());
  return ctx.memo.get(key) as T;
}
