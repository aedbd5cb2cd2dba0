import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/attribute/index.js";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const reported = (text: string): Quote[] => quotesOf(text, "indirect");

// Made-up articles: a sentence that opens with "The", a person's name and a body's noun ("The Reyes
// administration's plan …", "The Lind campaign released …") is about the body, not the person: a
// later "he" or "she" goes past it to the person the story is about. A headline is no narration: the
// words on its line are no one a pronoun in the story means.
describe("a name that modifies a body's noun is no pronoun's antecedent", () => {
  it.each([
    [
      "must: 'The Reyes administration’s …' is not the 'she' of its own sentence",
      "Port plan stalls.\n\nPresident Zoran Reyes signed the plan in May.\n\n“We need more time,” said Sen. Ana Ruiz, who leads the talks.\n\nThe Reyes administration’s waiver plan has led to doubt in many towns, including Ruiz’s home town of Easton, she said.",
      "Ana Ruiz",
    ],
    [
      "must: 'The Lind campaign released …' is not the 'he' of the next sentence",
      "Port plan stalls.\n\nMayor Tom Reyes spoke on Monday about Zoran Lind.\n\nThe Lind campaign released a memo on Tuesday. He said the memo was wrong.",
      "Tom Reyes",
    ],
    [
      "must-not: 'The Reyes plan' (no body's noun) leaves the name as it was",
      "Port plan stalls.\n\nMayor Zoran Reyes spoke on Monday.\n\nThe Reyes plan drew fire on Tuesday. He said the plan was fair.",
      "Zoran Reyes",
    ],
  ] as const)("%s", (_name, text, speaker) => {
    expect(reported(text).at(-1)?.speaker).toBe(speaker);
  });
});

describe("a headline's words are no pronoun's antecedent", () => {
  it.each([
    [
      "must: a headline's capitals ('Reyes Backer Shouts …') are not the story's 'she'",
      "Reyes Backer Shouts 1 Rude Word At Rally\n\n“He truly cares about the people,” she said.",
      { speaker: null },
    ],
    [
      "must-not: a subject in the story's first paragraph still is",
      "Reyes Backer Shouts 1 Rude Word At Rally\n\nMary Lind spoke on Monday. “He truly cares about the people,” she said.",
      { speaker: "Mary Lind" },
    ],
  ] as const)("%s", (_name, text, want) => {
    // (The headline as ingest reads it: the article's title, its first line.)
    const a = { ...articleFromText(text), title: text.slice(0, text.indexOf("\n")) };
    const quotes = attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((q) => q.kind === "direct");
    expect(quotes.at(-1)).toMatchObject(want);
  });
});
