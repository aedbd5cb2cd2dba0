import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { isSingleMarkDeck } from "../../src/extract/headline.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

const BODY = "The mayor spoke on Monday. “We will rebuild the bridge by spring,” she said.";

describe("a headline or deck in sentence case with a quote in single marks (isSingleMarkDeck)", () => {
  const cases: [string, string, number, boolean][] = [
    // must trigger
    ["a headline as the first paragraph", `Mayor vows a ‘quick fix’ for the bridge.\n\n${BODY}`, 0, true],
    ["a headline with straight single marks", `For city, a 'golden chance' to fix its roads.\n\n${BODY}`, 0, true],
    ["a deck under a short headline", `Mayor speaks on the bridge;\n\nCouncil fears 'years of delay.'\n\n${BODY}`, 1, true],
    // must not trigger
    ["a third paragraph", `Mayor speaks.\n\nOn the bridge.\n\nShe vows a ‘quick fix’ now.\n\n${BODY}`, 2, false],
    ["a British-style story that quotes in single marks throughout", "Mayor vows a ‘quick fix’ for the bridge.\n\nThe mayor spoke on Monday. ‘We will rebuild,’ she said.", 0, false],
    ["a first paragraph with double marks too", `Mayor vows a “quick fix” and a ‘new road’.\n\n${BODY}`, 0, false],
    ["a long lead paragraph", `The mayor on Monday vowed a ‘quick fix’ for the bridge that collapsed last week, saying the city would spend whatever it takes to reopen it before the spring floods arrive.\n\n${BODY}`, 0, false],
    ["a second paragraph under a lead with double marks", `The mayor said it was “a disaster.”\n\nShe vows a ‘quick fix’ now.\n\n${BODY}`, 1, false],
    ["an apostrophe only", `Mayor's plan for the bridge.\n\n${BODY}`, 0, false],
  ];
  it.each(cases)("%s", (_name, text, index, expected) => {
    const a = articleFromText(text);
    expect(isSingleMarkDeck(a.text, a.paragraphs[index], index)).toBe(expected);
  });

  it("the quote in such a headline is kept apart as a scare quote; the story's quote stays a quotation", () => {
    expect(quotes(`Mayor vows a ‘quick fix’ for the bridge.\n\n${BODY}`)).toEqual([
      ["scare", "quick fix"],
      ["direct", "We will rebuild the bridge by spring,"],
    ]);
  });
});
