import { describe, expect, it } from "vitest";
import { mediumText, toWhomText } from "../../src/report/to-whom.js";
import { quoteFormats, quoteRows } from "../../src/report/quote-rows.js";
import { buildQuoteItems } from "../../src/tui/quote-items.js";
import { attributionChain } from "../../src/tui/chain.js";
import { sampleReport } from "./sample-report.js";
import { report as tuiReport, quotes as tuiQuotes } from "../tui/fixture.js";

// The "to whom" cell joined an outlet and a medium alike ("Reuters", "in a statement", "AFP, in an
// interview"), so a reader could not tell whom the words were told from how they were said. The
// outlet now reads "told AFP" and the medium as written, lower case where only the sentence gave it
// a capital, in the extract table, the UI's column and preview; the JSONL fields stay as they are.
describe("to whom: an outlet reads 'told …', a medium as written", () => {
  it.each([
    // must
    ["an outlet alone", { toOutlet: "AFP", medium: null }, "told AFP"],
    ["an outlet and a medium", { toOutlet: "The Daily Beast", medium: "via Skype" }, "told The Daily Beast, via Skype"],
    ["a medium at the head of its sentence", { toOutlet: null, medium: "In an interview" }, "in an interview"],
    ["a verb at the head of its sentence", { toOutlet: null, medium: "Tweeted" }, "tweeted"],
    // must not
    ["a medium alone", { toOutlet: null, medium: "in a statement" }, "in a statement"],
    ["a medium that is an audience, not an outlet", { toOutlet: null, medium: "to reporters" }, "to reporters"],
    ["neither", { toOutlet: null, medium: null }, ""],
  ])("%s", (_, q, cell) => {
    expect(toWhomText(q)).toBe(cell);
  });

  it.each([
    ["In an AP interview", "in an AP interview"],
    ["During the Democratic debate", "during the Democratic debate"],
    ["At a rally", "at a rally"],
    // must not: a name's capital stays, so does an acronym
    ["Facebook post", "Facebook post"],
    ["AP interview", "AP interview"],
    ["Fred's radio show", "Fred's radio show"],
  ])("mediumText(%j) is %j", (medium, shown) => {
    expect(mediumText(medium)).toBe(shown);
  });
});

describe("every table says it the same way", () => {
  const r = sampleReport();
  const table = quoteFormats.table(quoteRows(r));
  const row = (words: RegExp) => table.split("\n").find((l) => words.test(l)) ?? "";
  it("must: extract's table gives 'told Reuters' and 'in a statement'", () => {
    expect(row(/Rescue crews counted 40/)).toMatch(/ told Reuters /);
    expect(row(/^Lena Vasquez +Harbor Gazette/)).toMatch(/ in a statement /);
    expect(row(/^Lena Vasquez +Harbor Gazette/)).not.toMatch(/told in a statement/);
  });

  it("must: the UI's Quotes column gives the same cell", () => {
    const items = buildQuoteItems(tuiReport);
    expect(items.filter((i) => i.quote.toOutlet === "Radio Nord").map((i) => i.toWhom)).toEqual(["told Radio Nord", "told Radio Nord"]);
    expect(items.find((i) => i.quote.medium === "by phone")!.toWhom).toBe("by phone");
  });

  it("must: the UI's chain gives an outlet's medium as the reports' chain does, 'Radio Nord (by phone)'", () => {
    const q = { ...tuiQuotes[0], toOutlet: "Radio Nord", medium: "By phone" };
    const told = attributionChain(q, tuiReport.articles.find((a) => a.id === q.articleId)).find((s) => s.label === "told")!.value;
    expect(told).toBe("Radio Nord (by phone)");
  });
});
