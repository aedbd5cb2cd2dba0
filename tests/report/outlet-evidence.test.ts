import { describe, expect, it } from "vitest";
import { reportView } from "../../src/report/report-view.js";
import type { OutletEvidence } from "../../src/model/index.js";
import { sampleReport } from "./sample-report.js";

// The Sources table shows one piece of evidence for an article's outlet: one for the outlet named,
// not a heavier piece for an outlet the article only quoted ("told CNN" over a file name's "politico").
describe("report view: the evidence shown for an article's outlet", () => {
  const report = sampleReport();
  const first = report.articles[0];
  const shown = (outlet: string | null, outletEvidence: OutletEvidence[]) =>
    reportView({ ...report, articles: [{ ...first, outlet, outletEvidence }, ...report.articles.slice(1)] }).sources.flatMap((s) => s.articles)[0].outletEvidence;
  const told: OutletEvidence = { outlet: "CNN", kind: "self-reference", detail: '"told CNN"', weight: 1 };
  const fileName: OutletEvidence = { outlet: "Politico", kind: "file-name", detail: 'file name opens with "politico"', weight: 1 };

  it.each([
    ["must: the named outlet's evidence, another outlet's weighing as much listed first", "Politico", [told, fileName], 'file-name: file name opens with "politico"'],
    ["must: the named outlet's evidence over a heavier one of another", "Politico", [{ ...told, weight: 2 }, fileName], 'file-name: file name opens with "politico"'],
    ["must-not: no outlet named, the heaviest evidence as before", null, [{ ...told, weight: 2 }, fileName], 'self-reference: "told CNN"'],
  ] as [string, string | null, OutletEvidence[], string][])("%s", (_name, outlet, evidence, want) => {
    expect(shown(outlet, evidence)).toBe(want);
  });
});
