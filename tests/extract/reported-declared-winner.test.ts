import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "X was declared the winner": a declared result is reported (PolNeAR marks it, cue "was declared"). A modifier may stand
// before the winner noun, and the agent after "by" is who declared it. Made-up sentences; none comes from PolNeAR or
// the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ content: sl(c.span), mention: sl(c.mentionSpan) }));
};

describe("reported/passive-clause: 'X was declared the winner'", () => {
  it.each([
    { text: "Ann Lee was announced the second-place winner of the county fair.", content: "Ann Lee was announced the second-place winner of the county fair", mention: null, why: "a modifier before the noun" },
    { text: "Ann Lee was declared the apparent winner in the third district.", content: "Ann Lee was declared the apparent winner in the third district", mention: null, why: "an adjective before the noun" },
    { text: "Ann Lee was declared the winner in the third district by the county clerk late Tuesday.", content: "Ann Lee was declared the winner in the third district", mention: "the county clerk", why: "the agent declared it" },
    { text: "Ann Lee was declared the winner by news outlets, and her rival conceded.", content: "Ann Lee was declared the winner", mention: "news outlets", why: "the agent ends at the comma" },
  ])("$why: $text", ({ text, content, mention }) => {
    expect(found(text)).toEqual([{ content, mention }]);
  });

  it.each([
    { text: "Ann Lee was declared the winner by a wide margin.", content: "Ann Lee was declared the winner", why: "a margin after 'by' is no agent" },
    { text: "Ann Lee was declared the winner by 40 votes.", content: "Ann Lee was declared the winner", why: "a count after 'by' is no agent" },
    { text: "Ann Lee was declared the winner of a vote that was marred by fraud.", content: "Ann Lee was declared the winner of a vote that was marred", why: "a 'by' inside a clause of its own is no agent of the cue" },
  ])("no source: $why: $text", ({ text, content }) => {
    expect(found(text)).toEqual([{ content, mention: null }]);
  });

  it.each([
    { text: "Ann Lee was named the Valley Herald winner of the year." },
    { text: "Ann Lee was declared the county's first winner." },
  ])("no reported speech: $text", ({ text }) => {
    expect(found(text)).toEqual([]);
  });
});
