import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A closing attribution inside a parenthesis ("... (the true figure is 15 percent, according to X).") vouches for
// the words inside it only: backward content starts after the unclosed "(" before the cue. Made-up sentences; none
// comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("backwardStart: a closing attribution inside an unclosed parenthesis credits the parenthesis only", () => {
  it.each([
    {
      text: "The mayor repeated his claim that crime doubled last year (the true figure is closer to 4 percent, according to the county sheriff).",
      content: "the true figure is closer to 4 percent",
      source: "the county sheriff",
    },
    {
      text: "Small towns like Milford (nine in 10 residents there own their homes, according to census data) have seen little change.",
      content: "nine in 10 residents there own their homes",
      source: "census data",
    },
    {
      text: "The levy passed on its third try (the first two failed by fewer than 50 votes, the clerk said).",
      content: "the first two failed by fewer than 50 votes",
      source: "the clerk",
    },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // A parenthesis closed before the cue is part of the sentence the source vouches for: the content keeps it.
  it.each([
    {
      text: "The plant (built in 1974) will close by June, according to the utility.",
      content: "The plant (built in 1974) will close by June",
      source: "the utility",
    },
    {
      text: "Turnout in the ward (a Democratic stronghold) fell by a third, the clerk said.",
      content: "Turnout in the ward (a Democratic stronghold) fell by a third",
      source: "the clerk",
    },
  ])("must not: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
});
