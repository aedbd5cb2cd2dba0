import { severityRank, type Report, type Severity } from "../model/index.js";
import { checkRules } from "./registry.js";
import type { CheckRule, RuleHit, RuleSetting } from "./types.js";

export type CheckFinding = RuleHit & { readonly ruleId: string; readonly severity: Severity };

const LOWER: Readonly<Record<Severity, Severity>> = { error: "warning", warning: "info", info: "info" };

/**
 * Run the rules that are not off over a report, each at its configured severity (its default when
 * not configured). Sorted by file, then position, so output is stable. Pure.
 */
export function runChecks(
  report: Report,
  settings: Readonly<Record<string, RuleSetting>> = {},
  rules: readonly CheckRule[] = checkRules,
): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id] ?? rule.severity;
    if (setting === "off") continue;
    for (const hit of rule.run({ report })) out.push({ ...hit, ruleId: rule.id, severity: hit.lesser ? LOWER[setting] : setting });
  }
  return out.sort(
    (a, b) =>
      a.documentId.localeCompare(b.documentId) ||
      (a.articleId ?? "").localeCompare(b.articleId ?? "") ||
      (a.span?.start ?? -1) - (b.span?.start ?? -1) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export const atOrAbove = (s: Severity, threshold: Severity): boolean => severityRank[s] >= severityRank[threshold];

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
