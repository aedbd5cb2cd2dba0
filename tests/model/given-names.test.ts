import { describe, expect, it } from "vitest";
import { FIRST_NAME_GENDER } from "../../src/model/given-names.js";
import { FIRST_NAME_GENDER as ATTRIBUTION_NAMES } from "../../src/attribute/lexicon.js";

describe("model/given-names: the given names' genders attribution and conflicts share", () => {
  it.each([
    ["must: a man's given name", "john", "m"],
    ["must: a woman's given name", "hillary", "f"],
    ["must: an Arabic transliteration", "fatima", "f"],
    ["must-not: a surname is no given name", "clinton", undefined],
    ["must-not: a capitalised key is not read (keys are lower case)", "John", undefined],
  ])("%s", (_n, word, gender) => {
    expect(FIRST_NAME_GENDER.get(word)).toBe(gender);
  });
  it("attribution reads the same map (one list, not a copy)", () => {
    expect(ATTRIBUTION_NAMES).toBe(FIRST_NAME_GENDER);
  });
});
