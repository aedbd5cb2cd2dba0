import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up articles: a sentence that opens with a word for a person's leaning or party ("Conservative",
// "Republican"), a noun no role list holds ("icon", "stalwart") and a name the article gives in full
// is about that person: a later "she" or "he" means the name, not the word before it.
describe("a leaning word, a noun and a full name open a sentence", () => {
  it.each([
    ["must: 'Conservative icon Ada Lind, who …'", "Talk.\n\nConservative icon Ada Lind, who died Monday, wrote her last column. “We will win,” she wrote.", { speaker: "Ada Lind", mention: "she" }],
    ["must: 'Republican stalwart Tom Reyes …'", "Talk.\n\nRepublican stalwart Tom Reyes spoke on Monday. “We will win,” he said.", { speaker: "Tom Reyes", mention: "he" }],
    ["must-not: the word and a plural noun ('Conservative voters') name no one", "Talk.\n\nAda Lind spoke on Monday. Conservative voters cheered. “We will win,” she said.", { speaker: "Ada Lind", mention: "she" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});
