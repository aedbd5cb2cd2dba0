import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: “…,” came shouts from the crowd — the voices' source is the crowd, or no one
// when they come from a place; either way not the speaker of a quote beside them.
describe("attribution: “…,” came shouts from …", () => {
  it.each([
    [
      "must: the crowd the shouts came from, not the aide quoted after",
      "The chairman called a voice vote.\n\n“Count the votes,” came shouts from the crowd, as the hall booed. (“I want no fights,” said one aide.)",
      "Count the votes,",
      { speaker: "the crowd", ruleId: "attribution/came-voices-from" },
    ],
    [
      "must: from a place, no speaker (not the aide quoted after)",
      "The chairman called a voice vote.\n\n“Count the votes,” came shouts from the back of the hall. “I want no fights,” said Ada Lind.",
      "Count the votes,",
      { speaker: null, ruleId: "attribution/came-voices" },
    ],
    [
      "must-not: 'came' with no voices stays the narration's",
      "The chairman called a voice vote.\n\n“Count the votes,” Ada Lind said as the night came.",
      "Count the votes,",
      { speaker: "Ada Lind" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
