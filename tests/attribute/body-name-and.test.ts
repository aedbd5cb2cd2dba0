import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: "and" inside a body's name ("Parks and Recreation Department", "Institute for
// Law and Justice") joins two parts of one name; the organisation is the speaker, not the last part.
describe("'and' inside a body's name", () => {
  it.each([
    ["must: after 'said', capitals ending in an organisation word", "“The pools open in June,” said the Parks and Recreation Department.", "direct", { speaker: "Parks and Recreation Department", speakerType: "organisation" }],
    ["must: after 'said', an organisation word's 'for' phrase", "“Growth will slow,” said the Organization for Trade and Development.", "direct", { speaker: "Organization for Trade and Development" }],
    ["must: as the subject, an organisation word's 'for' phrase", "“We will appeal,” the Institute for Law and Justice said.", "direct", { speaker: "Institute for Law and Justice", mention: "the Institute for Law and Justice" }],
    ["must: a title, then a body with 'and', then the person", "“It is settled,” said former Gov. and Harbor Commission Chairman Ed Rowe.", "direct", { speaker: "Ed Rowe" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it.each([
    ["two people after 'said' stay apart from any body", "“We agree,” said Ann Lee and Tom Reyes of the city council.", "direct", "Ann Lee and Tom Reyes of the city council"],
    ["a person and a body after 'said'", "“We agree,” said Ann Lee and the Harbor Commission.", "direct", "Ann Lee and the Harbor Commission"],
  ] as [string, string, QuoteKind, string][])("must-not: %s", (_name, text, kind, whole) => {
    const q = quotesOf(text, kind)[0];
    expect(q).toBeDefined();
    expect(q.speaker).not.toBe(whole);
    expect(q.mention).not.toBe(whole);
  });
});
