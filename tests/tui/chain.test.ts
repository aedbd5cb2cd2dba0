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

describe("attributionChain: a medium with no outlet goes with the speaker, not under 'told'", () => {
  const q = quotes[0];
  const article = report.articles.find((a) => a.id === q.articleId);
  const steps = (x: typeof q) => Object.fromEntries(attributionChain(x, article).map((s) => [s.label, s.value]));
  it.each([
    // must: how the words were said, beside who said them
    ["by phone, no outlet", { toOutlet: null, medium: "by phone" }, `${q.speaker} (by phone)`, "not stated"],
    // must not: an outlet keeps its medium under told
    ["an outlet and a medium", { toOutlet: "Radio Nord", medium: "by phone" }, q.speaker, "Radio Nord (by phone)"],
    ["neither", { toOutlet: null, medium: null }, q.speaker, "not stated"],
  ])("%s", (_, over, saidBy, told) => {
    const s = steps({ ...q, ...over, role: null, spokenOn: null });
    expect([s["said by"], s["told"]]).toEqual([saidBy, told]);
  });
});
