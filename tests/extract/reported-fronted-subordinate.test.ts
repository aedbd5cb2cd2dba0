import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A sentence that opens with a subordinate clause closed by a comma ("When the vote ended, ..."): the sentence's
// subject follows the comma, so a second predicate after "and" has that subject, not the subordinator. Made-up
// sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan) }));
};

describe("reported speech: the subject after a fronted subordinate clause", () => {
  it.each([
    { text: "When the vote ended, Tom Wade stood up and asked why the levy had passed.", content: "why the levy had passed", mention: "Tom Wade", why: "'When' clause" },
    { text: "Although the hall was half empty, Ann Lee stayed on and argued that the levy was fair.", content: "that the levy was fair", mention: "Ann Lee", why: "'Although' clause" },
    { text: "Once the polls closed, Mayor Ortiz thanked her staff and said the count would take days.", content: "the count would take days", mention: "Mayor Ortiz", why: "'Once' clause" },
  ])("must read: $why", ({ text, content, mention }) => {
    expect(found(text)).toContainEqual({ text: content, mention });
  });
  it.each([
    { text: "When the vote ended, Tom Wade stood up and asked why the levy had passed.", bad: "When", why: "the subordinator is no source" },
    { text: "If the count holds, Ann Lee nodded and said the levy would pass.", bad: "If", why: "'If' is no source" },
    { text: "When it was heard in May, a week before the judge retired, the court seemed ready to say that the levy was void.", bad: "a week", why: "a span of time after the fronted clause is no source" },
  ])("must not read: $why", ({ text, bad }) => {
    expect(found(text).map((f) => f.mention)).not.toContain(bad);
  });
});
