import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "has to remind", "is expected to argue", "would have to tell", "wants to tell": a speech act that is required,
// expected or wanted has not taken place, so nothing is reported. "had to explain" (the act was done), "went on to say",
// "used to say" still report speech. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const texts = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => sl(c.span));
};

describe("findReportedSpeech: a required, expected or wanted speech act reports nothing", () => {
  it.each([
    "The mayor has to remind the council why the pier was built.",
    "The mayor is expected to argue that the pier is safe.",
    "The clerk would have to tell the board that the vote failed.",
    "The senators have to explain to voters that the tax is fair.",
    "The mayor wants to tell residents that the pier is safe.",
    "The coach wanted to announce that the team had won.",
  ])("must trigger (no content): %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
});

// "promises to declare", "intended to say", "plans to tell": the act is promised, meant or planned; its words are not
// yet said (or were not said: "misspoke and intended to say that ...").
describe("findReportedSpeech: a promised, intended or planned speech act reports nothing", () => {
  it.each([
    "The mayor promises to immediately declare the pier a landmark.",
    "The mayor misspoke and intended to say that the pier was closed.",
    "The mayor plans to tell residents that the pier is safe.",
    "The clerk hopes to announce that the vote had passed.",
  ])("must trigger (no content): %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each([
    { text: "The clerk had to explain to the mayor that the files were lost.", content: "that the files were lost" },
    { text: "The mayor went on to say that the pier is safe.", content: "that the pier is safe" },
    { text: "The mayor used to say that the pier was safe.", content: "that the pier was safe" },
    { text: "The mayor has said that the pier is safe.", content: "that the pier is safe" },
    { text: "The mayor decided to tell residents that the pier is safe.", content: "that the pier is safe" },
    { text: "The mayor promised that the pier would open in May.", content: "that the pier would open in May" },
    { text: "The mayor continued to insist that the pier is safe.", content: "that the pier is safe" },
  ])("must not trigger: $text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
});
