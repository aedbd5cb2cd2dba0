import type { Check } from "../check.js";
import { claimRef } from "../claims.js";
import { excerpt, listOf, shownWords, where, whereAsSubject, whoWhere } from "../explain.js";
import type { Opposition } from "../lexicon.js";
import { components, opposedPairs, sideOf, type OpposedPair, type Sided } from "../pairs.js";

/** The side's predicate in words, with its most named participant: "the civilians are still there". */
export function labelOf(op: Opposition, side: "a" | "b", claims: readonly Sided[] = []): string {
  const template = side === "a" ? op.a.label : (op.b?.label ?? op.negatedLabel ?? `not: ${op.a.label}`);
  const counts = new Map<string, number>();
  for (const s of claims) for (const w of new Set(s.hit.argWords)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const top = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
  return template.replace("{x}", top ? `the ${top}` : "they");
}

const plural = (side: readonly Sided[]) => new Set(side.map((s) => s.facts.claim.speaker)).size > 1 || side[0]?.facts.quote.speakerType === "group";

/**
 * `who (outlet) say(s) label (“excerpt”; reported: excerpt)` for one side; the first side opens the
 * sentence. Reported speech is shown as such (shownWords).
 */
export function sideSentence(side: readonly Sided[], label: string, dated = false, opensSentence = false): string {
  const quotes = side.slice(0, 2).map((s) => shownWords(s.facts.claim.kind, excerpt(s.facts.claim.text, s.hit.text)));
  const dates = dated ? ` on ${listOf(side.map((s) => s.facts.claim.when ?? "an unknown day"))}` : "";
  const more = side.length > 2 ? `; ${side.length - 2} more` : "";
  return `${whoWhere(side.map((s) => s.facts), opensSentence)} ${plural(side) ? "say" : "says"} ${label}${dates} (${quotes.join("; ")}${more})`;
}

/** ", and The Daily Beast calls ... false (“made false claims”)" for judged claims on either side. */
export function judgementClause(sides: readonly Sided[]): string {
  const judged = sides.filter((s) => s.facts.claim.judgement);
  if (!judged.length) return "";
  const outlets = [...new Map(judged.map((s) => [where(s.facts), whereAsSubject(s.facts)])).values()];
  const speakers = listOf(judged.map((s) => s.facts.claim.speaker ?? "the source"));
  const words = [...new Set(judged.map((s) => `“${s.facts.claim.judgement}”`))];
  return `, and ${listOf(outlets)} ${outlets.length > 1 ? "call" : "calls"} the account of ${speakers} false (${words.join(", ")})`;
}

export const contradictionCheck: Check = {
  id: "conflicts/contradiction",
  kind: "contradiction",
  description: "different speakers give the same participants opposing predicates (evacuated vs still there) or opposite polarity (no air raid vs bombing)",
  severity: "warning",
  run(ctx) {
    const pairs = opposedPairs(ctx).filter((p) => p.op.mode === "contradiction" && !p.temporal);
    const byOp = new Map<string, OpposedPair[]>();
    for (const p of pairs) byOp.set(p.op.id, [...(byOp.get(p.op.id) ?? []), p]);
    return [...byOp.values()].flatMap((opPairs) =>
      components(opPairs).map((comp, i) => {
        const op = comp[0].op;
        const a = sideOf(comp, "a");
        const b = sideOf(comp, "b");
        const la = labelOf(op, "a", a);
        const lb = labelOf(op, "b", b);
        return {
          key: `${op.id}${i ? `-${i + 1}` : ""}`,
          severity: op.severity,
          explanation: `${sideSentence(a, la, false, true)}, while ${sideSentence(b, lb)}${judgementClause([...a, ...b])}.`,
          claims: [...a.map((s) => claimRef(s.facts.claim, la)), ...b.map((s) => claimRef(s.facts.claim, lb))],
        };
      }),
    );
  },
};
