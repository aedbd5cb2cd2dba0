import type { CheckRule } from "../types.js";
import { hitOfFinding } from "../finding-place.js";

/**
 * A claim the reporting outlet itself calls false ("made false claims", "incorrectly declared"). What
 * an editor checks is the outlet's own verdict: that the story says what shows the claim false.
 */
const ADVICE = "check that the story gives what shows it false";

export const disputedClaim: CheckRule = {
  id: "disputed-claim",
  description: "a claim that the reporting outlet says is false",
  severity: "warning",
  run: ({ report }) => report.findings.filter((f) => f.kind === "disputed").flatMap((f) => hitOfFinding(report, f, "disputed by the reporter", ADVICE) ?? []),
};
