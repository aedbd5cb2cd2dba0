import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "X said he would only deal with Ann Lee…Bo Diaz got mad": an ellipsis written with no spaces, a capitalised word
// right after it, breaks off the speaker's thought as a sentence end would (the splitter needs a space to see one);
// the content ends before it (reported-content forwardStop). Made-up sentences; none comes from PolNeAR or the
// Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.mentionSpan) }));
};

describe("reported/content end: an unspaced ellipsis before a capital", () => {
  it.each([
    { text: "Remember, the mayor said she would only talk to Ann Lee…Bo Diaz got mad.", content: "she would only talk to Ann Lee", source: "the mayor" },
    { text: "Remember, the mayor said she would only talk to Ann Lee...Bo Diaz got mad.", content: "she would only talk to Ann Lee", source: "the mayor" },
  ])("must: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
  // A lower-case word after the ellipsis goes on with the same thought.
  it.each([
    { text: "The mayor said she would wait…and wait for the council to act.", content: "she would wait…and wait for the council to act", source: "The mayor" },
  ])("must not: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source }]);
  });
});
