import { describe, expect, it } from "vitest";
import { formatterNamed } from "../../src/report/registry.js";
import { quoteRows } from "../../src/report/quote-rows.js";
import { runChecks } from "../../src/check/run.js";
import { checkJson } from "../../src/check/output.js";
import { schemaValidator } from "./schema-validator.js";
import { sampleReport } from "./sample-report.js";

describe("published schemas", () => {
  const report = sampleReport();
  it("the JSON report validates against schema/report.schema.json", () => {
    const doc = JSON.parse(formatterNamed("json")!.format(report));
    expect(schemaValidator("report")(doc)).toEqual([]);
    expect(doc.quotes.length).toBeGreaterThan(0);
  });
  it("rejects a report that breaks the schema", () => {
    const doc = JSON.parse(formatterNamed("json")!.format(report));
    doc.quotes[0].kind = "shouted";
    delete doc.findings[0].claims;
    const errors = schemaValidator("report")(doc);
    expect(errors.join("\n")).toMatch(/\/quotes\/0\/kind/);
    expect(errors.join("\n")).toMatch(/\/findings\/0 must have required property 'claims'/);
  });
  // Fields the conflicts and align stages add to claims and groups are described, so a wrong one is caught.
  const claim = { quoteId: "q1", speaker: "Lena Vasquez", role: null, outlet: null, article: "gazette", published: null, spokenOn: null, text: "x", start: 0, end: 1, topics: [], numbers: [], polarity: "positive", stance: "neutral", judgement: null };
  const withClaim = (extra: object) => ({ ...JSON.parse(formatterNamed("json")!.format(report)), claims: [{ ...claim, ...extra }] });
  const withGroup = (extra: object) => {
    const doc = JSON.parse(formatterNamed("json")!.format(report));
    return { ...doc, groups: [{ ...doc.groups[0], ...extra }] };
  };
  it.each([
    ["a claim with speakerId, kind, when and cue", withClaim({ speakerId: "s-vasquez", kind: "indirect", when: "2031-03-03", cue: "said" })],
    ["a claim with them null", withClaim({ speakerId: null, when: null, cue: null })],
    ["a group with its speakers, outlets and dates", withGroup({ speakers: ["Lena Vasquez"], outlets: ["Harbor Gazette"], dates: ["2031-03-04"] })],
  ])("accepts %s", (_, doc) => {
    expect(schemaValidator("report")(doc)).toEqual([]);
  });
  it.each([
    ["a claim of kind 'scare'", withClaim({ kind: "scare" }), /\/claims\/0\/kind/],
    ["a claim 'when' that is no date", withClaim({ when: "yesterday" }), /\/claims\/0\/when/],
    ["a claim speakerId that is a number", withClaim({ speakerId: 3 }), /\/claims\/0\/speakerId/],
    ["a group date that is no date", withGroup({ dates: ["May"] }), /\/groups\/0\/dates\/0/],
    ["a group speaker that is null", withGroup({ speakers: [null] }), /\/groups\/0\/speakers\/0/],
  ])("rejects %s", (_, doc, where) => {
    expect(schemaValidator("report")(doc).join("\n")).toMatch(where);
  });
  it("every quote row validates against schema/quote-row.schema.json", () => {
    const rows = quoteRows(report);
    const v = schemaValidator("quote-row");
    for (const r of rows) expect(v(JSON.parse(JSON.stringify(r)))).toEqual([]);
    expect(v({ ...rows[0], kind: 3 })).not.toEqual([]);
  });
  it("check JSON validates against schema/check.schema.json", () => {
    const findings = runChecks(report);
    expect(findings.length).toBeGreaterThan(3);
    const texts = new Map(report.articles.map((a) => [a.documentId, a.text]));
    const doc = JSON.parse(checkJson({ report, findings, failOn: "warning", rules: {}, texts, inputErrors: [] }));
    expect(schemaValidator("check")(doc)).toEqual([]);
    expect(schemaValidator("check")({ ...doc, findings: [{ ...doc.findings[0], extra: 1 }] })).not.toEqual([]);
  });
});
