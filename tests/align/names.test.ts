import { describe, expect, it } from "vitest";
import { isAcronym, withoutRunOn } from "../../src/align/names.js";

// One test for a body's short name, read by the speaker typing (not-person) and the join of an
// acronym to the long name it spells (speakers) alike.
describe("isAcronym", () => {
  it.each([
    ["must: a body's initials", "CREW", true],
    ["must: two letters", "UN", true],
    ["must: a capital with an accent", "ÖVP", true],
    ["must: a station's call sign", "KXAB-TV", true],
    ["must: spaces around it", " NATO ", true],
    ["must not: a post is one person", "VP", false],
    ["must not: a post is one person", "CEO", false],
    ["must not: one capital", "I", false],
    ["must not: seven capitals", "ABCDEFG", false],
    ["must not: a name in mixed case", "Nato", false],
    ["must not: two words", "AP AFP", false],
  ])("%s: %j is %j", (_why, name, expected) => {
    expect(isAcronym(name)).toBe(expected);
  });
});

describe("withoutRunOn: a word a credit ran on into after a name", () => {
  it.each([
    ["must: an adverb after a name", "Wells Fargo just", "Wells Fargo"],
    ["must: a quantifier after a name", "Los Angeles Times each", "Los Angeles Times"],
    ["must: itself after a name", "Ford itself", "Ford"],
    ["must-not: a lower-case description", "the bank just", "the bank just"],
    ["must-not: a name alone", "Wells Fargo", "Wells Fargo"],
  ])("%s: %s", (_n, name, want) => {
    expect(withoutRunOn(name)).toBe(want);
  });
});
