import { describe, expect, it } from "vitest";
import { lineCol, lineColAmong, lineStarts, paragraphIndexAt } from "../../src/model/span.js";

// Places are printed as file:line:col; the binary search over line starts must agree with the plain
// scan (lineCol) at every offset, including at a line break and past the text's end.
describe("line and column of an offset", () => {
  const texts = ["", "one line", "a\nbc\n\ndef", "\n\nstarts with breaks", "ends with a break\n", "x\r\ny"];
  for (const text of texts) {
    it(`agrees with the plain scan on ${JSON.stringify(text)}`, () => {
      const starts = lineStarts(text);
      for (let at = 0; at <= text.length; at++) expect(lineColAmong(starts, at)).toEqual(lineCol(text, at));
    });
  }

  it.each([
    ["a\nbc\n\ndef", 0, { line: 1, column: 1 }],
    ["a\nbc\n\ndef", 2, { line: 2, column: 1 }],
    ["a\nbc\n\ndef", 5, { line: 3, column: 1 }],
    ["a\nbc\n\ndef", 8, { line: 4, column: 3 }],
  ] as const)("%j at %i is %j", (text, at, place) => {
    expect(lineColAmong(lineStarts(text), at)).toEqual(place);
  });

  it("lists every line start", () => {
    expect(lineStarts("a\nbc\n\ndef")).toEqual([0, 2, 5, 6]);
  });
});

describe("paragraphIndexAt", () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 22, end: 30 },
  ];
  it.each([
    [0, 0],
    [11, 0],
    [12, 1],
    [21, 1],
    [29, 2],
    [99, 2],
  ])("offset %i is in paragraph %i", (offset, index) => {
    expect(paragraphIndexAt(paragraphs, offset)).toBe(index);
  });
  it("gives 0 when there are no paragraphs", () => expect(paragraphIndexAt([], 5)).toBe(0));
});
