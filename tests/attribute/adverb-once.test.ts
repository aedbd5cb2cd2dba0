import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: "once" right before the cue verb is the adverb (at one time), not the
// conjunction that opens a clause with its own subject, so the relative pronoun or the name before it
// is still the cue's subject.
describe("attribution: “who once called it “…””", () => {
  it.each([
    [
      "must: a relative pronoun before 'once' and the verb speaks for its antecedent",
      "The senator, who once called the plan “a disaster,” left early.",
      "a disaster,",
      { speaker: "The senator", mention: "who", ruleId: "attribution/name-said-before-quote" },
    ],
    [
      "must: an auxiliary between 'once' and the verb",
      "The mayor, who had once called the plan “a disaster,” left early.",
      "a disaster,",
      { speaker: "The mayor", ruleId: "attribution/name-said-before-quote" },
    ],
    [
      "must: in a question, the auxiliary before the antecedent is no part of it",
      "Will reporters still want those stories? And will their editors, who once called these stories “spinach,” want to publish them?",
      "spinach,",
      { speaker: "their editors", mention: "who" },
    ],
    [
      "must-not: the conjunction 'once' with its own subject still opens a clause",
      "Once the vote was in, Ann Lee called the plan “a disaster,” and left.",
      "a disaster,",
      { speaker: "Ann Lee" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});

// A verb that is a clause's main verb ("did the best", "is an adaptation") is no question's
// auxiliary: the words after it stay its object, never the subject of a cue further on.
describe("attribution: only a modal before a determiner is a question's left-over auxiliary", () => {
  it.each([
    [
      "must-not: 'did the best on points' is no subject",
      "As for the others, Ann Lee and Tom Reyes—as well as Dora Vance in the earlier “undercard” debate—did the best on points.",
      "undercard",
    ],
    [
      "must-not: 'is an adaptation of a show called' is no subject",
      "“Sons of the Pier” is an adaptation of a show called “Brokers,” written by a comedy troupe.",
      "Brokers,",
    ],
  ])("%s", (_name, text, quote) => {
    const q = direct(text).find((x) => x.text === quote);
    expect(q?.mention ?? "").not.toMatch(/best|adaptation/);
  });
});
