import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "A, X reported, while B, Y reported.": two accounts closed by their own attributions in one sentence; the second
// content starts after the first attribution and its conjunction, and the first does not run on into the second's
// clause (reported/said-after, resolveOverlaps). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: 'A, X said, but/while B, Y said' (reported/said-after)", () => {
  it.each([
    {
      text: "In Denver, marchers carried white roses, a local station reported, while in Austin the parade began with a moment of silence, the city paper reported.",
      want: [
        { text: "In Denver, marchers carried white roses", source: "a local station" },
        { text: "in Austin the parade began with a moment of silence", source: "the city paper" },
      ],
    },
    {
      text: "The plant will close in June, the mayor said, but the workers will be paid through August, the union said.",
      want: [
        { text: "The plant will close in June", source: "the mayor" },
        { text: "the workers will be paid through August", source: "the union" },
      ],
    },
  ])("must split: $text", ({ text, want }) => {
    expect(run(text)).toEqual(want);
  });
  it.each([
    // One attribution: a clause joined after it continues the same account.
    {
      text: "The plant will close in June, the mayor said, and the workers will be paid through August.",
      want: [{ text: "The plant will close in June, the mayor said, and the workers will be paid through August", source: "the mayor" }],
    },
  ])("must keep whole: $text", ({ text, want }) => {
    expect(run(text)).toEqual(want);
  });
});
