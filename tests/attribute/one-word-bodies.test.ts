import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up stories: a one-word name (which the name pattern, reading two words or more, never keeps)
// that the article writes where only a body's name stands ("a senior analyst at Harbek", "Harbek's
// board", "Harbek, a company …") is an organisation: typed so, and no later "he" or "she".
describe("a one-word name the article writes as a body's", () => {
  it.each([
    ["must: a post held at it", "Tom Reyes, a senior analyst at Harbek, watched the vote.\n\n“The stock has not done well,” Harbek said in a note.", "direct", { speaker: "Harbek", speakerType: "organisation" }],
    ["must: its board", "Harbek's board cut the bonus.\n\n“The cut was fair,” Harbek said.", "direct", { speaker: "Harbek", speakerType: "organisation" }],
    ["must: an appositive that says what body it is", "Harbek, a company that builds cranes, moved the plant.\n\n“We had no choice,” Harbek said.", "direct", { speaker: "Harbek", speakerType: "organisation" }],
    ["must-not: a one-word name with no such sign", "The pier closed early.\n\n“We had no choice,” Harbek said.", "direct", { speaker: "Harbek", speakerType: "person" }],
    ["must: no later 'he' means it", "Tom Reyes spoke first.\n\nAnn Lind, an analyst at Harbek, wrote a note.\n\nHarbek said the deal was off.\n\n“We will see,” he said.", "direct", { speaker: "Tom Reyes", mention: "he" }],
  ] as [string, string, "direct" | "indirect", Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind).at(-1)).toMatchObject(want);
  });
});
