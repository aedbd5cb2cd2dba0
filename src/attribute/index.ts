import type { Candidate } from "../extract/index.js";
import type { Article, Diagnostic, Quote } from "../model/index.js";

/** Credit each candidate to a speaker, with the cue rule that decided it. Pure. */
export function attributeQuotes(
  _article: Article,
  _candidates: readonly Candidate[],
): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  return { quotes: [], diagnostics: [] };
}
