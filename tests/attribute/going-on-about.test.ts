import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: "went on about", "went on and on about", "went on to say" name the one who speaks
// the quote after them, not the subject of an earlier speech verb in the sentence; a speech verb with
// a one-word answer for object ("said yes") frames its own words, not the quote before it.
describe("a quote after 'went on about' or 'went on to say'", () => {
  it.each([
    ["must: 'as X went on about'", "“Are we winning?” Ann Lee said, but as Tom Reyes went on about “the finest pier in the county,” the crowd waited in the rain.", 1, "Tom Reyes"],
    ["must: 'went on and on about'", "Ann Lee said the crews were tired, and Tom Reyes went on and on about “the finest pier in the county.”", 0, "Tom Reyes"],
    ["must: 'went on to say that'", "Ann Lee said the crews were tired, but Tom Reyes went on to say that “the pier is ours.”", 0, "Tom Reyes"],
    ["must: 'went on to call it'", "Ann Lee said the crews were tired, but Tom Reyes went on to call it “the finest pier in the county.”", 0, "Tom Reyes"],
    ["must: quotes listed after 'went on about', then 'X said yes'", "As Tom Reyes went on about “jobs” and “the pier for all,” Ann Lee said yes, yes, over and over.", 1, "Tom Reyes"],
    ["must-not: 'went on to win' is no speech", "Ann Lee said the crews were tired, but Tom Reyes went on to win the race with “the finest pier in the county.”", 0, "Ann Lee"],
    ["must-not: 'said yesterday' is no answer", "“The pier is ours,” Ann Lee said yesterday.", 0, "Ann Lee"],
  ] as [string, string, number, string][])("%s", (_name, text, at, speaker) => {
    expect(direct(text)[at]).toMatchObject({ speaker });
  });
});
