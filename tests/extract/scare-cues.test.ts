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

describe("speech verbs of an idiom are no cue for words in marks in their sentence (scare.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the idiom's noun leaves the short run a scare quote
    ["a far cry", "That is a far cry from the mayor serving up “ice cream” to voters.", [["scare", "ice cream"]]],
    ["far cries", "These plans are far cries from the “quick fix” of last year.", [["scare", "quick fix"]]],
    // must not trigger: crying out is speech
    ["cried out", "She cried out for “more time” as the vote closed.", [["direct", "more time"]]],
    ["a cry of", "The crowd let out a cry of “shame” at the mayor.", [["direct", "shame"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
