import { describe, expect, it } from "vitest";
import { layoutColumns } from "../../src/tui/columns.js";
import { listShape, quoteColumns } from "../../src/tui/quote-columns.js";
import { buildQuoteItems } from "../../src/tui/quote-items.js";
import { cellWidth } from "../../src/tui/text.js";
import { report } from "./fixture.js";
import { speakerColumns } from "../../src/tui/speaker-columns.js";

const total = (cols: { width: number }[]) => cols.reduce((s, c) => s + c.width, 0) + cols.length - 1;

describe("layoutColumns", () => {
  const cols = [
    { key: "a", title: "a", min: 10, max: 20, priority: 3 },
    { key: "b", title: "b", min: 10, priority: 2 },
    { key: "c", title: "c", min: 10, max: 10, priority: 1 },
  ];
  it("fills the width exactly when a column is unbounded", () => {
    const placed = layoutColumns(cols, 60);
    expect(placed.map((c) => c.width)).toEqual([20, 28, 10]);
    expect(total(placed)).toBe(60);
  });
  it("drops the lowest-priority column first when too narrow", () => {
    expect(layoutColumns(cols, 25).map((c) => c.key)).toEqual(["a", "b"]);
    expect(layoutColumns(cols, 12).map((c) => c.key)).toEqual(["a"]);
  });
});

describe("a column's share of the width", () => {
  const cols = [
    { key: "name", title: "name", min: 10, max: 20, priority: 3 },
    { key: "text", title: "text", min: 10, share: 0.5, priority: 4 },
    { key: "extra", title: "extra", min: 10, max: 10, priority: 1 },
  ];
  it.each([
    // width, columns kept, width of text
    [40, ["name", "text"], 20],
    [60, ["name", "text", "extra"], 30],
    [100, ["name", "text", "extra"], 68],
  ])("at %i cells keeps %j and gives the shared column %i", (w, keys, text) => {
    const placed = layoutColumns(cols, w);
    expect(placed.map((c) => c.key)).toEqual(keys);
    expect(placed.find((c) => c.key === "text")?.width).toBe(text);
    expect(total(placed)).toBe(w);
  });
  it("keeps the lower column when no column has a share", () => {
    expect(layoutColumns(cols.map(({ share: _, ...c }) => c), 40).map((c) => c.width)).toEqual([18, 10, 10]);
  });
});

