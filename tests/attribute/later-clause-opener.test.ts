import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { isVerbAt } from "../../src/attribute/mention.js";
import { tokenize } from "../../src/attribute/tokens.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a quoted chant in a later ", and" clause whose subject is a gathering, after a
// short time phrase ("at one point") and with a manner adverb before its verb.
describe("a later coordinate clause's subject after a time phrase", () => {
  it.each([
    [
      "must: ', and at one point the crowd loudly reprised the chant “…”'",
      "Boos rained down when Tom Reyes mentioned the mayor, and at one point the crowd loudly reprised the caustic chant “Lock her up!” that filled the hall.",
      { speaker: "the crowd" },
    ],
    [
      "must: a person noun after the time phrase",
      "Tom Reyes spoke, and at one point the mayor reprised the chant “Lock her up!” that filled the hall.",
      { speaker: "the mayor" },
    ],
    [
      "must-not: a time phrase with a comma and no subject after it",
      "Tom Reyes spoke to the hall, and at one point, repeated the chant “Lock her up!” twice.",
      { speaker: "Tom Reyes" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// isVerbAt: a manner adverb between a determiner and person or gathering noun and a past form with
// a determiner after it is the clause's verb group.
describe("isVerbAt after a noun and a manner adverb", () => {
  it.each([
    ["must", "the crowd loudly reprised the chant", "reprised", true],
    ["must", "the mayor sharply rejected the plan", "rejected", true],
    ["must-not: an adjectival participle in a noun phrase", "the newly elected mayor", "elected", false],
    ["must-not: no determiner before the noun", "crowd loudly reprised the chant", "reprised", false],
    ["must-not: no determiner after the verb", "the crowd loudly cheered Lee", "cheered", false],
  ] as [string, string, string, boolean][])("%s: %s", (_name, text, word, want) => {
    const toks = tokenize(text, { start: 0, end: text.length });
    expect(isVerbAt(toks, toks.findIndex((t) => t.lower === word))).toBe(want);
  });
});
