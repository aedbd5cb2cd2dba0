import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "A, X insisted Thursday during a tour of …": a prepositional phrase of the occasion that runs to the sentence's end
// closes the attribution, as a time phrase does. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: '…, X said during/at/after <noun phrase>.' closes the attribution (reported/said-after)", () => {
  it.each([
    { text: "The new bridge is safe for heavy trucks, the county engineer Ann Lee insisted Thursday during a long tour of the local radio stations.", content: "The new bridge is safe for heavy trucks", source: "the county engineer Ann Lee" },
    { text: "The plant will stay open through the winter, he argued during a debate with the union's leaders.", content: "The plant will stay open through the winter", source: "he" },
    { text: "The levy will pass easily, the mayor predicted after a long meeting of the town's council.", content: "The levy will pass easily", source: "the mayor" },
    { text: "Voters are tired of the feud, Jane Roe insisted aboard her campaign bus.", content: "Voters are tired of the feud", source: "Jane Roe" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  it.each([
    // A clause goes on after a comma: no plain occasion.
    "The plant will close, he insisted during the tour of the plant, and the crowd cheered.",
    // A clause of its own inside the phrase ("after it was over"): the phrase is no noun phrase.
    "The plant will close, he insisted after it was over.",
    // A phrase that opens with no determiner, name or number ("in vain"): no occasion.
    "The plant will close, he insisted in vain to the end of the meeting.",
  ])("must not trigger: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});
