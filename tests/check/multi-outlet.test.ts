import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { analyse } from "../../src/pipeline/index.js";
import { runChecks } from "../../src/check/run.js";

/**
 * Small made-up corpora of two or three outlets each (tests/fixtures/check-*), run through every
 * stage as `quotecheck check` runs them: what a fact-checker must be told, with a clear reason, and
 * the near misses that must not cost them an hour.
 */
function checkCorpus(dir: string) {
  const root = join("tests/fixtures", dir);
  const documents = readdirSync(root)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseDocument(join(root, f), new TextEncoder().encode(readFileSync(join(root, f), "utf8"))).document);
  const report = analyse({ documents, inputs: [], diagnostics: [] });
  const hits = runChecks(report, {});
  const lines = hits.map((h) => `${h.severity} ${h.ruleId} ${h.documentId.replace(/^.*\//, "")}: ${h.message}`);
  return { report, hits, lines };
}

describe("a statement split around its credit in one outlet, printed whole in another, a figure changed in a third", () => {
  const { report, lines } = checkCorpus("check-split-quote");
  it("must: the changed figure is one altered-quote warning, saying which word changed", () => {
    const altered = lines.filter((l) => / altered-quote /.test(l));
    expect(altered).toHaveLength(1);
    expect(altered[0]).toMatch(/^warning altered-quote coast-herald\.txt: quote altered against the wording in Harbor Gazette .*\[-two-\] \{\+three\+\} weeks; check which words were said$/);
  });
  it("must not: the halves “…,” she said. “…” are no quote cut", () => {
    expect(lines.filter((l) => /valley-courier/.test(l))).toEqual([]);
    const variant = report.findings.find((f) => f.kind === "variant");
    expect(variant?.explanation).not.toMatch(/Valley Courier \(Nadia Brenner\) drops/);
  });
});

describe("the same words credited to two people, and a critic who quotes them", () => {
  const { report, lines } = checkCorpus("check-two-speakers");
  it("must: one misattribution naming the two credits", () => {
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error misattribution .*credited to Lena Vasquez by Harbor Gazette and to Tomas Reyes by The Valley Courier, each a name read with a cue of its own \(Lena Vasquez “said”, Tomas Reyes “said”\); check who said them$/);
  });
  it("must not: the critic who quotes the words in marks of her own is credited with them", () => {
    const f = report.findings.find((x) => x.kind === "misattribution");
    expect(f?.explanation).not.toMatch(/Ida Marsh/);
    expect(f?.explanation).toMatch(/^The same words “This wall will protect every family/);
  });
});

describe("two people give one sentence with counts of their own", () => {
  const { lines } = checkCorpus("check-number-conflict");
  it("must: the counts conflict, with both figures", () => {
    expect(lines.filter((l) => / conflict /.test(l))).toEqual([expect.stringMatching(/numbers differ: Ida Marsh .*“Twelve passengers” where Tomas Reyes .*“Three passengers”/)]);
  });
  it("must not: a misattribution or an altered quote of the same words", () => {
    expect(lines.filter((l) => / (misattribution|altered-quote) /.test(l))).toEqual([]);
  });
  it("must not: the company's timetable figures (14 ferries a day, 12 on Tuesday) against anything", () => {
    expect(lines.filter((l) => /ferries/.test(l))).toEqual([]);
  });
});

describe("a stump line said again after the other story was printed, and an opening “But”", () => {
  const { lines } = checkCorpus("check-said-again");
  it("must not: a week later, without “very”, is another saying, not an altered quote", () => {
    expect(lines.filter((l) => /valley-courier/.test(l))).toEqual([]);
  });
  it("must not: “But we have come …” against “We have come …” is no cut or change", () => {
    expect(lines.filter((l) => /coast-herald|harbor-gazette/.test(l))).toEqual([]);
  });
});
