import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// A cue inside an aside set off by dashes (reported-content.ts, forwardStop): the dash that closes the aside ends the
// content; the sentence the aside interrupts goes on after it. Made-up sentences; none comes from PolNeAR or the
// Palmyra corpus.
const contents = (text: string): string[] => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => article.text.slice(c.span.start, c.span.end));
};

describe("forwardStop: the dash that closes an aside around the cue ends the content", () => {
  it.each([
    { text: "Ann Lee -- whose report in 2012 urged the party to court young voters -- is doubtful the mayor can win.", content: "the party to court young voters" },
    { text: "The council passed a budget - critics say it is reckless - for the harbor district.", content: "it is reckless" },
    { text: "Bo Diaz — even as he says the port deal will pay for itself — has not shown how it would be financed.", content: "the port deal will pay for itself" },
    { text: "The mayor won the backing of 40 unions – most of which had announced their support – and of the police.", content: "their support" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
  // A lone dash after the content, a pair of dashes inside the content, or an aside closed before the cue: no end at a dash.
  it.each([
    { text: "Ann Lee said the port would close in May - and that the city would lose 200 jobs.", content: "the port would close in May - and that the city would lose 200 jobs" },
    { text: "Ann Lee said the port -- the oldest in the state -- would close in May.", content: "the port -- the oldest in the state -- would close in May" },
    { text: "The mayor -- a former judge -- said the port would close in May - and soon.", content: "the port would close in May - and soon" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
});
