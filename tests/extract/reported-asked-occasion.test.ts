import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "Asked about it after a debate, Lee said ...": a short phrase of the occasion that closes the question put is when it
// was put, not what was asked (withoutAskingOccasion, reported-asked-occasion.ts). Made-up sentences; none comes from
// PolNeAR or the Palmyra corpus.
const asked = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article)
    .candidates.filter((c) => c.ruleId === "reported/asked-fronted")
    .map((c) => sl(c.span));
};

describe("reported/asked-fronted: the occasion of the question is no part of it", () => {
  it.each([
    { text: "Asked about the levy after a council debate, Ann Lee said it was dead.", content: "about the levy" },
    { text: "“It has been a long year,” the mayor said, asked about the delay in an interview.", content: "about the delay" },
    { text: "Asked a pointed question about the port during the briefing, the chief said repairs were done.", content: "a pointed question about the port" },
    { text: "When asked about the strike at a rally in Riverton, Tom Reyes said it would end soon.", content: "about the strike" },
  ])("must end before the occasion: $text", ({ text, content }) => {
    expect(asked(text)).toEqual([content]);
  });
  it.each([
    // A phrase that is no occasion, or that opens a clause, stays with the question.
    { text: "Asked about conditions in the prison, Ann Lee said they were bad.", content: "about conditions in the prison" },
    { text: "Asked about her vote in the event that the levy fails, Ann Lee said she would wait.", content: "about her vote in the event that the levy fails" },
    { text: "Asked whether she would speak at the rally, Ann Lee said she would.", content: "whether she would speak at the rally" },
  ])("must not cut: $text", ({ text, content }) => {
    expect(asked(text)).toEqual([content]);
  });
});
