import { describe, expect, it } from "vitest";
import { scanDirect as scan } from "./scan-direct.js";

describe("a quote never closed, with its credit after a comma, ends at that comma (direct.ts)", () => {
  const cases: [string, string, [string, string][], string | null][] = [
    // must trigger: the closing mark was left out before ", said Name" or ", Name said"
    [
      "', said Name,' then an appositive",
      "The port closed.\n\n“There was no money left for the pier, said Lind, who ran the port for ten years.\n\nThe town moved on.",
      [["direct", "There was no money left for the pier,"]],
      "extract/unclosed-before-cue",
    ],
    [
      "', Name said'",
      "The port closed.\n\n\"We will rebuild it by June, Ada Lind said on Monday.\n\nThe town moved on.",
      [["direct", "We will rebuild it by June,"]],
      "extract/unclosed-before-cue",
    ],
    [
      "', she added'",
      "The port closed.\n\n“Nobody told us a thing, she added after the vote.\n\nThe town moved on.",
      [["direct", "Nobody told us a thing,"]],
      "extract/unclosed-before-cue",
    ],
    // must not trigger: a closed quote; a quote that goes on in the next paragraph; an unclosed
    // quote with no credit after a comma; a credit inside a quote that is closed later
    ["closed", "“We will rebuild it by June,” said Lind, who ran the port.", [["direct", "We will rebuild it by June,"]], null],
    [
      "goes on in the next paragraph",
      "“We will rebuild it by June, said Lind to me then.\n\n“And we did,” she said.",
      [["direct", "We will rebuild it by June, said Lind to me then."], ["direct", "And we did,"]],
      null,
    ],
    [
      "no credit after a comma",
      "The port closed.\n\n“We will rebuild it by June, and the pier too.\n\nThe town moved on.",
      [["direct", "We will rebuild it by June, and the pier too."]],
      "extract/unclosed-quote",
    ],
    [
      "a credit reported inside a closed quote",
      "“When I met him, he said, ‘We will win,’ and I believed him,” Lind recalled.",
      [["direct", "When I met him, he said, ‘We will win,’ and I believed him,"]],
      null,
    ],
  ];
  it.each(cases)("%s", (_name, text, quotes, rule) => {
    const r = scan(text);
    expect(r.quotes).toEqual(quotes);
    if (rule) expect(r.rules).toContain(rule);
    else {
      expect(r.rules).not.toContain("extract/unclosed-before-cue");
      expect(r.rules).not.toContain("extract/unclosed-quote");
    }
  });
});

describe("a straight quote left open before its credit, then a new opening mark, ends at the credit's comma (direct.ts)", () => {
  const cases: [string, string, [string, string][], boolean][] = [
    // must trigger: the closing mark before ", he added," was left out, and the next mark opens the quote that goes on
    [
      "', he added, \"'",
      "The port closed.\n\n\"Absent a deal on the pier, he added, \"the port will close for good.\"\n\nThe town moved on.",
      [["direct", "Absent a deal on the pier,"], ["direct", "the port will close for good."]],
      true,
    ],
    [
      "', said Name, \"'",
      "The port closed.\n\n\"We will rebuild it by June, said Ada Lind, \"and the pier too.\"\n\nThe town moved on.",
      [["direct", "We will rebuild it by June,"], ["direct", "and the pier too."]],
      true,
    ],
    // must not trigger: the first quote was closed; a quote nested in straight marks (its marks pair up
    // with the outer closer: an odd number from the inner opener on); a mark after a comma with no credit
    ["closed before the credit", "The port closed.\n\n\"Yes,\" he added, \"we will rebuild it.\"", [["direct", "Yes,"], ["direct", "we will rebuild it."]], false],
    [
      "a nested quote after the credit",
      "The port closed.\n\n\"When I met him, he said, \"We will win,\" and I believed him,\" Lind recalled.",
      [["direct", "When I met him, he said,"], ["direct", "and I believed him,"]],
      false,
    ],
    [
      "no credit before the mark",
      "The port closed.\n\n\"We need roads, bridges, \"smart\" grids and more,\" she said.",
      // the nested quote ("smart") ends at the mark after its word, and the outer one goes on (stray-marks.test.ts)
      [["direct", "We need roads, bridges,"], ["direct", "grids and more,"]],
      false,
    ],
  ];
  it.each(cases)("%s", (_name, text, quotes, noted) => {
    const r = scan(text);
    expect(r.quotes).toEqual(quotes);
    expect(r.rules.includes("extract/unclosed-before-cue")).toBe(noted);
  });
});
