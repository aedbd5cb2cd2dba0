import type { QuoteKind, Span } from "../model/index.js";
import type { ReportedCandidate } from "./reported.js";

/**
 * Every candidate is made here with every field, undefined when it has none, in one order: the
 * attribution passes and the cue rules then read one shape of object. (With the optional fields
 * set only when there were any, direct, labelled and reported candidates came in eight shapes, and
 * the property reads on them went megamorphic or deoptimised when a new shape came late.)
 */
export function candidate(
  kind: QuoteKind, span: Span, outer: Span, truncated: boolean,
  continuesPrevious: boolean | undefined, continuesNext: boolean | undefined, labelSpan: Span | undefined,
  cueSpan: Span | undefined, mentionSpan: Span | undefined, sourceSpan: Span | undefined, roleSpan: Span | undefined, toSpan: Span | undefined,
  ruleId: string | undefined, reason: string | undefined,
): ReportedCandidate {
  return { kind, span, outer, truncated, continuesPrevious, continuesNext, labelSpan, cueSpan, mentionSpan, sourceSpan, roleSpan, toSpan, ruleId, reason };
}
