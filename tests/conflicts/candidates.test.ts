import { describe, expect, it } from "vitest";
import { candidatePairs, eachCandidate, keyIndex } from "../../src/conflicts/candidates.js";
import { isNumberWord, quantities } from "../../src/conflicts/numbers.js";
import { sameAction } from "../../src/conflicts/quantity-pairs.js";
import { eventKeys } from "../../src/conflicts/events.js";
import { article } from "./fixtures.js";

describe("candidatePairs", () => {
  const keys = [["flood", "river"], ["river"], ["strike"], ["flood", "river", "strike"]];

  it("pairs exactly the items that share a key, sorted, with the number of keys shared", () => {
    expect(candidatePairs(keys.length, (i) => keys[i])).toEqual([
      { i: 0, j: 1, shared: 1 },
      { i: 0, j: 3, shared: 2 },
      { i: 1, j: 3, shared: 1 },
      { i: 2, j: 3, shared: 1 },
    ]);
  });

  it("matches an all-pairs scan on random keys", () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 12);
    const items = Array.from({ length: 60 }, () => Array.from({ length: 1 + (next() % 3) }, () => `k${next()}`));
    const expected: { i: number; j: number; shared: number }[] = [];
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const shared = new Set(items[i].filter((k) => items[j].includes(k))).size;
        if (shared) expected.push({ i, j, shared });
      }
    expect(candidatePairs(items.length, (i) => items[i])).toEqual(expected);
  });

  it("skips a key held by more items than the cap", () => {
    expect(candidatePairs(keys.length, (i) => keys[i], null, 2).map((p) => [p.i, p.j])).toEqual([
      [0, 3],
      [2, 3],
    ]);
  });

  it("tells which keys it skipped and how many items held each, once a key", () => {
    const skipped: [string, number][] = [];
    candidatePairs(keys.length, (i) => keys[i], null, 2, (key, holders) => skipped.push([key, holders.length]));
    expect(skipped).toEqual([["river", 3]]);
  });

  it("finds a pair from either end when look-up keys differ from filing keys", () => {
    const home = [["x|1"], ["x|?"], ["x|5"]];
    const probe = [["x|0", "x|1", "x|2", "x|?"], ["x|?"], ["x|4", "x|5", "x|6", "x|?"]];
    expect(candidatePairs(3, (i) => home[i], (i) => probe[i]).map((p) => [p.i, p.j])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});

describe("eachCandidate", () => {
  const walk = (home: string[][], open: string[][] | null) => {
    const out: [number, number][] = [];
    const index = keyIndex(home.length, (i) => home[i], open && ((i) => open[i]));
    eachCandidate(index, home.length, (i) => home[i], open && ((i) => open[i]), 2000, (i, j) => out.push([i, j]));
    return out;
  };

  it("visits candidatePairs' pairs in its order when every item is open on its keys", () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 12);
    const items = Array.from({ length: 60 }, () => Array.from({ length: 1 + (next() % 3) }, () => `k${next()}`));
    expect(walk(items, null)).toEqual(candidatePairs(items.length, (i) => items[i]).map(({ i, j }) => [i, j]));
  });

  it.each([
    ["must-not: two items closed on their one shared key", [["k"], ["k"], ["k"]], [[], [], ["k"]], [[0, 2], [1, 2]]],
    ["must: closed on one key, open on another both hold", [["k", "m"], ["k", "m"]], [["m"], []], [[0, 1]]],
    ["must-not: closed on every shared key", [["k", "m"], ["k", "m"]], [[], []], []],
  ] as const)("%s", (_name, home, open, pairs) => {
    expect(walk(home.map((h) => [...h]), open.map((o) => [...o]))).toEqual(pairs);
  });
});

