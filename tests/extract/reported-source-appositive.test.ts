import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// The name before an appositive is the source, when the appositive joins two roles with "and" or the writer left
// out its closing comma. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const mentions = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => sl(c.mentionSpan));
};

describe("subjectBefore: a name and its appositive", () => {
  it.each([
    { text: "Ann Lee, a nurse from Dayton and longtime union member, said the levy would fail.", want: "Ann Lee", why: "two roles joined by 'and'" },
    { text: "Riverton Partners, a farm and garden supply company, said the levy would fail.", want: "Riverton Partners", why: "two nouns joined by 'and' in one role" },
    { text: "Sen. Ann Lee (D-Ohio), a supporter of the levy told reporters it would pass.", want: "Sen. Ann Lee (D-Ohio)", why: "the appositive's closing comma left out" },
  ])("$why: $text", ({ text, want }) => {
    expect(mentions(text)).toEqual([want]);
  });

  it.each([
    { text: "In Iowa, a supporter of the levy said it would pass.", want: "a supporter of the levy", why: "a fronted place is no name of the subject" },
    { text: "Lee met the mayor and council members, said the plan would fail.", want: "council members", why: "'and' without a comma and an article before it is no appositive" },
    { text: "After the vote, the mayor said it would pass.", want: "the mayor", why: "'the' after a comma opens the subject itself" },
  ])("leaves $want: $text", ({ text, want }) => {
    expect(mentions(text)).toEqual([want]);
  });
});
