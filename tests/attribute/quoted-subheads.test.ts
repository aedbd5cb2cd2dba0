import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a subheading that is only a quote from the body below it. It has no cue of its
// own; the body's quote of the same words with a cue says whose they are, not the paragraph before.
describe("a quote that is its paragraph alone and is quoted again with a cue", () => {
  it.each([
    [
      // (Three words in double marks: a subheading of four or more that the body quotes again is a pull
      // quote, which extract keeps apart and no one is credited with, and so is one of two or more in
      // single marks in a story that quotes in double ones: tests/extract/pull-quote.test.ts.)
      "must: the subheading takes the speaker of the same words below",
      "The port reopened.\n\n“It was a long winter,” Ann Lee said.\n\n“Ships are back!”\n\nThe first ship came on Monday. “Ships are back!” said Tom Reyes, the harbour master.",
      { speaker: "Tom Reyes", ruleId: "attribution/repeated-quote" },
    ],
    [
      "must-not: a quote paragraph with narration after it keeps the paragraph before's speaker",
      "The port reopened.\n\n“It was a long winter,” Ann Lee said.\n\n“Ships are coming back!” The first ship came on Monday.\n\nLater, “Ships are coming back!” said Tom Reyes, the harbour master.",
      { speaker: "Ann Lee" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    // The subheading's quote: the second in the article.
    expect(direct(text)[1]).toMatchObject(want);
  });
});
