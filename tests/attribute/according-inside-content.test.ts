import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: "according to X" that opens the content a speech verb reports ("said that
// according to its count, …") is the speaker's own source inside what they said; the verb's subject
// speaks the quote. Outside such a content the phrase still credits X, as the annotators do.
describe("'according to' inside a that-clause of a speech verb", () => {
  it.each([
    ["must: 'X said Tuesday that according to its analysis, …, but “…”'", "Some back the plan.\n\nTom Reyes, a member of the board, said Tuesday that according to its analysis, the party has won, but “we are still counting the seats.”", { speaker: "Tom Reyes" }],
    ["must: 'X said that according to the count, “…”'", "Some back the plan.\n\nAda Lind said that according to the count, the plan was “far ahead.”", { speaker: "Ada Lind" }],
    ["must-not: 'According to the Herald, X said …' stays the Herald's", "Some back the plan.\n\nAccording to the Oakdale Herald, Ada Lind said the town was “not for sale.”", { speaker: "Oakdale Herald" }],
    ["must-not: '“…,” X said, according to the Herald' stays the Herald's", "Some back the plan.\n\n“We are not leaving,” Ada Lind said, according to the Oakdale Herald.", { speaker: "Oakdale Herald" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