describe("the Quotes and Speakers tables", () => {
  it.each([50, 60, 80, 100, 120, 160, 200])("fit a %i-column terminal", (w) => {
    expect(total(quoteColumns(w))).toBeLessThanOrEqual(w - 2);
    expect(total(quoteColumns(w, { widths: { speaker: 40, outlet: 40, toWhom: 40, role: 60 }, same: [] }))).toBeLessThanOrEqual(w - 2);
    expect(total(speakerColumns(w))).toBeLessThanOrEqual(w - 2);
  });

  // widest cells like a real story's: a long organisation name, long roles
  const wide = { widths: { speaker: 35, outlet: 18, toWhom: 26, role: 44 }, same: [] };
  it.each([
    // width, columns kept, quote at least
    [80, ["flags", "speaker", "outlet", "excerpt"], 31],
    // at 100 a date said would cut the outlet, at 120 to whom would (both are kept whole or left out)
    [100, ["flags", "speaker", "outlet", "excerpt"], 48],
    [120, ["flags", "speaker", "outlet", "said", "excerpt"], 57],
    [160, ["flags", "speaker", "outlet", "toWhom", "said", "published", "excerpt"], 67],
    [200, ["flags", "speaker", "role", "outlet", "toWhom", "said", "published", "excerpt"], 79],
  ])("at %i columns keep %j and give the quote at least %i cells", (w, keys, quote) => {
    const cols = quoteColumns(w, wide);
    expect(cols.map((c) => c.key)).toEqual(keys);
    expect(cols.find((c) => c.key === "excerpt")?.width).toBeGreaterThanOrEqual(quote);
    expect(cols.find((c) => c.key === "speaker")?.width).toBe(24);
  });

  it.each([
    // widest speaker, speaker column at 80 and at 120 columns
    [12, 12, 12],
    [20, 20, 20],
    [24, 24, 24],
    [40, 24, 24],
  ])("fit a widest speaker of %i cells in %i cells at 80 columns and %i at 120 (names whole up to 24)", (widest, at80, at120) => {
    expect(quoteColumns(80, { widths: { speaker: widest }, same: [] }).find((c) => c.key === "speaker")?.width).toBe(at80);
    expect(quoteColumns(120, { widths: { speaker: widest }, same: [] }).find((c) => c.key === "speaker")?.width).toBe(at120);
  });

  it("give bounded columns no more than their widest cell, the rest to the quote", () => {
    const narrow = quoteColumns(120, { widths: { speaker: 12, outlet: 12, toWhom: 10 }, same: [] });
    const roomy = quoteColumns(120, { widths: { speaker: 24, outlet: 20, toWhom: 18 }, same: [] });
    expect(narrow.find((c) => c.key === "outlet")?.width).toBe(12);
    expect(narrow.find((c) => c.key === "toWhom")?.width).toBe(10);
    // the room narrow cells leave lets more columns in, and what is left over goes to the quote
    expect(narrow.length).toBeGreaterThan(roomy.length);
    expect(total(narrow)).toBe(118);
  });

  it("keep flags, speaker and the quote on a 50-column terminal", () => {
    expect(quoteColumns(50, wide).map((c) => c.key)).toEqual(["flags", "speaker", "excerpt"]);
  });
});

describe("listShape", () => {
  const items = buildQuoteItems(report);
  it("measures the widest speaker, role, outlet and to-whom cell of the list in terminal cells", () => {
    const { widths } = listShape(items);
    expect(widths.speaker).toBe(Math.max(...items.map((i) => cellWidth(i.speaker))));
    expect(widths.outlet).toBe(Math.max(...items.map((i) => cellWidth(i.outlet))));
    expect(widths.role).toBe(Math.max(...items.map((i) => cellWidth(i.quote.role ?? ""))));
    expect(widths.toWhom).toBeGreaterThan(0);
    expect(widths.excerpt).toBeUndefined();
  });
  it("leaves every optional column out of an empty list: no row fills one", () => {
    expect(listShape([])).toEqual({ widths: { speaker: 0, role: 0, outlet: 0, toWhom: 0, published: 0 }, same: ["role", "outlet", "toWhom", "said", "published"], filled: {} });
    expect(quoteColumns(80, listShape([])).map((c) => c.key)).toEqual(["flags", "speaker", "excerpt"]);
  });
  it("keeps the optional columns of a one-row list, which has no second row to be the same as", () => {
    expect(listShape(items.slice(0, 1)).same).toEqual([]);
  });

  const one = items.filter((i) => i.outlet === "Northshire Courier");
  it.each([
    // what the list is, columns that read the same on every row
    ["the whole report (outlets, dates and roles differ)", items, []],
    ["one outlet's quotes, published on one day", one, ["outlet", "published"]],
    ["a single row (nothing to compare)", items.slice(0, 1), []],
    ["two rows with no date said", items.filter((i) => !i.said && i.outlet === "The Harlow Ledger").slice(0, 2), ["outlet", "said", "published"]],
  ])("leaves out columns that read the same on every row: %s", (_, list, same) => {
    expect(list.length).toBeGreaterThan(0);
    expect([...listShape(list).same].sort()).toEqual([...same].sort());
  });
  it("never leaves out flags, speaker or quote, however alike the rows", () => {
    const twins = [items[1], { ...items[1], index: 99 }];
    const keys = quoteColumns(120, listShape(twins)).map((c) => c.key);
    expect(keys).toEqual(["flags", "speaker", "excerpt"]);
  });
  const keller = items.filter((i) => i.speaker === "Anna Keller");
  it.each([
    // list, its scope, speaker column kept
    ["one speaker's quotes (Enter on Speakers)", keller, { by: "speaker" as const }, false],
    ["the same quotes as one article's list", keller, { by: "article" as const }, true],
    ["the same quotes with no scope", keller, null, true],
    ["the whole report", items, null, true],
  ])("%s: the speaker column is kept: %s", (_, list, scope, kept) => {
    for (const w of [80, 100, 140]) {
      const keys = quoteColumns(w, listShape(list, scope)).map((c) => c.key);
      expect(keys.includes("speaker"), `${w} columns`).toBe(kept);
    }
  });
  it("gives the speaker's room in one speaker's list to the quote, not to more columns", () => {
    for (const w of [80, 100, 140, 200]) {
      const plain = quoteColumns(w, listShape(keller));
      const scoped = quoteColumns(w, listShape(keller, { by: "speaker" }));
      const speaker = plain.find((c) => c.key === "speaker")!.width;
      expect(scoped.map((c) => c.key)).toEqual(plain.map((c) => c.key).filter((k) => k !== "speaker"));
      expect(scoped.find((c) => c.key === "excerpt")!.width).toBe(plain.find((c) => c.key === "excerpt")!.width + speaker + 1);
      expect(total(scoped)).toBe(total(plain));
    }
  });

  it("gives the room of a column left out to the quote", () => {
    const all = quoteColumns(80, listShape(items));
    const scoped = quoteColumns(80, listShape(one));
    expect(scoped.map((c) => c.key)).not.toContain("outlet");
    // its room lets in a column the whole report had no room for, or goes to the quote
    expect(scoped.map((c) => c.key)).toContain("toWhom");
    expect(scoped.find((c) => c.key === "excerpt")!.width).toBeGreaterThanOrEqual(all.find((c) => c.key === "excerpt")!.width);
  });
});

