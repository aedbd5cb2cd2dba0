import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "A - who B, according to X - C": a dash after the source that closes an aside opened by a dash before the cue ends
// the source; the main clause's predicate after it is nobody's name. Made-up sentences; none comes from PolNeAR or the
// Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: 'according to X' inside a dash aside ends the source at the closing dash (reported/according-to-after)", () => {
  it.each([
    { text: "Many farmers - who made up a third of the county's voters, according to a spring survey by the radio station - back the levy.", content: "Many farmers - who made up a third of the county's voters", source: "a spring survey by the radio station" },
    { text: "Most tenants — who pay half their income in rent, according to the housing board — oppose the plan.", content: "Most tenants — who pay half their income in rent", source: "the housing board" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
});
