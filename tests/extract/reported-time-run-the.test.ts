import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "said Tuesday the party should act": the run of time words after the verb (reported-source skipAdverbials)
// ends before "the" that opens the content; "the" belongs to the time phrase only before a date's number or a
// time noun. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported/time run: 'the' after a time word opens the content", () => {
  it.each([
    { text: "The senator said Tuesday the party should act on the bill.", content: "the party should act on the bill", source: "The senator" },
    { text: "The governor said late Friday the budget would be balanced by June.", content: "the budget would be balanced by June", source: "The governor" },
    { text: "The coach said last week the team had earned a rest.", content: "the team had earned a rest", source: "The coach" },
    { text: "The mayor said yesterday the bridge will reopen in May.", content: "the bridge will reopen in May", source: "The mayor" },
    // (already right: a preposition's time phrase ended before "the")
    { text: "The senator said on Tuesday the party should act on the bill.", content: "the party should act on the bill", source: "The senator" },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // "the" before a date's number or a time noun is still part of the time phrase.
  it.each([
    { text: "The senator said Tuesday the 14th that the party should act.", content: "that the party should act", source: "The senator" },
    { text: "The senator said Friday the same day that the party should act.", content: "that the party should act", source: "The senator" },
  ])("must not take the time phrase in: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // "the same ..." after the time word is the verb's manner or object: no content.
  it.each([
    { text: "The coach responded then the same way that every team must answer a loss.", rows: [] },
  ])("must not: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
});
