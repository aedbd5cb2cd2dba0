import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// '“…,” Lee said when asked about the levy.', '“…,” Lee said, asked about the levy.', 'When asked about the levy, Lee
// said: “…”': the question put beside a directly quoted answer is an account with no named asker (reported/asked-fronted,
// answerQuotedBefore in reported-rules-frames.ts), as it is beside an indirect answer; the quote is the answerer's own.
// Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article)
    .candidates.filter((c) => c.ruleId === "reported/asked-fronted")
    .map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) ?? null }));
};

describe("reported/asked-fronted: the question put beside a directly quoted answer", () => {
  it.each([
    // Trailing the quote's attribution, after "when" or a comma.
    { text: "“We will reopen it,” Ann Lee said when asked about the port.", content: "about the port" },
    { text: "“It has been a long year,” the mayor said, asked about the delay.", content: "about the delay" },
    { text: "“Nobody gets it right,” Tom Reyes told the Herald on Monday when asked about the new standards, which the board wrote.", content: "about the new standards" },
    { text: "“I won't say it was a mistake,” said Ann Lee, asked about her claims that the mill would close.", content: "about her claims that the mill would close" },
    // Fronted, before the quoted answer.
    { text: "Tom Reyes, when asked about the port, said: “We will reopen it next week.”", content: "about the port" },
    { text: "When asked about the levy, Ann Lee said, “No comment.”", content: "about the levy" },
    // (A question clause was kept before as well.)
    { text: "“You bet,” Lee said when asked whether she would run again.", content: "whether she would run again" },
  ])("must: $text", ({ text, content }) => {
    expect(run(text)).toEqual([{ text: content, source: null }]);
  });
  it.each([
    // After a comma with no quoted answer's attribution before it, "asked" is no question put beside an answer.
    { text: "The mayor spoke at length, asked about the port by reporters." },
    { text: "The clerk counted the ballots, asked whether the count was final and left." },
    { text: "“We are done,” the clerk said. The mayor, asked about the port, left." },
  ])("must not: $text", ({ text }) => {
    expect(run(text)).toEqual([]);
  });
});
