import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a capitalised "May" or "Will" inside a subject is a surname after a given name
// or an initial, or a month before a number, so the subject holds it; elsewhere the modal still ends
// the subject.
describe("May and Will as names and months inside a subject", () => {
  it.each([
    ["must: a surname after a given name", "Prime Minister Theresa May said “the fee will rise.”", "direct", { mention: "Prime Minister Theresa May" }],
    ["must: a surname after an initial", "Columnist George F. Will wrote that “no tolls are coming.”", "direct", { mention: "Columnist George F. Will" }],
    ["must: a month before a day", "A May 1 letter from the harbour board warns that “the fee will rise.”", "direct", { mention: "A May 1 letter from the harbour board" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it.each([
    ["a capitalised modal after a word that is no given name", "Harbour Board May Close, Lee Says. The harbour board called the fee “a tax grab.”", "direct"],
    ["a lower-case modal", "The harbour board will say that “the fee will rise.”", "direct"],
  ] as [string, string, QuoteKind][])("must-not: %s", (_name, text, kind) => {
    const q = quotesOf(text, kind)[0];
    expect(q).toBeDefined();
    expect(q.mention ?? "").not.toMatch(/May|will/);
  });
});
