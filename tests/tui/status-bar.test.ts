import { describe, expect, it } from "vitest";
import { HINTS, hintLine } from "../../src/tui/StatusBar.js";
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
