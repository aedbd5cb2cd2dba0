import { describe, expect, it } from "vitest";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences; none comes from PolNeAR or the Palmyra corpus. A sentence's opening preposition or
// adverb ("In a year in which …", "Perhaps surprisingly, …"), or an interview's answer label ("A:"), is
// no one who speaks: whoever reported speech the sentence holds, it is not that word.
describe("a sentence's opening preposition, adverb or answer label is no source", () => {
  it.each([
    ["must-not: 'In' before a long clause", "In a year in which Mr. Reyes has attacked the banks and Mr. Lee has attacked the unions, and vowed to cut taxes, Mrs. Ford has run on thrift.", ["In"]],
    ["must-not: 'Perhaps' and an adverb before a comma", "Perhaps surprisingly, carefully reported stories can draw large audiences.", ["Perhaps surprisingly"]],
    ["must-not: the answer label 'A:'", "Q: What did you find? A: I came home and a neighbor came in and told me they had left.", ["A"]],
  ])("%s", (_name, text, notSpeakers) => {
    const speakers = quotesOf(text, "indirect").map((q) => q.speaker);
    for (const s of notSpeakers) expect(speakers).not.toContain(s);
  });
  it.each([
    // (Only kept as a source here: the surname's resolution to "Al From" is another rule's.)
    ["must: a one-word surname that is a preposition, right before the cue", "Al From, who founded the council, spoke first. From said the party had lost its way.", /From$/],
    ["must: a quantity that opens with 'about'", "About 40 voters said the levy was fair.", /^About 40 voters$/],
  ])("%s", (_name, text, speaker) => {
    expect(quotesOf(text, "indirect").map((q) => q.speaker)).toContainEqual(expect.stringMatching(speaker));
  });
});

describe("a name after the opener stays the source when the cue has no other subject", () => {
  it("must: 'like <role> <name>, who …' keeps the name", () => {
    const text = "The campaign, pushing the idea that the mayor is unfit directly and through allies (like top party aide Tom Reyes, who called him “a fraud” last week), has repeatedly argued that the levy would fail.";
    expect(quotesOf(text, "indirect").map((q) => q.speaker)).toContain("Tom Reyes");
  });
});
