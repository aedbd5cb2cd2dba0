import type { Finding, FindingKind, Quote, QuoteGroup, QuoteGroupMember, Report } from "../model/index.js";
import { hitOfFinding, onePassage } from "./finding-place.js";
import { articleLabel, quoteIndex, quotePlace, samePassage } from "./quote-place.js";
import type { RuleHit } from "./types.js";

export type GroupPairRule = {
  /** Which groups to look in. */
  readonly group: (g: QuoteGroup) => boolean;
  /** Which member, against the group's reference quote, is a problem. */
  readonly member: (m: QuoteGroupMember, q: Quote, ref: Quote) => boolean;
  /** The hit's message and the note on the reference; `refWhere` names the reference's article (articleLabel). */
  readonly describe: (m: QuoteGroupMember, q: Quote, ref: Quote, refWhere: string) => { message: string; note: string };
  /** Whether a member's hit is weaker evidence than the rule's usual case (reported one severity lower). */
  readonly lesser?: (q: Quote, ref: Quote, m: QuoteGroupMember) => boolean;
  /** The same for a finding of the conflicts stage. */
  readonly lesserFinding?: (f: Finding, quotes: ReadonlyMap<string, Quote>) => boolean;
  /** Which findings of the conflicts stage are problems for this rule (all when left out). */
  readonly keepFinding?: (f: Finding, quotes: ReadonlyMap<string, Quote>) => boolean;
  /** Findings of this kind that the groups did not already cover are reported too. */
  readonly findingKind: FindingKind;
  readonly findingLabel: string;
  /** What to do about such a finding, after its sentence. */
  readonly findingAdvice?: string;
};

/**
 * Hits for quote-group members that differ from their reference (one per member, a passage
 * extracted twice in one article excepted), then for the conflicts stage's findings of the same
 * kind whose quotes no group hit already named.
 */
export function groupPairHits(report: Report, rule: GroupPairRule): RuleHit[] {
  const quotes = quoteIndex(report);
  const hits: RuleHit[] = [];
  const seen = new Set<string>();
  for (const g of report.groups) {
    const ref = quotes.get(g.referenceQuoteId);
    if (!ref || !rule.group(g)) continue;
    const refWhere = articleLabel(report, ref.articleId);
    for (const m of g.members) {
      const q = quotes.get(m.quoteId);
      if (!q || q.id === ref.id || !rule.member(m, q, ref) || samePassage(q, ref)) continue;
      // The group already stands for the finding that names its members: also those the rule
      // passed over (the halves of a statement printed whole), which the finding lists beside this one.
      for (const o of g.members) seen.add(o.quoteId);
      const { message, note } = rule.describe(m, q, ref, refWhere);
      const lesser = rule.lesser?.(q, ref, m) ?? false;
      hits.push({ ...quotePlace(q), quoteId: q.id, groupId: g.id, message, related: [{ ...quotePlace(ref), note }], ...(lesser ? { lesser } : {}) });
    }
  }
  for (const f of report.findings) {
    if (f.kind !== rule.findingKind || f.claims.every((c) => seen.has(c.quoteId)) || onePassage(f)) continue;
    if (rule.keepFinding && !rule.keepFinding(f, quotes)) continue;
    const hit = hitOfFinding(report, f, rule.findingLabel, rule.findingAdvice);
    if (hit) hits.push(rule.lesserFinding?.(f, quotes) ? { ...hit, lesser: true } : hit);
  }
  return hits;
}
