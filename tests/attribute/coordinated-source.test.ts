import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const reported = (text: string): Quote[] => quotesOf(text, "indirect");

// Made-up sentences: reported speech whose source is a pair or list of names, where extraction gives
// one of the names (the last when each has a party tag, the first before a participle's clause): the
// names speak together.
describe("reported speech of names joined by 'and'", () => {
  it.each([
    ["party tags after each name", "The vote came late. Ada Lind (D-Ore.) and Tom Reyes (D-Ohio) said that the claims were grounds for a case.", "Ada Lind and Tom Reyes", "Ada Lind (D-Ore.) and Tom Reyes (D-Ohio)"],
    ["a list of three with tags", "The vote came late. Sen. Ada Lind (D-Ore.), Tom Reyes (D-Ohio) and Jo Park (D-N.J.) all suggested that the claims were grounds for a case.", "Ada Lind, Tom Reyes and Jo Park", "Sen. Ada Lind (D-Ore.), Tom Reyes (D-Ohio) and Jo Park (D-N.J.)"],
    ["a pair before a participle's clause", "The vote came late. Ada Lind and Tom Reyes sent a letter, asking that the claims be heard.", "Ada Lind and Tom Reyes", "Ada Lind and Tom Reyes"],
    ["titles, roles and tags before a participle", "The vote came late. Committee Chairman Ada Lind (D-Ore.) and Judiciary Chairman Tom Reyes (D-Ohio) sent a letter, asking that the claims be heard.", "Ada Lind and Tom Reyes", "Committee Chairman Ada Lind (D-Ore.) and Judiciary Chairman Tom Reyes (D-Ohio)"],
    ["a pair that opens a clause after ', and'", "The vote came late, and Ada Lind (D-Ore.) and Tom Reyes (D-Ohio) said that the claims were weak.", "Ada Lind and Tom Reyes", "Ada Lind (D-Ore.) and Tom Reyes (D-Ohio)"],
    ["a list after a subordinator", "The vote came late. Indeed, while Lind, Diaz and Party Chairman Tom Reyes have spent the week saying the party is united, others disagree.", "Lind, Diaz and Tom Reyes", "Lind, Diaz and Party Chairman Tom Reyes"],
  ])("must: %s", (_name, text, speaker, mention) => {
    expect(reported(text)[0]).toMatchObject({ speaker, mention });
  });
  it.each([
    ["names after 'such as' are examples", "The vote came late. Republicans such as former Gov. Ada Lind and former Rep. Tom Reyes, wrote that the plan was wrong.", "Tom Reyes"],
    ["a verb before the first name: its object", "The vote came late. The board praised Ada Lind (D-Ore.) and Tom Reyes (D-Ohio) said the report was wrong.", null],
    ["'and' that joins objects before the pair", "The vote came late. The mayor thanked Dover and Troy and Ann Lee (D-Ore.) and Tom Reyes (D-Ohio) said that the roads were safe.", null],
    ["a possessive after the second name", "The vote came late. Ada Lind and Tom Reyes's aides sent a letter, asking that the claims be heard.", null],
    ["a body's name keeps its source", "The vote came late. Ada Lind and the State Department have said that none of it was marked.", "State Department"],
  ])("must-not: %s", (_name, text, speaker) => {
    const q = reported(text)[0];
    expect(q).toBeDefined();
    expect(q.speakerType).not.toBe("group");
    if (speaker) expect(q.speaker).toBe(speaker);
  });
});
