import { describe, expect, it } from "vitest";
import { ADVERSARIES, runAdversary } from "../../src/bench/adversarial.js";

// The bench's bad inputs, small, through ingest and the whole pipeline (quotes, speakers, groups,
// conflicts): each must finish and give sound spans. tests/extract/bad-input.test.ts checks the quote
// engine's own answers on such input; speed and scaling are `npm run bench -- --only e`.
describe("bad input through the whole pipeline", () => {
  it.each(ADVERSARIES.map((a) => [a.id, a] as const))("%s", (_id, adv) => {
    const text = adv.make(20_000);
    expect(text.length).toBeGreaterThan(10_000);
    const report = runAdversary(text, adv.ext);
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    const unsound = report.quotes.filter((q) => {
      const a = byId.get(q.articleId);
      return !a || q.span.start < 0 || q.span.end > a.text.length || q.text !== a.text.slice(q.span.start, q.span.end);
    });
    expect(unsound).toEqual([]);
    expect(report.articles.length).toBeGreaterThan(0);
    // (The whole pipeline on 20 KB: a limit for a loaded machine, not a measure.)
  }, 120_000);

  it("ids are unique, so the bench can pick one", () => {
    expect(new Set(ADVERSARIES.map((a) => a.id)).size).toBe(ADVERSARIES.length);
  });
});
