import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "X said as much", "Y acknowledged as much": "as much" stands for a clause reported before it, as "said so" does, and is
// the content (PolNeAR files the two words). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan) }));
};

describe("reported speech: 'said as much'", () => {
  it.each([
    { text: "The ferry is late again. Harbor officials acknowledged as much in a letter on Monday.", mention: "Harbor officials", why: "a medium phrase after it" },
    { text: "The plan is dead. The mayor's aide said as much in an interview, adding that talks would resume.", mention: "The mayor's aide", why: "before a medium phrase and a participle" },
    { text: "The team will move. Its owner admitted as much.", mention: "Its owner", why: "at the sentence's end" },
    { text: "Rates will rise. Two bankers said as much, but the board has not voted.", mention: "Two bankers", why: "before a comma and 'but'" },
    { text: "The strike was over. He said as much in his speech that night.", mention: "He", why: "before a time phrase opened by 'that'" },
  ])("must read 'as much' as the content: $why", ({ text, mention }) => {
    expect(found(text)).toContainEqual({ text: "as much", mention });
  });
  it.each([
    { text: "The mayor said as much as $2 million was lost on the bridge.", why: "'as much as' a quantity" },
    { text: "The mayor said as much about the port as about the bridge.", why: "'as much about': a comparison, no pro-form" },
    { text: "The pier cost as much in May as the bridge did.", why: "no speech verb" },
  ])("must not read 'as much' alone: $why", ({ text }) => {
    expect(found(text).map((f) => f.text)).not.toContain("as much");
  });
});
