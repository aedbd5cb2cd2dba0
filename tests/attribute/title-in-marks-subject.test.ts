import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a subject that a closing quotation mark ends is a title or words in marks, not a
// speaker, whether the marks are “ ” or two apostrophes (attribute/cue-context closedByMark).
describe("a title in marks as the sentence's subject is no source", () => {
  it.each([
    ["must: a title with a clause after it, curly marks", "The book is out. “Harbour Nights,” which will be in shops on Tuesday, is a twist on a genre known as “port noir.” A film is planned.", null],
    ["must: a title with a clause after it, '' marks", "The book is out. ''Harbour Nights,'' which will be in shops on Tuesday, is a twist on a genre known as ''port noir.'' A film is planned.", null],
    ["must: a title after an imperative, '' marks", "The film is odd. Think ''Harbour Nights'' meets ''The Long Pier.'' With songs.", null],
    ["must-not: a nickname inside a name stays the source", "Tom “The Crane” Reyes likened the budget to “a bucket with a hole in the bottom of it.”", "Tom “The Crane” Reyes"],
  ] as [string, string, string | null][])("%s", (_name, text, speaker) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject({ speaker } as Partial<Quote>);
  });
});
