import type { Report } from "../model/index.js";
import { runChecks } from "../check/run.js";
import type { RuleSettings } from "../check/types.js";

/**
 * The report with its `check` findings attached, each rule at the setting `check` would give it (the
 * project's config file and --rule flags, read by the command; every rule at its default severity
 * when none), for a format that lists them with each quote (the JSON report). The formatter only
 * reads them: a report is analysed here, never in report/. Pure.
 */
export function withChecks(r: Report, settings: RuleSettings = {}): Report {
  if (r.checks) return r;
  const checks = runChecks(r, settings).map(({ ruleId, severity, message, quoteId, findingId }) => ({
    ruleId,
    severity,
    message,
    ...(quoteId ? { quoteId } : {}),
    ...(findingId ? { findingId } : {}),
  }));
  return { ...r, checks };
}
