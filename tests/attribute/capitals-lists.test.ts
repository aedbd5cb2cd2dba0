import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a list of capitals that "and" ends belongs to the noun before it, when a place
// preposition after a plural noun ("voters in Iowa, Ohio and Utah") or a body's "of"/"for" ("the Council
// of Farms, Fields and Forests") opens it. The speaker is that noun phrase or body, not the last items.
describe("a list of capitals joined by 'and' belongs to the noun before it", () => {
  it.each([
    ["must: reported speech, places after 'in' with a list's commas", "Voters in Iowa, Ohio and Utah said that taxes were too high.", "indirect", { speaker: "Voters in Iowa, Ohio and Utah", speakerType: "group" }],
    ["must: reported speech, two places after 'from'", "Most farmers from Kansas and Nebraska said the rain came too late.", "indirect", { speaker: "Most farmers from Kansas and Nebraska" }],
    ["must: reported speech, a body's 'of' with a list of capitals", "The Council of Farms, Fields and Forests said that the drought was over.", "indirect", { speaker: "Council of Farms, Fields and Forests", speakerType: "organisation" }],
    ["must: reported speech, a body's 'for' phrase after a spokesman", "A spokesman for the Office of Rural Roads and Bridges said the repairs would wait.", "indirect", { speaker: "A spokesman for the Office of Rural Roads and Bridges" }],
    ["must: reported speech, a long source ends at the body when it runs too long", "A long review of the state of the rural schools issued over the summer by the Organization for Rural Housing and Development noted that a fifth of the schools were closed.", "indirect", { speaker: "Organization for Rural Housing and Development" }],
    ["must: direct quote, places after 'in' before the verb", "“We will win,” voters in Iowa, Ohio and Utah said.", "direct", { speaker: "voters", mention: "voters in Iowa, Ohio and Utah", speakerType: "group" }],
    ["must: direct quote, places after 'from' before a colon", "Farmers from Kansas, Iowa and Nebraska said: “The rain came too late.”", "direct", { speaker: "Farmers", mention: "Farmers from Kansas, Iowa and Nebraska" }],
    ["must: direct quote, no commas in the list", "“We will win,” Republican voters in Iowa and Utah said.", "direct", { speaker: "Republican voters in Iowa and Utah" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it.each([
    ["a verb, not a plural noun, before 'in'", "Lee won in Iowa and Reyes said that the count was fair.", "indirect", "Reyes"],
    ["two names joined by 'and' at the sentence's start", "Ann Lee and Tom Reyes said that the vote would be held in June.", "indirect", "Ann Lee and Tom Reyes"],
    ["'and' that opens a clause after a place's time phrase", "The Daily Ledger made the same claims in March, and Riverton News responded: “We stand by our reporting.”", "direct", "Riverton News"],
    ["a person after a list with no place preposition", "The mayor thanked Dover, Salem and Troy and Ann Lee said that the roads were safe.", "indirect", "Ann Lee"],
  ] as [string, string, QuoteKind, string][])("must-not (the last name stays the speaker): %s", (_name, text, kind, speaker) => {
    const q = quotesOf(text, kind)[0];
    expect(q).toBeDefined();
    expect(q.speaker).toBe(speaker);
  });
});
