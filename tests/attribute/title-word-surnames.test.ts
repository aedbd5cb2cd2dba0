import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a surname that is also a title's or a role's word ("John Major", "Mike
// Judge") alone after the full name is that person, not a description of no one.
describe("attribution: a surname that is also a title's word", () => {
  it.each([
    ["must: 'Major' after 'John Major'", "Vote notes\n\nJohn Major, a resident, said the vote was close.\n\n“It is a fight,” Major said.", "It is a fight,", "John Major"],
    ["must: 'Judge' after 'Mike Judge'", "Vote notes\n\nMike Judge, a resident, said the vote was close.\n\n“It is a fight,” Judge said.", "It is a fight,", "Mike Judge"],
    ["must: 'Captain' after 'Bob Captain'", "Vote notes\n\nBob Captain, a resident, said the vote was close.\n\n“It is a fight,” Captain said.", "It is a fight,", "Bob Captain"],
    ["must-not: 'Bishop' after 'Ann Bishop' reads as before", "Vote notes\n\nAnn Bishop, a resident, said the vote was close.\n\n“It is a fight,” Bishop said.", "It is a fight,", "Ann Bishop"],
    ["must-not: a title word with no one of that surname stays as written", "Vote notes\n\nAnn Lee, a resident, said the vote was close.\n\n“It is a fight,” Major said.", "It is a fight,", "Major"],
    ["must-not: a plural description stays itself", "Vote notes\n\nAnn Lee, a resident, said the vote was close.\n\n“It is a fight,” Officials said.", "It is a fight,", "Officials"],
  ] as [string, string, string, string][])("%s", (_name, text, quote, speaker) => {
    expect(direct(text).find((q) => q.text === quote)?.speaker).toBe(speaker);
  });
});
