import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up articles: a name in apposition after a description may carry its title and role words
// ("the other candidate, former Secretary of State Ann Lee,"): the name speaks, the description is
// the role; reported speech after a participle takes that name too.
describe("a titled name in apposition after a description", () => {
  it.each([
    ["must: 'former Secretary of State' before the name", "direct", "The port reopened.\n\nThe other candidate, former Secretary of State Ann Lee, said the plan was “a mess.”", { speaker: "Ann Lee", role: "The other candidate" }],
    ["must: a place and a title before the name", "direct", "The port reopened.\n\nOne of his former supporters, former Ohio Rep. Tom Reyes, said the plan was “a mess.”", { speaker: "Tom Reyes" }],
    ["must: reported speech after a participle, the subject with such an appositive", "indirect", "The port reopened.\n\nBut the other candidate on the stage, former Secretary of State Ann Lee, drew a contrast, saying that concerns about the pier were real.", { speaker: "Ann Lee" }],
    ["must-not: a body's long name with no title is no person", "direct", "The port reopened.\n\nThe group, Citizens for Fair Ports of Ohio Now, said the plan was “a mess.”", { mention: "The group, Citizens for Fair Ports of Ohio Now" }],
    ["must-not: a clause in the appositive is no name", "direct", "The port reopened.\n\nThe other candidate, who was Secretary of State Ann Lee, said the plan was “a mess.”", { speaker: "The other candidate" }],
  ] as [string, "direct" | "indirect", string, Partial<Quote>][])("%s", (_name, kind, text, want) => {
    expect(quotesOf(text, kind).at(-1)).toMatchObject(want);
  });
});
