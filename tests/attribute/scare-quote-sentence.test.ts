import { describe, expect, it } from "vitest";
import { sentenceBeforeSubject } from "../../src/attribute/cue-clause-subjects.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a title or a word in marks (a scare quote, as extraction classes it) is
// narration, so the sentence that holds it still carries its subject to the quote after it; a
// sentence that holds a quotation does not.
describe("a sentence with a scare quote before a quote with no cue", () => {
  it.each([
    ["must: a show's title in the sentence before", "The hall went quiet.\n\nOn “Dawn Report,” Ada Lind, who lost the primary, praised the crews. “We will rebuild the pier.”", { speaker: "Ada Lind" }],
    ["must: a show's title ends the paragraph before", "The hall went quiet.\n\nOn “Dawn Report,” Ada Lind praised the crews.\n\n“We will rebuild the pier.”", { speaker: "Ada Lind" }],
    ["must-not: no subject to carry", "The hall went quiet.\n\nOn “Dawn Report,” the rain kept falling. “We will rebuild the pier.”", { speaker: null }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});

describe("sentenceBeforeSubject and the marks in its sentence", () => {
  const text = "Ada Lind praised the crews of “Dawn Report” on the pier.";
  const marks = { start: text.indexOf("“"), end: text.indexOf("”") + 1 };
  it.each([
    ["must: the marks are a scare quote", [marks], "Ada Lind"],
    ["must-not: the marks are a quotation (not among the scare quotes)", [], null],
  ] as [string, { start: number; end: number }[], string | null][])("%s", (_name, scare, want) => {
    const s = sentenceBeforeSubject(text, { start: 0, end: text.length }, false, scare);
    expect(s ? text.slice(s.mention.span.start, s.mention.span.end) : null).toBe(want);
  });
});
