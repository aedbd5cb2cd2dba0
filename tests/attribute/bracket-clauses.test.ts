import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a bracket that opens before the quote and is not closed again holds the
// quote's own clause; the subject before the bracket is another clause's.
describe("open bracket before the quote", () => {
  it.each([
    ["must: a name and its relative clause inside the bracket", "Most historians recognize the flood for what it was (Ada Lind, who built the pier, once said, “It happened so many times.”)", { speaker: "Ada Lind" }],
    ["must: 'as X said' inside the bracket", "Most historians recognize the flood (as Ada Lind once said, “It happened so many times.”)", { speaker: "Ada Lind", mention: "Ada Lind" }],
    ["must-not: a closed bracket is an aside; the subject before it speaks", "Ada Lind (D-Ohio) said on Monday, “It happened so many times.”", { speaker: "Ada Lind" }],
    ["must-not: a bracket with the quote alone is an aside on the words before", 'Tom Reyes explained how canvassers rank the voters they met from 1 ("Oh, I am definitely voting for Lind") to 6.', { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: a possessor's answer, reply or motto set off by a dash; a document sent "to"
// someone before its verb.
describe("possessed words and documents' addressees", () => {
  it.each([
    ["must: 'X’s stock answer then — “…”'", "Ada Lind’s stock answer then — “I’ll be fine whatever happens” — is likely to be repeated.", { speaker: "Ada Lind" }],
    ["must-not: a noun that names no words", "Ada Lind’s stock market then — “a disaster in slow motion” — is likely to recover.", { speaker: null }],
    ["must: 'a letter to the board notes that X, who …, “…”' credits the letter", "A letter to the board notes that Tom Reyes, who is running for mayor, “is a civil rights attorney.”", { mention: "A letter" }],
    ["must-not: 'to' before a name is no addressee phrase of a document", "The mayor spoke to Tom Reyes and noted that Ada Lind, who is running for mayor, “is a civil rights attorney.”", { mention: "The mayor" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
