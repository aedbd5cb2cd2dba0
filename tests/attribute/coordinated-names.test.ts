import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: two names joined by "and" speak together; the speaker is the pair (each name in
// full where the article gave it), a group, not the last name alone.
describe("names joined by 'and' speak together", () => {
  it.each([
    ["must: reported speech after two full names", "Mara Lind and Omar Diaz said that the vote would be held in June.", "indirect", { speaker: "Mara Lind and Omar Diaz", speakerType: "group" }],
    ["must: titles and role words drop from each name", "Sen. Ada Lind and former Gov. Tom Reyes say the plan will fail.", "indirect", { speaker: "Ada Lind and Tom Reyes", mention: "Sen. Ada Lind and former Gov. Tom Reyes" }],
    ["must: a state before each title", "Ohio Sen. Ada Lind and Utah Rep. Tom Reyes said that they would vote no.", "indirect", { speaker: "Ada Lind and Tom Reyes" }],
    ["must: surnames take the full names given before", "Ann Lee, the mayor, and Tom Reyes, the council chief, met on Monday. “We have a deal,” Lee and Reyes said.", "direct", { speaker: "Ann Lee and Tom Reyes", mention: "Lee and Reyes" }],
    ["must: 'they' then points back to the pair", "Mara Lind and Omar Diaz said that the vote would be held in June. They said the count would be quick.", "indirect", { speaker: "Mara Lind and Omar Diaz" }, 1],
    ["must: 'who' after two names is the pair's", "The panel heard from Mara Lind and Tom Reyes, who said that the bridge was unsafe.", "indirect", { speaker: "Mara Lind and Tom Reyes", mention: "who" }],
    ["must: a list of three names speaks together", "Lind, Diaz and Reyes said that the vote would be held in June.", "indirect", { speaker: "Lind, Diaz and Reyes", mention: "Lind, Diaz and Reyes", speakerType: "group" }],
    ["must: each name of a list in full, a serial comma", "Mara Lind, Omar Diaz and Tom Reyes met. Lind, Diaz, and Reyes said that the vote would be held in June.", "indirect", { speaker: "Mara Lind, Omar Diaz and Tom Reyes", mention: "Lind, Diaz, and Reyes" }],
    ["must: titles drop from each name of a list", "Sen. Ada Lind, Gov. Tom Reyes and Rep. Jo Park say the plan will fail.", "indirect", { speaker: "Ada Lind, Tom Reyes and Jo Park" }],
    ["must: a list after a fronted phrase", "After the debate, Lind, Diaz and Reyes said that they would stay in the race.", "indirect", { speaker: "Lind, Diaz and Reyes" }],
    ["must: a list that opens the sentence, and a second verb", "Lind, Diaz and Reyes have all called the fees a favor to friends and say they no longer give paid talks.", "indirect", { speaker: "Lind, Diaz and Reyes" }],
    ["must: a plural title before a pair drops", "Sens. Ada Lind and Tom Reyes said that the bill would fail.", "indirect", { speaker: "Ada Lind and Tom Reyes", mention: "Sens. Ada Lind and Tom Reyes" }],
    ["must: a plural title before a list with party tags drops", "Reps. Ada Lind (D-Ore.), Tom Reyes (D-Ohio) and Jo Park (D-N.J.) all suggested that the claims were false.", "indirect", { speaker: "Ada Lind, Tom Reyes and Jo Park" }],
    ["must: a plural title of governors drops", "On Monday, Govs. Ada Lind and Tom Reyes said that the grant was late.", "indirect", { speaker: "Ada Lind and Tom Reyes" }],
    ["must: 'who' after a list of names is the last name's", "The crowd cheered for stars like Ann Lee, Mara Lind and Tom Reyes, who joked, “I came for the food.”", "direct", { speaker: "Tom Reyes", mention: "who" }],
  ] as [string, string, QuoteKind, Partial<Quote>, number?][])("%s", (_name, text, kind, want, at = 0) => {
    expect(quotesOf(text, kind)[at]).toMatchObject(want);
  });
  it.each([
    ["names after 'such as' are examples, not the subject", "Tom Reyes, an aide to Republicans such as Gov. Ada Lind and Rep. Omar Diaz, wrote that the speech was his.", "indirect", "Ada Lind and Omar Diaz"],
    ["a body's name with 'and' after 'for'", "The Institute for Law and Justice said that crime fell.", "indirect", "Law and Justice"],
    ["a verb before the first name: its object", "The board praised Lee and Reyes said the report was wrong.", "indirect", "Lee and Reyes"],
    ["a list of names after 'such as' is examples", "Republicans such as Lind, Diaz and Reyes said the report was wrong.", "indirect", "Lind, Diaz and Reyes"],
    ["a list of capitals after a body's 'of'", "The Office of Roads, Parks and Bridges said the report was wrong.", "indirect", "Roads, Parks and Bridges"],
  ] as [string, string, QuoteKind, string][])("must-not: %s", (_name, text, kind, pair) => {
    // (A list of places, "Voters in Iowa, Ohio and Utah said", is in capitals-lists.test.ts: the voters are a group there.)
    const q = quotesOf(text, kind)[0];
    expect(q).toBeDefined();
    expect(q.speaker).not.toBe(pair);
    expect(q.speakerType).not.toBe("group");
  });
});
