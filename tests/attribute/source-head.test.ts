import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: where the head of a described source ends. An -ing word right after a
// determiner is an adjective or a noun ("a publishing executive", "the planning"), not a participle
// that closes the head; a participle after a noun still does ("A man living nearby").
describe("the head of a described source", () => {
  it.each([
    ["must: an -ing adjective after 'a'", "But the board declined the offer, according to a publishing executive familiar with the talks.", { speaker: "a publishing executive familiar with the talks" }],
    ["must: an -ing noun after 'the'", "A person familiar with the planning for the vote says the count will be slow.", { speaker: "A person familiar with the planning for the vote" }],
    ["must: an -ing word before a number", "A staggering 56 percent of voters said they disliked both.", { speaker: "A staggering 56 percent of voters" }],
    ["must-not: a participle after the noun closes the head", "A man living nearby said the fire started at noon.", { speaker: "A man", mention: "A man living nearby" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "indirect")[0]).toMatchObject(want);
  });
});
