import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a quote that is the words of chants, cries or calls that meet the subject
// ("to chants of", "amid cries of", "there were calls of") is nobody named; the one who speaks
// beside it did not chant it.
describe("attribution: to chants of “…”", () => {
  it.each([
    [
      "must: the speaker of the cue after the chant did not chant it",
      "The vote was close.\n\nWalking into the hall to chants of “Ada! Ada!,” the mayor said the count was “very tight.”",
      "Ada! Ada!,",
      { speaker: null, ruleId: "attribution/voices-of" },
    ],
    [
      "must: the second quote of a list of calls is nobody's either",
      "The vote was close.\n\nThere were calls of “Save the pier” and “Love you, Ada” as she passed. A nurse said, “She is great.”",
      "Love you, Ada",
      { speaker: null, ruleId: "attribution/voices-of" },
    ],
    [
      "must-not: the chanting subject's own voices stay its words",
      "The vote was close.\n\nHer supporters responded with chants of “Save the pier!”",
      "Save the pier!",
      { speaker: "Her supporters" },
    ],
    [
      "must-not: chants a person was greeted with are left to the other rows",
      "The vote was close.\n\nThe mayor, who was greeted with chants of “Ada!,” said, “We will win.”",
      "We will win.",
      { speaker: "The mayor" },
    ],
    [
      "must-not: the quote after the chant keeps its own speaker",
      "The vote was close.\n\nWalking into the hall to chants of “Ada! Ada!,” the mayor said the count was “very tight.”",
      "very tight.",
      { speaker: "the mayor" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
