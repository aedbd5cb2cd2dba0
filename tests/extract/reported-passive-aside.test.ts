import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// "It should be noted that ...": the writer's aside to the reader, not a report of anyone's words (reported/passive).
// Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const texts = (text: string) => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => article.text.slice(c.span.start, c.span.end));
};

describe("reported speech: an impersonal passive with a modal of advice is the writer's aside", () => {
  it.each([
    "It should be noted that two of the pollsters once worked for the mayor.",
    "It must be stressed that the harbor figures are estimates.",
    "It should also be noted that the pier reopened in May.",
  ])("must not trigger: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each([
    // Someone's account, with the expletive "it" and no modal, or a modal of possibility.
    { text: "It was noted that two of the pollsters once worked for the mayor.", content: "that two of the pollsters once worked for the mayor" },
    { text: "It was reported that the pier would close.", content: "that the pier would close" },
    { text: "It could be argued that the levy was unfair.", content: "that the levy was unfair" },
  ])("must keep: $text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
});
