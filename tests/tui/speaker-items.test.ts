import { describe, expect, it } from "vitest";
import { buildQuoteItems } from "../../src/tui/quote-items.js";
import { buildSpeakerItems, outletCounts, selectSpeakers } from "../../src/tui/speaker-items.js";
import { report } from "./fixture.js";

const quotes = buildQuoteItems(report);

describe("speaker items", () => {
  const items = buildSpeakerItems(report, quotes);
  const keller = items.find((s) => s.name === "Anna Keller")!;

  it("count quotes per outlet and articles from the report's speakers", () => {
    expect(keller.quotes).toBe(3);
    expect(keller.articles).toBe(2);
    expect(outletCounts(keller)).toBe("The Harlow Ledger 2 · Radio Nord 1");
    expect(keller.roles).toEqual(["Mayor", "the mayor of Harlow", "who has led the town council since 2027"]);
    expect(keller.flagged).toBe(1);
  });

  it("sort and filter", () => {
    const q = { filter: "", flaggedOnly: false };
    expect(selectSpeakers(items, { ...q, sort: "most quoted" }).map((s) => s.name).slice(0, 2)).toEqual(["Anna Keller", "Northshire Water Authority"]);
    expect(selectSpeakers(items, { ...q, sort: "name" })[0].name).toBe("Anna Keller");
    // named people and organisations first, each group most quoted first
    expect(selectSpeakers(items, { ...q, sort: "named first" }).map((s) => s.name)).toEqual([
      "Anna Keller",
      "Northshire Water Authority",
      "Lena Ortiz",
      "Tomas Brandt",
      "unnamed resident",
      "engineers",
    ]);
    expect(selectSpeakers(items, { ...q, filter: "courier", sort: "name" }).map((s) => s.name)).toEqual(["Lena Ortiz", "Northshire Water Authority", "Tomas Brandt"]);
    const oneClean = items.map((s) => (s.name === "engineers" ? { ...s, flagged: 0 } : s));
    expect(selectSpeakers(oneClean, { ...q, flaggedOnly: true, sort: "name" }).map((s) => s.name)).not.toContain("engineers");
    expect(selectSpeakers(oneClean, { ...q, flaggedOnly: true, sort: "name" })).toHaveLength(5);
  });

  it("list quotes under their speaker as written when the report has no speakers yet", () => {
    const bare = buildSpeakerItems({ ...report, speakers: [] }, quotes);
    expect(bare.map((s) => s.name)).toContain("Anna Keller");
    expect(bare.find((s) => s.name === "Anna Keller")!.quotes).toBe(3);
    expect(bare.every((s) => s.id.startsWith("as-written:"))).toBe(true);
  });
});

describe("a speaker's counts name the article when its outlet is unknown (as `quotecheck speakers` does)", () => {
  // Two articles that name no outlet: two speakers of one name, left apart by the align stage, must read apart.
  const unnamed = { ...report, articles: report.articles.map((a) => ({ ...a, outlet: null })) };
  const items = buildSpeakerItems(unnamed, buildQuoteItems(unnamed));
  it.each([
    // speaker, counts
    // by title, not by the id quotecheck made ("? ledger-2031-03-05"), which a reader cannot look up
    ["Anna Keller", "“Harlow Weir breach floods lower town” 2 · “Keller: we asked three times” 1"],
    ["Lena Ortiz", "“Families stay put as Harlow waters rise” 1"],
  ])("must: %s", (name, counts) => {
    expect(outletCounts(items.find((s) => s.name === name)!)).toBe(counts);
  });
  it("must not: a known outlet stays the outlet", () => {
    expect(outletCounts(buildSpeakerItems(report, quotes).find((s) => s.name === "Lena Ortiz")!)).toBe("Northshire Courier 1");
  });
});
