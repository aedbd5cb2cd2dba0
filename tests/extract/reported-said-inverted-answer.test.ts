import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "Ann Lee, startled, said no.": a lone answer word after the verb ("no", "yes", "so", "nothing") is what was said,
// with its subject before the comma; reported/said-inverted ("..., said X.") does not take it for a source
// (reported-rules-verbs.ts INVERTED_ANSWERS). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported/said-inverted: a lone answer after the verb is no source", () => {
  it.each([
    {
      text: "Asked whether the port would close, Ann Lee, startled, said no.",
      rows: [{ text: "whether the port would close", source: undefined }, { text: "no", source: "Ann Lee" }],
    },
    {
      text: "Asked whether the port would close, Tom Wade, visibly tired, said yes.",
      rows: [{ text: "whether the port would close", source: undefined }, { text: "yes", source: "Tom Wade" }],
    },
  ])("must: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
  // A source of more words that opens with the same word stays inverted.
  it.each([
    { text: "The port will close, said no one at city hall.", rows: [{ text: "The port will close", source: "no one at city hall" }] },
    { text: "The port will close, said Ann Lee.", rows: [{ text: "The port will close", source: "Ann Lee" }] },
  ])("must not: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
});
