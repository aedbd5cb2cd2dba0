import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a speech verb after a quote that ends its sentence, when it takes a that-clause
// of its own ("She replied to him that …"), reports that clause, so it does not credit the quote.
describe("attribution: a later verb with its own that-clause does not take the quote", () => {
  it.each([
    [
      "must: the quote goes on with the quote beside it, not with the reply's 'She'",
      "In June, after Lind fell ill, Tom Reyes wrote to her, calling her “Ada” and telling her, “you are a star and we need you for the long run!” She replied to him that it was an honor.",
      "you are a star and we need you for the long run!",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: with no that-clause the verb after the quote still credits it",
      "The pier reopened on Monday. Tom Reyes watched. “Too slow?” Ada Lind wrote when the first boat came in.",
      "Too slow?",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: inside the sentence, the later verb with a that-clause is still the quote's cue",
      "The vote was close.\n\nAcknowledging that Reyes “says a lot of odd things,” though, Ada Lind did suggest that the harbor plan was sound.",
      "says a lot of odd things,",
      { speaker: "Ada Lind" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
