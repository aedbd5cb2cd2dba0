import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// The time or place phrase after a speech verb never holds a clause of its own: a past speech verb in lower case
// inside it ("said in March after Acme announced ...") ends the walk, so the content and its source belong to that
// verb. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: a phrase after the verb that holds a speech verb is a clause, not the saying's time", () => {
  it.each([
    // (Two sentences in the quote: the reported sentence opens at its second, right before the source.)
    { text: "“We love the plant. We will stay,” Lee said in March after Acme announced it was cutting 300 jobs in Ohio.", content: "it was cutting 300 jobs in Ohio", source: "Acme" },
    { text: "“We love the plant. We will stay,” Lee said on Monday after the mayor said the plant would close.", content: "the plant would close", source: "the mayor" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // No speech verb in the phrase: it is still the occasion, skipped before the content.
  it.each([
    { text: "Ann Lee said in March after the vote that she would resign.", content: "that she would resign" },
    { text: "Ann Lee said in a statement after the hearing that she would resign.", content: "that she would resign" },
    { text: "Ann Lee said on Monday after the meeting she would resign.", content: "she would resign" },
  ])("must not trigger: $text", ({ text, content }) => {
    expect(run(text)).toEqual([{ text: content, source: "Ann Lee" }]);
  });
});
