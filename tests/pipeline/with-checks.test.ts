import { describe, expect, it } from "vitest";
import { withChecks } from "../../src/pipeline/with-checks.js";
import { runChecks } from "../../src/check/run.js";
import type { RuleSetting } from "../../src/check/types.js";
import { sampleReport } from "../report/sample-report.js";

const report = sampleReport();

/** The attached findings as "quote rule severity". */
const notes = (settings?: Readonly<Record<string, RuleSetting>>) =>
  (withChecks(report, settings).checks ?? []).map((c) => `${c.quoteId} ${c.ruleId} ${c.severity}`).sort();

describe("withChecks: the report's check findings at the settings check would use", () => {
  it.each<[string, Readonly<Record<string, RuleSetting>>, readonly string[], readonly string[]]>([
    // must-not: no settings is every rule at its default severity
    ["no settings", {}, ["q1 conflict warning", "q5 anonymous-source info", "q9 no-speaker info"], []],
    ["a rule turned off", { conflict: "off" }, ["q5 anonymous-source info"], ["q1 conflict warning", "q6 conflict warning"]],
    ["a rule raised", { "anonymous-source": "error" }, ["q5 anonymous-source error"], ["q5 anonymous-source info"]],
    // the weaker case of a rule stays one below its setting, as in check
    ["a rule raised whose hit is the weaker case", { "no-speaker": "error" }, ["q9 no-speaker warning"], ["q9 no-speaker info"]],
    ["a rule lowered", { "truncated-quote": "info", "altered-quote": "info" }, ["q9 truncated-quote info", "q2 altered-quote info"], ["q9 truncated-quote warning"]],
  ])("%s", (_label, settings, present, absent) => {
    const got = notes(settings);
    for (const n of present) expect(got).toContain(n);
    for (const n of absent) expect(got).not.toContain(n);
    // and exactly what check gives at those settings
    expect(got).toEqual(runChecks(report, settings).map((f) => `${f.quoteId} ${f.ruleId} ${f.severity}`).sort());
  });

  // Pure: a report that already carries findings (an earlier export's) takes the settings it is given now.
  it.each<[string, Readonly<Record<string, RuleSetting>>, Readonly<Record<string, RuleSetting>>, { configFile?: string | null; failOn?: "error" | "warning" | "info" }]>([
    ["a rule off before, at its default now", { conflict: "off" }, {}, {}],
    ["every rule at its default before, one off now", {}, { conflict: "off" }, {}],
    ["a rule raised before, another config file now", { "anonymous-source": "error" }, { "anonymous-source": "warning" }, { configFile: "quotecheck.config.json", failOn: "warning" }],
  ])("must: %s", (_label, before, now, source) => {
    const earlier = withChecks(report, before, { configFile: "old.json", failOn: "info" });
    expect(withChecks(earlier, now, source)).toEqual(withChecks(report, now, source));
  });
});
