import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/attribute/index.js";
import { otherOccasion } from "../../src/attribute/other-occasion.js";
import { extractQuotes } from "../../src/extract/index.js";
import { makeArticle } from "../../src/ingest/article.js";
import type { Quote } from "../../src/model/index.js";

// Made-up articles (published 2019-03-14, a Thursday).
const quoteOf = (text: string, words: string): Quote | undefined => {
  const a = makeArticle("t", 0, "t", text, 0, text.length, { published: "2019-03-14", outlet: null });
  return attributeQuotes(a, extractQuotes(a).candidates).quotes.find((q) => q.text.includes(words));
};

// A follow-on quote goes on with its speaker; what the earlier words were given to (outlet, medium,
// day) goes on only when its own cue names no other time.
describe("a follow-on quote whose cue names another occasion keeps its speaker, not the earlier outlet", () => {
  it.each([
    [
      "must: 'as he later explained'",
      "“The port is a political thing,” Tom Reyes told the Harbor Times on Monday. He said the fees were “far too high” and that the result, as he later explained, was an “empty quay.”",
      "empty quay",
      { speaker: "Tom Reyes", toOutlet: null, spokenOn: null },
    ],
    [
      "must: 'Later, she said'",
      "Ada Lind told the Harbor Times on Tuesday that the ferry would run. Later, she said it was “a mistake to promise that.”",
      "a mistake to promise",
      { speaker: "Ada Lind", toOutlet: null, spokenOn: null },
    ],
    [
      "must: a time phrase opening the sentence",
      "Tom Reyes said in a speech on Monday that the mill would stay. In the coming months, he vowed to “keep every job.”",
      "keep every job",
      { speaker: "Tom Reyes", medium: null, spokenOn: null },
    ],
    [
      "must: 'said later' after the cue",
      "Ada Lind told the Harbor Times on Tuesday that the ferry would run. She said later that it was “a mistake to promise that.”",
      "a mistake to promise",
      { speaker: "Ada Lind", toOutlet: null },
    ],
    [
      "must-not: a plain continuation keeps the outlet and the day",
      "Ada Lind told the Harbor Times on Tuesday that the ferry would run. She said it was “not a mistake to promise that.”",
      "not a mistake to promise",
      { speaker: "Ada Lind", toOutlet: "The Harbor Times", spokenOn: "2019-03-12" },
    ],
    [
      "must-not: 'later' inside the reported words is no cue's",
      "Ada Lind told the Harbor Times on Tuesday that the ferry would run. She said the boats would come “later this year.”",
      "later this year",
      { speaker: "Ada Lind", toOutlet: "The Harbor Times" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, words, want) => {
    const q = quoteOf(text, words);
    expect(q).toMatchObject(want);
    if (!("medium" in want)) expect(q?.medium ?? null).toBeNull();
  });
});

describe("otherOccasion reads only the cue's own words", () => {
  const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  it.each([
    ["must: between the source and its verb", "and, as he later explained, was", "he", "explained", "occasion/between-source-and-cue"],
    ["must: right after the verb", "He said afterwards that it was", "He", "said", "occasion/after-cue"],
    ["must: in the cue as written", "He said later that it was", "He", "said later", "occasion/in-cue"],
    ["must: a sentence opener", "It ran. Weeks later, he said it was", "he", "said", "occasion/sentence-opener"],
    ["must-not: an earlier sentence's opener", "Later, it ran. He said it was", "He", "said", null],
    ["must-not: the reported words", "He said the boats would come later", "He", "said", null],
    ["must-not: 'after' as a preposition", "He said, after a pause, that it was", "He", "said", null],
  ])("%s", (_name, text, source, cue, id) => {
    expect(otherOccasion(text, at(text, source), at(text, cue))?.id ?? null).toBe(id);
  });
});
