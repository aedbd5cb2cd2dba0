import { describe, expect, it } from "vitest";
import { findingFormats } from "../../src/report/findings.js";
import { sampleReport } from "./sample-report.js";

/**
 * The conflicts table's claim column gave a speaker's words and the reporter's paraphrase alike:
 * "Regime troops were fleeing left and right," and "that many of these also deserted …" stood side
 * by side with nothing to tell which may be quoted as said. As in the quotes table and the reports,
 * a direct quote is in quotation marks and reported speech without.
 */
const report = sampleReport();
const claimCell = (table: string, speaker: string) => {
  const line = table.split("\n").find((l) => l.trimStart().startsWith(speaker))!;
  return line.split(/\s{2,}/).at(-1)!;
};

describe("conflicts table: a direct claim in quotation marks, reported speech without", () => {
  const t = findingFormats.table(report);
  it("must: a direct quote's claim opens with “", () => {
    expect(claimCell(t, "Lena Vasquez")).toMatch(/^“We evacuated every family/);
    expect(claimCell(t, "Tomas Reyes")).toMatch(/^“Nobody told us to leave/);
  });
  it("must-not: reported speech gets no marks", () => {
    expect(claimCell(t, "officials")).toBe("Rescue crews counted 40 people stranded");
    expect(claimCell(t, "Emergency services")).toBe("400 people were stranded");
  });
  it("a short direct quote ends on its closing mark", () => {
    const short = { ...report, quotes: report.quotes.map((q) => (q.id === "q4" ? { ...q, text: "Still at home." } : q)) };
    const s = findingFormats.table({ ...short, findings: short.findings.map((f) => ({ ...f, claims: f.claims.map((c) => (c.quoteId === "q4" ? { ...c, text: "Still at home." } : c)) })) });
    expect(claimCell(s, "Ana Holt")).toBe("“Still at home.”");
  });
});
