import type { CheckRule, RuleHit } from "../types.js";
import { hitOfFinding, onePassage } from "../finding-place.js";
import { articleOutlet, excerpt, quoteIndex, quotePlace, samePassage } from "../quote-place.js";
import { renderDiff } from "../../verify/word-diff.js";

const CHANGED = new Set(["altered", "shortened", "bracketed", "extended"]);

/** The same quote in two places, with its words changed (punctuation-only variants pass). */
export const alteredQuote: CheckRule = {
  id: "altered-quote",
  description: "a quotation whose words differ between sources (altered, shortened, words added)",
  severity: "warning",
  run: ({ report }) => {
    const quotes = quoteIndex(report);
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    for (const g of report.groups) {
      const ref = quotes.get(g.referenceQuoteId);
      if (!ref) continue;
      const refOutlet = articleOutlet(report, ref.articleId) ?? ref.articleId;
      for (const m of g.members) {
        const q = quotes.get(m.quoteId);
        if (!q || m.quoteId === g.referenceQuoteId || !CHANGED.has(m.variant) || samePassage(q, ref)) continue;
        seen.add(q.id);
        seen.add(ref.id); // the group already stands for the finding that names this pair
        hits.push({
          ...quotePlace(q),
          quoteId: q.id,
          groupId: g.id,
          message: `quote ${m.variant} against ${refOutlet}'s wording: ${renderDiff(m.diff)}`,
          related: [{ ...quotePlace(ref), note: `${refOutlet}: “${excerpt(ref.text, 200)}”` }],
        });
      }
    }
    for (const f of report.findings) {
      if (f.kind !== "variant" || f.claims.every((c) => seen.has(c.quoteId)) || onePassage(f)) continue;
      const hit = hitOfFinding(report, f, "altered quote");
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
