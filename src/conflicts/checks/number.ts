import type { Check } from "../check.js";
import { claimRef } from "../claims.js";
import { where, who, whoInProse } from "../explain.js";
import { quantityPairs } from "../quantity-pairs.js";

export const numberCheck: Check = {
  id: "conflicts/number",
  kind: "number",
  description: "the same quantity (casualties, crowd size, fighters) given differently by two sources, beyond a 15% tolerance",
  severity: "warning",
  run(ctx) {
    return quantityPairs(ctx)
      // Agreeing counts corroborate on one shared word; differing ones must be the same thing.
      .filter((p) => !p.agree && p.sameThing)
      .map((p, i) => ({
        key: `${p.noun}-${i + 1}`,
        explanation: `${who(p.x)} (${where(p.x)}) gives “${p.qx.phrase}” where ${whoInProse(p.y)} (${where(p.y)}) gives “${p.qy.phrase}”: counts of ${p.noun} that differ by more than 15%.`,
        claims: [claimRef(p.x.claim, `${p.qx.raw} ${p.noun}`), claimRef(p.y.claim, `${p.qy.raw} ${p.noun}`)],
      }));
  },
};
