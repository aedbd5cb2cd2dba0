import { describe, expect, it } from "vitest";
import { attributionChain } from "../../src/tui/chain.js";
import { quotes, report } from "./fixture.js";

describe("attributionChain: carried by gives the file, and the line and column where the analysis placed the words", () => {
  const q = quotes[0];
  const article = report.articles.find((a) => a.id === q.articleId);
  const carried = (x: typeof q) => attributionChain(x, article).at(-1)!.value;
  it.each([
    ["placed", { ...q, line: 14, column: 3 }, `(${q.documentId}:14:3)`],
    ["not placed (an HTML page whose words are split by tags)", { ...q, line: undefined, column: undefined }, `(${q.documentId})`],
  ])("%s", (_, quote, end) => {
    expect(carried(quote).endsWith(end)).toBe(true);
  });
});
