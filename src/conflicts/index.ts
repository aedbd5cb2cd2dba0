import { type Article, type Claim, type Diagnostic, type Finding, type Quote, type QuoteGroup, type Speaker, uniqueIds } from "../model/index.js";
import type { CheckContext } from "./check.js";
import { buildClaims } from "./claims.js";
import { anyComparablePair, comparableArticles } from "./events.js";
import { CHECKS } from "./registry.js";

export type ConflictInput = {
  readonly articles: readonly Article[];
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly groups: readonly QuoteGroup[];
};

export { CHECKS } from "./registry.js";

/** Turn quotes into claims and run the conflict checks over them. Pure. */
export function findConflicts(input: ConflictInput): { claims: Claim[]; findings: Finding[]; diagnostics: Diagnostic[] } {
  const facts = buildClaims(input.articles, input.quotes, input.speakers);
  const ctx: CheckContext = {
    facts,
    groups: input.groups,
    quotes: input.quotes,
    articles: input.articles,
    speakers: input.speakers,
    comparable: comparableArticles(input.articles),
    memo: new Map(),
    notes: [],
  };
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const ids = uniqueIds();
  for (const check of CHECKS) {
    let drafts;
    try {
      drafts = check.run(ctx);
    } catch (e) {
      // One failing check must not cost the others' findings.
      diagnostics.push({
        reason: `check ${check.id} failed: ${(e as Error).message}`,
        documentId: input.articles[0]?.documentId ?? "",
        ruleId: check.id,
        stage: "conflicts",
        severity: "error",
      });
      continue;
    }
    for (const { key, severity, ...d } of drafts) {
      const id = ids.take(`${check.kind}/${key}`);
      findings.push({ id, kind: check.kind, ruleId: check.id, severity: severity ?? check.severity, ...d });
    }
  }
  diagnostics.push(...ctx.notes);
  // Claims are compared across articles only when the articles can be about one event; when no
  // two can, say so, or a corpus of short pieces that each name a place once ("Millbrook") gets no
  // cross-source finding and no word why.
  const distinct = new Set(input.articles.map((a) => a.id)).size;
  if (distinct >= 2 && !anyComparablePair(input.articles, ctx.comparable)) {
    diagnostics.push({
      reason: `claims of different articles were not set against each other: no two of the ${distinct} articles share a name each uses twice (not only at a sentence's start) and were published within 14 days of each other`,
      documentId: input.articles[0].documentId,
      ruleId: "conflicts/no-comparable-articles",
      stage: "conflicts",
      severity: "info",
    });
  }
  return { claims: facts.map((f) => f.claim), findings, diagnostics };
}
