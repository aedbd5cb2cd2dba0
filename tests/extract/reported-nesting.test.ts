import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// An account nested at the start of a backward one ("X said A, the Herald reported"): the sentence is the
// outer source's, kept whole under it; the inner account stays as well. Made-up sentences; none comes from
// PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("findReportedSpeech: an account that opens a backward one's content", () => {
  it.each([
    {
      why: "said-after: the reporter's account of what the mayor told",
      text: "The mayor told investigators in May she was warned about the levy, the Riverton Herald reported.",
      outer: { text: "The mayor told investigators in May she was warned about the levy", source: "the Riverton Herald" },
      inner: { text: "she was warned about the levy", source: "The mayor" },
    },
    {
      why: "said-after after a pronoun's account",
      text: "He promised to close the mill by June, Ann Lee said.",
      outer: { text: "He promised to close the mill by June", source: "Ann Lee" },
      inner: { text: "to close the mill by June", source: "He" },
    },
    {
      why: "according-to-after",
      text: "The council said the budget would be balanced by June, according to two aides.",
      outer: { text: "The council said the budget would be balanced by June", source: "two aides" },
      inner: { text: "the budget would be balanced by June", source: "The council" },
    },
  ])("$why: $text", ({ text, outer, inner }) => {
    const found = run(text);
    expect(found).toContainEqual(outer);
    expect(found).toContainEqual(inner);
  });

  // Two clauses, the second under the trailing attribution; a participle that ends the sentence is no source.
  it.each([
    {
      why: "'X said A, but B, they said': the outer one vouches for B alone",
      text: "Other candidates said they back the levy, but they would not campaign for it, they said.",
      outer: "but they would not campaign for it",
      whole: "Other candidates said they back the levy, but they would not campaign for it",
    },
    {
      why: "a participle phrase before 'tell them' is no source",
      text: "Bo Diaz explained the trick years ago: the levy is a fraud, backed by voters eager to believe the lies officials tell them.",
      outer: null,
      whole: "Bo Diaz explained the trick years ago: the levy is a fraud",
    },
  ])("not nested: $why", ({ text, outer, whole }) => {
    const texts = run(text).map((f) => f.text);
    expect(texts).not.toContain(whole);
    if (outer) expect(texts).toContain(outer);
  });
});
