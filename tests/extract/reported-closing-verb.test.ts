import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A speech verb's -s form that could also be read as a noun ("maintains", "alleges") closing the sentence after
// "…, the <noun>", and "it's" / "that's" before a cue (a pronoun and its auxiliary, no possessive).
// Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: an -s form closing its sentence after '…, the <noun>' is the attribution's verb", () => {
  it.each([
    { text: "The plant was never inspected, the former inspector maintains.", content: "The plant was never inspected", source: "the former inspector" },
    { text: "The company broke the state's wage law, the lawsuit alleges.", content: "The company broke the state's wage law", source: "the lawsuit" },
    { text: "The bridge will reopen in May, the mayor’s office confirms.", content: "The bridge will reopen in May", source: "the mayor’s office" },
    // (-s forms that are no plural noun, as the model's speech-forms file them: "writes", "adds", "warns".)
    { text: "The levy is unfair to renters, the editorial board writes.", content: "The levy is unfair to renters", source: "the editorial board" },
    { text: "The levy is unfair to renters, the editorial board adds.", content: "The levy is unfair to renters", source: "the editorial board" },
    { text: "The river will flood by Friday, the weather service warns.", content: "The river will flood by Friday", source: "the weather service" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  it.each([
    // A plural noun after the comma, with no verb of its own: no attribution.
    "The vote was close, despite the new claims.",
    "He read them all, the reports and the notes.",
    // The -s form is not at the sentence's end: no clause-final verb.
    "The board met on Tuesday, the agenda notes on page two.",
  ])("must not trigger: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe("findReportedSpeech: 'it's' before a cue is a pronoun with its auxiliary", () => {
  it.each([
    { text: "It's been reported that the mayor will resign next week.", content: "that the mayor will resign next week" },
    { text: "It’s been announced that the plant will close in June.", content: "that the plant will close in June" },
  ])("must trigger: $text", ({ text, content }) => {
    expect(run(text).map((c) => c.text)).toEqual([content]);
  });
  it.each([
    // A real possessive before the form still makes it a noun.
    "The agency's reported deal with the city fell apart.",
    "Its claimed savings never appeared.",
  ])("must not trigger: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});
