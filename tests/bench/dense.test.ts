import { describe, expect, it } from "vitest";
import { groupQuotes } from "../../src/align/index.js";
import { denseParagraph, denseText } from "../../src/bench/dense.js";
import { parseDocument } from "../../src/ingest/index.js";
import { quotesOfArticle } from "../../src/pipeline/index.js";

// Bench (f)'s dense story measured the grouping stage doing nothing: past a few hundred quotes (a
// shared shingle then has too many postings to be followed) no two of its quotes were alike.
describe("the dense story (src/bench/dense.ts)", () => {
  it("must: is the same bytes for the same size, a quote a paragraph", () => {
    expect(denseText(5_000)).toBe(denseText(5_000));
    expect(denseText(5_000).split("\n\n").filter(Boolean).every((p) => /^“[^”]+,” [A-Z]\w+ [A-Z]\w+ said(?: again)?\.$/.test(p))).toBe(true);
  });

  it("must: one paragraph in four quotes an earlier one's words again, by the same speaker", () => {
    expect(denseParagraph(3)).toBe(denseParagraph(1).replace("towns,", "towns and cities,"));
    expect(denseParagraph(7)).toBe(denseParagraph(5).replace("said.", "said again."));
  });

  it("must: past a few hundred quotes, it still has quote groups to make: a group of two a repeat", () => {
    const { document } = parseDocument("dense.txt", new TextEncoder().encode(denseText(60_000)));
    const quotes = document.articles.flatMap((a) => quotesOfArticle(a).quotes);
    expect(quotes.length).toBeGreaterThan(1_000);
    const groups = groupQuotes(document.articles, quotes);
    expect(groups.length).toBeGreaterThanOrEqual(Math.floor(quotes.length / 4) - 1);
    expect(groups.every((g) => g.members.length === 2)).toBe(true);
  });
});
