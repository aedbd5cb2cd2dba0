import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: "whose" is no speaker; "X, whose spokesman said" is X's spokesman, written with
// X's name as the article writes "Lind's spokesman". The mention stays as written.
describe("a source written 'whose' and a noun", () => {
  it.each([
    ["must: a person's spokesman (direct)", "direct", "The plan drew fire from Mayor Ann Lind, whose spokesman said, “The numbers do not add up.”", { speaker: "Ann Lind's spokesman", mention: "whose spokesman" }],
    ["must: a body's president (direct)", "direct", "It was opposed by the Harbor Workers Union, whose president told reporters that the cuts were “a betrayal of every worker.”", { speaker: "Harbor Workers Union's president", mention: "whose president" }],
    ["must: a person's aide (reported)", "indirect", "Critics include Tom Reyes, whose aide said the plan was dead.", { speaker: "Tom Reyes's aide", mention: "whose aide" }],
    ["must: plural owner noun", "direct", "The ruling came against Ann Lee, whose attorneys said, “We will appeal this decision.”", { speaker: "Ann Lee's attorneys", mention: "whose attorneys" }],
  ] as [string, "direct" | "indirect", string, Partial<Quote>][])("%s", (_name, kind, text, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it("must-not: a description that does not open with 'whose' is left as it is", () => {
    expect(quotesOf("The plan drew fire from Mayor Ann Lind. Her spokesman said, “The numbers do not add up.”", "direct")[0]).toMatchObject({ speaker: "Her spokesman" });
  });
});
