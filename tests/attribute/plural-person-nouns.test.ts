import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a plural person noun after a capitalised modifier ("Latin American artists",
// "Mexican writers") is the subject's head, not a verb in -s that ends the subject before it.
describe("attribution: plural person nouns after a capitalised modifier", () => {
  it.each([
    [
      "must: 'artists' after a demonym heads the subject",
      "The mayor spoke on Monday. A group of 67 Latin American artists this week published an open letter about the “hateful discourse of the mayor” and left.",
      "hateful discourse of the mayor",
      { speaker: "A group of 67 Latin American artists" },
    ],
    [
      "must: 'writers' too",
      "The mayor spoke on Monday. Several Mexican writers published an open letter about the “hateful discourse of the mayor” and left.",
      "hateful discourse of the mayor",
      { speaker: "Several Mexican writers" },
    ],
    [
      "must: a list of person nouns after the head goes on with the subject",
      "The mayor spoke on Monday. A group of 67 Latin American artists, writers, actors and scientists this week published an open letter about the “hateful discourse of the mayor” and left.",
      "hateful discourse of the mayor",
      { speaker: "A group of 67 Latin American artists, writers, actors and scientists" },
    ],
    [
      "must: a list that opens the sentence",
      "The mayor spoke on Monday. Artists, writers and scientists signed an open letter about the “hateful discourse of the mayor” and left.",
      "hateful discourse of the mayor",
      { speaker: "Artists, writers and scientists" },
    ],
    [
      "must-not: an appositive after a person noun is no list",
      "The mayor spoke on Monday. The organizers, a group from Oakdale, published an open letter about the “hateful discourse of the mayor” and left.",
      "hateful discourse of the mayor",
      { mention: "The organizers, a group from Oakdale" },
    ],
    [
      "must-not: a verb in -s after a name still ends the subject",
      "The mayor spoke on Monday. Ada Lind writes that the plan is “hateful to the harbour” and left.",
      "hateful to the harbour",
      { speaker: "Ada Lind" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});

// Made-up paragraph: after a quote inside a sentence ("the “big four” negotiators, along with …")
// the words that go on in lower case are no sentence of their own, so no subject of theirs speaks
// the next quote; the speaker of the quotes beside it does.
describe("attribution: no sentence starts in lower case after a quote", () => {
  it.each([
    [
      "must: the quote after the sentence keeps the paragraph's speaker",
      "Congress acted.\n\n“A lot of people were upset with the idea,” said former Rep. Ada Lind (D-Calif.), one of the original “big four” negotiators, along with retired Rep. Tom Reyes (R-Ohio), retired Sen. Bo Chen (R-N.H.) and the late Sen. Al Dunn (D-Mass.). “They said, ‘Wait, that’s our job.’”",
      "They said, ‘Wait, that’s our job.’",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: lower case after a quote that ends on a comma is its attribution, whose subject speaks on",
      "The mayor spoke first.\n\nTom Reyes said the pier was lost: “The pier is gone,” he claimed.\n“The pier will always be the pier,” an angry Ada Lind retaliated. “It never gives up, because it still bears the town's hopes.”",
      "It never gives up, because it still bears the town's hopes.",
      { mention: "an angry Ada Lind" },
    ],
    [
      "must-not: a sentence of its own after the quote still gives its subject",
      "The hall went quiet. Ada Lind called it “a disgrace.” The mayor turned to the board. “Why did you sell the pier?”",
      "Why did you sell the pier?",
      { speaker: "The mayor" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
