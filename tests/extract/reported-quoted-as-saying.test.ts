import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "The paper quoted an official as saying (that) …": the participle after "as" reports the words of the
// quoting verb's object, who is the source, not the paper that quoted them. Made-up sentences; none comes
// from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: 'quoted X as saying (that) …'", () => {
  it.each([
    { text: "The Harbor Gazette quoted a senior port official as saying that the pier would close in May.", content: "that the pier would close in May", source: "a senior port official" },
    { text: "The paper quoted Ann Lee as saying the talks had failed.", content: "the talks had failed", source: "Ann Lee" },
    { text: "Local radio quoted Bo Diaz, a harbor pilot, as saying that the channel was too shallow.", content: "that the channel was too shallow", source: "Bo Diaz, a harbor pilot" },
    { text: "The report cited another unnamed official as saying that the levy was never debated.", content: "that the levy was never debated", source: "another unnamed official" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  it.each([
    // No quoting verb before "as": "as saying" is no report of another's words.
    "The mayor was as good as saying that the pier is lost.",
    // A clause word between the verb and "as": the object is no short noun phrase.
    "The paper quoted the letter, which ran long, and then wrote as saying nothing.",
  ])("must not credit a quoted object: %s", (text) => {
    for (const c of run(text)) expect(c.source ?? "").not.toMatch(/^(?:the letter|the pier)/);
  });
});
