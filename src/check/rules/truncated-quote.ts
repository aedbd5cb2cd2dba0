import type { Quote } from "../../model/index.js";
import type { CheckRule } from "../types.js";
import { excerpt, isTitleCase, quotePlace, spokenQuotes } from "../quote-place.js";

/**
 * A headline ("Rubio Says Abandoning Immigration Reform Was A Sign Of Leadership") ends with no full
 * stop by nature, so the paragraph cut that its missing stop suggests is no evidence the words were cut.
 */
const isHeadline = (q: Quote) => isTitleCase(q.text);

/** A quote that the extractor marked cut, or that runs into a paragraph the source cut off. */
export const truncatedQuote: CheckRule = {
  id: "truncated-quote",
  description: "a quotation that may be incomplete: it is cut off, or lies in text the source cut",
  severity: "warning",
  run: ({ report }) => {
    const cutsOf = new Map(report.articles.map((a) => [a.id, a.cuts]));
    return spokenQuotes(report).flatMap((q) => {
      if (isHeadline(q)) return [];
      const inCut = (cutsOf.get(q.articleId) ?? []).some((c) => q.span.start < c.end && q.span.end > c.start);
      if (!q.truncated && !inCut) return [];
      const why = q.truncated ? "is cut off before its end" : "lies in a paragraph the source cut mid-sentence";
      return [{ ...quotePlace(q), quoteId: q.id, message: `quote ${why}: “${excerpt(q.text)}”` }];
    });
  },
};
