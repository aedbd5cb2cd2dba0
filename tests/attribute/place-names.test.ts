import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a place of two or more words ("United States", "New Hampshire", "Los Angeles")
// reads like a full name; it is no person a later "she" or "he" may stand for.
describe("places of two words are no people", () => {
  it.each([
    ["must: a country as the reported clause's subject", "Ann Lee, the trade minister, spoke on Monday.\n\nThe United States would not accept the terms, she said.", "indirect", { speaker: "Ann Lee", mention: "she" }],
    ["must: a state that opens the sentence before the quote", "Ann Lee, the trade minister, spoke on Monday.\n\nNew Hampshire voters go to the polls next week. “It is close,” she said.", "direct", { speaker: "Ann Lee", mention: "she" }],
    ["must: a city as a sentence's subject", "Tom Reyes, the mayor, spoke on Monday.\n\nLos Angeles has fewer buses than it needs. “We will buy more,” he said.", "direct", { speaker: "Tom Reyes", mention: "he" }],
    ["must: a place after 'in' at the end of a body's name is no person", "Fewer people ride buses than a decade ago, according to the Center for Transit Research at Riverton University in New York.", "indirect", { speaker: "Center for Transit Research at Riverton University in New York", speakerType: "organisation" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });

  it("the registry leaves out places and keeps people whose given name is a place's", () => {
    const names = Registry.fromText("The United States and New Hampshire met. Virginia Lee and Georgia Ruiz spoke. Los Angeles Mayor Tom Reyes came.").people().map((p) => p.name);
    expect(names).not.toContain("United States");
    expect(names).not.toContain("New Hampshire");
    expect(names).toContain("Virginia Lee");
    expect(names).toContain("Georgia Ruiz");
  });

  it.each([
    ["must-not: a person named like a state keeps the pronoun", "Virginia Lee, the trade minister, spoke on Monday.\n\nThe terms were unfair, she said.", "indirect", { speaker: "Virginia Lee", mention: "she" }],
    ["must-not: a person after 'at' stays a person", "“We are ready,” said a spokesman at Riverton University, Tom Reyes.", "direct", { speaker: "Tom Reyes" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
});
