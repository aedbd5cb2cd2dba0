import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// What may stand between a speech verb and its content (reported-source skipAdverbials, reported-verb verbSite):
// a date ending in a month or a year before "the" that opens the content ("said in July the pier would close"),
// an adverb before the listener's "to" ("said first to reporters that ..."), and a programme's title in marks after
// "on" ("said on “Valley Morning Show” that ..."). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported: a phrase between the verb and its content", () => {
  it.each([
    { text: "The harbor master told police officials in July the pier would close for repairs.", content: "the pier would close for repairs", source: "The harbor master" },
    { text: "The harbor master said in July the pier would close for repairs.", content: "the pier would close for repairs", source: "The harbor master" },
    { text: "The coach told reporters in 2014 the team had earned a rest.", content: "the team had earned a rest", source: "The coach" },
    { text: "The mayor said in Sept. the bridge will reopen in May.", content: "the bridge will reopen in May", source: "The mayor" },
    { text: "The mayor said first to reporters that the budget was short.", content: "that the budget was short", source: "The mayor" },
    { text: "The treasurer explained privately to donors why the budget was short.", content: "why the budget was short", source: "The treasurer" },
    { text: "Governor Ann Lee said on “Valley Morning Show” that the bridge would reopen.", content: "that the bridge would reopen", source: "Governor Ann Lee" },
    { text: "The senator said in ''Sunday Forum'' that the vote would fail.", content: "that the vote would fail", source: "The senator" },
    // (already right: a listener right after the verb, a time word before "to", a weekday before "the")
    { text: "The governor complained again to the board that the audit was late.", content: "that the audit was late", source: "The governor" },
    { text: "The mayor said to reporters that the budget was short.", content: "that the budget was short", source: "The mayor" },
    { text: "The harbor master told police on Tuesday the pier would close for repairs.", content: "the pier would close for repairs", source: "The harbor master" },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  it.each([
    // "the" before a date's number or a time noun stays in the date.
    { text: "The mayor said in July the 4th that the parade would go on.", content: "that the parade would go on", source: "The mayor" },
    { text: "The mayor said in May the year before that she would run again.", content: "that she would run again", source: "The mayor" },
  ])("must not take the date in: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  it.each([
    // No "that" after the listener: no content. A noun in -ly is no adverb.
    { text: "The mayor said later to nobody in particular.", rows: [] },
    { text: "The mayor spoke at a rally to supporters.", rows: [] },
  ])("must not: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
});
