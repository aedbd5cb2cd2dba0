import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "states that ...": the -s form of "state" is a speech verb only in a narrow frame (before "that" and a clause, after a
// subject pronoun or the mark that closes an aside on the subject); everywhere else "states" is the plural noun ("the 15
// states that vote", "Rust Belt states that have suffered"). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan), cue: sl(c.cueSpan) }));
};

describe("reported speech: 'states that' as a speech verb", () => {
  it.each([
    { text: "The ruling is old. It states that courts should not rule too close to a vote.", content: "that courts should not rule too close to a vote", mention: "It", why: "a pronoun subject" },
    { text: "The pilot is blunt: he proudly states that he never pays the harbor fee.", content: "that he never pays the harbor fee", mention: "he", why: "a manner adverb between pronoun and verb" },
    { text: "In the book, Lee — who worked at the port for years — states that the job was a punishment.", content: "that the job was a punishment", mention: "Lee", why: "a dash closes the aside on the subject" },
    { text: "The harbor code, which was written in 1950, states that the pier must close at dusk.", content: "that the pier must close at dusk", mention: "The harbor code", why: "a comma closes the relative clause on the subject" },
    { text: "The mayor signed a memo which states that the levy will rise next year.", content: "that the levy will rise next year", mention: "which", why: "a relative pronoun as the subject (resolved later, as for says)" },
  ])("must read: $why", ({ text, content, mention }) => {
    expect(found(text)).toContainEqual({ text: content, mention, cue: expect.stringMatching(/states$/) });
  });
  it.each([
    { text: "He will campaign in the 15 states that vote on March 1.", why: "the plural noun with a relative clause" },
    { text: "Clinton won the Rust Belt states that have suffered from the loss of jobs.", why: "a capitalised word before the noun is no subject" },
    { text: "The governor wants the states that Lee won to send more delegates.", why: "after a determiner: the noun" },
    { text: "Rivals are strong in states that Democrats have not won since 1988.", why: "after a preposition: the noun" },
    { text: "The senator said the money would go to cities and states that need it.", why: "the noun after 'and' in a reported clause" },
    { text: "There is a fear in the United States that the virus will spread.", why: "the capitalised name" },
  ])("must not read 'states' as a cue: $why", ({ text }) => {
    expect(found(text).filter((f) => /states$/i.test(f.cue ?? ""))).toEqual([]);
  });
});
