import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const reported = (text: string): Quote[] => quotesOf(text, "indirect");

// Made-up paragraphs: "who" after an appositive that names a post at a body ("Ann Lee, a senior
// analyst at Drummonds, who notes …") is the appositive's head, the name before it; the body after
// "at" or "for" is where the person works.
describe("'who' after '<name>, a <post> at <Body>,'", () => {
  it.each([
    ["must: 'said X, a senior analyst at Body, who notes that'", "Profits fell again.\n\nBut that is not enough, said Howard Kemp, a senior analyst at Drummonds, who notes that the firm has vowed to cut costs.", { speaker: "Howard Kemp", mention: "who" }],
    ["must: 'X, a spokesman for Body, who said that'", "The plant will close.\n\nThe news came from Tom Reyes, a spokesman for Oakdale Power, who said that the talks had failed.", { speaker: "Tom Reyes", mention: "who" }],
    ["must-not: a body after 'at' with no name before the appositive keeps the body", "The plant will close.\n\nThe news came from analysts at Drummonds, which said that the talks had failed.", { speaker: "Drummonds" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(reported(text).at(-1)).toMatchObject(want);
  });
});

