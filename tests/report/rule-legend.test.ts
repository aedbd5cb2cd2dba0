import { describe, expect, it } from "vitest";
import { reasonBeyond, ruleLegend } from "../../src/report/rule-legend.js";

const q = (ruleId: string, reason: string) => ({ ruleId, reason });

describe("ruleLegend: a rule's description is the opening most of its reasons share", () => {
  it.each([
    ["two reasons open alike", [q("r/a", "says X; surname -> Lee"), q("r/a", "says X; named in full")], [["r/a", "says X"]]],
    ["a whole reason counts as its opening", [q("r/a", "says X"), q("r/a", "says X; surname -> Lee")], [["r/a", "says X"]]],
    ["the most common opening wins", [q("r/a", "one; x"), q("r/a", "two; y"), q("r/a", "two; z"), q("r/a", "one")], [["r/a", "one"]]],
    ["a tie goes to the opening first in code-point order", [q("r/a", "b; x"), q("r/a", "b; y"), q("r/a", "a; x"), q("r/a", "a; y")], [["r/a", "a"]]],
    ["rules apart, in id order", [q("r/b", "bee"), q("r/b", "bee"), q("r/a", "ay; 1"), q("r/a", "ay; 2")], [["r/a", "ay"], ["r/b", "bee"]]],
  ])("must: %s", (_, quotes, want) => {
    expect([...ruleLegend(quotes)]).toEqual(want);
  });
  it.each([
    ["a rule with one quote", [q("r/a", "says X; surname -> Lee")]],
    ["a rule whose reasons all open otherwise", [q("r/a", "one; x"), q("r/a", "two; x"), q("r/a", "three")]],
    ["an empty opening", [q("r/a", "; x"), q("r/a", "; y")]],
    ["no quotes", []],
  ])("must not: %s", (_, quotes) => {
    expect(ruleLegend(quotes).size).toBe(0);
  });
});

describe("reasonBeyond: what a quote's reason adds to its rule's description", () => {
  const legend = new Map([["r/a", "says X"]]);
  it.each([
    ["the description and more", "r/a", "says X; surname -> Lee", "surname -> Lee"],
    ["the description alone", "r/a", "says X", ""],
    ["an opening of its own stays whole", "r/a", "says Y; surname -> Lee", "says Y; surname -> Lee"],
    ["a longer first clause is not the description", "r/a", "says X and Y; more", "says X and Y; more"],
    ["a rule with no description", "r/b", "says X; more", "says X; more"],
  ])("%s", (_, rule, reason, want) => {
    expect(reasonBeyond(legend, rule, reason)).toBe(want);
  });
});
