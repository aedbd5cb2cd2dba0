import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "But the U.S. Court of Appeals for the 6th Circuit overruled and said ...": the sentence's subject, read for a second
// verb of saying, goes on through "of"/"for" after a capitalised institution's head (sentenceSubject). Made-up
// sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: an institution's name with 'of'/'for' as the subject of 'X did Y and said ...'", () => {
  it.each([
    {
      text: "But the U.S. Court of Appeals for the 2nd Circuit overruled and said the city could go ahead with the plan.",
      content: "the city could go ahead with the plan",
      source: "the U.S. Court of Appeals for the 2nd Circuit",
    },
    {
      text: "But the Department of Transportation reversed itself and said the bridge would stay open.",
      content: "the bridge would stay open",
      source: "the Department of Transportation",
    },
    // A lower-case word after "for" is no part of the name ("for years").
    {
      text: "But the Department for years resisted and said the files were lost.",
      content: "the files were lost",
      source: "the Department",
    },
  ])("$text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
});
