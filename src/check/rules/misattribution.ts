import type { CheckRule, RuleHit } from "../types.js";
import { hitOfFinding, onePassage } from "../finding-place.js";
import { articleOutlet, excerpt, quoteIndex, quotePlace, samePassage } from "../quote-place.js";

/** The same words credited to different speakers in different places. */
export const misattribution: CheckRule = {
  id: "misattribution",
  description: "the same words credited to different speakers in different sources",
  severity: "error",
  run: ({ report }) => {
    const quotes = quoteIndex(report);
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    for (const g of report.groups) {
      const ref = quotes.get(g.referenceQuoteId);
      if (!g.misattributed || !ref) continue;
      const refWhere = articleOutlet(report, ref.articleId) ?? ref.articleId;
      for (const m of g.members) {
        const q = quotes.get(m.quoteId);
        if (!q || q.id === ref.id || q.speaker === ref.speaker || samePassage(q, ref)) continue;
        seen.add(q.id);
        seen.add(ref.id); // the group already stands for the finding that names this pair
        hits.push({
          ...quotePlace(q),
          quoteId: q.id,
          groupId: g.id,
          message: `quote credited to ${q.speaker ?? "no one"} here but to ${ref.speaker ?? "no one"} in ${refWhere}: “${excerpt(q.text)}”`,
          related: [{ ...quotePlace(ref), note: `${ref.speaker ?? "unattributed"}, ${refWhere}` }],
        });
      }
    }
    for (const f of report.findings) {
      if (f.kind !== "misattribution" || f.claims.every((c) => seen.has(c.quoteId)) || onePassage(f)) continue;
      const hit = hitOfFinding(report, f, "misattribution");
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
