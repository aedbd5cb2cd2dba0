import { describe, expect, it } from "vitest";
import { isLyAdverb } from "../../src/attribute/lexicon.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// A word in -ly before a verb is stepped over as an adverb ("Lee quickly said"); a noun in -ly is
// the subject's head and stays ("Lind's family said" is the family's words, not Lind's).
describe("nouns and verbs in -ly are no adverbs", () => {
  it.each([
    ["quickly", true],
    ["only", true],
    ["repeatedly", true],
    ["family", false],
    ["ally", false],
    ["rally", false],
    ["reply", false],
    ["supply", false],
  ] as [string, boolean][])("%s -> adverb %s", (word, adverb) => {
    expect(isLyAdverb(word)).toBe(adverb);
  });

  it.each([
    [
      "must: a possessor's family speaks, not the possessor",
      "Ada Lind was hurt on Monday.\n\nLind's family said the videos were “inconclusive” on Tuesday.",
      { speaker: "Lind's family" },
    ],
    [
      "must: an ally speaks, not the one it is the ally of",
      "Ada Lind was hurt on Monday.\n\nA Lind ally said the videos were “inconclusive” on Tuesday.",
      { mention: "A Lind ally" },
    ],
    [
      "must-not: an adverb in -ly between a name and its verb is still stepped over",
      "Ada Lind was hurt on Monday.\n\nLind's lawyer, Tom Reyes, quickly said the videos were “inconclusive” on Tuesday.",
      { speaker: "Tom Reyes" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
