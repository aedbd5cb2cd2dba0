import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a relative clause without "that" ("a project the harbour master said is …"): the
// cue's subject is the noun phrase after the noun the clause hangs on, not the two run together.
describe("the subject of a contact relative clause", () => {
  it.each([
    ["must: a determiner opens the subject", "Ada Lind called for a review of the pier -- a project the harbour master said is “falling apart” this year.", { speaker: "the harbour master", ruleId: "attribution/name-said-before-quote" }],
    ["must: after an -ing noun", "Ada Lind called for a review of the vote -- meddling the harbour master said is designed to “sow discord” in the town.", { speaker: "the harbour master" }],
    ["must-not: a noun phrase with 'of' stays whole", "The head of the harbour board said the pier is “falling apart” this year.", { speaker: "head of the harbour board" }],
    ["must-not: a clause with its own subject after the cue", "Ada Lind called for a review -- the harbour master said the pier is “falling apart” this year.", { speaker: "the harbour master" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
