import { describe, expect, it } from "vitest";
import { isAcronym } from "../../src/align/names.js";

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
