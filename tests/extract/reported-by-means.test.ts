import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// "responded first by saying ...": an adverb between the verb and "by" with its participle (forwardContent, byMeans).
// Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const texts = (text: string) => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => article.text.slice(c.span.start, c.span.end));
};

describe("reported speech: an adverb before 'by' and the participle is the verb's, not the content's", () => {
  it.each([
    { text: "Ann Lee responded first by saying the pier would close.", found: ["the pier would close"] },
    { text: "Ann Lee responded quickly by saying the pier would close.", found: ["the pier would close"] },
    { text: "The mayor replied first by noting that the levy was unfair.", found: ["that the levy was unfair"] },
  ])("must: $text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
  it.each([
    // As without the adverb; and a means that is no participle leaves the content alone.
    { text: "Ann Lee responded by saying the pier would close.", found: ["the pier would close"] },
    { text: "The mayor replied by noting that the levy was unfair.", found: ["that the levy was unfair"] },
    { text: "Ann Lee said quickly that the pier would close.", found: ["that the pier would close"] },
  ])("must not change: $text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
});
