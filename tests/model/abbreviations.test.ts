import { describe, expect, it } from "vitest";
import { abbreviationBefore, isAbbreviation, isStateAbbreviation, TITLE_ABBREVIATIONS } from "../../src/model/abbreviations.js";

describe("isAbbreviation", () => {
  it.each([
    ["Mr", true],
    ["Sen", true],
    ["Feb", true],
    ["Inc", true],
    ["U.S", true],
    ["No", true], // "No. 2"
    ["vs", true],
    ["e.g", true],
    ["no", false], // "the answer was no."
    ["co", false],
    ["Calif", true], // a state after its town
    ["ill", false],
    ["said", false],
    ["", false],
  ])("%s -> %s", (word, expected) => {
    expect(isAbbreviation(word)).toBe(expected);
  });

  it("tells states apart, for readers that end a sentence at a state's stop before a capital", () => {
    expect(isStateAbbreviation("calif")).toBe(true);
    expect(isStateAbbreviation("sen")).toBe(false);
  });

  it("titles are abbreviations", () => {
    for (const t of TITLE_ABBREVIATIONS) expect(isAbbreviation(t[0]!.toUpperCase() + t.slice(1))).toBe(true);
  });
});

describe("abbreviationBefore", () => {
  const at = (text: string): boolean => abbreviationBefore(text, text.lastIndexOf("."));
  it.each([
    ["He met Mr.", true],
    ["On Feb.", true],
    ["officials of the U.S.", true],
    ["Harry M.", true],
    ["George H.W.", true],
    ["Élodie É.", true], // a non-ASCII initial
    ["and then he ate a Taco.", false], // "Co" inside a word
    ["he said no.", false],
    ["in Springfield, Ill.", true],
    ["It ended.", false],
    ["Watch the Supercalifragilistic.", false],
  ])("%s -> %s", (text, expected) => {
    expect(at(text)).toBe(expected);
  });
});

describe("abbreviationBefore with a floor", () => {
  it("reads no further back than the caller's stretch", () => {
    // "Xco." has no abbreviation; from offset 1 on, the stretch reads "co." and "Co." would be one.
    expect(abbreviationBefore("XCo.", 3)).toBe(false);
    expect(abbreviationBefore("XCo.", 3, 1)).toBe(true);
  });
});

