import { describe, expect, it } from "vitest";
import { isCueVerb } from "../../src/attribute/cue-words.js";
import { tokenize } from "../../src/attribute/tokens.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a participle right after the noun phrase that follows a quote ("a series of
// posts that included one saying …") hangs on that noun; it is no finite verb, so the noun phrase
// names the quote (or whoever spoke the words after the participle), not who spoke the quote.
describe("a participle after the noun phrase that follows a quote", () => {
  it.each([
    ["must-not: an appositive naming the quote, then a participle", "Ada Lind spoke first. She was fined after what she called a “joke,” a string of notes that included one saying the mayor should quit.", { speaker: "Ada Lind", cue: "called" }],
    ["must-not: a noun and a bare participle", "Ada Lind spoke first. The word “again,” a motto echoing the old campaign, was on every sign.", { speaker: null }],
    ["must-not: a title, then a noun and a reduced passive", "Ada Lind spoke first. On the shelf sat “Pier Days,” a memoir written by a retired fisherman.", { speaker: null }],
    ["must: a name and a past form with 'by' after it", "Ada Lind spoke first. “We will rebuild,” Tom Reyes wrote by hand on the board.", { speaker: "Tom Reyes" }],
    ["must: a finite verb after the participle aside", "Tom Reyes spoke first. “We will rebuild,” Ada Lind, standing on the pier, said on Monday.", { speaker: "Ada Lind" }],
    ["must: a progressive form keeps its subject", "Tom Reyes spoke first. “We will rebuild,” Ada Lind was saying when the lights went out.", { speaker: "Ada Lind" }],
    ["must: a participle after a verb of hearing", "Tom Reyes spoke first. “Will the pier close?” a reporter can be heard asking him after the vote.", { speaker: "a reporter" }],
    ["must: a finite verb then a participle", "Tom Reyes spoke first. “We will rebuild,” Ada Lind said, adding that the pier stays.", { speaker: "Ada Lind" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// After "of" a speech word that is no gerund is a noun ("a string of messages"), never a finite verb.
describe("isCueVerb after 'of'", () => {
  it.each([
    ["must-not: a plural noun after 'of'", "a string of messages that included one", "messages", false],
    ["must-not: 'posts' after 'of'", "a series of posts online", "posts", false],
    ["must: a gerund after 'of'", "accused of saying it", "saying", true],
    ["must: a finite verb after a name", "the head of Fox said it", "said", true],
  ] as [string, string, string, boolean][])("%s", (_name, text, word, want) => {
    const toks = tokenize(text, { start: 0, end: text.length });
    expect(isCueVerb(toks, toks.findIndex((t) => t.lower === word))).toBe(want);
  });
});

// A quote right after "labeled", "titled" or "marked" names a label: with no cue of its own it takes
// no speaker from the quote before it in the paragraph.
describe("a label in marks with no cue", () => {
  it.each([
    ["must-not: a box labeled", "Ada Lind spoke first. “We will rebuild,” she said. On the shelf, in a box labeled “old files,” a clerk had left the plans.", { speaker: null }],
    ["must-not: a file titled as", "Ada Lind spoke first. “We will rebuild,” she said. The plan sat in a folder titled as “Phase Two,” by the door.", { speaker: null }],
    ["must: a quote with no cue after plain narration", "Ada Lind spoke first. “We will rebuild,” she said. “We always have.”", { speaker: "Ada Lind" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[1]).toMatchObject(want);
  });
});
