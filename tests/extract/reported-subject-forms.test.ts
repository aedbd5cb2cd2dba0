import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// Subjects the reported-speech reader used to miss or misread: a passive quoting verb ("was quoted as saying"), a
// floating quantifier that opens the sentence ("Both said"), a long appositive whose relative clause the subject walk
// took for the source, an aside closed by a dash before an -s form, and an occasion participle in the aside before
// "that". Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan) }));
};

describe("reported speech: subjects of passive quoting, quantifiers, long appositives, dash asides", () => {
  it.each([
    { text: "The harbor master was quoted as saying that the pier would close.", content: "that the pier would close", mention: "The harbor master", why: "passive quoting verb" },
    { text: "Ann Lee, a pilot, was quoted by the paper as saying the talks had failed.", content: "the talks had failed", mention: "Ann Lee", why: "passive with its agent: not 'by the paper'" },
    { text: "Lee has been widely quoted in reports as saying the levy was a mistake.", content: "the levy was a mistake", mention: "Lee", why: "perfect passive with an adverb and a medium" },
    { text: "Both have promised to pursue the levy in the spring.", content: "to pursue the levy in the spring", mention: "Both", why: "'Both' opens the sentence as its subject" },
    { text: "All said they would vote for the levy.", content: "they would vote for the levy", mention: "All", why: "'All' opens the sentence as its subject" },
    {
      text: "Jane Roe, director of the Harbor Guild, a union that has backed the mayor and that has been sending its members across the state to campaign for him, also said her group planned to march at the convention.",
      content: "her group planned to march at the convention",
      mention: "Jane Roe",
      why: "a long appositive: not the relative clause's verb phrase",
    },
    { text: "Lee -- a former officer -- explains that the detail was a punishment.", content: "that the detail was a punishment", mention: "Lee", why: "a dash closes the aside before the -s form" },
    { text: "The director further stated, while testifying before the board, that the levy was never debated.", content: "that the levy was never debated", mention: "The director", why: "an occasion participle in the aside" },
  ])("must read: $why", ({ text, content, mention }) => {
    expect(found(text)).toContainEqual({ text: content, mention });
  });
  it.each([
    { text: "They both said the pier would close.", mention: "They", why: "a floating quantifier after its subject stays with the cue" },
    { text: "The paper quoted Ann Lee as saying the talks had failed.", mention: "Ann Lee", why: "the active quoting verb's object, as before" },
  ])("keeps: $why", ({ text, mention }) => {
    expect(found(text).map((f) => f.mention)).toEqual([mention]);
  });
  it.each([
    { text: "The statement was read as saying the pier would close.", why: "no quoting verb: 'read as saying' reports nothing" },
    { text: "The harbor master was quoted as saying nothing.", why: "a passive quoting verb with no clause after 'saying'" },
  ])("must not read: $why", ({ text }) => {
    expect(found(text)).toEqual([]);
  });
});
