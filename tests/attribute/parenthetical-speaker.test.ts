import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a speech verb set off by commas with its speaker after it ("…, says Ada Lind, a
// historian, is that …") vouches for the clause that holds the quote, so that speaker is the source,
// not the clause's subject. When the clause after the aside has its own cue verb, or the commas hold a
// relative clause, the other readings stand.
describe("a speaker set off by commas inside the quote's clause", () => {
  it.each([
    ["must: an inverted aside with a role", "The trouble with the pier, says Ada Lind, a historian at the harbour museum, is that it was “built for a smaller town.”", "direct", { speaker: "Ada Lind" }],
    ["must: a described speaker", "The contrast with the old pier, said a harbour official, would be “obvious to anyone.”", "direct", { mention: "a harbour official" }],
    ["must: an inverted aside right before the quote's predicate", "The contrast with the old pier, said Tom Reyes, would be “obvious to anyone.”", "direct", { speaker: "Tom Reyes" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it.each([
    ["the clause after the aside has its own cue verb", "On Monday, said Tom Reyes, the board called the plan “a dead end.”", "direct", "the board"],
    ["a that-clause after the verb is no aside", "On Monday, the harbour master, Ann Lind, said that reports about the fee by Tom Reyes and his aide, Ed Ruiz, involved “private messages.”", "direct", "the harbour master, Ann Lind"],
    ["a relative clause is no aside", "The mayor, who says Reyes is wrong, called the plan “a gift.”", "direct", "The mayor, who says Reyes is wrong"],
  ] as [string, string, QuoteKind, string][])("must-not: %s", (_name, text, kind, mention) => {
    const q = quotesOf(text, kind)[0];
    expect(q).toBeDefined();
    expect(q.mention).toBe(mention);
  });
});

// Made-up sentences: a name (or a pronoun) and a speech verb between commas after the subject
// ("The Gazette, Lee said, called …") credit the clause; the clause has its own cue verb, so its
// subject speaks, and the credit is not part of the subject as written nor its role.
describe("a name-and-verb credit set off by commas after the subject", () => {
  it.each([
    ["must: a name's credit", "The Gazette, Tom Reyes said, called the plan “highly significant.”", { speaker: "Gazette", mention: "The Gazette", role: null }],
    ["must: a pronoun's credit", "Ann Lind, she added, called the fee “a scandal.”", { speaker: "Ann Lind", mention: "Ann Lind" }],
    ["must-not: a role between the commas stays", "Ann Lind, harbour master, called the fee “a scandal.”", { speaker: "Ann Lind", mention: "Ann Lind, harbour master" }],
    ["must-not: a role with a capitalised head stays", "Ann Lind, Harbour Master, called the fee “a scandal.”", { speaker: "Ann Lind", mention: "Ann Lind, Harbour Master" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});
