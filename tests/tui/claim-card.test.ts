import { describe, expect, it } from "vitest";
import { whereLines } from "../../src/tui/ClaimCard.js";

describe("a claim's outlet and dates in a card", () => {
  it.each([
    // outlet, dates, inner width, lines
    ["The Daily Beast", "published 2015-05-21", 40, ["The Daily Beast · published 2015-05-21"]],
    ["The Daily Beast", "published 2015-05-21", 22, ["The Daily Beast ·", "published 2015-05-21"]],
    ["› The Harlow Ledger", "said 2031-03-04, published 2031-03-05", 38, ["› The Harlow Ledger · said 2031-03-04,", "published 2031-03-05"]],
    ["› The Harlow Ledger", "said 2031-03-04, published 2031-03-05", 36, ["› The Harlow Ledger ·", "said 2031-03-04,", "published 2031-03-05"]],
    ["The New York Times", "said 2015-05-20, published 2015-05-21", 22, ["The New York Times ·", "said 2015-05-20,", "published 2015-05-21"]],
    ["The New York Times", "said 2015-05-20, published 2015-05-21", 60, ["The New York Times · said 2015-05-20, published 2015-05-21"]],
    ["doc-17", "date unknown", 22, ["doc-17 · date unknown"]],
  ])("%s · %s in %i cells", (outlet, dates, inner, lines) => {
    expect(whereLines(outlet, dates, inner)).toEqual(lines);
  });
  it("never breaks inside a date", () => {
    for (const inner of [10, 16, 22, 26, 30])
      for (const l of whereLines("The New York Times", "said 2015-05-20, published 2015-05-21", inner)) expect(l).not.toMatch(/(said|published)$/);
  });
});
