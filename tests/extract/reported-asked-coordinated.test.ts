import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "Lee praised the plan and asked whether ...": "and asked" inside the sentence is the subject's second verb
// (reported/verb-then-content, the subject its source), not a fronted question put to the main clause's subject
// (reported/asked-fronted, reported-rules-frames.ts coordinatedAsked). Made-up sentences; none comes from PolNeAR or
// the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported/asked-fronted: not after 'and' joining a second verb", () => {
  it.each([
    {
      text: "Tom Wade praised the plan and asked whether the mayor, Ann Lee, could reach that level.",
      rows: [{ text: "whether the mayor, Ann Lee, could reach that level", source: "Tom Wade" }],
    },
    {
      text: "Tom Wade noted that traffic lags and asked whether the mayor could reach that level.",
      rows: [
        { text: "that traffic lags", source: "Tom Wade" },
        { text: "whether the mayor could reach that level", source: "Tom Wade" },
      ],
    },
    {
      text: "Tom Wade stood up and asked why the council had waited so long.",
      rows: [{ text: "why the council had waited so long", source: "Tom Wade" }],
    },
  ])("must: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
  // A fronted clause keeps its question, put to the main clause's subject (no source of its own).
  it.each([
    {
      text: "When reached by phone and asked about the levy, Ann Lee said it was fair.",
      rows: [{ text: "about the levy", source: undefined }, { text: "it was fair", source: "Ann Lee" }],
    },
    {
      text: "Reached at home and asked whether the port would close, Ann Lee said no.",
      rows: [{ text: "whether the port would close", source: undefined }, { text: "no", source: "Ann Lee" }],
    },
    // (A relative clause's first verb: its subject is the relative's noun, which the subject walk does not give.)
    {
      text: "Ann Lee told of a young boy who stared at a painting of the mayor and asked who he was.",
      rows: [{ text: "who he was", source: undefined }],
    },
  ])("must not: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
});
