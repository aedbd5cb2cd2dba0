import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A fronted clause ("When asked whether ...", "Noting that ...") ends at the main clause's comma
// (reported-content.ts mainClauseComma); a name set off by commas before the fronted clause's own verb ("the mayor,
// Ann Lee, could ...") is an appositive inside it, not the main clause's subject. Made-up sentences; none comes from
// PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("mainClauseComma: an appositive name inside the fronted clause", () => {
  it.each([
    {
      text: "When asked whether the mayor, Ann Lee, could reach that level, Tom Wade said no.",
      rows: [{ text: "whether the mayor, Ann Lee, could reach that level", source: undefined }, { text: "no", source: "Tom Wade" }],
    },
    {
      text: "Noting that the mayor, Ann Lee, had left, Tom Wade said the port would close.",
      rows: [{ text: "that the mayor, Ann Lee, had left", source: "Tom Wade" }, { text: "the port would close", source: "Tom Wade" }],
    },
  ])("must: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
  // The main clause's subject with an appositive of its own still opens the main clause.
  it.each([
    {
      text: "When asked about the plan, Ann Lee, the mayor, said it was fair.",
      rows: [{ text: "about the plan", source: undefined }, { text: "it was fair", source: "Ann Lee" }],
    },
    {
      text: "Noting that the port had closed, Ann Lee, 45, said the town would recover.",
      rows: [{ text: "that the port had closed", source: "Ann Lee" }, { text: "the town would recover", source: "Ann Lee" }],
    },
  ])("must not: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
});
