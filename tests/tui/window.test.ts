import { describe, expect, it } from "vitest";
import { moveCursor, scrollText, scrollTop, visibleSlice } from "../../src/tui/window.js";

describe("moveCursor", () => {
  it.each([
    [5, "up", 4],
    [0, "up", 0],
    [5, "down", 6],
    [99, "down", 99],
    [50, "pageDown", 59],
    [95, "pageDown", 99],
    [50, "pageUp", 41],
    [3, "pageUp", 0],
    [50, "home", 0],
    [50, "end", 99],
  ] as const)("from %i, %s -> %i (100 rows, 10 visible)", (from, move, to) => {
    expect(moveCursor(from, move, 100, 10)).toBe(to);
  });
  it("stays at 0 in an empty list", () => {
    expect(moveCursor(0, "end", 0, 10)).toBe(0);
  });
});

describe("scrollTop", () => {
  it("does not move while the cursor is in view", () => {
    expect(scrollTop(10, 15, 10, 100)).toBe(10);
  });
  it("moves just enough to show the cursor below or above", () => {
    expect(scrollTop(10, 25, 10, 100)).toBe(16);
    expect(scrollTop(10, 4, 10, 100)).toBe(4);
  });
  it("never leaves empty rows at the end (after a resize or a shorter list)", () => {
    expect(scrollTop(95, 99, 10, 100)).toBe(90);
    expect(scrollTop(30, 2, 10, 5)).toBe(0);
  });
});

describe("visibleSlice", () => {
  it("returns only the rows that fit", () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const { rows, first } = visibleSlice(items, 500, 14);
    expect(first).toBe(500);
    expect(rows).toHaveLength(14);
    expect(rows[0]).toBe(500);
  });
  it("clamps a top past the end", () => {
    expect(visibleSlice([1, 2, 3], 10, 2)).toEqual({ rows: [2, 3], first: 1 });
  });
});

it("scrollText clamps to the content", () => {
  expect(scrollText(0, "up", 30, 10)).toBe(0);
  expect(scrollText(0, "end", 30, 10)).toBe(20);
  expect(scrollText(18, "pageDown", 30, 10)).toBe(20);
  expect(scrollText(5, "down", 8, 10)).toBe(0);
});
