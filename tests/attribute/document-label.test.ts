import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a record's noun before a colon with no determiner ("Transcript as follows:",
// "Full text:") labels the words of the speaker named before; it speaks no words itself.
describe("attribution: a transcript label before a colon is no speaker", () => {
  it.each([
    [
      "must: 'Transcript as follows:' goes on with the speaker named before",
      "On Tuesday Mayor Ada Lind said, “We will rebuild the pier.”\n\nTranscript as follows:\n\n“Tonight we came home to the harbor, and people cheered.\n\n“We are up many jobs.”",
      "Tonight we came home to the harbor, and people cheered.",
      { speaker: "Ada Lind" },
    ],
    [
      "must: 'Full text:' likewise",
      "On Tuesday Mayor Ada Lind said, “We will rebuild the pier.”\n\nFull text:\n\n“Tonight we came home to the harbor, and people cheered.”",
      "Tonight we came home to the harbor, and people cheered.",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: a document with its determiner still speaks ('The memo says:')",
      "The harbor board met on Monday.\n\nThe memo says:\n\n“All boats must leave the pier by June.”",
      "All boats must leave the pier by June.",
      { mention: "The memo" },
    ],
    [
      "must-not: a person before the colon still speaks",
      "The harbor board met on Monday.\n\nAda Lind told the board:\n\n“All boats must leave the pier by June.”",
      "All boats must leave the pier by June.",
      { speaker: "Ada Lind" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
