import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up articles: a one-word name the text writes as a company's ("the Dunmore plant", "Dunmore's
// parent company") is an organisation where it speaks, not a person; a name the text gives a person
// stays a person.
describe("a one-word name written as a company's", () => {
  const reported = (text: string): Quote[] => quotesOf(text, "indirect");
  it.each([
    ["must: its plant", "Plant\n\nWorkers at the Dunmore plant were told their jobs were moving.\n\nDunmore has said it will return public money.", { speaker: "Dunmore", speakerType: "organisation" }],
    ["must: its parent company", "Plant\n\nDunmore's parent company, United Systems, cut costs.\n\nDunmore has said it will return public money.", { speaker: "Dunmore", speakerType: "organisation" }],
    ["must: its factories", "Plant\n\nTwo Dunmore factories will close.\n\nDunmore has said it will return public money.", { speaker: "Dunmore", speakerType: "organisation" }],
    ["must-not: a person the text names in full", "Plant\n\nLuis Dunmore toured the plant.\n\nDunmore has said he will return public money.", { speaker: "Luis Dunmore", speakerType: "person" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(reported(text).at(-1)).toMatchObject(want);
  });
});
