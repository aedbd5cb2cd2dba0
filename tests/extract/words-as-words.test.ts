import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

describe("words in marks named as words, or marked as a name, are nobody's speech (scare.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: examples of words ("words such as …")
    [
      "words such as, a list",
      "Clerks searched the files for words such as “harbor,” “levy” and “toll booth.” Few matched.",
      [["scare", "harbor,"], ["scare", "levy"], ["scare", "toll booth."]],
    ],
    [
      "terms containing words such as (terms: a noun, no cue)",
      "Clerks searched the files for terms containing words such as “harbor” and “levy.” Few matched.",
      [["scare", "harbor"], ["scare", "levy."]],
    ],
    ["words like", "The filter flagged words like “levy” in every file.", [["scare", "levy"]]],
    // must trigger: a name marked "so-called" is the writer's label, even with a speech verb in the
    // sentence that governs other words ("said the board passed …")
    ["so-called", "Lind said the board passed the so-called “harbor rule” in May.", [["scare", "harbor rule"]]],
    ["so called, with a cue in the sentence", "Lind said the board passed the so called “Harbor Rule” in May.", [["scare", "Harbor Rule"]]],
    ["so- called, a stop inside the marks", "The levy funds the so- called “harbor bracket.” Few noticed.", [["scare", "harbor bracket."]]],
    // must not trigger: the words someone said, a predicative "as", a name after "as being"
    ["the words", "She refused to say the words “harbor levy” at the hearing.", [["direct", "harbor levy"]]],
    ["what he terms", "The plan is what Lind terms “a harbor grab” and nothing more.", [["direct", "a harbor grab"]]],
    ["in her words", "The plan was, in her words, “a mess.”", [["direct", "a mess."]]],
    ["as, predicative", "The council rejected the plan as “reckless” and moved on.", [["direct", "reckless"]]],
    ["such as, then a quotation of a sentence", "Lind used phrases such as “We will win.” at every stop.", [["direct", "We will win."]]],
    // must not trigger: "so-called" that does not stand right before the marks; a so-called run that a
    // cue right after it governs ("“…,” she said"); a long run after "so-called" (speech, not a name)
    ["so-called elsewhere in the sentence", "The so-called plan, Lind said, was “a harbor grab” from the start.", [["direct", "a harbor grab"]]],
    ["so-called, governed by the cue after it", "Few boats will pay under the so-called “harbor rule,” Lind wrote on Monday.", [["direct", "harbor rule,"]]],
    [
      "so-called, a run too long to be a name",
      "He mocked the so-called “plan that will fix the harbor and pay for every pier in town” at length.",
      [["direct", "plan that will fix the harbor and pay for every pier in town"]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("words in marks after 'as being' or 'as having' are someone's name for the thing (scare.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger
    ["as being", "Lind later defended his comments as being “sarcastic.”", [["direct", "sarcastic."]]],
    ["as having", "The office waved off the delay as having “minimal” impact.", [["direct", "minimal"]]],
    // must not trigger: a comparison, and being without "as"
    ["as … as", "The mayor stayed as “calm” as ever and left.", [["scare", "calm"]]],
    ["being alone", "The crowd was being “calm” that day.", [["scare", "calm"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
