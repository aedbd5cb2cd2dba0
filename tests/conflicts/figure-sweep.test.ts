import { describe, expect, it } from "vitest";
import { eachCandidate, keyIndex } from "../../src/conflicts/candidates.js";
import { eachFigureCandidate, type FiledCount, type Window } from "../../src/conflicts/figure-sweep.js";
import { quantitiesAgree, type Quantity } from "../../src/conflicts/numbers.js";

/** n claims of one count each under one key, the figures given; a union-find the visits join through. */
function file(figures: readonly (readonly [number, number])[], closed: (k: number) => boolean = () => false) {
  const parent = figures.map((_, k) => k);
  const find = (v: number): number => (parent[v] === v ? v : (parent[v] = find(parent[v])));
  const counts: FiledCount[] = figures.map(([low, high], k) => ({ claim: k, node: k, low, high, closed: closed(k), keys: ["people\u0000march"] }));
  return { counts, parent, find };
}

const q = (low: number, high: number) => ({ low, high }) as Quantity;

/** The key walk over the same file: every later holder of the key, one integer step each. */
function keyWalkVisits(n: number): number {
  let visits = 0;
  const home = () => ["people\u0000march"];
  eachCandidate(keyIndex(n, home), n, home, null, 2000, () => visits++);
  return visits;
}

describe("eachFigureCandidate: a sweep over each key's counts in order of their figures", () => {
  // 200 witnesses who each count one crowd (150, 200, 250 … people): most pairs differ by more than 15%.
  const crowd = Array.from({ length: 200 }, (_, k) => [150 + 50 * k, 150 + 50 * k] as const);

  it("passes over counts a taken pair has joined: about one visit a claim where the key walk made one a pair", () => {
    const { counts, parent, find } = file(crowd);
    let visits = 0;
    eachFigureCandidate(crowd.length, counts, { meet: false, tolerance: 0.15 }, find, (i, j) => {
      visits++;
      if (!quantitiesAgree(q(...crowd[i]), q(...crowd[j]))) parent[find(j)] = find(i);
    });
    expect(keyWalkVisits(crowd.length)).toBe((200 * 199) / 2);
    expect(visits).toBeLessThan(2 * 200);
  });

  it("meets no count whose figures cannot pass the test: distinct exact counts never give the same number", () => {
    const { counts, find } = file(crowd);
    let visits = 0;
    eachFigureCandidate(crowd.length, counts, { meet: true, tolerance: 0 }, find, () => visits++);
    expect(visits).toBe(0);
  });

  // Pairs visited whose figures fail: only those on the window's very edge, where the rounding
  // margin lets a pair through for the check's own test to decide ([85, 100] meets 100 at 100).
  it.each([
    ["meet at 15%", { meet: true, tolerance: 0.15 }, []],
    ["meet at 0", { meet: true, tolerance: 0 }, []],
    ["differ at 15%", { meet: false, tolerance: 0.15 }, []],
    ["differ at 0", { meet: false, tolerance: 0 }, ["0-2"]],
  ] as const)("visits every pair whose figures pass (%s), with nothing joined, and others only on the edge", (_name, window: Window, edge) => {
    // Exact counts, ranges, bounds that reach to zero, and figures 15% apart on the dot (100 and 115, 85 and 100).
    const figures = [[100, 100], [115, 115], [85, 100], [0, 10], [3, 30], [200, 999], [1000, 1000], [12, 12], [14, 14], [0.5, 0.5], [1e15, 1e15], [1.15e15, 1.15e15]] as const;
    const { counts } = file(figures);
    const seen: string[] = [];
    // Nothing ever joins (a find that keeps every count alone), so the visits are the pairs the window lets through.
    eachFigureCandidate(figures.length, counts, window, (v) => v, (i, j) => seen.push(`${i}-${j}`));
    const want: string[] = [];
    for (let i = 0; i < figures.length; i++)
      for (let j = i + 1; j < figures.length; j++) if (quantitiesAgree(q(figures[i][0], figures[i][1]), q(figures[j][0], figures[j][1]), window.tolerance) === window.meet) want.push(`${i}-${j}`);
    expect(want.filter((p) => !seen.includes(p))).toEqual([]);
    expect(seen.filter((p) => !want.includes(p))).toEqual(edge);
  });

  it.each([
    ["must-not: two closed counts (two speakers' own)", [true, true], []],
    ["must: a closed count and an open one", [true, false], ["0-1"]],
    ["must: two open counts", [false, false], ["0-1"]],
  ] as const)("%s", (_name, closed, want) => {
    const { counts } = file([[12, 12], [30, 30]], (k) => closed[k]);
    const seen: string[] = [];
    eachFigureCandidate(2, counts, null, (v) => v, (i, j) => seen.push(`${i}-${j}`));
    expect(seen).toEqual(want);
  });
});
