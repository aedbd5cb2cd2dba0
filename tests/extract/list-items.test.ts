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
    // the quotation may come last: the items before it share its verdict, down the whole list
    [
      "an item before a quotation",
      "Over dinner she fretted to her brother, Tom Reyes, that the merger would be “utterly grim,” “a rout from first to last.”",
      [["direct", "utterly grim,"], ["direct", "a rout from first to last."]],
    ],
    [
      "two items before a quotation",
      "At dinner Lind fretted to her brother that the vote would be “grim,” “ugly” and “a rout from first to last.”",
      [["direct", "grim,"], ["direct", "ugly"], ["direct", "a rout from first to last."]],
    ],
    // must not trigger
    ["two scare quotes with no cue stay scare quotes", "Voters were “calm” and “quiet” that day.", [["scare", "calm"], ["scare", "quiet"]]],
    ["more than a join between them", "He is known as “Miss Piggy” and then the “quiet” ones left.", [["direct", "Miss Piggy"], ["scare", "quiet"]]],
    [
      "capitalised items before a quotation keep their own verdict",
      "The channel is bringing back “Amber,” “Stone Fort” and “a night to remember, all over again.”",
      [["scare", "Amber,"], ["scare", "Stone Fort"], ["direct", "a night to remember, all over again."]],
    ],
    ["a scare quote before a title keeps its verdict", "Voters were “calm” and “The Long Road Home” played.", [["scare", "calm"], ["scare", "The Long Road Home"]]],
    ["a join across paragraphs", "He is known as “Miss Piggy”\n\nand “quiet” ones left.", [["direct", "Miss Piggy"], ["scare", "quiet"]]],
    ["a title after a quotation keeps its own verdict", "“We will win,” Lind told CNN’s “State of the Union.”", [["direct", "We will win,"], ["scare", "State of the Union."]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("title-case words in marks joined as the next item of a list to a title are a title too (index.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the first title is known by its credit ("starred in"), the item after it shares it
    [
      "after a credited title",
      "The actor, who has starred in “Parks and Recreation” and “Guardians of the Galaxy,” posted the clip on Thursday.",
      [["scare", "Parks and Recreation"], ["scare", "Guardians of the Galaxy,"]],
    ],
    [
      "down a list of three",
      "She has starred in “The Long Road,” “Stone Fort” and “Night Train,” said the studio.",
      [["scare", "The Long Road,"], ["scare", "Stone Fort"], ["scare", "Night Train,"]],
    ],
    // must not trigger: an item in sentence case; an item that is not joined to the title
    [
      "an item in sentence case",
      "The actor, who has starred in “Parks and Recreation” and “a lot of bad films,” posted the clip on Thursday.",
      [["scare", "Parks and Recreation"], ["direct", "a lot of bad films,"]],
    ],
    [
      "not a list item",
      "The actor, who has starred in “Parks and Recreation,” told the crowd “Good Night Everyone” at the close.",
      [["scare", "Parks and Recreation,"], ["direct", "Good Night Everyone"]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
