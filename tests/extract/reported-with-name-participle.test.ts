import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "The hearing ended with Lee asking the witness whether she had read it": "with", a name and a speech participle
// (saying, asking, telling) make a clause whose subject is the name, as "with 22 percent saying ..." does for a share.
// Before, only a share opened it. Made-up sentences; none comes from PolNeAR or Palmyra.
const spans = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ content: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: 'with' a name and a speech participle", () => {
  it.each([
    { text: "The hearing ended with Lee asking the witness pointedly whether she had read the report.", content: "whether she had read the report", source: "Lee" },
    { text: "The vote came with Mayor Ann Ortiz telling the council that the plan was dead.", content: "that the plan was dead", source: "Mayor Ann Ortiz" },
    { text: "The meeting closed with Diaz saying the port would reopen in May.", content: "the port would reopen in May", source: "Diaz" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(spans(text)).toContainEqual({ content, source });
  });
  it.each([
    // Not a speech participle, or no clause after it.
    "The hearing ended with Lee thanking the witness for her time.",
    "The meeting closed with Diaz telling jokes.",
    // A preposition other than "with".
    "The report was written by Lee saying little at all.",
  ])("must not trigger: %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
});
