import { describe, expect, it } from "vitest";
import { HINTS, hintLine } from "../../src/tui/StatusBar.js";
import { statusParts, statusText, type StatusPart } from "../../src/tui/status-line.js";
import { initialState } from "../../src/tui/state.js";
import { cellWidth } from "../../src/tui/text.js";

// The key line at common widths: it fits, and every key shown says what it does.
describe("hintLine", () => {
  it.each([40, 60, 80, 100, 140])("browse hints at %i columns fit the width", (width) => {
    expect(cellWidth(hintLine(HINTS.browse, width))).toBeLessThanOrEqual(width);
  });

  it("keeps every browse key with its action at 80 columns (Enter packed as ⏎ open)", () => {
    const line = hintLine(HINTS.browse, 80);
    expect(line).toContain("⏎ open");
    expect(line).not.toMatch(/Enter\s{2}/);
    for (const key of ["Tab", "↑↓", "/", "f", "s", "e", "?", "q"]) expect(line).toContain(`${key} `);
    expect(line.endsWith("q quit")).toBe(true);
  });

  it("spells keys out in full when there is room", () => {
    const line = hintLine(HINTS.browse, 140);
    expect(line).toContain("Enter open");
    expect(line).toContain("Tab views");
  });
});

describe("statusText: the sort and the row count stay on screen", () => {
  const scope = (label: string): StatusPart => ({ head: "", cut: label, tail: " (Esc clears)" });
  const filter = (text: string): StatusPart => ({ head: "filter “", cut: text, tail: "”" });
  const plain = (text: string): StatusPart => ({ head: text, cut: "", tail: "" });
  const sort = plain("sort: document order");
  const count = plain("147 of 1449");
  const long = "quotes by Maximiliana Alexandrovna Konstantinopoulou-Vanderbergh-Smythe";
  it.each([
    // must: a long scope or filter is cut inside its text, the rest whole
    ["a long speaker's list", [scope(long), sort, count], 80, /^quotes by Maximiliana Alexand.*… \(Esc clears\) · sort: document order · 147 of 1449$/],
    ["a long filter", [filter("x".repeat(90)), sort, count], 80, /^filter “x+…” · sort: document order · 147 of 1449$/],
    ["both: the shorter keeps more of its own", [scope(long), plain("flagged only"), filter("palmyra"), sort, count], 100, /^quotes by Max.*… \(Esc clears\) · flagged only · filter “palmyra” · sort: document order · 147 of 1449$/],
    // must not: what fits is left whole
    ["a short speaker's list", [scope("quotes by Bo Li"), sort, count], 80, /^quotes by Bo Li \(Esc clears\) · sort: document order · 147 of 1449$/],
    ["no scope", [sort, plain("59 rows")], 80, /^sort: document order · 59 rows$/],
  ])("%s", (_, parts, width, want) => {
    const text = statusText(parts, width);
    expect(text).toMatch(want);
    expect(cellWidth(text)).toBeLessThanOrEqual(width);
  });
  it("fits a very narrow terminal, cut at its end", () => {
    expect(cellWidth(statusText([scope(long), sort, count], 30))).toBeLessThanOrEqual(30);
  });
});

describe("the row count agrees with its number", () => {
  const count = (n: number) => statusParts(initialState, "report order", n, n).at(-1)!.head;
  it.each([
    [1, "1 row"],
    [0, "0 rows"],
    [2, "2 rows"],
  ])("%i: %s", (n, want) => expect(count(n)).toBe(want));
  it("must-not: '1 rows' (a conflicts list of one finding said it)", () => expect(count(1)).not.toBe("1 rows"));
});
