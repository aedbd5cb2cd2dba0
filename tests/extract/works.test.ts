import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { firstWords } from "../../src/extract/scare.js";
import { namedWork } from "../../src/extract/works.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

/** The work row that fires on the first “…” of `text`, or null. */
function rowOf(text: string): string | null {
  const open = text.indexOf("“");
  const close = text.indexOf("”", open + 1);
  const quoted = text.slice(open + 1, close);
  return namedWork(text, { start: open, end: close + 1 }, quoted, firstWords(quoted, 11))?.id ?? null;
}

describe("words in marks that name a work, a programme, an event or a term: the rows", () => {
  const cases: [string, string, string | null][] = [
    // must trigger
    ["a headline with its byline", "NOW OPEN—“Harbor gallery opens across from the museum,” by DNAinfo's Jo Small: the gallery opened.", "headline-byline"],
    ["a headline with a byline whose outlet ends in s", "—“The Living Room to close at the end of December,” by Times' Ben Sisario.", "headline-byline"],
    ["a headline ending in a nested title, its comma inside both", "BROADWAY BEAT—“Jo Reyes is leaving ‘Harbor Lights,’” by Times' Ben Sisario: the star is leaving.", "headline-byline"],
    ["a headline ending in a title in straight single marks", "—“Jo Reyes is leaving 'Harbor Lights,'” by DNAinfo's Jo Small.", "headline-byline"],
    ["a letters page's citation", "I stand with Ana Lind (“Lind blasts the council as a 'fraud',” USATODAY.com, Thursday).", "headline-citation"],
    ["a writer's commentary between commas", "Ouisa Davis' commentary, “Melania, tell your immigrant story,” is very thoughtful.", "owned-work-appositive"],
    ["a senator's column with its day", "In Sen. Jeff Sessions' column on Aug. 10, “The piling on must stop,” the senator seems to agree.", "owned-work-appositive"],
    ["a programme opening the sentence", "Pence spoke on Sunday. On “Face the Nation,” Sen. Bernie Sanders said the race was close.", "programme-opens-sentence"],
    ["an event with its sponsor", "She spoke during a “Commander-in-Chief Forum” sponsored by NBC News on Wednesday.", "event-sponsor"],
    ["a term the sentence defines", "The visa requires an investment in a “targeted employment area,” which is defined as an urban area.", "defined-term"],
    // must not trigger
    ["a quotation followed by 'by' and no byline", "“We were beaten,” by all accounts, was what he said.", null],
    ["a quotation ending in a nested quote, no byline after", "“He told me ‘go home,’” by all accounts, was what she said.", null],
    ["a quotation in brackets with no outlet and day", "The mayor (“we will rebuild,” she said) left early.", null],
    ["a quotation from a column, credited after it", "In Smith's column, “We must rebuild the city now,” Smith wrote.", null],
    ["a quotation after 'in his column' (no named owner)", "In his column, “We must rebuild the city now,” is the line.", null],
    ["a sentence opening with 'On' and a quotation in lower case", "On “day one,” the mayor said, the bridge would open.", null],
    ["a quotation mid-sentence after 'on'", "The mayor said on “Day One” the bridge would open.", null],
    ["an event with no sponsor", "She spoke during a “Commander-in-Chief Forum” on Wednesday.", null],
    ["a phrase that the sentence does not define", "He called it a “targeted employment area,” which is absurd.", null],
  ];
  it.each(cases)("%s", (_name, text, id) => {
    expect(rowOf(text)).toBe(id);
  });
});

describe("titles after the kind of work and a comma (titles.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    ["an ad named after a comma", "One ad, “Balanced Rebellion,” stars an Abraham Lincoln impersonator.", [["scare", "Balanced Rebellion,"]]],
    ["a radio program named after a comma", "He began hosting a new program, “The Overthrow Show,” in 2012.", [["scare", "The Overthrow Show,"]]],
    ["a memoir named after a comma", "She wrote about it in her memoir, “Tough Choices.” She was adamant.", [["scare", "Tough Choices."]]],
    ["a sentence after 'show,' is still a quotation", "Asked about the show, “We loved every minute of it,” she said.", [["direct", "We loved every minute of it,"]]],
    ["lower-case words after 'ad,' are still a quotation", "In the ad, “they lied to you,” a narrator says.", [["direct", "they lied to you,"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
