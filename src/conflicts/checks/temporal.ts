import type { Check } from "../check.js";
import { claimRef } from "../claims.js";
import { dayOf } from "../events.js";
import { components, opposedPairs, sideOf, type OpposedPair } from "../pairs.js";
import { labelOf, sideSentence } from "./contradiction.js";

/**
 * How far apart (in days) two accounts may lie and still tell one place changing: calm one evening,
 * executions the next night. Weeks apart, "peaceful" supporters in San Jose and a truck attack in
 * Nice are two stories that share a word, not one story that moved on.
 */
const CHANGE_DAYS = 3;

const daysApart = (p: OpposedPair) => Math.abs((dayOf(p.a.facts.claim.when ?? null) ?? 0) - (dayOf(p.b.facts.claim.when ?? null) ?? 0));

export const temporalCheck: Check = {
  id: "conflicts/temporal",
  kind: "temporal",
  description: "the same topic described differently on different days (calm one evening, executions the next night): a change, not a contradiction",
  severity: "info",
  run(ctx) {
    const pairs = opposedPairs(ctx).filter((p) => p.temporal && daysApart(p) <= CHANGE_DAYS);
    const byOp = new Map<string, OpposedPair[]>();
    for (const p of pairs) byOp.set(p.op.id, [...(byOp.get(p.op.id) ?? []), p]);
    return [...byOp.values()].flatMap((opPairs) =>
      components(opPairs).map((comp, i) => {
        const a = sideOf(comp, "a").sort((x, y) => (x.facts.claim.when ?? "").localeCompare(y.facts.claim.when ?? ""));
        const b = sideOf(comp, "b").sort((x, y) => (x.facts.claim.when ?? "").localeCompare(y.facts.claim.when ?? ""));
        const [first, second, firstSide, secondSide] =
          (a[0].facts.claim.when ?? "") <= (b[0].facts.claim.when ?? "") ? [a, b, "a", "b"] as const : [b, a, "b", "a"] as const;
        const op = comp[0].op;
        const l1 = labelOf(op, firstSide, first);
        const l2 = labelOf(op, secondSide, second);
        return {
          key: `${op.id}${i ? `-${i + 1}` : ""}`,
          explanation: `${sideSentence(first, l1, true, true)}, then ${sideSentence(second, l2, true)}: a change over time, not a contradiction.`,
          claims: [
            ...first.map((s) => claimRef(s.facts.claim, `${l1} (${s.facts.claim.when})`)),
            ...second.map((s) => claimRef(s.facts.claim, `${l2} (${s.facts.claim.when})`)),
          ],
        };
      }),
    );
  },
};
