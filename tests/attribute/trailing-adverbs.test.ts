import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up articles: an intensifying pronoun or an adverb that ends the stretch before the verb
// ("Lee himself said", "Her aides here said", "A man just said") is no part of who speaks; the
// source as written keeps it.
describe("trailing adverbs and intensifiers after the source", () => {
  it.each([
    ["must: 'himself' after a surname: the person named in full earlier", "direct", "The port reopened. Tom Reyes spoke first.\n\nReyes himself said on Monday that the pier was “a disgrace.”", { speaker: "Tom Reyes", mention: "Reyes himself" }],
    ["must: 'here' after a description", "indirect", "The port reopened.\n\nHer campaign workers here said they have been working the state since the spring.", { speaker: "Her campaign workers", mention: "Her campaign workers here" }],
    ["must: 'just' after a name of a body", "indirect", "The port reopened.\n\nHarbor Bank just said it would close the branch.", { speaker: "Harbor Bank" }],
    ["must-not: a capitalised word is a name's, not an adverb", "direct", "The port reopened.\n\nAda Now said the pier was “a disgrace.”", { speaker: "Ada Now" }],
  ] as [string, "direct" | "indirect", string, Partial<Quote>][])("%s", (_name, kind, text, want) => {
    expect(quotesOf(text, kind).at(-1)).toMatchObject(want);
  });
});

// Made-up articles: a quote inside a relative clause that a preposition and "which" open, with a
// subject of its own, is that subject's, not the sentence's.
describe("a relative clause opened by a preposition and 'which'", () => {
  it.each([
    ["must: 'in which X expressed' holds the quote", "The report leaked.\n\nThe candidate herself took to the airwaves in an interview, in which Ada Lind expressed confidence that the pier would not be an issue “that is going to affect the vote.”", { speaker: "Ada Lind" }],
    ["must-not: a comma after the relative clause closes it before the quote", "The report leaked.\n\nThe mayor gave an interview in which Ada Lind was mentioned, and called the pier “a disgrace.”", { speaker: "The mayor" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});
