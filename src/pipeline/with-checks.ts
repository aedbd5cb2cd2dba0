import type { Report } from "../model/index.js";
import { runChecks } from "../check/run.js";

/**
 * The report with its `check` findings attached (every rule at its default severity, as `check` with
 * no configuration), for a format that lists them with each quote (the JSON report). The formatter
 * only reads them: a report is analysed here, never in report/. Pure.
 */
export function withChecks(r: Report): Report {
  if (r.checks) return r;
  const checks = runChecks(r).map(({ ruleId, severity, message, quoteId, findingId }) => ({
    ruleId,
    severity,
    message,
    ...(quoteId ? { quoteId } : {}),
    ...(findingId ? { findingId } : {}),
  }));
  return { ...r, checks };
}
