import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a participle's phrase between commas after the subject describes it and
// belongs to the source as written (never to its role); the predicate after it is the cue.
describe("a participle's aside in the subject", () => {
  it.each([
    ["must: '-ed by' aside before the predicate", "One such memo, obtained by the Harbor Gazette, includes a “no-strike” clause.", { mention: "One such memo, obtained by the Harbor Gazette", cue: "includes" }],
    ["must: '-ed by' aside after a body's name", "Pier PAC, steered by former harbour master Tom Reyes, began a campaign casting Lind as an “honest broker” for the port.", { speaker: "Pier PAC", mention: "Pier PAC, steered by former harbour master Tom Reyes" }],
    ["must: '-ing' aside after an inverted source", "“We have had better years,” dock worker Ann Lee, wearing a union hat and two campaign pins, said.", { speaker: "Ann Lee", mention: "dock worker Ann Lee, wearing a union hat and two campaign pins", role: "dock worker" }],
    ["must: a speech verb's participle aside stays out of the source", "Sen. Ann Lee (D-Ohio), noting the size of the crowd, said, “Let me tell you, we will win.”", { speaker: "Ann Lee", mention: "Sen. Ann Lee (D-Ohio)" }],
    ["must: 'adding' aside after a role stays out", "Tom Reyes, a dock worker, adding a word on the strike, said: “Count the boats.”", { speaker: "Tom Reyes", mention: "Tom Reyes, a dock worker" }],
    ["must-not: a speech verb's participle before a preposition describes the source", "Judge Ann Lee, writing for the majority in the ruling, called the plan “quite generous.”", { speaker: "Ann Lee", mention: "Judge Ann Lee, writing for the majority in the ruling" }],
    ["must-not: an aside with a clause word stays out", "Ann Lee, speaking to reporters, said: “We will win.”", { speaker: "Ann Lee", mention: "Ann Lee" }],
    ["must-not: a past form without 'by' is the predicate the subject ran into", "Ann Lee, a dock worker, poked at the mayor's plan on Monday, tweeting, “Count the boats.”", { speaker: "Ann Lee", mention: "Ann Lee, a dock worker" }],
    ["must-not: a role appositive is unchanged", "Ann Lee, a lawyer, called it “a scandal.”", { speaker: "Ann Lee", mention: "Ann Lee, a lawyer", role: "a lawyer" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
