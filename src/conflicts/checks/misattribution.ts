import type { Check } from "../check.js";
import { claimRef } from "../claims.js";
import { excerpt, listOf, where } from "../explain.js";
import { groupFacts } from "./variant.js";

export const misattributionCheck: Check = {
  id: "conflicts/misattribution",
  kind: "misattribution",
  description: "the same words credited to different named speakers in different places",
  severity: "error",
  run(ctx) {
    return ctx.groups
      .filter((g) => g.misattributed)
      .map((g) => {
        const members = groupFacts(ctx, g);
        const bySpeaker = new Map<string, Set<string>>();
        for (const m of members) {
          const s = m.facts.claim.speaker ?? "no one";
          bySpeaker.set(s, (bySpeaker.get(s) ?? new Set<string>()).add(where(m.facts)));
        }
        const credits = [...bySpeaker].map(([s, outlets]) => `to ${s} by ${listOf([...outlets])}`);
        return {
          key: g.id,
          explanation: `The same words “${excerpt(members[0]?.facts.claim.text ?? "")}” are credited ${listOf(credits)}.`,
          claims: members.map((m) => claimRef(m.facts.claim, `credited to ${m.facts.claim.speaker ?? "no one"}`)),
        };
      });
  },
};
