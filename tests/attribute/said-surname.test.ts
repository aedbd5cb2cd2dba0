import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import { isSaidSurname } from "../../src/attribute/lexicon.js";
import { quotesOf } from "./quotes-of.js";

// "Said" is no name part alone (NOT_NAMES: "Clinton said"), but after a given name or an initial,
// capitalised, it is the surname ("Edward Said").
describe("Said as a surname", () => {
  it.each([
    ["Edward", "Said", true],
    ["W.", "Said", true],
    ["Khaled", "Said", true],
    ["Edward", "said", false],
    ["Clinton", "Said", false],
    ["The", "Said", false],
  ] as [string, string, boolean][])("%s %s -> %s", (prev, word, want) => {
    expect(isSaidSurname(prev, word)).toBe(want);
  });

  it.each([
    ["must: a given name and Said before an appositive", "The debate went on.\n\nEdward Said, the critic, wrote about it.", ["Edward Said"]],
    ["must: an initial before Said, and a possessive", "The debate went on.\n\nEdward W. Said's book sold well.", ["Edward W. Said"]],
    ["must-not: the verb after a surname", "The debate went on.\n\nHillary Clinton spoke. Clinton said the port was closed.", ["Hillary Clinton"]],
    ["must-not: a headline's verb in title case after a given name", "What Hillary Said\n\nThe debate went on. Hillary Clinton spoke.", ["Hillary Clinton"]],
  ] as [string, string, string[]][])("%s", (_name, text, want) => {
    expect(Registry.fromText(text).people().map((p) => p.name)).toEqual(want);
  });

  it("must: the surname alone later is the person named in full", () => {
    const text = "The debate went on.\n\nEdward Said, the critic, wrote about it. Later Said added, “It persists.”";
    expect(quotesOf(text, "direct").at(-1)).toMatchObject({ speaker: "Edward Said", mention: "Said" });
  });

  // The cue finder reads the speaker before or after its verb as a mention: "Said" as that mention's
  // last word after a given name or an initial is the surname there too, not a second verb.
  it.each([
    ["must: the name before the verb and a comma", "The debate went on.\n\nEdward Said wrote, “Every empire tells itself it is not like the others.”", "Edward Said"],
    ["must: the name after the quote, before the verb", "The debate went on.\n\n“Every empire is alike,” Edward Said wrote.", "Edward Said"],
    ["must: the verb before the name", "The debate went on.\n\n“Every empire is alike,” wrote Edward W. Said.", "Edward W. Said"],
    ["must-not: a surname and the verb", "The debate went on.\n\nHillary Clinton spoke. “Every empire is alike,” Clinton said.", "Hillary Clinton"],
  ] as [string, string, string][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject({ speaker: want });
  });
});
