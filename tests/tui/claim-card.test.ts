import { describe, expect, it } from "vitest";
import { sideLines, whereLines } from "../../src/tui/ClaimCard.js";
import type { Side } from "../../src/tui/finding-items.js";

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

describe("a card keeps its selected claim in sight", () => {
  const claim = (outlet: string, text: string) => ({ outlet, text, article: outlet, published: "2015-05-21", spokenOn: null }) as unknown as Side["claims"][number]["claim"];
  const side: Side = {
    speaker: "Syrian state news media",
    role: null,
    claims: [
      { claim: claim("The Daily Beast", "that Damascus evacuated all of Palmyra’s civilians before its men withdrew"), index: 0, reported: false, where: "The Daily Beast" },
      { claim: claim("The New York Times", "that government forces had withdrawn only after taking families to safety"), index: 1, reported: false, where: "The New York Times" },
    ],
  };
  const texts = (selected: number, rows: number) => sideLines(side, selected, 22, rows).map((l) => l.text);
  it.each([
    // selected, rows, what the card's first lines are
    ["the first claim, cut below", 0, 5, ["› The Daily Beast ·", "published 2015-05-21", "“that Damascus"]],
    ["the second claim, below the card: it opens there, counting the one above", 1, 5, ["↑ 1 more claim above", "› The New York Times ·", "published 2015-05-21"]],
  ])("must: %s", (_, selected, rows, first) => {
    const t = texts(selected, rows);
    expect(t).toHaveLength(rows);
    expect(t.slice(0, first.length)).toEqual(first);
  });
  it.each([
    ["every line fits: nothing moves", 1, 40],
    ["the selected claim's outlet and first words already show", 1, 9],
    ["a card too low for a count line", 1, 2],
  ])("must not: %s", (_, selected, rows) => {
    expect(texts(selected, rows)[0]).not.toMatch(/above/);
  });
});

describe("a card shows reported speech without quotation marks, as the reports do", () => {
  const claim = (text: string) => ({ outlet: "The Daily Beast", text, article: "a", published: "2015-05-21", spokenOn: null }) as unknown as Side["claims"][number]["claim"];
  const card = (text: string, reported: boolean) =>
    sideLines({ speaker: "Syrian state news media", role: null, claims: [{ claim: claim(text), index: 0, reported, where: "The Daily Beast" }] }, 0, 30, 20)
      .filter((l) => l.kind === "text")
      .map((l) => l.text)
      .join(" ");
  it.each([
    // must: the reporter's words, no marks
    ["reported speech", "that Damascus evacuated all of Palmyra’s civilians", true, "that Damascus evacuated all of Palmyra’s civilians"],
    // must not: a direct quote keeps its marks
    ["a direct quote", "The civilians are terrified,", false, "“The civilians are terrified,”"],
  ])("%s", (_, text, reported, shown) => {
    expect(card(text, reported)).toBe(shown);
  });
});
