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

describe("a straight mark after a stop or a word and before a space, with nothing open, opens nothing", () => {
  const cases: [string, string, [string, string][]][] = [
    // must not open
    ["a closing mark whose opening mark the paragraph never printed", 'We will win," he said. "And we will rebuild."', [["direct", "And we will rebuild."]]],
    ["a closing mark before a link", 'The gallery will draw visitors who want art they can buy." http://example.com/1HTe.', []],
    ["a closing mark after a question mark", 'Why would we stop?" she asked. "We are winning."', [["direct", "We are winning."]]],
    // must still open
    ["a mark after a colon and before a space (sloppy typing)", 'He said: " We will rebuild," and left.', [["direct", "We will rebuild,"]]],
    ["a mark after a stop and before a word", 'He left.\n\nHe said."We will rebuild the pier this year."', [["direct", "We will rebuild the pier this year."]]],
    [
      "a mark after a comma that ends a quote nested in straight marks, when the last mark closed in opening position",
      '"But I do believe it. So if somebody walks in and says, "I\'d like 10,000 rounds," you know, you might be suspicious about that."',
      [["direct", "But I do believe it. So if somebody walks in and says,"], ["direct", "you know, you might be suspicious about that."]],
    ],
    [
      "a mark after a stop that ends a quote nested in straight marks",
      'Trump tweeted, "Reporting that the killer shouted "Allahu Akbar!" as he slaughtered clubgoers." This was an altered tweet.',
      [["direct", "Reporting that the killer shouted"], ["direct", "as he slaughtered clubgoers."]],
    ],
    ["two quotes in a row", '"We will rebuild." "The town deserves it," she said.', [["direct", "We will rebuild."], ["direct", "The town deserves it,"]]],
    [
      "a mark after a word that ends a quote nested in straight marks, when the last mark closed in opening position",
      '"She kept saying "trust me" over and over," Park recalled.',
      [["direct", "She kept saying"], ["direct", "over and over,"]],
    ],
    // must not open: the last mark closed a quote where a closing mark stands
    ["a mark after a word, the last mark closing in closing position", 'He called it "a mess" today" and left.', [["direct", "a mess"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
