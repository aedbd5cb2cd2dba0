import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "said in a statement the report merits ...": the medium phrase after the verb (reported-source skipAdverbials)
// ends before the content even when the content's first noun is itself a medium noun ("report", "letter") and when
// a participle names who put the message out ("a statement released by the campaign"). Made-up sentences; none
// comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported/medium phrase: the content after a medium noun", () => {
  it.each([
    { text: "The senator said in a statement the report merits a closer look by the board.", content: "the report merits a closer look by the board", source: "The senator" },
    { text: "The mayor said in an interview the letter was sent too late.", content: "the letter was sent too late", source: "The mayor" },
    { text: "The governor said in a statement released by her office the audit shows the fund is short.", content: "the audit shows the fund is short", source: "The governor" },
    { text: "The senator said in a letter sent by his staff that the budget would fail.", content: "that the budget would fail", source: "The senator" },
    // (already right: a content whose first noun is no medium noun)
    { text: "The mayor said in a statement the budget would be balanced by June.", content: "the budget would be balanced by June", source: "The mayor" },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // A medium noun after the medium phrase that heads a relative clause on it, or a plural noun with no verb after
  // it, opens no content.
  it.each([
    { text: "The mayor spoke in an interview the show aired on Sunday.", rows: [] },
    { text: "The coach said in a speech the rally organizers praised that the season was over.", content: "that the season was over", source: "The coach" },
  ])("must not: $text", (row) => {
    expect(run(row.text)).toEqual("rows" in row ? row.rows : [{ text: row.content, source: row.source }]);
  });
});
