import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a quoted phrase in the infinitive after a causative verb's object ("prompted X
// to call it “…”"): X is the infinitive's subject, so X's words, not the sentence subject's.
describe("the object of a causative verb before a quoted phrase", () => {
  it.each([
    [
      "must: 'That prompted X to … call Y “…”' after another speaker's quote",
      "At one point, Ann Lee coached Tom Reyes to “breathe, breathe.” That prompted Ben Ortiz to make a joke about yoga and call Reyes “very flexible,” a nod to his past.",
      { text: "very flexible,", speaker: "Ben Ortiz" },
    ],
    [
      "must: a described object ('led the journalist Ben Ortiz to fear a “…”')",
      "The port was sold in May. All this has led the journalist Ben Ortiz to fear a “harbor without ships.”",
      { speaker: "Ben Ortiz" },
    ],
    [
      "must: an infinitive of saying opens its words with a comma ('prompted X, which …, to state, “…”')",
      "The county voted for the winner again. That record prompted the Harbor Almanac, which tracks counties, to state, “Vigo County is the best bellwether in the land.”",
      { speaker: "Harbor Almanac" },
    ],
    [
      "must: 'to counter that “…”' after a longer object",
      "The fact-check was shared 3,200 times, leading Lee campaign advisers like Ben Ortiz to counter that “every cent went to the pier.”",
      { speaker: "Ben Ortiz" },
    ],
    [
      "must-not: 'that' after an infinitive that is no saying",
      "Ann Lee spoke first. The vote forced Ben Ortiz to admit the plan so bad that the board called it “a mistake.”",
      { speaker: "board" },
    ],
    [
      "must-not: a clause break after the infinitive (its own subject speaks)",
      "The vote prompted Ben Ortiz to resign, and Ann Lee called it “a shame.”",
      { speaker: "Ann Lee" },
    ],
    [
      "must-not: a pronoun subject between the infinitive and the quote",
      "Ann Lee spoke first. The vote forced Ben Ortiz to admit that she had called the plan “a mistake.”",
      { text: "a mistake.", speaker: "Ann Lee" },
    ],
    [
      "must-not: 'led to' with no object before 'to'",
      "Ann Lee said the storm led to “the worst week in the town’s history.”",
      { speaker: "Ann Lee" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    const got = direct(text);
    expect(got[got.length - 1]).toMatchObject(want);
  });
});
