/**
 * A rule's description said once, not once a quote. A quote's reason opens with what its rule does
 * ("speaker and speech verb introduce the quote (X said, “…”)") and then, after "; ", how this
 * speaker was found ("surname “Clinton” -> Hillary Clinton"). The HTML report wrote the opening on
 * every quote, a seventh of the page on PolNeAR; it now lists each rule's opening once and gives
 * every quote the rest of its reason with a link to it. Pure; built from the quotes themselves, so
 * a reason that opens otherwise keeps its whole text.
 */

export type RuleLegend = ReadonlyMap<string, string>;

const SEP = "; ";
const opening = (reason: string): string => {
  const at = reason.indexOf(SEP);
  return at < 0 ? reason : reason.slice(0, at);
};

/**
 * Each rule's description: the opening most of its quotes' reasons share (ties go to the one first
 * in code-point order), when two quotes or more share it; a rule whose reasons all differ has none.
 */
export function ruleLegend(quotes: readonly { readonly ruleId: string; readonly reason: string }[]): RuleLegend {
  const counts = new Map<string, Map<string, number>>();
  for (const q of quotes) {
    const per = counts.get(q.ruleId) ?? new Map<string, number>();
    counts.set(q.ruleId, per);
    const o = opening(q.reason);
    per.set(o, (per.get(o) ?? 0) + 1);
  }
  const legend = new Map<string, string>();
  for (const rule of [...counts.keys()].sort()) {
    let best: [string, number] | null = null;
    for (const [o, n] of counts.get(rule)!) if (!best || n > best[1] || (n === best[1] && o < best[0])) best = [o, n];
    if (best && best[1] >= 2 && best[0]) legend.set(rule, best[0]);
  }
  return legend;
}

/** What a quote's reason says beyond its rule's description in `legend`: "" when nothing, the whole reason when it opens otherwise. */
export function reasonBeyond(legend: RuleLegend, ruleId: string, reason: string): string {
  const d = legend.get(ruleId);
  if (d === undefined) return reason;
  if (reason === d) return "";
  return reason.startsWith(d + SEP) ? reason.slice(d.length + SEP.length) : reason;
}
