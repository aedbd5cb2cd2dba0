import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up articles: a known outlet's one-word name as a source ("Politico reported …") is the outlet,
// an organisation, and never what a later "he" or "she" means; an outlet's name that is also a word or
// a surname ("Forbes"), or a surname the article gives a person in full, stays a person's.
describe("a known outlet's one-word name is an organisation", () => {
  it.each([
    ["must: 'Politico reported' is the outlet", "Talk.\n\nPolitico reported that the port would close.", "indirect", { speaker: "Politico", speakerType: "organisation" }],
    ["must: a later 'he' goes past it to the man before", "Talk.\n\nMayor Tom Reyes spoke on Monday.\n\nPolitico reported that the port would close. “We are not done,” he said.", "direct", { speaker: "Tom Reyes", mention: "he" }],
    ["must-not: a name that is also a surname ('Forbes') stays a person's", "Talk.\n\nForbes said that the port would close.", "indirect", { speaker: "Forbes", speakerType: "person" }],
  ] as [string, string, "direct" | "indirect", Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind).at(-1)).toMatchObject(want);
  });
});
