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

// The source as written (sourceSpan): a "which" clause or an aside of occasion before the verb is left out; a
// "who" clause stays.
const sources = (text: string) => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => (c.sourceSpan ? article.text.slice(c.sourceSpan.start, c.sourceSpan.end) : undefined));
};

describe("subjectBefore: the source as written ends before a 'which' clause or an aside", () => {
  it.each([
    { text: "Ann Lee, head of the Riverton Fund, which paid for the study, said the levy would fail.", want: "Ann Lee, head of the Riverton Fund," },
    { text: "Ann Lee, speaking at a rally in Dayton, said the levy would fail.", want: "Ann Lee," },
    { text: "Judge Ann Lee, in her dissent, said the levy was unfair.", want: "Judge Ann Lee," },
  ])("$text", ({ text, want }) => {
    expect(sources(text)).toEqual([want]);
  });
  it.each([
    { text: "Ann Lee, who chairs the council, said the levy would fail.", want: "Ann Lee, who chairs the council," },
    { text: "Ann Lee, who lost her son in Aurora, Colorado, in July 2012, said the levy would fail.", want: "Ann Lee, who lost her son in Aurora, Colorado, in July 2012," },
  ])("keeps the 'who' clause: $text", ({ text, want }) => {
    expect(sources(text)).toEqual([want]);
  });
});

// A description before a name in apposition: the name is the source, the description its role. Made-up sentences.
const sourced = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ mention: sl(c.mentionSpan), role: sl(c.roleSpan) }));
};

describe("a description, then the name in apposition", () => {
  it.each([
    { text: "The levy will fail, said a former spokesman for the county board, Ann Lee.", mention: "Ann Lee", role: "a former spokesman for the county board", why: "after the cue" },
    { text: "The levy will fail, said the board's chief executive, Tom R. Reyes, who joined in May.", mention: "Tom R. Reyes", role: "the board's chief executive", why: "after the cue, a who-clause after the name" },
    { text: "The director of the Riverton Fund, Ann Lee, said the levy would fail.", mention: "Ann Lee", role: "The director of the Riverton Fund", why: "before the cue" },
    { text: "And a third, Tom Reyes, said the levy would fail.", mention: "Tom Reyes", role: "a third", why: "after 'and'" },
  ])("$why: $text", ({ text, mention, role }) => {
    expect(sourced(text)).toEqual([{ mention, role }]);
  });

  it.each([
    { text: "The levy will fail, said Ann Lee, a spokeswoman for the board.", mention: "Ann Lee", role: "a spokeswoman for the board", why: "the name first keeps the role after it" },
    { text: "The levy will fail, said a spokesman, who asked not to be named.", mention: "a spokesman", role: null, why: "no name after the comma" },
    { text: "The levy will fail, said a study by the county board, Ann Lee.", mention: "a study by the county board", role: "Ann Lee", why: "a document and its author describe no person" },
    { text: "After the vote, Ann Lee, the mayor, said the levy would fail.", mention: "Ann Lee", role: "the mayor", why: "a fronted phrase before the name is no role" },
  ])("leaves it: $why", ({ text, mention, role }) => {
    expect(sourced(text)).toEqual([{ mention, role }]);
  });
});
