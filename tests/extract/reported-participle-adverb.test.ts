import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "after initially saying ...", "while also saying ...", "by essentially telling ...": a manner or time adverb
// between the subordinator and the speech participle (reported/participle); and "X, after saying A, took ...": the
// subordinate participle set off after the subject ends before the main clause's verb. Made-up sentences; none
// comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan), rule: c.ruleId }));
};

describe("findReportedSpeech: a subordinator, an adverb, then a speech participle (reported/participle)", () => {
  it.each([
    {
      text: "The mayor changed course after initially saying he would not run for a third term.",
      content: "he would not run for a third term",
      source: "The mayor",
    },
    {
      text: "The senator backed the bill on Monday, while also saying that the tax credit should be smaller.",
      content: "that the tax credit should be smaller",
      source: "The senator",
    },
    {
      text: "Ann Lee opened the hearing by essentially telling the board members to stop wasting time.",
      content: "to stop wasting time",
      source: "Ann Lee",
    },
    // The aside between the subject and its verb ends before that verb ("took").
    {
      text: "Mr. Park, after initially saying he would not advertise in the state, took to the airwaves this week.",
      content: "he would not advertise in the state",
      source: "Mr. Park",
    },
    {
      text: "Mr. Park, after saying he would not advertise in the state, took to the airwaves this week.",
      content: "he would not advertise in the state",
      source: "Mr. Park",
    },
    // (A dash closes such an aside too, after a dashed gloss inside the content.)
    {
      text: "Mr. Park, after initially saying he would not advertise in the state - it is the costliest market - took to the airwaves.",
      content: "he would not advertise in the state - it is the costliest market",
      source: "Mr. Park",
    },
    {
      text: "The mayor, saying the levy was unfair - a view her rivals share - voted against it.",
      content: "the levy was unfair - a view her rivals share",
      source: "The mayor",
    },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source, rule: "reported/participle" }]);
  });
  it.each([
    // A noun phrase after a non-speech participle: no speech at all.
    "He resigned from the council after accidentally tweeting a photo of the budget.",
    // "never": the act did not happen.
    "The mayor changed course after never saying he would run for a third term.",
    // A word in -ly that is no adverb of the participle.
    "The board met after the early saying of prayers in the chapel.",
  ])("must not trigger: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});
