import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// The "of" phrase after a plural listener noun ("told members of Congress that ...") is the listener's own
// (reported-listener listenerOfPhrase). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), to: sl(c.toSpan) }));
};

describe("reported: the listener's own 'of' phrase after a plural noun", () => {
  it.each([
    { text: "The mayor told members of Congress that the pier would close.", content: "that the pier would close", to: "members of Congress" },
    { text: "The mayor told members of the harbor board that the pier would close.", content: "that the pier would close", to: "members of the harbor board" },
    { text: "The mayor told officials of the Ohio Board of Elections on Monday that the pier would close.", content: "that the pier would close", to: "officials of the Ohio Board of Elections" },
    { text: "The mayor told members of Congress the pier would close.", content: "the pier would close", to: "members of Congress" },
    { text: "The mayor told supporters of the levy in Dayton that the pier would close.", content: "that the pier would close", to: "supporters of the levy" },
  ])("must: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
  it.each([
    // (unchanged: a pronoun, a plural noun with no "of" phrase, a place phrase after it)
    { text: "The mayor told them that the pier would close.", content: "that the pier would close", to: "them" },
    { text: "The mayor told reporters that the pier would close.", content: "that the pier would close", to: "reporters" },
    { text: "The mayor told voters in Dayton that the pier would close.", content: "that the pier would close", to: "voters" },
  ])("must not change: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
});
