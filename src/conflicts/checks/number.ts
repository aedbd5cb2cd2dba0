import type { Check } from "../check.js";
import { claimRef, type ClaimFacts } from "../claims.js";
import { shownInProse, where, whereAsSubject, whoInProse, whoOpening } from "../explain.js";
import { quantitiesAgree, type Quantity } from "../numbers.js";
import { differentEvents } from "../places.js";
import { linkedCounts } from "../quantity-pairs.js";
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
    // Agreeing counts corroborate on one shared word; differing ones must be the same thing.
    // When either claim also gives the other's figure for the same noun ("80 killed and 18
    // injured" against "18 injured"), the two numbers count two things both sources agree on.
    // Counts from different days or places are of different events ("49 killed in Orlando" is
    // no second count of the 80 killed in Nice). Counts under verbs of different acts ("270
    // resettled", "approving 2,880") are each true of their own act.
    // An increment ("500 more soldiers") is no second count of a total ("5,000 soldiers").
    const groups = linkedCounts(ctx, {
      join: "counts",
      figures: (a, b) => !quantitiesAgree(a, b),
      window: { meet: false, tolerance: 0.15 },
      accept: (p) => !p.agree && p.sameThing && p.sameAction && p.bothTotals && !givesToo(p.x, p.qy) && !givesToo(p.y, p.qx) && !differentEvents(p.x, p.y) && !hundredfoldApart(p.qx, p.qy),
    });
    // One finding per group of counts linked by disagreements, not one per pair: n witnesses who
    // each count one crowd differently are one story of n counts, and a finding a pair grew with
    // the square of the quotes (a 10 KB live blog of 184 quotes gave 14,131 findings). A lone pair
    // keeps the sentence it always had.
    return groups.map((g, i) => {
      const key = `${g.noun.replace(/\s+/g, "-")}-${i + 1}`;
      if (g.counts.length === 2) {
        const [x, y] = g.counts;
        return {
          key,
          explanation: `${whoOpening(x.f)} (${where(x.f)}) gives ${shownInProse(x.f.claim.kind, x.q.phrase)} where ${whoInProse(y.f)} (${where(y.f)}) gives ${shownInProse(y.f.claim.kind, y.q.phrase)}: counts of ${g.noun} that differ by more than 15%.`,
          claims: g.counts.map((c) => claimRef(c.f.claim, `${c.q.raw} ${g.noun}`)),
        };
      }
      // One source for all (a live blog, a transcript) is named once, not after every speaker.
      const one = new Set(g.counts.map((c) => where(c.f))).size === 1;
      const shown = g.counts
        .slice(0, SHOWN)
        .map((c, k) => `${k || one ? whoInProse(c.f) : whoOpening(c.f)}${one ? "" : ` (${where(c.f)})`} gives ${shownInProse(c.f.claim.kind, c.q.phrase)}`);
      const more = g.counts.length > SHOWN ? `, and ${g.counts.length - SHOWN} more` : "";
      const opening = one ? `In ${whereAsSubject(g.counts[0].f)}, ` : "";
      return {
        key,
        explanation: `${opening}${shown.join(", ")}${more}: ${g.counts.length} counts of ${g.noun}, each more than 15% from at least one other.`,
        claims: g.counts.map((c) => claimRef(c.f.claim, `${c.q.raw} ${g.noun}`)),
      };
    });
  },
};

/** How many counts a group's explanation spells out; the claims list holds them all. */
const SHOWN = 4;
