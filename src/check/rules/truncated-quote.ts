import type { Quote } from "../../model/index.js";
import type { CheckRule } from "../types.js";
import { excerpt, isTitleCase, quotePlace, spokenQuotes } from "../quote-place.js";

/**
 * A headline ("Rubio Says Abandoning Immigration Reform Was A Sign Of Leadership") ends with no full
 * stop by nature, so the paragraph cut that its missing stop suggests is no evidence the words were cut.
 */
const isHeadline = (q: Quote) => isTitleCase(q.text);

/**
 * Why the quote may be incomplete, and what to do. A quote marked cut whose words end a sentence
 * ("… sitting in the Oval Office." as the article's last paragraph) lacks its closing mark, which the
 * source may have lost with the rest of the text or never had: "cut off before its end" overstated it.
 */
function why(q: Quote): string {
  if (!q.truncated) return "lies in a paragraph the source cut mid-sentence";
  return /[.!?]$/.test(q.text.trim()) ? "has no closing quotation mark where the text ends" : "is cut off before its end";
}

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
      // Reported speech is named so and shown without marks: the reporter's words, not the speaker's.
      const what = q.kind === "indirect" ? `reported statement ${why(q)}: ${excerpt(q.text)}` : `quote ${why(q)}: “${excerpt(q.text)}”`;
      return [{ ...quotePlace(q), quoteId: q.id, message: `${what}; check the source for the rest of it` }];
    });
  },
};
