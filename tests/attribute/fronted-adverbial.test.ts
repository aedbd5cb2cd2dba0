import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a fronted adverbial of time or place that runs into a titled name with no
// comma of its own, or whose places carry commas, is no part of the subject: the titled name is.
describe("subjects: a titled name after a fronted adverbial", () => {
  it.each([
    ["must: the place inside the adverbial is no speaker", "Tuesday at Harbor State College in Dayton, OH, after winning the county vote, Gov. Ada Lind (R-OH), said, “We are going all the way to the coast this year.”", { speaker: "Ada Lind", mention: "Gov. Ada Lind (R-OH)" }],
    ["must: no comma between the adverbial and the name", "Saturday at the county party picnic Sen. Tom Reyes (D-MA) said the plan was a “costly mistake” for the port.", { speaker: "Tom Reyes", mention: "Sen. Tom Reyes (D-MA)" }],
    ["must: role words before the title stay with the name", "Saturday at the county party picnic former Sen. Tom Reyes (D-MA) said the plan was a “costly mistake” for the port.", { speaker: "Tom Reyes", mention: "former Sen. Tom Reyes (D-MA)" }],
    ["must: a person noun and its modifiers before the title stay too", "On Sunday's broadcast of Harbor Talk, Republican mayoral nominee Gov. Ada Lind (R-OH) said the plan was a “costly mistake” for the port.", { speaker: "Ada Lind", mention: "Republican mayoral nominee Gov. Ada Lind (R-OH)" }],
    ["must-not: role words after the adverbial's comma stay", "On Monday, former Harbor Board Chairman Tom Reyes said, “We are going all the way to the coast this year.”", { speaker: "Tom Reyes", mention: "former Harbor Board Chairman Tom Reyes" }],
    ["must-not: a titled name after a verb is its object", "At a rally in Dayton on Tuesday, Sen. Tom Reyes endorsed Gov. Ada Lind, saying she would “make a fine president.”", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
  it("must-not: a titled name after 'of' belongs to the phrase before it, and is not the speaker alone", () => {
    const q = direct("Tuesday at the fair the wife of Sen. Tom Reyes said, “We are going all the way to the coast this year.”")[0];
    expect(q.mention).not.toBe("Sen. Tom Reyes");
  });
});
