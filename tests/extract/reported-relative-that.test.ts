import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "told a crowd at X that spilled out onto the street": after a listener or a phrase of the occasion, "that" with a
// verb phrase and no subject is a relative pronoun on that noun, not the content's complementiser. Made-up sentences;
// none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: 'told a crowd that spilled out …' has no content (reported/verb-then-content)", () => {
  it.each([
    "The senator told a crowd at the Blue Door Tavern that spilled out onto the sidewalk.",
    "The mayor spoke Tuesday and said in a speech that drew loud cheers from the audience.",
    "Jane Roe told a group of farmers that gathered outside the town hall.",
  ])("must not trigger: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
  it.each([
    // A subject after "that": the content.
    { text: "The senator told a crowd at the tavern that the plan had failed.", content: "that the plan had failed", source: "The senator" },
    { text: "The senator told reporters that voters want change.", content: "that voters want change", source: "The senator" },
    // "that" before an auxiliary is the demonstrative subject of the content.
    { text: "The senator told reporters that was a mistake.", content: "that was a mistake", source: "The senator" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
});
