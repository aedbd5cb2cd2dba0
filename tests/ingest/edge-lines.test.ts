import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { propertyTimeout } from "../property-runs.js";
import { edgeLines } from "../../src/ingest/build.js";
import { linesOf } from "../../src/ingest/segments.js";

// Property tests: a time limit for a loaded machine (see tests/property-runs.ts), not a measure.
vi.setConfig({ testTimeout: propertyTimeout(2000) });

// What edgeLines stands for: the first two and the last two lines with text of the whole list.
const bySlices = (src: string, from: number, to: number): string[] => {
  const lines = linesOf(src, from, to).filter((l) => l.text);
  return [...lines.slice(0, 2), ...lines.slice(-2)].map((l) => l.text);
};

describe("edgeLines: the first two and last two lines with text, read from the ends", () => {
  it.each([
    ["five lines", "a\nb\nc\nd\ne", ["a", "b", "d", "e"]],
    ["three lines: the middle one twice", "a\nb\nc", ["a", "b", "b", "c"]],
    ["one line: twice", "only\n", ["only", "only"]],
    ["blank and white-space lines are skipped", "\n \na\n\n\t\nb\r\n\n", ["a", "b", "a", "b"]],
    ["NUL (hidden markup) is dropped", "\u0000x\u0000\ny", ["x", "y", "x", "y"]],
    ["no text", " \n\n", []],
  ])("%s", (_name, src, want) => {
    expect(edgeLines(src, 0, src.length)).toEqual(want);
    expect(edgeLines(src, 0, src.length)).toEqual(bySlices(src, 0, src.length));
  });

  it("equals the slices of the whole list on any text and range", () => {
    const pieces = fc.constantFrom("a", "Bc", " ", "\t", "\n", "\n\n", "\r\n", "\u0000", "http://x.com/a");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join("")), fc.nat(), fc.nat(), (src, x, y) => {
        const from = src.length ? x % (src.length + 1) : 0;
        const to = from + (src.length - from ? y % (src.length - from + 1) : 0);
        expect(edgeLines(src, from, to)).toEqual(bySlices(src, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("linesOf", () => {
  it.each([
    ["must drop NUL when the range holds one", "a\u0000b\n c ", ["ab", "c"]],
    ["must keep text as it is without one", "a b\n c ", ["a b", "c"]],
  ])("%s", (_name, src, want) => {
    expect(linesOf(src).map((l) => l.text)).toEqual(want);
  });

  it("a NUL outside the range does not matter", () => {
    expect(linesOf("\u0000ab\ncd", 1).map((l) => l.text)).toEqual(["ab", "cd"]);
  });
});
