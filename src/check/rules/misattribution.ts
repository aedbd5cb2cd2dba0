import type { CheckRule } from "../types.js";
import { groupPairHits } from "../group-hits.js";
import { excerpt } from "../quote-place.js";
import { isDescriptiveName, mayBeSamePerson } from "../../align/names.js";

/** The same words credited to different speakers in different places. */
export const misattribution: CheckRule = {
  id: "misattribution",
  description: "the same words credited to different speakers in different sources",
  severity: "error",
  run: ({ report }) =>
    groupPairHits(report, {
      group: (g) => g.misattributed,
      // Words in quotation marks only; a description ("the senator") may be the named speaker: only a
      // differing name is reported.
      member: (_m, q, ref) => q.kind === "direct" && ref.kind === "direct" && q.speaker !== ref.speaker && !(q.speaker && (isDescriptiveName(q.speaker) || (ref.speaker && mayBeSamePerson(q.speaker, ref.speaker)))),
      describe: (_m, q, ref, refWhere) => ({
        message: `quote credited to ${q.speaker ?? "no one"} here but to ${ref.speaker ?? "no one"} in ${refWhere}: “${excerpt(q.text)}”`,
        note: `${ref.speaker ?? "unattributed"}, ${refWhere}`,
      }),
      findingKind: "misattribution",
      findingLabel: "misattribution",
    }),
};
