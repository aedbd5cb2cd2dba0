import type { CheckRule } from "../types.js";
import { groupPairHits } from "../group-hits.js";
import { articlePublished, excerpt } from "../quote-place.js";
import { farApart } from "../../conflicts/checks/misattribution.js";
import { isDescriptiveName, mayBeSamePerson } from "../../align/names.js";
import { quotesWithin } from "../../align/nested.js";

/**
 * The same words credited to different speakers in different places; a warning rather than an error
 * when the two were quoted more than a week apart.
 */
export const misattribution: CheckRule = {
  id: "misattribution",
  description: "the same words credited to different speakers in different sources",
  severity: "error",
  run: ({ report }) =>
    groupPairHits(report, {
      group: (g) => g.misattributed,
      // Words in quotation marks only; a description ("the senator") may be the named speaker: only a
      // differing name is reported.
      // One quoting the other's words in marks of their own is not credited with them.
      member: (_m, q, ref) =>
        q.kind === "direct" &&
        ref.kind === "direct" &&
        q.speaker !== ref.speaker &&
        !(q.speaker && (isDescriptiveName(q.speaker) || (ref.speaker && mayBeSamePerson(q.speaker, ref.speaker)))) &&
        !quotesWithin(q.text, ref.text) &&
        !quotesWithin(ref.text, q.text),
      describe: (_m, q, ref, refWhere) => ({
        message: `quote credited to ${q.speaker ?? "no one"} here but to ${ref.speaker ?? "no one"} in ${refWhere}: “${excerpt(q.text)}”`,
        note: `${ref.speaker ?? "unattributed"}, ${refWhere}`,
      }),
      // The same words from two people quoted more than a week apart (the day said, else the day
      // published) may be a line both used: a campaign's talking point, not a quote moved.
      lesser: (q, ref) => farApart(q.spokenOn ?? articlePublished(report, q.articleId), ref.spokenOn ?? articlePublished(report, ref.articleId)),
      lesserFinding: (f) => f.severity !== "error",
      findingKind: "misattribution",
      findingLabel: "misattribution",
    }),
};
