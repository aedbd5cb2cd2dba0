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
