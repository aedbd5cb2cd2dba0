import type { Article, Claim, Diagnostic, Finding, Quote, QuoteGroup, Speaker } from "../model/index.js";

export type ConflictInput = {
  readonly articles: readonly Article[];
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly groups: readonly QuoteGroup[];
};

/** Turn quotes into claims and run the conflict checks over them. Pure. */
export function findConflicts(_input: ConflictInput): { claims: Claim[]; findings: Finding[]; diagnostics: Diagnostic[] } {
  return { claims: [], findings: [], diagnostics: [] };
}
