import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a known given name (and initials) before one word that is also an outlet's or
// a body's word is a person with that surname; a longer run, or one with no given name, stays a body. (A given name
// the lexicon does not know, as "Vicente" in "Vicente Fox", still leaves a body: a known limit.)
describe("a surname that is an organisation word", () => {
  it.each([
    ["must: given name and surname", "Dan Fox said “the bridge will never be paid for.”", { speaker: "Dan Fox", speakerType: "person" }],
    ["must: an initial between", "Michael J. Fox said “the research cannot wait.”", { speaker: "Michael J. Fox", speakerType: "person" }],
    ["must: with a role after the name", "Ann Post, a farmer, said “the rain came late.”", { speaker: "Ann Post", speakerType: "person" }],
    ["must-not: an outlet", "Fox News said “the report stands.”", { speaker: "Fox News", speakerType: "organisation" }],
    ["must-not: a longer body's name", "The Christian Science Monitor said “the poll is close.”", { speaker: "Christian Science Monitor", speakerType: "organisation" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});
