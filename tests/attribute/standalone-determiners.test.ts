import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: "both", "another", "others" standing alone as a subject end it at the verb
// after them, when an object's determiner or number follows the verb; the subject is the speaker,
// never the stretch that runs on through the verb and its object.
describe("attribution: a determiner standing alone as the subject", () => {
  it.each([
    [
      "must: a present verb after 'both' and an article",
      "Ada Lind and Tom Reyes agree on the pier. On the budget, both oppose a new tax called the “harbour levy” that would fund it.",
      "harbour levy",
      { mention: "both" },
    ],
    [
      "must: a past form after 'Another' and a number",
      "One flyer showed the pier. Another featured three old photos telling “the story of the harbour.”",
      "the story of the harbour.",
      { mention: "Another" },
    ],
    [
      "must: a past form after 'Most' and an article",
      "Some voters stayed home. Most blamed the mayor for “breaking every promise he made to the harbour.”",
      "breaking every promise he made to the harbour.",
      { mention: "Most" },
    ],
    [
      "must-not: a participle before a noun stays inside the subject",
      "Two speakers spoke first. Another featured speaker said, “We will rebuild the pier.”",
      "We will rebuild the pier.",
      { mention: "Another featured speaker" },
    ],
    [
      "must-not: a determiner inside the stretch, not opening it, makes no subject of its own",
      "The council met. The mayor and both aides opposed a new tax called the “harbour levy” on Monday.",
      "harbour levy",
      { mention: "The mayor and both aides" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
