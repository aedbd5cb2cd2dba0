import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// Readings of a speech verb in which nothing is reported (a denial of speech, "deny" as "withhold", "had little to
// say") and the span of an "as X reported" clause after a sentence adverb. Made-up sentences; none comes from PolNeAR
// or the Palmyra corpus.
const texts = (text: string) => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => article.text.slice(c.span.start, c.span.end));
};

describe("reported speech: 'did not say that A' reports nothing", () => {
  it.each([
    "The mayor praised the new pier but did not suggest it would open soon.",
    "The Harbor Times didn't report that the mayor was leaving.",
    "Lee does not claim the levy was unfair.",
  ])("must not trigger: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each([
    // A question left unanswered is what the annotators file ("would not say whether ...").
    { text: "Lee did not say who made the apology.", content: "who made the apology" },
    { text: "The mayor didn't say whether the pier would close.", content: "whether the pier would close" },
    // Negation by "had not", "would not": a claim about what was said, kept.
    { text: "Lee had not said that the pier would close.", content: "that the pier would close" },
    // "never said": the position denied is kept (PolNeAR files it).
    { text: "Roe has never said the harbor deal was dead.", content: "the harbor deal was dead" },
    // The negation in the content, not on the verb.
    { text: "Lee said the pier did not close.", content: "the pier did not close" },
  ])("must keep: $text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
});

describe("reported speech: 'denied him a victory' withholds, it says nothing", () => {
  it.each([
    "The rule change could hurt the mayor by denying him a second term in office.",
    "The chairman engineered a floor fight and denied Ann Roe a final-night photograph of unity.",
    "The committee denied them any hearing at all.",
  ])("must not trigger: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each([
    { text: "Lee denied the charges against the harbor board.", content: "the charges against the harbor board" },
    { text: "Lee denied Roe had anything to do with the deal.", content: "Roe had anything to do with the deal" },
    { text: "Lee denied that the harbor board had met.", content: "that the harbor board had met" },
  ])("must keep: $text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
});

describe("reported speech: 'X had little to say' is no attribution of the words before it", () => {
  it("must not trigger: When reached by the Harbor Times, Lee had little to say.", () => {
    expect(texts("When reached by the Harbor Times, Lee had little to say.")).toEqual([]);
  });
  it("must not take the fronted question for an account: Asked about the pier, the mayor had nothing to say.", () => {
    // (The question put, "about the pier", is reported/asked-fronted's, and stays.)
    expect(texts("Asked about the pier, the mayor had nothing to say.")).toEqual(["about the pier"]);
  });
  it.each([
    { text: "The pier will close in May, the mayor went on to say.", content: "The pier will close in May" },
    { text: "The pier will close in May, the mayor said.", content: "The pier will close in May" },
  ])("must keep: $text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
});

describe("reported speech: 'And, as X reported, A' vouches for A", () => {
  it.each([
    { text: "And, as the Harbor Times reported, the mayor is the top recipient of gifts from the port.", content: "the mayor is the top recipient of gifts from the port" },
    { text: "However, as Lee has noted, the pier was closed twice last year.", content: "the pier was closed twice last year" },
    { text: "Of course, as Roe observed, the harbor was the real winner of the night.", content: "the harbor was the real winner of the night" },
  ])("must cut after the 'as' clause: $text", ({ text, content }) => {
    expect(texts(text)).toEqual([content]);
  });
  it.each([
    // A subject or a time phrase before the 'as' clause belongs to the account.
    { text: "The harbor, as one of the mayor's advisers pointed out, does not flood twice a year.", content: "The harbor, as one of the mayor's advisers pointed out, does not flood twice a year" },
    { text: "Just a few weeks ago, as the Harbor Times reported, Lee and Roe were discussing a merger.", content: "Just a few weeks ago, as the Harbor Times reported, Lee and Roe were discussing a merger" },
  ])("must keep whole: $text", ({ text, content }) => {
    expect(texts(text)).toEqual([content]);
  });
});
