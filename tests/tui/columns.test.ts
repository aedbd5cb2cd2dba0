import { describe, expect, it } from "vitest";
import { layoutColumns } from "../../src/tui/columns.js";
import { quoteColumns } from "../../src/tui/quote-columns.js";
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

describe("the Quotes and Speakers tables", () => {
  it.each([80, 100, 120, 200])("fit a %i-column terminal", (w) => {
    expect(total(quoteColumns(w))).toBeLessThanOrEqual(w - 2);
    expect(total(speakerColumns(w))).toBeLessThanOrEqual(w - 2);
  });
  it("keep flags, speaker, outlet, to whom, date said and the quote at 80 columns", () => {
    expect(quoteColumns(80).map((c) => c.key)).toEqual(["flags", "speaker", "outlet", "toWhom", "said", "excerpt"]);
  });
  it("add role and date published on wide terminals", () => {
    expect(quoteColumns(120).map((c) => c.key)).toEqual(["flags", "speaker", "role", "outlet", "toWhom", "said", "published", "excerpt"]);
  });
});
