import type { CheckRule } from "../types.js";
import { hitOfFinding } from "../finding-place.js";

const KINDS = new Set(["contradiction", "number", "temporal"]);
const LABEL: Readonly<Record<string, string>> = { contradiction: "conflicting claims", number: "numbers differ", temporal: "account changed over time" };

/** Claims that disagree: opposite predicates, different numbers, or a change over time. */
export const conflict: CheckRule = {
  id: "conflict",
  description: "claims that contradict each other, give different numbers, or changed over time",
  severity: "warning",
  run: ({ report }) => report.findings.filter((f) => KINDS.has(f.kind)).flatMap((f) => hitOfFinding(report, f, LABEL[f.kind] ?? f.kind) ?? []),
};
