import type { Article, Quote, QuoteGroup, Speaker } from "../model/index.js";

/** One identity per person across articles; quotes get the canonical name. Pure. */
export function alignSpeakers(
  _articles: readonly Article[],
  quotes: readonly Quote[],
): { speakers: Speaker[]; quotes: Quote[] } {
  return { speakers: [], quotes: [...quotes] };
}

/** Group the same words quoted in different places. Pure. */
export function groupQuotes(_articles: readonly Article[], _quotes: readonly Quote[]): QuoteGroup[] {
  return [];
}
