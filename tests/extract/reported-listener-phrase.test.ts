import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// The listener before "that" (reported-source objectAfter, listenerBeforePhrase): a phrase of time, medium or place
// after it is the verb's, not the listener's. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), to: sl(c.toSpan) }));
};

describe("reported: the listener before 'that' ends before a phrase of time, medium or place", () => {
  it.each([
    { text: "The mayor told the Daily Ledger in July that the pier would close.", content: "that the pier would close", to: "the Daily Ledger" },
    { text: "The mayor told KXLA on Sunday that the pier would close.", content: "that the pier would close", to: "KXLA" },
    { text: "The mayor told his supporters in Ohio last week that the pier would close.", content: "that the pier would close", to: "his supporters" },
    { text: "The mayor told a cheering crowd at a rally that the pier would close.", content: "that the pier would close", to: "a cheering crowd" },
    { text: "The mayor told the harbor board Tuesday morning that the pier would close.", content: "that the pier would close", to: "the harbor board" },
    { text: "The mayor told The Daily Ledger Tuesday morning that the pier would close.", content: "that the pier would close", to: "The Daily Ledger" },
  ])("must: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
  it.each([
    // (unchanged: the listener's own of-phrase, a participle phrase on it, a listener right before "that", a name ending in a time word)
    { text: "The mayor told the people of Ohio that the pier would close.", content: "that the pier would close", to: "the people of Ohio" },
    { text: "The mayor told the crowd gathered outside the hall that the pier would close.", content: "that the pier would close", to: "the crowd gathered outside the hall" },
    { text: "The mayor told the Daily Ledger that the pier would close.", content: "that the pier would close", to: "the Daily Ledger" },
    { text: "The mayor told Ohio Today that the pier would close.", content: "that the pier would close", to: "Ohio Today" },
  ])("must not change: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
});