describe("eventKeys", () => {
  const text = "Officials in Riverton said the river rose. The mayor of Riverton spoke.";
  it("articles within the window that share a name meet; ones months apart do not", () => {
    const a = article("a", "Daily Courier", "2024-04-03", text);
    const b = article("b", "Valley Herald", "2024-04-10", text);
    const c = article("c", "Valley Herald", "2024-09-10", text);
    const keys = eventKeys([a, b, c]);
    const meet = (x: string, y: string) => keys(x).probe.some((k) => keys(y).home.includes(k)) || keys(y).probe.some((k) => keys(x).home.includes(k));
    expect(meet("a", "b")).toBe(true);
    expect(meet("a", "c")).toBe(false);
  });
});

describe("quantities on words that are Object.prototype keys", () => {
  it("does not read “constructor” as a number", () => {
    expect(isNumberWord("constructor")).toBe(false);
    expect(quantities("The constructor said 5 men and a few hundred fighters left").map((q) => [q.value, q.counts])).toEqual([
      [5, "men"],
      [350, "fighters"],
    ]);
  });
});

describe("quantities: ordinals, decades and \"one of\" are not counts", () => {
  it.each([
    ["must-not: an ordinal", "He finished 16th in the race", []],
    ["must-not: an ordinal before a noun", "the 5th district voted", []],
    ["must-not: a decade", "unemployment was in the 90’s and the 1990s", []],
    ["must-not: a decade with an apostrophe", "back in the 80's", []],
    ["must: a count beside them still counts", "the 2nd wave brought 300 fighters", [[300, "fighters"]]],
    ["must-not: one of many", "one of the most senior officers and one of the GOP candidates", []],
    ["must: one of a counted group leaves the group's count", "one of the 14 victims", [[14, "victims"]]],
    ["must: a number before a word is still a count", "5 stars and 3 sons", [[5, "stars"], [3, "sons"]]],
  ])("%s", (_name, text, want) => {
    expect(quantities(text).map((q) => [q.value, q.counts])).toEqual(want);
  });
});

describe("quantities: a set named by its owner or by 'all' is no figure given", () => {
  it.each([
    ["must: a possessive", "between our two countries", true],
    ["must: 'all' before the number", "voters in all five states say they feel betrayed", true],
    ["must-not: a plain count", "the group would focus on five states", false],
    ["must-not: 'all' further back", "all of them went to five states", false],
  ])("%s", (_name, text, owned) => {
    expect(quantities(text).map((q) => q.owned)).toEqual([owned]);
  });
});

describe("quantities: a threshold counts nothing", () => {
  it.each([
    ["must-not: a threshold named before the number", "the delegates might make the threshold 15 states", [[15, null]]],
    ["must-not: a threshold named after the noun", "the 1,237 delegates needed to win", [[1237, null]]],
    ["must: a count of states won still counts", "Cruz holds a majority in 10 states", [[10, "states"]]],
  ])("%s", (_name, text, want) => {
    expect(quantities(text).map((q) => [q.value, q.counts])).toEqual(want);
  });
});

describe("quantities: a target counts nothing", () => {
  it.each([
    ["must-not: a goal under 'to'", "he is on pace to get 1,237 delegates", [[1237, null]]],
    ["must-not: a condition under a modal", "whoever can reach about 270 electors wins", [[270, null]]],
    ["must: a count got, as reported", "she got 1,237 delegates in the end", [[1237, "delegates"]]],
    ["must: 'to' before another verb", "the plan is to admit 10,000 refugees", [[10000, "refugees"]]],
  ])("%s", (_name, text, want) => {
    expect(quantities(text).map((q) => [q.value, q.counts])).toEqual(want);
  });
});

