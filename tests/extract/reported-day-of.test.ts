import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A time phrase of "the", a day's part and "of"/"after"/"before" with an event ("the morning of the debate") after the
// verb or its listener belongs to the verb: it opens neither the content nor runs on in the listener
// (reported-day-of dayOfEnd, in skipAdverbials and listenerBeforePhrase). Made-up sentences; none comes from PolNeAR
// or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), to: sl(c.toSpan) }));
};

describe("reported: a day's part tied to an event after the verb is the verb's time", () => {
  it.each([
    { text: "The senator told reporters the morning of the debate his mic had been cut.", content: "his mic had been cut", to: "reporters" },
    { text: "The senator said the morning of the debate his mic had been cut.", content: "his mic had been cut", to: undefined },
    { text: "The senator said the morning of the debate that his mic had been cut.", content: "that his mic had been cut", to: undefined },
    { text: "The senator told reporters the day before the vote that the levy would pass.", content: "that the levy would pass", to: "reporters" },
    { text: "The senator told the Ledger the night after the election that the levy would pass.", content: "that the levy would pass", to: "the Ledger" },
    { text: "The senator told his staff the same evening of the vote that the levy would pass.", content: "that the levy would pass", to: "his staff" },
  ])("must: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
  it.each([
    // (unchanged: the phrase is the content's subject; a time clause after "after"; a phrase inside the content)
    { text: "The senator said the day of reckoning had come.", content: "the day of reckoning had come", to: undefined },
    { text: "The senator said the week of the vote was the worst of his career.", content: "the week of the vote was the worst of his career", to: undefined },
    { text: "The senator told reporters his mic the morning of the debate had been cut.", content: "his mic the morning of the debate had been cut", to: "reporters" },
  ])("must not change: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
});
