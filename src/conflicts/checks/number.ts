import type { Check } from "../check.js";
import { claimRef, type ClaimFacts } from "../claims.js";
import { shownInProse, where, whoInProse, whoOpening } from "../explain.js";
import { quantitiesAgree, type Quantity } from "../numbers.js";
import { differentEvents } from "../places.js";
import { quantityPairs } from "../quantity-pairs.js";
import { stem } from "../stem.js";

/** Whether a claim gives a count of the same noun that agrees with `q`. */
function givesToo(f: ClaimFacts, q: Quantity): boolean {
  const noun = q.counts ? stem(q.counts) : null;
  return noun !== null && f.quantities.some((o) => o !== q && o.counts !== null && stem(o.counts) === noun && quantitiesAgree(o, q));
}

/**
 * Two sources that dispute one count stay within a few times of each other (a toll of 12 against 3,
 * a crowd of 5,000 against 50,000); counts a hundredfold apart ("3,000 people" at a rally, "two
 * people in this campaign") count different things.
 */
const DIFFERENT_THING_RATIO = 100;
const hundredfoldApart = (a: Quantity, b: Quantity) => Math.min(a.high, b.high) * DIFFERENT_THING_RATIO < Math.max(a.low, b.low);

export const numberCheck: Check = {
  id: "conflicts/number",
  kind: "number",
  description: "the same quantity (casualties, crowd size, fighters) given differently by two sources, beyond a 15% tolerance",
  severity: "warning",
  run(ctx) {
    return quantityPairs(ctx)
      // Agreeing counts corroborate on one shared word; differing ones must be the same thing.
      // When either claim also gives the other's figure for the same noun ("80 killed and 18
      // injured" against "18 injured"), the two numbers count two things both sources agree on.
      // Counts from different days or places are of different events ("49 killed in Orlando" is
      // no second count of the 80 killed in Nice). Counts under verbs of different acts ("270
      // resettled", "approving 2,880") are each true of their own act.
      // An increment ("500 more soldiers") is no second count of a total ("5,000 soldiers").
      .filter((p) => !p.agree && p.sameThing && p.sameAction && p.bothTotals && !givesToo(p.x, p.qy) && !givesToo(p.y, p.qx) && !differentEvents(p.x, p.y) && !hundredfoldApart(p.qx, p.qy))
      .map((p, i) => ({
        key: `${p.noun.replace(/\s+/g, "-")}-${i + 1}`,
        explanation: `${whoOpening(p.x)} (${where(p.x)}) gives ${shownInProse(p.x.claim.kind, p.qx.phrase)} where ${whoInProse(p.y)} (${where(p.y)}) gives ${shownInProse(p.y.claim.kind, p.qy.phrase)}: counts of ${p.noun} that differ by more than 15%.`,
        claims: [claimRef(p.x.claim, `${p.qx.raw} ${p.noun}`), claimRef(p.y.claim, `${p.qy.raw} ${p.noun}`)],
      }));
  },
};
