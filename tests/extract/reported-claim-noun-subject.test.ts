import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "whether the agency's claim that A was true": a possessed claim noun that opens a subordinate clause is that clause's
// subject; its that-clause runs on into the clause's predicate, and the claim is weighed, not reported
// (reported/claim-noun gives way; a question put about it is reported/asked-fronted's). Made-up sentences; none comes
// from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), rule: c.ruleId }));
};

describe("findReportedSpeech: a possessed claim noun opening a subordinate clause (reported/claim-noun)", () => {
  it.each([
    {
      text: "When asked whether the mayor's insistence that the bridge was safe was the right message, 59 percent said it was not.",
      want: [
        { text: "whether the mayor's insistence that the bridge was safe was the right message", rule: "reported/asked-fronted" },
        { text: "it was not", rule: "reported/verb-then-content" },
      ],
    },
    {
      text: "Voters doubt if the company's claim that the water is clean will hold up in court.",
      want: [],
    },
  ])("must not report the claim: $text", ({ text, want }) => {
    expect(run(text)).toEqual(want);
  });
  it.each([
    // The claim reported as the object of a verb, or after "despite": the claim noun's own.
    { text: "Critics rejected the agency's claim that the water was clean.", content: "that the water was clean" },
    { text: "Despite the mayor's claims that the budget is balanced, the auditors found a gap.", content: "that the budget is balanced" },
  ])("must trigger: $text", ({ text, content }) => {
    expect(run(text)).toEqual([{ text: content, rule: "reported/claim-noun" }]);
  });
});

// "questions about Lee's assertion that …", "Despite Lee's claim that …": the possessor walk may take in the
// preposition before the claimant; the source is the possessor alone. Made-up sentences.
describe("findReportedSpeech: a claim noun's possessor without the preposition before it (reported/claim-noun)", () => {
  const sourceOf = (text: string) => {
    const article = articleFromText(text);
    const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
    return findReportedSpeech(article)
      .candidates.filter((c) => c.ruleId === "reported/claim-noun")
      .map((c) => ({ source: sl(c.sourceSpan), mention: sl(c.mentionSpan) }));
  };
  it.each([
    { text: "Several readers asked questions about Lee's assertion that the levy would fail.", source: "Lee's", mention: "Lee" },
    { text: "Despite Lee's claim that the levy would fail, the board voted yes.", source: "Lee's", mention: "Lee" },
    { text: "The board voted against the union's claim that the levy would fail.", source: "the union's", mention: "the union" },
    { text: "Critics rejected the agency's claim that the water was clean.", source: "the agency's", mention: "the agency" },
  ])("$text", ({ text, source, mention }) => {
    expect(sourceOf(text)).toEqual([{ source, mention }]);
  });
});
