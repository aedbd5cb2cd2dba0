import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a person noun written with "ex-" or "former-" ("His ex-wife", "the ex-governor")
// is a person described, not a body, and a later "she" or "he" may mean that person.
describe("a person noun after 'ex-' or 'former-'", () => {
  it.each([
    ["must: 'His ex-wife'", "indirect", "Case\n\nHis ex-wife said the ruling was unfair.", { speaker: "His ex-wife", speakerType: "anonymous" }],
    ["must: 'The ex-governor'", "indirect", "Case\n\nThe ex-governor said the plan was dead.", { speaker: "The ex-governor", speakerType: "anonymous" }],
    ["must: 'The ex-senator' (direct)", "direct", "Case\n\nThe ex-senator said, “We lost the vote.”", { speaker: "The ex-senator", speakerType: "anonymous" }],
    ["must: 'The former-governor'", "indirect", "Case\n\nThe former-governor said the vote was close.", { speaker: "The former-governor", speakerType: "anonymous" }],
    ["must-not: a hyphenated word that is no person noun stays a body", "indirect", "Case\n\nThe ex-factory said the vote was close.", { speakerType: "organisation" }],
  ] as [string, "direct" | "indirect", string, Partial<Quote>][])("%s", (_name, kind, text, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it("must: a later 'she' means the ex-wife the text described, not a man named before", () => {
    const text = "Case\n\nTom Reyes asked the court to seal the files. His ex-wife agreed, but also contended that she should keep her privacy. Her submission to the court noted published reports alleging that she claimed during the divorce that he had lied to her.";
    expect(quotesOf(text, "indirect").find((q) => q.text === "that he had lied to her")).toMatchObject({ speaker: "His ex-wife", mention: "she" });
  });
});
