import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: an aside between dashes. Plain-text copies write the dash as a hyphen standing
// alone (" - ") or doubled (" -- "); both are read as "—" is.
describe("asides between dashes", () => {
  it.each([
    [
      "must: a time aside between spaced hyphens before the subject is no subject",
      "The port was closed.\n\nIn May 2013 - four months after Ada Lind left office - the harbour board told the paper that “no records were located.”",
      { speaker: "harbour board" },
    ],
    [
      "must: a clause aside between doubled hyphens leaves the subject before it",
      "The port was closed.\n\nHarbour spokesman Tom Reyes -- as Lind's office noted this week -- even mocked the board for “sleeping through the flood.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must: a name in an aside between doubled hyphens after a description is the speaker",
      "The port was closed.\n\nA former harbour master -- Tom Reyes, who retired in 2010 -- said the board “offered no changes at all.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must: the same with em dashes",
      "The port was closed.\n\nHarbour spokesman Tom Reyes — as Lind's office noted this week — even mocked the board for “sleeping through the flood.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: a hyphen inside a word is no dash ('Texas-based')",
      "The port was closed.\n\nThe Texas-based harbour board told the paper that “no records were located.”",
      { mention: "The Texas-based harbour board" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
