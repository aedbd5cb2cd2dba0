import type { ClaimFacts } from "./claims.js";
import { identity, memo, type CheckContext } from "./check.js";
import { STOPWORDS } from "./lexicon.js";
import { isNumberWord, quantitiesAgree, tokens, type Quantity } from "./numbers.js";
import { stem } from "./stem.js";

export type QuantityPair = {
  readonly x: ClaimFacts;
  readonly y: ClaimFacts;
  readonly qx: Quantity;
  readonly qy: Quantity;
  readonly noun: string;
  readonly agree: boolean;
};

/** Content stems in the sentence of a quantity: what it is a number of, and doing what. */
function contextStems(f: ClaimFacts, q: Quantity, noun: string): Set<string> {
  const text = f.claim.text;
  const ws = tokens(text);
  const out = new Set<string>();
  const nounStem = stem(noun);
  const breaks = (a: number, b: number) => /[.!?;]/.test(text.slice(ws[Math.min(a, b)].end, ws[Math.max(a, b)].start));
  for (let k = 0; k < ws.length; k++) {
    if (k !== q.at && breaks(k, q.at)) continue;
    const w = ws[k].norm;
    if (STOPWORDS.has(w) || w.length < 3 || isNumberWord(w) || /^\d/.test(w)) continue;
    const s = stem(w);
    if (s !== nounStem) out.add(s);
  }
  return out;
}

/**
 * Pairs of quantities that count the same thing: the same counted noun, and at least one more
 * content word in common near them ("fighters" and "ISIS"; "people" and "killed"), from two
 * different speakers in comparable articles.
 */
export function quantityPairs(ctx: CheckContext): QuantityPair[] {
  return memo(ctx, "quantities", () => {
    const withNumbers = ctx.facts.filter((f) => f.quantities.some((q) => q.counts) && identity(f));
    const out: QuantityPair[] = [];
    for (let i = 0; i < withNumbers.length; i++)
      for (let j = i + 1; j < withNumbers.length; j++) {
        const x = withNumbers[i];
        const y = withNumbers[j];
        if (identity(x) === identity(y) || !ctx.comparable(x.claim.article, y.claim.article)) continue;
        for (const qx of x.quantities)
          for (const qy of y.quantities) {
            if (!qx.counts || !qy.counts || stem(qx.counts) !== stem(qy.counts)) continue;
            const cx = contextStems(x, qx, qx.counts);
            const cy = contextStems(y, qy, qy.counts);
            let shared = false;
            for (const s of cx) if (cy.has(s)) { shared = true; break; }
            if (!shared) continue;
            out.push({ x, y, qx, qy, noun: qx.counts, agree: quantitiesAgree(qx, qy) });
          }
      }
    return out;
  });
}