describe("quantities: a figure denied counts nothing", () => {
  it.each([
    ["must-not: each figure of a list under a denied verb", "the city is not admitting 100, 200 or 250 refugees", [[100, null], [200, null], [250, null]]],
    ["must-not: a denied figure", "they took not 300 prisoners", [[300, null]]],
    ["must-not: a contracted denial", "he didn't kill 30 people", [[30, null]]],
    ["must: a negator further back leaves the count", "the harm is not confined to the flood, in which four people were killed", [[4, "people"]]],
    ["must: a bound after a negator is no denial", "no more than 20 people came", [[40, "people"]]],
    ["must: 'if not' raises the figure", "hundreds if not thousands of emails", [[600, null], [6000, "emails"]]],
    ["must: 'No. 1' is no denial", "the No. 1 cable channel", [[1, "cable"]]],
  ])("%s", (_name, text, want) => {
    expect(quantities(text).map((q) => [q.value, q.counts])).toEqual(want);
  });
});

describe("quantities: a number hyphened to letters is a name or code", () => {
  it.each([
    ["must-not: a visa programme", "the EB-5 program drew 300 investors", [[300, "investors"]]],
    ["must-not: a visa class", "abused by the H-1B program", []],
    ["must-not: a jet and a road", "an F-35 jet flew over I-95 traffic", []],
    ["must: a count after a dash between words still counts", "the toll—12 people—rose", [[12, "people"]]],
    ["must: a range's numbers still count", "killed 10-12 people", [[10, null], [12, "people"]]],
  ])("%s", (_name, text, want) => {
    expect(quantities(text).map((q) => [q.value, q.counts])).toEqual(want);
  });
});

describe("quantities: bounds are marked open", () => {
  it.each([
    ["more than 20 states", true],
    ["at least two states", true],
    ["fewer than 10 states", true],
    ["over 500 troops", true],
    ["about 20 states", false],
    ["20 states", false],
    ["hundreds of fighters", false],
  ])("%s: open %s", (text, open) => {
    expect(quantities(text).map((q) => q.open)).toEqual([open]);
  });
});

describe("quantities: vague amounts are marked vague", () => {
  it.each([
    ["hundreds of fighters", true],
    ["several thousand emails", true],
    ["dozens of people", true],
    ["a dozen people", false],
    ["about 400 fighters", false],
    ["231 delegates", false],
  ])("%s: vague %s", (text, vague) => {
    expect(quantities(text).map((q) => q.vague)).toEqual([vague]);
  });
});

describe("quantities: the verb a count hangs on", () => {
  it.each([
    ["About 270 people have now been resettled in the city", "resettled"],
    ["approving about 2,880 people for resettlement", "approving"],
    ["the storm killed 30 people", "killed"],
    ["12 people fled the town", "fled"],
    ["the 75 witnesses interviewed by the committee", "interviewed"],
    ["including 30 children", null],
    ["30 people in the town", null],
    ["killed, 30 people said", null],
  ])("%s: %s", (text, action) => {
    expect(quantities(text).map((q) => q.action)).toEqual([action]);
  });
});

describe("sameAction: verbs of one act", () => {
  it.each([
    ["killed", "died", true],
    ["killed", "killing", true],
    ["arrested", "detained", true],
    ["resettled", "approving", false],
    ["killed", "wounded", false],
    ["evacuated", "rescued", false],
    [null, "approving", true],
  ] as const)("%s / %s: %s", (a, b, same) => {
    expect(sameAction(a, b)).toBe(same);
  });
});

describe("quantities: what a count counts", () => {
  it.each([
    ["two email addresses", "email addresses"],
    ["75 witness interviews", "witness interviews"],
    ["thousands of work-related emails", "work-related emails"],
    ["two police officers", "police officers"],
    ["Two emails", "emails"],
    ["12 people were killed", "people"],
    ["two email", "email"],
    ["the 30,000 Clinton's lawyers returned", null],
    ["$15 minimum wage", null],
    ["$25 million off the price", null],
    ["2,900 final interviews", "interviews"],
  ])("%s: %s", (text, counts) => {
    expect(quantities(text).map((q) => q.counts)).toEqual([counts]);
  });

  it.each([
    ["between our two countries", true],
    ["their three sons", true],
    ["the two countries", false],
  ])("%s: owned %s", (text, owned) => {
    expect(quantities(text).map((q) => q.owned)).toEqual([owned]);
  });
});
