import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// Naming with a predicate (reported/called-predicate) in a relative clause that stands in no other account ("drew
// praise from Lee, who called it a good first step"), and after an adverb of the participle ("with Lee repeatedly
// calling Diaz his friend"). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan), rule: c.ruleId }));
};

describe("reported/called-predicate: a relative clause of its own, an adverb before 'calling'", () => {
  it.each([
    { text: "The deal drew praise from Lee, who called it a good first step.", content: "it a good first step", source: "who" },
    { text: "Few speakers echoed the tone of Lee, who has called the levy an outright theft.", content: "the levy an outright theft", source: "who" },
    { text: "The two stayed cordial for months, with Lee repeatedly calling Diaz his friend.", content: "Diaz his friend", source: "Lee" },
  ])("must: $text", ({ text, content, source }) => {
    const rows = run(text).filter((r) => r.rule === "reported/called-predicate");
    expect(rows.map(({ text, source }) => ({ text, source }))).toEqual([{ text: content, source }]);
  });
  // Inside another account the relative clause is that account's content; "what he called X" and "which it has
  // called X" name a gap.
  it.each([
    { text: "The union backed the plan, which it has called a fair compromise." },
    { text: "She said that Lee, who has called the levy a theft, would vote no." },
    { text: "The mayor denounced what he called tribalism in the council." },
  ])("must not: $text", ({ text }) => {
    expect(run(text).filter((r) => r.rule === "reported/called-predicate")).toEqual([]);
  });
});
