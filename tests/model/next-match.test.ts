import { describe, expect, it } from "vitest";
import { nextMatchFinder } from "../../src/model/next-match.js";

// The finder must answer as a fresh search from each position would, whatever order the positions
// come in (forward, repeated, or going back).
const fresh = (re: RegExp, text: string, from: number): number => {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : text.length;
};

describe("nextMatchFinder", () => {
  const cases: readonly [string, RegExp, string][] = [
    ["quote marks", /["“”]/g, 'He said "yes" and “no” twice.'],
    ["a space before a blank", / (?=[ \t])/g, "a  b \tc d"],
    ["no match at all", /["“”]/g, "plain words only"],
    ["empty text", /x/g, ""],
  ];
  for (const [name, re, text] of cases) {
    it(`answers as a fresh search: ${name}`, () => {
      const next = nextMatchFinder(new RegExp(re.source, re.flags), text);
      const order = [...Array(text.length + 1).keys()];
      for (const from of [...order, ...order.reverse(), 3, 3, 0, text.length]) {
        if (from > text.length) continue;
        expect(next(from)).toBe(fresh(new RegExp(re.source, re.flags), text, from));
      }
    });
  }

  it.each([
    [0, 8],
    [8, 8],
    [9, 12],
    [13, 18],
    [20, 21],
    [22, 29],
  ])("from %i the next mark is at %i", (from, at) => {
    expect(nextMatchFinder(/["“”]/g, 'He said "yes" and “no” twice.')(from)).toBe(at);
  });
});
