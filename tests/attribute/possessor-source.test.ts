import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a source written as "X’s statement", "his assumption" is X's words.
describe("the possessor of a noun for something said is the source", () => {
  it.each([
    ["must: an organisation's statement", "The Lind campaign’s statement then declares “the matter is now closed.”", { speaker: "Lind campaign", mention: "The Lind campaign’s" }],
    ["must: a name's language", "Tom Reyes spoke on Monday. But Tom Reyes’s language in the letter makes clear that he is only “being polite to the board for now.”", { speaker: "Tom Reyes", mention: "Tom Reyes’s" }],
    ["must: a possessive pronoun", "Tom Reyes spoke on Monday. His assumption, stated on live TV, was that “voters will learn.”", { speaker: "Tom Reyes", mention: "His" }],
    ["must-not: a document keeps its own name", "The inspector general’s report said the port was “badly run.”", { mention: "The inspector general’s report" }],
    ["must-not: a possessor inside a longer noun phrase", "A friend familiar with Tom Reyes’s views said the port was “badly run.”", { mention: "A friend familiar with Tom Reyes’s views" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
