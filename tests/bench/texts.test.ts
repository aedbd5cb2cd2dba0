import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceTexts } from "../../src/bench/texts.js";

// Without PolNeAR the bench builds its text from the corpus and the test fixtures, one of which is a
// golden Markdown report quotecheck wrote; ingest refuses such a file, and `npm run bench` failed
// with "a report written by quotecheck, not a source" on a clean clone.
describe("sourceTexts: news text for the bench", () => {
  const dir = mkdtempSync(join(tmpdir(), "qc-bench-texts-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const story = `Harbor council backs wall\n\n${"“We are ready,” said Mayor Ann Lee, who spoke at the hall on Monday. ".repeat(5)}\n`;
  writeFileSync(join(dir, "story.txt"), story);
  const golden = readFileSync(join(__dirname, "..", "fixtures", "report-golden", "report.md"), "utf8");
  writeFileSync(join(dir, "report.md"), golden);

  it("must leave out a report quotecheck wrote", () => {
    const { texts } = sourceTexts({ QUOTECHECK_BENCH_DOCS: dir });
    expect(texts.some((t) => t.startsWith(golden.slice(0, 40)))).toBe(false);
  });
  it("must not leave out a news story", () => {
    const { texts, label } = sourceTexts({ QUOTECHECK_BENCH_DOCS: dir });
    expect(texts).toEqual([story]);
    expect(label).toMatch(/^1 PolNeAR train articles/);
  });
});
