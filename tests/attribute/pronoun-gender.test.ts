import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: "he" or "she" never binds to a person whose gender the article has told, by a
// given name the lexicon knows ("Talal", "Louis", "Dorothy") or by a title in another credit of the
// same person ("Mr. Rubel" after "said Hadley Rubel"); a person of unknown gender still may.
describe("a pronoun does not bind to a person of the other known gender", () => {
  it.each([
    ["must: a man's Arabic given name is no 'she'", "“The city has fallen,” said Talal Barazi, the governor of Homs.\n\nShe said “we will win”.", null],
    ["must: a man's given name is no 'she'; the woman before him is", "“We stay,” Dorothy Reyes said. The move would insult Lt. Col. Louis Dorr, she said.\n\n“It is more important to honor him,” she said.", "Dorothy Reyes"],
    ["must: 'Mr. Rubel' tells the gender of 'Hadley Rubel' credited later", "Shares fell, said Hadley Rubel, an analyst. “The stock hasn't done well,” Mr. Rubel said.\n\n“It's embarrassing,” Hadley Rubel said.\n\nBack home, the plant is the worry of Representative Karla Macer. “My family has all been factory workers,” she said.", null],
    ["must-not: a person of unknown gender is still a 'she'", "“The city has fallen,” said Tal Barazi, the governor of Homs.\n\nShe said “we will win”.", "Tal Barazi"],
    ["must-not: a woman's given name is a 'she'", "“The city has fallen,” said Rhonda Barazi, the governor of Homs.\n\nShe said “we will win”.", "Rhonda Barazi"],
  ] as [string, string, string | null][])("%s", (_name, text, speaker) => {
    expect(direct(text).at(-1)?.speaker).toBe(speaker);
  });
});
