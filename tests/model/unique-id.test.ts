import { describe, expect, it } from "vitest";
import { uniqueIds } from "../../src/model/index.js";

describe("uniqueIds", () => {
  it.each([
    ["first use keeps the base", [["a"]], ["a"]],
    ["repeats are numbered from 2", [["a"], ["a"], ["a"]], ["a", "a-2", "a-3"]],
    ["bases are counted apart", [["a"], ["b"], ["a"], ["b"]], ["a", "b", "a-2", "b-2"]],
    ["a base that is another's numbered id is skipped over", [["a-2"], ["a"], ["a"], ["a"]], ["a-2", "a", "a-3", "a-4"]],
    ["a first choice other than the base, then the base's numbers", [["s"], ["s", "s@x"], ["s", "s@x"]], ["s", "s@x", "s-2"]],
  ] as const)("%s", (_why, takes, want) => {
    const ids = uniqueIds();
    expect(takes.map(([base, first]) => ids.take(base, first))).toEqual(want);
  });

  it("has() sees every id taken", () => {
    const ids = uniqueIds();
    ids.take("a");
    ids.take("a");
    expect([ids.has("a"), ids.has("a-2"), ids.has("a-3")]).toEqual([true, true, false]);
  });

  it("20,000 repeats of one base are all distinct and in order", () => {
    const ids = uniqueIds();
    const got = Array.from({ length: 20_000 }, () => ids.take("vote"));
    expect(new Set(got).size).toBe(20_000);
    expect(got.slice(0, 3)).toEqual(["vote", "vote-2", "vote-3"]);
    expect(got[19_999]).toBe("vote-20000");
  });
});
