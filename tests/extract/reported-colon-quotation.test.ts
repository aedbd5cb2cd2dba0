import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "said he was too busy to check: “I have a lot going on.”": a colon right before a quotation, after a clause of its
// own, ends the reported clause; the quotation is the direct-quote extractor's. Made-up sentences; none comes from
// PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan) }));
};

describe("reported speech: a clause ended by a colon before a quotation", () => {
  it.each([
    { text: "But he said he was too busy to look for the records that would back up his claim: “I have a lot going on.”", content: "he was too busy to look for the records that would back up his claim", mention: "he" },
    { text: "The mayor said that the pier had one flaw: “It costs too much.”", content: "that the pier had one flaw", mention: "The mayor" },
  ])("must trigger: $text", ({ text, content, mention }) => {
    expect(found(text)).toEqual([{ text: content, mention }]);
  });
  it.each([
    // No clause before the colon: the quotation is what was explained.
    "He explained it this way: “We lost the vote.”",
    // A fronted clause alone before the colon.
    "She said that if the levy fails: “We close the pier.”",
    // A speech verb just before the colon introduces the quotation: "that Lee said of the pier" is no claim.
    "The clerk added that Lee said of the pier: “It will close in May.”",
    // The colon right after the verb: nothing reported before the quotation.
    "She said: “It costs too much.”",
  ])("must not trigger: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
