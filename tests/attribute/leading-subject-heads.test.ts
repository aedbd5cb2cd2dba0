import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: the main clause's subject for a cue far from it (leadingSubject).
describe("the main clause's subject for a far cue", () => {
  it.each([
    [
      "must: an office's 'of' and its object stay in the description's head",
      "The port reopened.\n\nThe former secretary of state mocked Lee for calling himself the “king of the docks,” noting the cost.",
      { speaker: "The former secretary of state" },
    ],
    [
      "must: a capital and an adverb in -ly before a comma open an adverbial, not the subject",
      "The port reopened.\n\nMore importantly, three months before the vote, his campaign paid to broadcast a film called “Harbour Lights” on the radio.",
      { speaker: "his campaign" },
    ],
    [
      "must-not: a determiner after 'of' is a body's name, not the office's object ('secretary of the Navy')",
      "The port reopened.\n\nThe secretary of the harbour board mocked Lee for calling himself the “king of the docks,” noting the cost.",
      { speaker: "The secretary of the harbour board" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
