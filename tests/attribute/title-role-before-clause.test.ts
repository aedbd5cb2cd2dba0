import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: when the appositive after a name is no role (a clause of what the person did),
// the role words before the name are the role; an appositive that is one still wins.
describe("the role before the name when the appositive is a clause of an act", () => {
  it.each([
    ["must: a title before the name", "Mayor Alicia Ramos, who has pushed for the new bridge, said “the vote is a relief.”", { speaker: "Alicia Ramos", role: "Mayor" }],
    ["must: role words before the name", "Harbor board member Tom Reyes, who voted against the fee, said “it will hurt the fishermen.”", { speaker: "Tom Reyes", role: "Harbor board member" }],
    ["must-not: an appositive that tells a post wins", "Mayor Alicia Ramos, who chairs the regional transit board, said “the vote is a relief.”", { speaker: "Alicia Ramos", role: "who chairs the regional transit board" }],
    ["must-not: a noun appositive wins", "Mayor Alicia Ramos, a former engineer, said “the vote is a relief.”", { speaker: "Alicia Ramos", role: "a former engineer" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});
