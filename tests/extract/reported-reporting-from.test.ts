import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "report from <place>" is a journalist's work, not an utterance; a "that" clause after the place still reports
// speech. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: 'reports (live) from' gives the reporter's place, no content", () => {
  it.each([
    "Ann Lee frequently reports live from the field across the country.",
    "Ann Lee has reported from every single debate this cycle, and has been live reporting on the ground in Ohio.",
  ])("must trigger (no content): %s", (text) => {
    expect(run(text)).toEqual([]);
  });
  it.each([
    { text: "The agency reported from Cairo that the talks had failed.", content: "that the talks had failed", source: "The agency" },
    { text: "Ann Lee reported the talks had failed.", content: "the talks had failed", source: "Ann Lee" },
    { text: "Ann Lee reported that the talks had failed.", content: "that the talks had failed", source: "Ann Lee" },
  ])("must not trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
});
