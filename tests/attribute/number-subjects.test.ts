import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a year or a count left alone before a cue ("in a March 19, 2011 note
// bearing …", "on April 18, 1977, declaring …") is a date, never the quote's speaker.
describe("a number alone is no subject", () => {
  it.each([
    [
      "must: the date's year after its comma is passed over for the sentence's subject",
      "The port reopened on Monday.\n\nAnn Lee wrote to the board in a March 19, 2011 note bearing the subject line “bravo!” and sent it two days later.",
      { speaker: "Ann Lee" },
    ],
    [
      "must-not: a year before a participle's comma (no confident name: the subject is not read)",
      "The port reopened on Monday.\n\nI remember Mayor Tom Reyes going on TV on April 18, 1977, declaring a “war on rust” against the old docks.",
      { speaker: null },
    ],
    [
      "must: a count with its noun still speaks ('500 dockers')",
      "The port reopened on Monday.\n\nAbout 500 dockers chanted “Open the gates” outside the hall.",
      { mention: "About 500 dockers" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
