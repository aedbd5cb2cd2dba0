import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "A, X said in posing the question to Y.": a gerund phrase of the occasion that runs to the sentence's end closes
// the attribution, as a time phrase does. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: '…, X said in/while/after <gerund> …' closes the attribution (reported/said-after)", () => {
  it.each([
    { text: "Many parents found the new schedule confusing, the reporter Ann Lee said in posing the question to the mayor.", content: "Many parents found the new schedule confusing", source: "the reporter Ann Lee" },
    { text: "The plant will close by the end of the year, he said while touring the site.", content: "The plant will close by the end of the year", source: "he" },
    { text: "The county has no money left for the bridge, Ann Lee said after meeting with the board on Monday.", content: "The county has no money left for the bridge", source: "Ann Lee" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  it.each([
    // The phrase goes on with a clause of its own after a comma: no plain occasion.
    "The plant will close, he said after visiting the site, and the crowd cheered.",
    // "in" with a noun, no gerund: not this rule's; the sentence has no end after the verb's phrase either.
    "The plant will close, he said in something of a hurry to leave, and left.",
  ])("must not trigger: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});
