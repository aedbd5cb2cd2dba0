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

describe("words in marks joined to a quotation as the next item of a list take its verdict", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger
    ["joined by 'and'", "Lind cited his references to her as “Miss Piggy” and “Miss Housekeeping” as examples.", [["direct", "Miss Piggy"], ["direct", "Miss Housekeeping"]]],
    ["joined by a comma", "Lind cited his references to her as “Miss Piggy,” “Miss Housekeeping” as examples.", [["direct", "Miss Piggy,"], ["direct", "Miss Housekeeping"]]],
    // must not trigger
    ["two scare quotes with no cue stay scare quotes", "Voters were “calm” and “quiet” that day.", [["scare", "calm"], ["scare", "quiet"]]],
    ["more than a join between them", "He is known as “Miss Piggy” and then the “quiet” ones left.", [["direct", "Miss Piggy"], ["scare", "quiet"]]],
    ["a join across paragraphs", "He is known as “Miss Piggy”\n\nand “quiet” ones left.", [["direct", "Miss Piggy"], ["scare", "quiet"]]],
    ["a title after a quotation keeps its own verdict", "“We will win,” Lind told CNN’s “State of the Union.”", [["direct", "We will win,"], ["scare", "State of the Union."]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
