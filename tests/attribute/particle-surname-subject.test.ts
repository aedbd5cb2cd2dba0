import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a name whose surname carries its particle ("Anwar al-Awlaki", "Adel el-Sayed")
// ends on a word capitalised after the hyphen; as a sentence's subject it can speak like any name.
describe("a subject whose surname opens with 'al-' or 'el-'", () => {
  it.each([
    ["must: 'X al-Y is shown lecturing: “…”'", "Some back the plan.\n\nIn the video, Anwar al-Awlaki is shown lecturing: “Take heed.”", { speaker: "Anwar al-Awlaki" }],
    ["must: 'X el-Y, who …, is shown lecturing: “…”'", "Some back the plan.\n\nIn the video, the cleric Adel el-Sayed, who died in 2011, is shown lecturing: “Take heed.”", { speaker: "Adel el-Sayed" }],
    ["must-not: a lower-case word with a hyphen is no name ('all-out') ", "Some back the plan.\n\nIn the video, the all-out war is shown raging: “Take heed.”", { speaker: null }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
