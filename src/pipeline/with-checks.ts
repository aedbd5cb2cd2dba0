import type { Report, Severity } from "../model/index.js";
import { runChecks } from "../check/run.js";
import { checkRules } from "../check/registry.js";
import { mergeConfig } from "../check/config.js";
import type { RuleSettings } from "../check/types.js";

/** Where the settings came from, said in the report beside them (Report.checkSettings). */
export type CheckSource = { readonly failOn?: Severity; readonly configFile?: string | null };

/**
 * The report with its `check` findings attached, each rule at the setting `check` would give it (the
 * project's config file and --rule flags, read by the command; every rule at its default severity
 * when none), for a format that lists them with each quote (the JSON report). The formatter only
 * reads them: a report is analysed here, never in report/. The settings go with them (checkSettings:
 * every rule's setting, the severity check fails at, the config file), as `source` and `settings` say. Pure:
 * findings a report already carries are made again at these settings, never kept from an earlier call's
 * (kept, a report checked with a rule off went on saying it off in a second export under another config).
 */
export function withChecks(r: Report, settings: RuleSettings = {}, source: CheckSource = {}): Report {
  const checks = runChecks(r, settings).map(({ ruleId, severity, message, quoteId, findingId }) => ({
    ruleId,
    severity,
    message,
    ...(quoteId ? { quoteId } : {}),
    ...(findingId ? { findingId } : {}),
  }));
  const checkSettings = {
    configFile: source.configFile ?? null,
    // check's own default when neither the flag nor the file sets it
    failOn: mergeConfig({ failOn: source.failOn }).failOn,
    rules: checkRules.map((rule) => ({ id: rule.id, description: rule.description, default: rule.severity, setting: settings[rule.id] ?? rule.severity })),
  };
  return { ...r, checks, checkSettings };
}
