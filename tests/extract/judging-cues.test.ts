import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { JUDGING_VERBS, SPEECH_VERBS } from "../../src/extract/lexicon.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

describe("a verb of praise or blame before a short run in its clause makes it a quotation (scare.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the judge's own words for what they judge
    ["blasted … for its", "In March, the mayor blasted the company for its “outrageous practices” in hiring.", [["direct", "outrageous practices"]]],
    ["blasted … for", "At the debate, Halvorson blasted Shuster for “cavorting” with a lobbyist.", [["direct", "cavorting"]]],
    ["denounced", "It is strange that the governor would denounce “amnesty” now.", [["direct", "amnesty"]]],
    ["praised", "The chief praised the crew for its “Heroic Effort” on the pier.", [["direct", "Heroic Effort"]]],
    ["criticizes", "The panel criticizes the agency's “lax oversight” of the port.", [["direct", "lax oversight"]]],
    // a verdict on someone or something in the judge's own words, or a complaint aired
    ["deemed", "The bar association deemed the nominee “well qualified,” its top rating.", [["direct", "well qualified,"]]],
    ["pronounced", "At the summit the mayor pronounced his host “a friend.”", [["direct", "a friend."]]],
    ["groused", "Some delegates groused that the “fake” leaflets were everywhere.", [["direct", "fake"]]],
    ["vented", "On the bus she vented that the count was “rigged” again.", [["direct", "rigged"]]],
    // must not trigger: the same words as nouns, or a verb of praise or blame in another clause
    ["a vent", "The vent above the “green zone” was shut.", [["scare", "green zone"]]],
    ["a blast", "The blast hit the “green zone” at noon.", [["scare", "green zone"]]],
    ["praise as a noun", "The praise for the “green zone” faded.", [["scare", "green zone"]]],
    ["attacks as a noun", "Attacks from the liberal and “conservative” media grew.", [["scare", "conservative"]]],
    ["another clause", "The mayor slammed the plan. The “green zone” opened.", [["scare", "green zone"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
  it("holds verbs only in forms no noun shares, none already a speech cue", () => {
    for (const w of ["blast", "blasts", "slam", "praise", "fault", "rebuke", "ridicule", "attack", "attacks", "vent", "vents", "grouse"]) expect(JUDGING_VERBS.has(w)).toBe(false);
    for (const w of JUDGING_VERBS) expect(SPEECH_VERBS.has(w)).toBe(false);
  });
});
