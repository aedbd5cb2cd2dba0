import type { CheckRule } from "../types.js";
import { hitOfFinding } from "../finding-place.js";

const KINDS = new Set(["contradiction", "number", "temporal"]);
const LABEL: Readonly<Record<string, string>> = { contradiction: "conflicting claims", number: "numbers differ", temporal: "account changed over time" };
/** What an editor does about each kind: find which account holds, or say when it changed. */
const ADVICE: Readonly<Record<string, string>> = {
  contradiction: "check which account holds, or say why they differ",
  number: "check which figure holds, or say why they differ",
  temporal: "make sure the story says when each was said",
};

/**
 * Claims that disagree: opposite predicates, different numbers, or a change over time. A finding
 * the conflicts stage itself rates info (a change over time, "not a contradiction"; a supply
 * tension that may reflect different hours) is one severity lower than the rule's setting, as the
 * other rules do with weaker evidence: at the default a change over time was a warning, and
 * `--fail-on warning` failed on what the finding's own sentence calls no contradiction.
 */
export const conflict: CheckRule = {
  id: "conflict",
  description: "claims that contradict each other, give different numbers, or changed over time",
  severity: "warning",
  run: ({ report }) =>
    report.findings
      .filter((f) => KINDS.has(f.kind))
      .flatMap((f) => {
        const hit = hitOfFinding(report, f, LABEL[f.kind] ?? f.kind, ADVICE[f.kind]);
        if (!hit) return [];
        return f.severity === "info" ? [{ ...hit, lesser: true }] : [hit];
      }),
};
