import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "told the Herald in a story that posted this week that he believes ...": the listener walk of "tell" runs on to the
// first "that" and ends on "story", which is no thing told ("told jokes that fell flat") when a preposition stands
// before it in the walk (reported-rules-verbs toldThingAt); the relative clause on the medium noun is skipped and the
// second "that" opens the content. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported/medium phrase: a relative clause on the medium noun", () => {
  it.each([
    { text: "The senator told the Herald in a story that posted this week that he believes the plan will work.", content: "that he believes the plan will work", source: "The senator" },
    // (already right: no listener before the medium, or a medium noun that is no thing told)
    { text: "The mayor said in an interview that aired on Sunday that the levy would pass.", content: "that the levy would pass", source: "The mayor" },
    { text: "The coach told the paper in a piece that appeared Monday that the team was tired.", content: "that the team was tired", source: "The coach" },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // "that" after the medium noun with no second "that" is the content itself.
  it.each([
    { text: "The mayor said in an interview that voters wanted the levy.", content: "that voters wanted the levy", source: "The mayor" },
  ])("must not: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // A thing told right after the verb (no preposition before it) is still no listener: the "that" after it is a relative.
  it.each([
    { text: "The mayor told jokes that fell flat at the dinner.", rows: [] },
    { text: "The mayor told a couple of stories that ran long.", rows: [] },
  ])("must not: $text", ({ text, rows }) => {
    expect(run(text)).toEqual(rows);
  });
});
