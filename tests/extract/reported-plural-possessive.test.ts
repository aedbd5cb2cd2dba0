import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "told Sanders’ aides that ...", "said on Fox News’ show that ...": the apostrophe of a plural possessive is a token of
// its own, and the listener and medium walks after the verb ended there, leaving no content (pluralPossessiveAt,
// reported-possessive.ts). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported speech: a plural possessive inside the listener or the medium phrase", () => {
  it.each([
    { text: "The aide told the Jacksons’ neighbors that the levy was dead.", content: "that the levy was dead", source: "The aide" },
    { text: "The aide told Reyes’ supporters that the levy was dead.", content: "that the levy was dead", source: "The aide" },
    { text: "Ann Lee said on Channel News’ morning show that the levy was dead.", content: "that the levy was dead", source: "Ann Lee" },
    { text: "Ann Lee said in the Valley Times' weekend interview that the levy was dead.", content: "that the levy was dead", source: "Ann Lee" },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
});
