import { describe, expect, it } from "vitest";
import { excerpt, sentencesOf } from "../../src/conflicts/explain.js";

describe("excerpt: one sentence of a claim", () => {
  it.each([
    ["an initial is no sentence end", "Donald J. Trump is calling for a shutdown. Then more.", "Donald J. Trump is calling for a shutdown"],
    ["a title is no sentence end", "that Dr. Ben Carson had dropped out of the race", "that Dr. Ben Carson had dropped out of the race"],
    ["nor letters with stops", "they had a positive view of the U.S. Senate. It voted.", "they had a positive view of the U.S. Senate"],
    ["a stop before a lower-case word is none", "people cross into the U.S. in search of asylum", "people cross into the U.S. in search of asylum"],
    ["a stop before a capital ends the sentence", "It rained. The river rose.", "It rained"],
    ["a quotation's own stop ends it", "say, ‘Look, this is who we are.’ We go on.", "say, ‘Look, this is who we are.’"],
    ["a question mark ends it", "Who knew? Nobody did.", "Who knew?"],
  ])("%s", (_name, text, want) => {
    expect(excerpt(text)).toBe(want);
  });

  it("splits a text into its sentences, the abbreviations kept inside", () => {
    expect(sentencesOf("Mr. Lee left. “Then it stopped,” he said. Sen. Ann Roe stayed.")).toEqual(["Mr. Lee left.", "“Then it stopped,” he said.", "Sen. Ann Roe stayed."]);
  });
});
