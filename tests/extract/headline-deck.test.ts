import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { isSingleMarkHeadline } from "../../src/extract/headline.js";
import { articleFromText } from "../../src/ingest/article.js";
import { articlesFromText } from "../../src/ingest/build.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

const BODY = "The mayor spoke on Monday. “We will rebuild the bridge by spring,” she said.";

describe("a headline or deck in sentence case with a quote in single marks (isSingleMarkHeadline)", () => {
  const cases: [string, string, number, boolean][] = [
    // must trigger
    ["a headline as the first paragraph", `Mayor vows a ‘quick fix’ for the bridge.\n\n${BODY}`, 0, true],
    ["a headline with straight single marks", `For city, a 'golden chance' to fix its roads.\n\n${BODY}`, 0, true],
    ["a deck under a short headline", `Mayor speaks on the bridge;\n\nCouncil fears 'years of delay.'\n\n${BODY}`, 1, true],
    ["a related story's link in title case further down", `${BODY}\n\nMore.\n\nMore still.\n\nMayor Says Bridge Plan Is A ‘Quick Fix.’`, 3, true],
    ["a numbered item's heading in capitals", `${BODY}\n\nMore.\n\nMore still.\n\n3. FOR CITY DRIVERS ‘THE WAIT IS OVER.’`, 3, true],
    // must not trigger
    ["a third paragraph", `Mayor speaks.\n\nOn the bridge.\n\nShe vows a ‘quick fix’ now.\n\n${BODY}`, 2, false],
    ["a British-style story that quotes in single marks throughout", "Mayor vows a ‘quick fix’ for the bridge.\n\nThe mayor spoke on Monday. ‘We will rebuild,’ she said.", 0, false],
    ["a first paragraph with double marks too", `Mayor vows a “quick fix” and a ‘new road’.\n\n${BODY}`, 0, false],
    ["a long lead paragraph", `The mayor on Monday vowed a ‘quick fix’ for the bridge that collapsed last week, saying the city would spend whatever it takes to reopen it before the spring floods arrive.\n\n${BODY}`, 0, false],
    ["a second paragraph under a lead with double marks", `The mayor said it was “a disaster.”\n\nShe vows a ‘quick fix’ now.\n\n${BODY}`, 1, false],
    ["an apostrophe only", `Mayor's plan for the bridge.\n\n${BODY}`, 0, false],
    ["a title-case heading further down that quotes in double marks (a listicle's subhead)", `${BODY}\n\nMore.\n\nMore still.\n\nMayor Asked Drivers To “Be Patient.”`, 3, false],
    ["a sentence-case paragraph further down", `${BODY}\n\nMore.\n\nMore still.\n\nThe mayor called it a ‘quick fix’ for now.`, 3, false],
  ];
  it.each(cases)("%s", (_name, text, index, expected) => {
    const a = articleFromText(text);
    expect(isSingleMarkHeadline(a.text, a.paragraphs[index], index)).toBe(expected);
  });

  it("the quote in such a headline is kept apart as a scare quote; the story's quote stays a quotation", () => {
    expect(quotes(`Mayor vows a ‘quick fix’ for the bridge.\n\n${BODY}`)).toEqual([
      ["scare", "quick fix"],
      ["direct", "We will rebuild the bridge by spring,"],
    ]);
  });

});

// Ingest's own headline mark ('single-quoted') reads the text's top only when it takes the title
// from there: under a title from elsewhere (a mail's subject) the first paragraph is this test's.
describe("a single-quoted headline at the top of a text whose title came from elsewhere", () => {
  const kinds = (text: string, title?: string): [string, string][] => {
    const [a] = articlesFromText("story.eml", text, 0, text.length, title ? { title } : {}).articles;
    return extractQuotes(a).candidates.map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
  };
  it.each([
    ["must: a mail's subject as title", `Mayor vows a ‘quick fix’ for the bridge.\n\n${BODY}`, "Fwd: bridge story", [["scare", "quick fix"], ["direct", "We will rebuild the bridge by spring,"]]],
    ["must: the title read from the text", `Mayor vows a ‘quick fix’ for the bridge.\n\n${BODY}`, undefined, [["scare", "quick fix"], ["direct", "We will rebuild the bridge by spring,"]]],
    ["must-not: a lead in double marks under a given title", `“We will rebuild,” the mayor said on Monday.\n\n${BODY}`, "Fwd: bridge story", [["direct", "We will rebuild,"], ["direct", "We will rebuild the bridge by spring,"]]],
  ] as [string, string, string | undefined, [string, string][]][])("%s", (_name, text, title, expected) => {
    expect(kinds(text, title)).toEqual(expected);
  });
});

/** The direct and scare runs of the third paragraph of a made-up text. */
const subhead = (line: string): [string, string][] => quotes(`${BODY}\n\n${line}\n\n${BODY}`).slice(1, -1);

describe("a wire story's subhead in single marks between dashes (scare.ts isSubhead)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger
    ["a question between en dashes and a stop", "– ‘Who cares?’ –.", [["scare", "Who cares?"]]],
    ["words between hyphens", "- ‘We’re alive’ -", [["scare", "We’re alive"]]],
    ["a heading in title case alone on its line", "‘All Bets Are Off.’", [["scare", "All Bets Are Off."]]],
    // must not trigger
    ["words and their speaker between dashes", "– ‘Who cares?’ he said –.", [["direct", "Who cares?"]]],
    ["a dash before only", "– ‘Who cares?’ asked the mayor.", [["direct", "Who cares?"]]],
    ["double marks between dashes", "– “Who cares?” –.", [["direct", "Who cares?"]]],
    ["two apostrophes between dashes", "– ''Who cares?'' –.", [["direct", "Who cares?"]]],
  ];
  it.each(cases)("%s", (_name, line, expected) => {
    expect(subhead(line)).toEqual(expected);
  });
});

/** The direct and scare runs of a line further down than a headline or deck stands (the sixth paragraph). */
const lowLine = (line: string): [string, string][] => quotes(`${[BODY, BODY, BODY, BODY, BODY].join("\n\n")}\n\n${line}\n\n${BODY}`).slice(5, -1);

describe("two apostrophes ('') are a double mark to the heading tests (scare.ts isSubhead, headline.ts isSingleMarkHeadline)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: a title-case line in single marks is a section heading
    ["a heading in single marks", "‘All Bets Are Off.’", [["scare", "All Bets Are Off."]]],
    ["a title-case headline with a quote in single marks", "Mayor Says Bridge Is ‘Safe Enough’ Now", [["scare", "Safe Enough"]]],
    // must not trigger: in two apostrophes, as in “…”, the line is a quoted line
    ["curly double marks alone on the line", "“All Bets Are Off.”", [["direct", "All Bets Are Off."]]],
    ["two apostrophes alone on the line", "''All Bets Are Off.''", [["direct", "All Bets Are Off."]]],
  ];
  it.each(cases)("%s", (_name, line, expected) => {
    expect(lowLine(line)).toEqual(expected);
  });
});
