import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "A, said X, B.": an inverted attribution between the reported sentence's subject and its predicate. The whole
// sentence is the account and X its source (not the subject before the comma, with "X, B" for content). Made-up
// sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ rule: c.ruleId, text: sl(c.span), mention: sl(c.mentionSpan), source: sl(c.sourceSpan) }));
};

describe("reported/said-inverted-between", () => {
  it.each([
    { text: "The bridge, said Ann Lee, will close in May.", mention: "Ann Lee", source: "Ann Lee", why: "a name, then a modal" },
    { text: "And the mayor, said Lee, doesn't forgive or forget.", mention: "Lee", source: "Lee", why: "a negated auxiliary" },
    { text: "The contrast, said Lee and others, would be clear by then.", mention: "Lee and others", source: "Lee and others", why: "a source joined by 'and others'" },
    { text: "The levy, said Lee, who chairs the board, was never popular.", mention: "Lee", source: "Lee, who chairs the board", why: "a who-clause after the name is the source as written" },
  ])("$why: $text", ({ text, mention, source }) => {
    const hit = found(text).find((f) => f.rule === "reported/said-inverted-between");
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.text).toBe(text.slice(0, -1));
    expect(hit!.mention).toBe(mention);
    expect(hit!.source).toBe(source);
  });

  it.each([
    { text: "The plan is dead, said Ann Lee, a spokeswoman for the board.", why: "an appositive after the name, no predicate" },
    { text: "The plan is dead, said Ann Lee, adding that the board would meet.", why: "a participle after the name" },
    { text: "The plan is dead, said Ann Lee.", why: "no comma after the source" },
    { text: "The plan, said that the board, will fail.", why: "'that' after the verb opens a content" },
  ])("not: $why", ({ text }) => {
    expect(found(text).map((f) => f.rule)).not.toContain("reported/said-inverted-between");
  });
});
