import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "noted that the pier opened in 1910 and quoted the mayor's “golden rule”": a quotation in the speaker's next act (a
// past verb or a participle after "and", a participle after a comma) or in the reporter's aside after a dash leaves the
// reported clause before it whole. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan) }));
};

describe("reported speech: a clause before a quotation in the speaker's next act or an aside", () => {
  it.each([
    {
      text: "Lee noted that the pier had opened a century ago and quoted the mayor’s “golden rule” to the crowd.",
      content: "that the pier had opened a century ago",
      mention: "Lee",
    },
    {
      text: "For weeks, Roe had praised the plan, stating there was a benefit to having the port open and chiding the council for “the usual games” on the budget.",
      content: "there was a benefit to having the port open",
      mention: "Roe",
    },
    {
      text: "Since then, the clerks have pointed out that the auditor found nine letters with details now deemed private — though none reached the “sealed” level.",
      content: "that the auditor found nine letters with details now deemed private",
      mention: "the clerks",
    },
    {
      text: "The harbour master warned that the ferry would stop running in May, pledging to “fight the cuts” at the council.",
      content: "that the ferry would stop running in May",
      mention: "The harbour master",
    },
  ])("must trigger: $text", ({ text, content, mention }) => {
    expect(found(text)).toContainEqual({ text: content, mention });
  });
  it.each([
    // A hyphen that ends a word half ("above- and below-ground") is no dash.
    "The mayor said the new gate would use the best sensors, including above- and below-ground ones to “keep out the smugglers.”",
    // "during" is a preposition, not a participle: the clause before it is cut short.
    "Roe said he holds Lee, during his years as the harbour chief, as being responsible for the “many thousands” of lost jobs.",
    // "- as X has said -" sits inside the clause, which goes on to its quotation.
    "Lee argued that clerks who refused to rule out a levy - as some of his rivals have - were “plainly wrong.”",
    // After a finite cue, "and making" goes on with the reported clause's own verbs.
    "Roe said he began calling the other towns and making an effort to “get eyes on the pier,” a task that took hours.",
  ])("must not trigger: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
