import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a noun for something said after a possessor ("his comment that “…”"). The
// possessive as written is the mention; a named subject that opens its clause is who it means.
describe("the possessor of words before a quote", () => {
  it.each([
    [
      "must: the that-clause is all in marks (no words between 'that' and the quote)",
      "The port reopened on Monday.\n\nCritics seized on Tom Reyes’s claim during the debate that “the port is finished.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must: 'his' in a clause whose named subject opens it, not the speaker quoted before",
      "The port reopened on Monday.\n\n“I am not that person,” Bram Dee said to reporters. As the debate went on and Tom Reyes stood by his comment Monday that “the port hates us,” Dee tried again.",
      { speaker: "Tom Reyes", mention: "his" },
    ],
    [
      "must: a sentence's named subject before 'was … over his statement that'",
      "The port reopened on Monday.\n\nTom Reyes was challenged over his statement on Wednesday that “the port is finished.”",
      { speaker: "Tom Reyes", mention: "his" },
    ],
    [
      "must-not: a capitalised adverb that opens the sentence is no subject ('Contrary to his claim')",
      "The port reopened on Monday.\n\nTom Reyes spoke on Friday. Contrary to his claim that people would “love the plan,” they did not.",
      { speaker: "Tom Reyes", mention: "his" },
    ],
    [
      "must-not: a pronoun subject leaves 'her' to the pronoun's reading",
      "The port reopened on Monday.\n\nAnn Lee spoke first. Even so, she came under fire over her assertion that “we are where we need to be.”",
      { speaker: "Ann Lee", mention: "her" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    // The quote after the noun for something said: the last one in the article.
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
