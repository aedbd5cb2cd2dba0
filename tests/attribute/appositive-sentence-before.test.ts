import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a sentence that is only its cue ("X, the spokeswoman, said in a statement.")
// and then a quote with no cue of its own: the name with the appositive is the quote's speaker.
describe("attribution: name, appositive, bare cue. “…”", () => {
  it.each([
    [
      "must: the appositive between commas",
      "The vote was close.\n\nAda Lind, the spokeswoman for the port authority, said in a statement. “There are no ballots to count.”",
      { speaker: "Ada Lind", ruleId: "attribution/sentence-before" },
    ],
    [
      "must: the appositive between commas, the verb alone",
      "The vote was close.\n\nAda Lind, the spokeswoman for the port authority, said. “There are no ballots to count.”",
      { speaker: "Ada Lind", ruleId: "attribution/sentence-before" },
    ],
    [
      "must: the appositive's closing comma left out",
      "The vote was close.\n\nAda Lind, the spokeswoman for the port authority said in a statement. “There are no ballots to count.”",
      { speaker: "Ada Lind", ruleId: "attribution/sentence-before" },
    ],
    [
      "must-not: an adverb before the comma is no name",
      "The vote was close.\n\nSadly, the spokeswoman for the port authority said in a statement. “There are no ballots to count.”",
      { speaker: null },
    ],
    [
      "must-not: a day before the comma is no name",
      "The vote was close.\n\nMonday, the spokeswoman for the port authority said in a statement. “There are no ballots to count.”",
      { speaker: null },
    ],
    [
      "must-not (as before): with no appositive the name was already the speaker",
      "The vote was close.\n\nAda Lind said in a statement. “There are no ballots to count.”",
      { speaker: "Ada Lind", ruleId: "attribution/sentence-before" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).find((q) => q.text === "There are no ballots to count.")).toMatchObject(want);
  });
});
