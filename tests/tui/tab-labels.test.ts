import { describe, expect, it } from "vitest";
import { VIEWS } from "../../src/tui/state.js";
import { tabSegments } from "../../src/tui/tab-labels.js";
import { cellWidth } from "../../src/tui/text.js";

const counts = { quotes: 59, speakers: 20, conflicts: 8, sources: 1 };
const big = { quotes: 12_345, speakers: 3_000, conflicts: 1_500, sources: 840 };
const bar = (width: number, detail = false, c = counts) => tabSegments(VIEWS, "quotes", detail, c, width).map((s) => s.text).join("");

describe("tab bar forms", () => {
  it.each([
    { width: 80, detail: false, c: counts, want: "quotecheck [1 Quotes 59] 2 Speakers 20  3 Conflicts 8  4 Sources 1 " },
    { width: 66, detail: false, c: counts, want: "[1 Quotes 59] 2 Speakers 20  3 Conflicts 8  4 Sources 1 " },
    { width: 50, detail: false, c: counts, want: "[1 Quotes] 2 Speakers  3 Conflicts  4 Sources " },
    { width: 80, detail: true, c: big, want: " 1 Quotes 12345  2 Speakers 3000  3 Conflicts 1500  4 Sources 840 [Detail]" },
    { width: 50, detail: true, c: counts, want: " 1 Quotes  2 Speakers  3 Conflicts  4 Sources [D]" },
    { width: 30, detail: false, c: counts, want: "[1 Qu] 2 Sp  3 Co  4 So " },
  ])("at $width columns (detail: $detail) gives “$want”", ({ width, detail, c, want }) => {
    expect(bar(width, detail, c)).toBe(want);
    expect(cellWidth(want)).toBeLessThanOrEqual(width);
  });

  it("keeps the widest form whenever it fits (no title dropped on a wide terminal)", () => {
    expect(bar(200, true, big)).toMatch(/^quotecheck {2}1 Quotes 12345 .*\[Detail\]$/);
  });

  it("marks the current view, and no view while Detail is open", () => {
    const segs = tabSegments(VIEWS, "conflicts", false, counts, 80);
    expect(segs.filter((s) => s.active).map((s) => s.text)).toEqual(["[3 Conflicts 8]"]);
    const detail = tabSegments(VIEWS, "conflicts", true, counts, 80);
    expect(detail.filter((s) => s.active).map((s) => s.kind)).toEqual(["detail"]);
  });
});
