import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// A cue inside a parenthesis (reported-content.ts, forwardStop): the ")" that closes the parenthesis ends the content;
// the sentence the parenthesis interrupts goes on after it. Made-up sentences; none comes from PolNeAR or the Palmyra
// corpus.
const contents = (text: string): string[] => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => article.text.slice(c.span.start, c.span.end));
};

describe("forwardStop: the parenthesis that closes around the cue ends the content", () => {
  it.each([
    { text: "I applied for a post at the Herald (the editor never told me which one) when the paper was hiring.", content: "which one" },
    { text: "The council passed the budget (the mayor said it was too small) and went home early.", content: "it was too small" },
    { text: "Ann Lee left the party in 2012 (her aides say she was pushed out) and ran as an independent.", content: "she was pushed out" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
  // A cue right before the ")" that closes its parenthesis reports nothing after it.
  it.each([
    { text: "The debate pits those who want a wall (the mayor wrote last week) and those who fear a vengeful town will win." },
    { text: "Voters split between the port plan (Ann Lee said in May) and the rail plan." },
  ])("none: $text", ({ text }) => {
    expect(contents(text)).toEqual([]);
  });
  // A parenthesis opened and closed inside the content, or closed before the cue: no end at its ")".
  it.each([
    { text: "Ann Lee said the port (the oldest in the state) would close in May.", content: "the port (the oldest in the state) would close in May" },
    { text: "The mayor (a former judge) said the port would close in May (or in June) and reopen in the fall.", content: "the port would close in May (or in June) and reopen in the fall" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
});
