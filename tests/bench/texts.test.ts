import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { polnearDocs, sourceTexts } from "../../src/bench/texts.js";

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

// The bench looks for PolNeAR in a `shared/` folder beside the checkout; a git worktree kept in a
// folder of worktrees (work/wt/NAME beside work/shared) found none there and measured the embedded
// corpus instead, figures no one could set against the main checkout's.
describe("polnearDocs: where the bench finds PolNeAR", () => {
  const top = mkdtempSync(join(tmpdir(), "qc-bench-shared-"));
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  const docs = join(top, "work", "shared", "bench", "polnear", "train", "docs");
  mkdirSync(docs, { recursive: true });
  const main = join(top, "work", "main");
  const worktree = join(top, "work", "wt", "helper");
  const elsewhere = join(top, "other", "deep", "er", "checkout");
  for (const d of [main, worktree, elsewhere]) mkdirSync(d, { recursive: true });

  it("must find shared/ beside the checkout", () => {
    expect(polnearDocs(main, {})).toBe(docs);
  });
  it("must find shared/ above a worktree kept in a folder of worktrees", () => {
    expect(polnearDocs(worktree, {})).toBe(docs);
  });
  it("must take QUOTECHECK_BENCH_DOCS first", () => {
    expect(polnearDocs(worktree, { QUOTECHECK_BENCH_DOCS: "/elsewhere/docs" })).toBe("/elsewhere/docs");
  });
  it("must not find a shared/ that is no ancestor's within reach", () => {
    expect(polnearDocs(elsewhere, {})).toBeNull();
  });
});
