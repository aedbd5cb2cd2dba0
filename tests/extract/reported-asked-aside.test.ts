import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "The mayor, asked about the plan, said it was fine": an aside of the question put to the subject, closed by the comma
// before the cue, stands between the subject and its verb of saying (participleAsideSubject). Made-up sentences; none
// comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("participleAsideSubject: an 'asked ...' aside between the subject and the cue", () => {
  it.each([
    { text: "The mayor, asked about the plan, said it was fine.", content: "it was fine", source: "The mayor" },
    { text: "The harbor master, when asked why the port closed, said the cranes had failed.", content: "the cranes had failed", source: "The harbor master" },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text).filter((r) => r.text === content)).toEqual([{ text: content, source }]);
  });
  // A name after the aside is the subject itself: the phrase before the aside is no source.
  it.each([
    { text: "In Riverton, asked about the plan, Lee said it was fine.", content: "it was fine", source: "Lee" },
  ])("must not take the fronted phrase: $text", ({ text, content, source }) => {
    expect(run(text).filter((r) => r.text === content)).toEqual([{ text: content, source }]);
  });
});
