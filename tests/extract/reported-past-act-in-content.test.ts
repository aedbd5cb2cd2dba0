import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "X says he spoke to Y and asked him to ...": a past speech verb after "and" inside the content of a present one goes
// on the content's subject, not the speaker's (reported.ts pastActInContent); the content stays whole. Made-up
// sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported: a past act inside a present account's content", () => {
  it.each([
    { text: "Mayor Ann Lee says she spoke to the governor and asked him to delay the vote.", rows: [{ text: "she spoke to the governor and asked him to delay the vote", source: "Mayor Ann Lee" }] },
    { text: "The coach says he met the players and told them the season was over.", rows: [{ text: "he met the players and told them the season was over", source: "The coach" }] },
    { text: "Residents say they called the city and complained that the water was brown.", rows: [{ text: "they called the city and complained that the water was brown", source: "Residents" }] },
  ])("must: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
  it.each([
    // Same tense: the speaker's own second act.
    { text: "The mayor said she spoke to the governor and asked him to delay the vote.", rows: [{ text: "she spoke to the governor", source: "The mayor" }, { text: "him to delay the vote", source: "The mayor" }] },
    // An auxiliary in the content: its tense is not the act's.
    { text: "The mayor adds that she has released her schedule and called on the governor to do the same.", rows: [{ text: "that she has released her schedule", source: "The mayor" }, { text: "the governor to do the same", source: "The mayor" }] },
    // A subject of its own after "and": a second account.
    { text: "The mayor says the plan is sound, and the governor warned that it would fail.", rows: [{ text: "the plan is sound", source: "The mayor" }, { text: "that it would fail", source: "the governor" }] },
  ])("must not: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
});
