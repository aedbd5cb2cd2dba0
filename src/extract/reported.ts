import type { Article, Diagnostic } from "../model/index.js";
import type { Candidate } from "./index.js";

/** Reported speech ("X said that ...", "..., X said.", "according to X, ..."). Pure. */
export function findReportedSpeech(_article: Article): { candidates: Candidate[]; diagnostics: Diagnostic[] } {
  return { candidates: [], diagnostics: [] };
}
