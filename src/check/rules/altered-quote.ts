import type { CheckRule } from "../types.js";
import { groupPairHits } from "../group-hits.js";
import { excerpt } from "../quote-place.js";
import { renderDiff } from "../../verify/word-diff.js";

const CHANGED = new Set(["altered", "shortened", "bracketed", "extended"]);

/** The same quote in two places, with its words changed (punctuation-only variants pass). */
export const alteredQuote: CheckRule = {
  id: "altered-quote",
  description: "a quotation whose words differ between sources (altered, shortened, words added)",
  severity: "warning",
  run: ({ report }) =>
    groupPairHits(report, {
      group: () => true,
      // Within one article a partial repeat is how stories are written: only changed words count.
      member: (m, q, ref) => CHANGED.has(m.variant) && (q.articleId !== ref.articleId || m.variant === "altered"),
      describe: (m, _q, ref, refWhere) => ({
        message: `quote ${m.variant} against ${refWhere}'s wording: ${renderDiff(m.diff)}`,
        note: `${refWhere}: “${excerpt(ref.text, 200)}”`,
      }),
      findingKind: "variant",
      findingLabel: "altered quote",
    }),
};
