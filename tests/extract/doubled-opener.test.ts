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

describe("a straight double mark typed against a curly opening mark is one opening mark (direct.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the curly quote alone, the narration after it outside any quote
    [
      "straight then curly, never closed",
      'It is an open question.\n\n"“We will win the county by ten points,” the mayor said before adding that the count was slow.',
      [["direct", "We will win the county by ten points,"]],
    ],
    [
      "straight then curly, a straight closer after a stop at the end",
      '"“We will win the county by ten points,” the mayor said before adding that the count was slow."',
      [["direct", "We will win the county by ten points,"]],
    ],
    ["curly then straight", "“\"We will rebuild the pier this year,” she said.", [["direct", "We will rebuild the pier this year,"]]],
    // must not trigger: marks apart, or a curly closer next to a straight one
    [
      "a straight quote that opens with a word in curly marks after a space",
      '"The so-called “reform” failed the county," she said.',
      [["direct", "The so-called “reform” failed the county,"]],
    ],
    [
      "a curly closer then a straight closer",
      '"I cannot yell. It comes across as “too loud” or “too that.”"',
      [["direct", "I cannot yell. It comes across as “too loud” or “too that.”"]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("a curly opening mark typed twice is one opening mark (direct.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the words without the stray mark, the closing mark closing the quote
    ["doubled, closed once", "The draft platform reads: ““Terror is a threat to every nation.”\n\nIt passed.", [["direct", "Terror is a threat to every nation."]]],
    ["doubled, then attribution", "““We will rebuild the pier,” the mayor said.", [["direct", "We will rebuild the pier,"]]],
    // must not trigger: marks apart are two quotes, the inner one nested
    ["one mark", "“We will rebuild the pier,” the mayor said.", [["direct", "We will rebuild the pier,"]]],
    ["a space between", "The mayor said: “The word “pier” is mine,” and left.", [["direct", "The word “pier” is mine,"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
