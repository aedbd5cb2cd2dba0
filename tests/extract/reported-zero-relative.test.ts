import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "a probe the agency said was ongoing": a relative clause with no relative pronoun, whose gap is the finite auxiliary
// right after the cue. The content runs from the noun phrase (after "of" when there is one) through the clause; the
// source is the clause's subject. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("reported speech: a relative clause with no pronoun ('a probe the agency said was ongoing')", () => {
  it.each([
    { text: "The harbor audit is still open — a review the port authority said was ongoing as of last week.", content: "a review the port authority said was ongoing as of last week", source: "the port authority" },
    { text: "It’s a shift Lee said could bring moderates to the ballot this fall, and she wants the party to act.", content: "a shift Lee said could bring moderates to the ballot this fall", source: "Lee" },
    { text: "The mayor added the town to a list of ports she said had closed their piers in May.", content: "ports she said had closed their piers in May", source: "she" },
    { text: "He attacked the judge the mayor said was biased.", content: "the judge the mayor said was biased", source: "the mayor" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(found(text)).toContainEqual({ text: content, source });
  });
  it.each([
    // The noun phrase opens the sentence: the auxiliary is the main clause's verb.
    "The thing he said was false.",
    // No determiner opens the noun's phrase.
    "Everything he said was a lie.",
  ])("must not trigger: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("reported speech: a zero relative whose gap is a lexical verb ('a decision they say allowed …')", () => {
  it.each([
    { text: "The board is weighing the ferry deal — a decision the unions say allowed the fares to double.", content: "a decision the unions say allowed the fares to double", source: "the unions" },
    { text: "Critics attacked the levy the mayor said helped the town's schools.", content: "the levy the mayor said helped the town's schools", source: "the mayor" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(found(text)).toContainEqual({ text: content, source });
  });
  it.each([
    // A noun opens the content: a clause of its own, no gap; the plain account stays.
    { text: "The board is weighing the ferry deal — a decision the unions say voters want.", content: "voters want" },
  ])("keeps the plain account: $text", ({ text, content }) => {
    expect(found(text).map((c) => c.text)).toContain(content);
  });
});
