import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// "According to X, writing for Y: ...": the participle that tells where the source wrote is its gloss, not the content
// (reported/according-to-first). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const texts = (text: string) => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => article.text.slice(c.span.start, c.span.end));
};

describe("reported speech: 'According to X, writing for Y:' glosses the source", () => {
  it.each([
    { text: "According to Ann Lee, writing for the Harbor Times: the pier will close in May.", found: ["the pier will close in May"] },
    { text: "According to Bo Diaz, speaking on Riverton Radio: the levy was never needed.", found: ["the levy was never needed"] },
    { text: "According to Ann Lee, writing for the Harbor Times:", found: [] },
  ])("must: $text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
  it.each([
    // A gerund subject of the content, and a gloss closed by a comma, read as before.
    { text: "According to Ann Lee, writing letters is a lost art.", found: ["writing letters is a lost art"] },
    { text: "According to Ann Lee, writing in the Harbor Times, the pier will close in May.", found: ["the pier will close in May"] },
  ])("must not change: $text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
});
