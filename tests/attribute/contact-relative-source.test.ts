import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a quoted phrase inside a relative clause without "that" ("an incident Tom Reyes
// brought up as “…”"): the clause's own subject, the name, uses the words, not the sentence's subject.
describe("attribution: the subject of a contact relative clause that holds the quote", () => {
  it.each([
    [
      "must: a phrasal verb and 'as' after it",
      "The pier closed in May.\n\nAda Lind took over the inquiry into the fire at the pier, an incident Tom Reyes brought up as “very fishy” in an interview on Monday.",
      { speaker: "Tom Reyes", ruleId: "attribution/sentence-subject" },
    ],
    [
      "must-not: the clause ends at its verb, the quote is the main verb's",
      "The pier closed in May.\n\nAda Lind likened the man Tom Reyes hired to “a fox in the henhouse.”",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: a relative pronoun's clause is read as before",
      "The pier closed in May.\n\nAda Lind took over the inquiry into the fire, which she described as “very fishy” in an interview.",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: no clause of its own, the sentence's subject",
      "The pier closed in May.\n\nAda Lind blasted the plan as “very fishy” in an interview.",
      { speaker: "Ada Lind" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
