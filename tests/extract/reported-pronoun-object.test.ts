import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// "said them, but ...": an object pronoun standing for words named before is no reported clause (notContent).
// Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const texts = (text: string) => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => article.text.slice(c.span.start, c.span.end));
};

describe("reported speech: an object pronoun before a comma is not what was said", () => {
  it.each([
    "The mayor walked back his remarks a day after he said them, but not before the damage was done.",
    "A day after she said it, the mayor apologized to the harbor workers.",
    "Ann Lee said it, and the crowd at the pier cheered loudly.",
  ])("must not trigger: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each([
    // "it" as the clause's subject, an aside between commas before its verb; "that" opening a clause with an aside.
    { text: "The company said it, too, would cut jobs at the pier.", content: "it, too, would cut jobs at the pier" },
    { text: "The company said it, like its rivals, had cut jobs.", content: "it, like its rivals, had cut jobs" },
    { text: "Ann Lee said that, if elected, she would close the pier.", content: "that, if elected, she would close the pier" },
    { text: "Ann Lee said it was time to close the pier.", content: "it was time to close the pier" },
  ])("must keep: $text", ({ text, content }) => {
    expect(texts(text)).toEqual([content]);
  });
});
