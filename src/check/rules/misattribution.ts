import type { CheckRule } from "../types.js";
import { groupPairHits } from "../group-hits.js";
import { excerpt } from "../quote-place.js";

/** The same words credited to different speakers in different places. */
export const misattribution: CheckRule = {
  id: "misattribution",
  description: "the same words credited to different speakers in different sources",
  severity: "error",
  run: ({ report }) =>
    groupPairHits(report, {
      group: (g) => g.misattributed,
      member: (_m, q, ref) => q.speaker !== ref.speaker,
      describe: (_m, q, ref, refWhere) => ({
        message: `quote credited to ${q.speaker ?? "no one"} here but to ${ref.speaker ?? "no one"} in ${refWhere}: “${excerpt(q.text)}”`,
        note: `${ref.speaker ?? "unattributed"}, ${refWhere}`,
      }),
      findingKind: "misattribution",
      findingLabel: "misattribution",
    }),
};
