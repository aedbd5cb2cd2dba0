import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A role in apposition that ends in a list of bare nouns ("the head of planning, training, and security"): the list is
// part of the role, and the name before it is the source, as for a role with no list. Made-up sentences; none comes
// from PolNeAR or the Palmyra corpus.
const sourced = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ mention: sl(c.mentionSpan), role: sl(c.roleSpan) }));
};

describe("subjectBefore: a list in the subject's appositive", () => {
  it.each([
    { text: "Tom Reyes, the head of planning, training, and security, said the port would close.", role: "the head of planning, training, and security", why: "serial comma" },
    { text: "Tom Reyes, the head of planning, training and security, said the port would close.", role: "the head of planning, training and security", why: "no serial comma" },
    { text: "Ann Lee, a professor of law, history, and public policy, told reporters the levy would fail.", role: "a professor of law, history, and public policy", why: "a two-word last item" },
    { text: "Ann Lee, the city's director of parks, roads, water and sewers, said the levy would fail.", role: "the city's director of parks, roads, water and sewers", why: "four items" },
  ])("$why: $text", ({ text, role }) => {
    const [mention] = text.split(",");
    expect(sourced(text)).toEqual([{ mention, role }]);
  });

  it.each([
    { text: "Tom Reyes, the head of planning, said the port would close.", want: { mention: "Tom Reyes", role: "the head of planning" }, why: "a role with no list, as before" },
    { text: "Ann Lee, a nurse, and her husband said the levy would fail.", want: { mention: "her husband", role: null }, why: "a second person after the serial comma is no list item of the role" },
  ])("leaves $why: $text", ({ text, want }) => {
    expect(sourced(text)).toEqual([want]);
  });
});
