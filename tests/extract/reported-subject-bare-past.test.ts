import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "The mayor cast doubt on the audit and suggested that ...": the sentence's subject (reported-subject
// sentenceSubject) ends before a past form that is the bare verb ("cast", "put", "set") when its bare object and a
// preposition follow; the verb is no noun of the subject. Made-up sentences; none comes from PolNeAR or the
// Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan) }));
};

describe("reported/subject: a bare past verb after the subject's noun", () => {
  it.each([
    { text: "The mayor cast doubt on the audit and suggested that the numbers were wrong.", content: "that the numbers were wrong", mention: "The mayor" },
    { text: "The union put pressure on the board and said the strike would go on.", content: "the strike would go on", mention: "The union" },
    { text: "The council set limits on the levy and warned that the fund would run dry.", content: "that the fund would run dry", mention: "The council" },
  ])("must: $text", ({ text, content, mention }) => {
    expect(found(text)).toEqual([{ text: content, mention }]);
  });
  // Right after the article the word is a noun of the subject ("The cast members"); with no preposition after the
  // next noun it stays too.
  it.each([
    { text: "The cast members met the press and said that the show would go on.", content: "that the show would go on", mention: "The cast members" },
  ])("must not: $text", ({ text, content, mention }) => {
    expect(found(text)).toEqual([{ text: content, mention }]);
  });
});