describe("optional columns come in by how many rows they fill, never at another column's cost", () => {
  // like Palmyra: to whom on 11 of 59 rows (up to 18 cells), a date said on 5, a role on 9
  const palmyra = { widths: { speaker: 35, outlet: 18, toWhom: 28, role: 89 }, same: ["published"], filled: { outlet: 1, toWhom: 0.19, said: 0.08, role: 0.15 } } as const;
  const width = (w: number, k: string) => quoteColumns(w, palmyra).find((c) => c.key === k)?.width;
  it.each([
    // terminal width, columns kept
    [80, ["flags", "speaker", "outlet", "excerpt"]],
    [120, ["flags", "speaker", "outlet", "toWhom", "excerpt"]],
    [160, ["flags", "speaker", "outlet", "toWhom", "said", "excerpt"]],
    [200, ["flags", "speaker", "role", "outlet", "toWhom", "said", "excerpt"]],
  ])("at %i columns keep %j", (w, keys) => {
    expect(quoteColumns(w, palmyra).map((c) => c.key)).toEqual(keys);
    expect(total(quoteColumns(w, palmyra))).toBe(w - 2);
  });
  it("keeps to whom whole at 120 columns instead of cutting it for a date said that is mostly empty", () => {
    expect(width(120, "toWhom")).toBe(18);
    expect(width(120, "said")).toBeUndefined();
  });
  it.each([100, 120, 140, 160, 180, 200, 240])("at %i columns leaves the outlet whole and the quote its 40%%", (w) => {
    expect(width(w, "outlet")).toBe(18);
    expect(width(w, "excerpt")).toBeGreaterThanOrEqual(Math.floor(0.4 * (w - 2)));
  });
  it("still brings a full column in before a sparse one of higher priority", () => {
    const full = quoteColumns(120, { ...palmyra, filled: { outlet: 1, toWhom: 0.19, said: 1, role: 0.15 } }).map((c) => c.key);
    expect(full).toContain("said");
    expect(full).not.toContain("toWhom");
  });
});
