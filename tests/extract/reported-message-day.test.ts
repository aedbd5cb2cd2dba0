import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "X issued a statement Wednesday saying ...": the day the message went out stands between the message noun and the
// participle; the content is still the message's and the source the subject of the verb that sent it
// (reported/participle). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported/participle: a weekday between the message noun and 'saying'", () => {
  it.each([
    { text: "The Lee campaign sent a fundraising email Wednesday saying that the county results show a two-way race.", content: "that the county results show a two-way race", source: "The Lee campaign" },
    { text: "The mayor released a statement on Tuesday saying he would not seek a third term.", content: "he would not seek a third term", source: "The mayor" },
    { text: "The union issued a statement late Friday night saying the strike would go on.", content: "the strike would go on", source: "The union" },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // No message noun before the day: the participle after a day alone has no noun phrase to be its source here.
  it.each([
    { text: "The mayor toured the harbor Wednesday saying little.", rows: [] },
  ])("must not: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
});
