import { describe, expect, it } from "vitest";
import { quantities } from "../../src/conflicts/numbers.js";
import { analyse, article, ofKind, quote } from "./fixtures.js";

describe("quantities: a first-person count is the speaker's own", () => {
  it.each([
    ["must: 'we' is the subject of the verb that takes it", "We won the vote in 12 towns", true],
    ["must: past auxiliaries", "We have lost 12 soldiers", true],
    ["must: a contracted pronoun", "we've taken 300 prisoners", true],
    ["must: led by 'our'", "our 30 members", true],
    ["must: 'of our' after the number", "12 of our soldiers were killed", true],
    ["must-not: a third person", "They won 20 towns", false],
    ["must-not: a verb of knowing before it", "I think 12 people died", false],
    ["must-not: a verb of seeing", "we saw 500 people marching", false],
    ["must-not: a verb of hearing past a negated auxiliary", "I haven’t heard him say one word", false],
    ["must-not: an estimate", "we estimate 2,000 people", false],
    ["must-not: another clause", "We know that 5,000 people attended", false],
    ["must-not: a comma between", "As we said, 12 people died", false],
    ["must-not: the pronoun after the count", "the 12 towns we won", false],
  ])("%s: %s", (_name, text, firstPerson) => {
    expect(quantities(text).map((q) => q.firstPerson)).toEqual([firstPerson]);
  });
});

/** One article in which each speaker says `words[k]` in quotes, credited to `who[k]`. */
function story(said: readonly (readonly [string, string])[]) {
  const body = said.map(([words, who]) => `“${words},” ${who} said.`).join(" ");
  const a = article("tally", "County Ledger", "2024-11-06", `MILLBROOK — The county counted its votes overnight. ${body} The count ends Friday.`);
  return { articles: [a], quotes: said.map(([words, who]) => quote(a, `${words},`, who)) };
}

describe("first-person counts of two speakers are two quantities", () => {
  it("must-not: two sides' own wins make no number finding", () => {
    const { articles, quotes } = story([
      ["We won the vote in 12 towns", "Anna Vogt"],
      ["We won the vote in 30 towns", "Piet Kuyper"],
    ]);
    expect(ofKind(analyse(articles, quotes).findings, "number")).toEqual([]);
  });

  it("must-not: two sides' own wins of one number are no corroboration", () => {
    const { articles, quotes } = story([
      ["We won the vote in 12 towns", "Anna Vogt"],
      ["We won the vote in 12 towns too", "Piet Kuyper"],
    ]);
    expect(ofKind(analyse(articles, quotes).findings, "corroboration")).toEqual([]);
  });

  it("must: a side's own count against the count another gives of it still differs", () => {
    const { articles, quotes } = story([
      ["We won the vote in 12 towns", "Anna Vogt"],
      ["They won the vote in 30 towns", "Piet Kuyper"],
    ]);
    const numbers = ofKind(analyse(articles, quotes).findings, "number");
    expect(numbers.map((f) => f.claims.map((c) => c.speaker))).toEqual([["Anna Vogt", "Piet Kuyper"]]);
  });
});
