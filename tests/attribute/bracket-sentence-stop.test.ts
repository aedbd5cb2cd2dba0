import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/attribute/tokens.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const words = (text: string): string[] => tokenize(text, { start: 0, end: text.length }).map((t) => t.text);

// Made-up text: a stop before a closing bracket belongs to a capitalised abbreviation ("(R-Ky.)"),
// but after a lower-case word it ends the sentence the brackets hold.
describe("a stop before a closing bracket", () => {
  it.each([
    ["must: a lower-case word's stop is its own token", "(he said.)", ["(", "he", "said", ".", ")"]],
    ["must: a square bracket too", "[she added.]", ["[", "she", "added", ".", "]"]],
    ["must-not: a capitalised abbreviation keeps its stop", "Ann Lee (R-Ky.) spoke", ["Ann", "Lee", "(", "R-Ky.", ")", "spoke"]],
    ["must-not: a known lower-case abbreviation keeps its stop", "(40 miles, approx.)", ["(", "40", "miles", ",", "approx.", ")"]],
  ])("%s", (_name, text, want) => {
    expect(words(text)).toEqual(want);
  });

  it.each([
    ["must: a quote and its cue in brackets", "Tom Reyes spoke. (“We are not out to close the pier,” he said.)", { speaker: "Tom Reyes", mention: "he" }],
    ["must: 'added' in brackets, more text after", "Ann Lee spoke. (“The pier stays,” she added.) Then she left.", { speaker: "Ann Lee", mention: "she" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});
