import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "Sam Lau, the communications director for the party said in a statement.": a name and its appositive whose closing
// comma was left out are the subject, not a content and a source. Made-up sentences; none comes from PolNeAR or the
// Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: 'Name, role said.' with the appositive's comma left out gives no content (reported/said-after)", () => {
  it.each([
    "Jane Roe, the spokeswoman for the county water board said in a statement.",
    "Gov. John Q. Public, a Republican from the north said on Monday.",
    "Ann Lee, spokeswoman for the regional transit authority told reporters.",
  ])("must not trigger: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
  it.each([
    // A clause before the comma is a content.
    { text: "The water is safe, the spokeswoman for the county water board said.", content: "The water is safe", source: "the spokeswoman for the county water board" },
    // A name inside a clause: the clause is the content.
    { text: "Jane Roe will resign in May, the spokeswoman for the board said.", content: "Jane Roe will resign in May", source: "the spokeswoman for the board" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
});
