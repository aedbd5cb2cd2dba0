import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a person named in a "With X," opener is what the sentence is about; a later
// "he" may mean them though they are no subject.
describe("a 'With X,' opener as a pronoun's antecedent", () => {
  it.each([
    [
      "must: 'he' after a 'With X,' opener with no named subject means X, not the speaker before",
      "The harbour band played.\n\nIn his old song, Tom Reyes sings, “Don’t go changing.” With mayor Ada Lind, there is not much chance of that. Just ask her. “You think I will change?” she said.",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: a subject after the opener's comma is nearer and stays the antecedent",
      "The harbour band played.\n\nAda Lind spoke first. With Tom Reyes on the stage, Ada Lind waved. “You think I will change?” she said.",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: 'With' inside a sentence opens no topic",
      "The harbour band played.\n\nAda Lind spoke first. She came with Tom Reyes, the singer. “You think I will change?” she said.",
      { speaker: "Ada Lind" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
