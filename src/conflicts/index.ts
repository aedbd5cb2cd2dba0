import { type Article, type Claim, type Diagnostic, type Finding, type Quote, type QuoteGroup, type Speaker, uniqueIds } from "../model/index.js";
import type { CheckContext } from "./check.js";
import { buildClaims } from "./claims.js";
import { comparableArticles } from "./events.js";
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
  return { claims: facts.map((f) => f.claim), findings, diagnostics };
}
