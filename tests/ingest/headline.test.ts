import { describe, expect, it } from "vitest";
import { articlesFromText } from "../../src/ingest/build.js";
import { deckUnder, HEADLINE_MARKS, headlineAndDeck, headlineMark, namedAfter } from "../../src/ingest/headline.js";

const LONG = "The council voted on Monday to close the port for the winter, after a debate that lasted most of the evening and ended in a narrow vote.";

describe("a headline ending on a full stop (src/ingest/headline.ts)", () => {
  it("every mark has an id and a reason", () => {
    for (const m of HEADLINE_MARKS) expect(m.id && m.reason.length > 10).toBeTruthy();
  });

  it.each([
    ["must: over a dateline", ["Storm closes the port.", "HAVANA (AP) — The port closed on Monday."], "over-dateline"],
    ["must: over a dateline in mixed case", ["Storm closes the port.", "Havana (AFP) – The port closed on Monday."], "over-dateline"],
    ["must: over a deck over a dateline", ["Storm closes the port.", "As the winds grow, so does the fear of floods.", "HAVANA - The port closed on Monday."], "over-deck-and-dateline"],
    ["must: over an archive's label", ["Storm closes the port.", "ABSTRACT.", "The port closed on Monday."], "over-archive-label"],
    ["must: over a label with a colon", ["Storm closes the port.", "Summary:", "The port closed on Monday."], "over-archive-label"],
    ["must-not: a lede over the story", ["The port closed.", LONG, "HAVANA - It closed on Monday."], null],
    ["must-not: a deck of two sentences", ["Storm closes the port.", "The winds grow. So does the fear.", "HAVANA - The port closed on Monday."], null],
    ["must-not: a deck of two lines", ["Storm closes the port.", "As the winds grow,\nso does the fear.", "HAVANA - The port closed on Monday."], null],
    ["must-not: sentences over sentences", ["The port closed.", "Nobody knew why.", "Officials were surprised."], null],
    ["must-not: a dateline itself", ["HAVANA (AP) — The port closed.", "MIAMI (AP) — So did the airport."], null],
    ["must-not: a word in capitals that is no label", ["The port closed.", "WHY.", "Officials were surprised."], null],
  ])("%s", (_name, paras, want) => {
    expect(headlineMark(paras)?.id ?? null).toBe(want);
  });

  it.each([
    ["must: a slug cut mid-word after outlet and date", "politico_2016-01-07_storm-closes-the-port-of-marr", "Storm closes the port of Marrowby.", true],
    ["must: a name with spaces after a date", "2031-03-05 Storm closes the port of Marrowby", "Storm closes the port of Marrowby.", true],
    ["must: the name alone, an apostrophe and digits dropped", "mayor-s-90-day-plan-fails", "Mayor's 90-day plan fails.", true],
    ["must: a slug that drops the digits", "mayor-s-day-plan-fails", "Mayor's 90-day plan fails.", true],
    ["must-not: a name too short to tell", "storm-closes", "Storm closes the port of Marrowby.", false],
    ["must-not: the name's words found only later in the line", "closes-the-port-of-marrowby", "Storm closes the port of Marrowby.", false],
    ["must-not: a slug's tail that matches (starts mid-name)", "cbs_2031-03-05_conservative-icon-rita-lowe-backs", "Rita Lowe backs the plan, the conservative icon said.", false],
    ["must-not: no file name (standard input)", "", "Storm closes the port of Marrowby.", false],
    ["must-not: a name that differs", "port-strike-enters-third-week", "Storm closes the port of Marrowby.", false],
  ])("namedAfter: %s", (_name, file, para, want) => {
    expect(namedAfter(file, para)).toBe(want);
  });

  it.each([
    ["must: named by its file", ["Storm closes the port of Marrowby.", "The port closed."], "storm-closes-the-port-of-marrowby", "named-by-file"],
    ["must: a quotation in single marks over a longer paragraph", ["Mayor slams council's 'reckless' port plan.", LONG], "", "single-quoted"],
    ["must: curly single marks", ["Mayor slams ‘reckless’ port plan.", LONG], "", "single-quoted"],
    ["must-not: an apostrophe only", ["The mayor's port plan failed.", LONG], "", null],
    ["must-not: a lede that quotes in double marks too", ["The mayor called it 'reckless' and \"wrong.\"", LONG], "", null],
    ["must-not: single marks in a paragraph of two sentences", ["The mayor called it 'reckless.' Then he left.", LONG], "", null],
    ["must-not: a paragraph no shorter than the next", ["The mayor called the council's port plan 'reckless' on Monday.", "The council voted on it anyway."], "", null],
    ["must-not: a file named after something else", ["Storm closes the port of Marrowby.", "The port closed."], "port-strike-enters-third-week", null],
  ])("%s", (_name, paras, file, want) => {
    expect(headlineMark(paras, file)?.id ?? null).toBe(want);
  });

  it.each([
    ["must: a deck under a semicolon", ["Jobs report gives Democrats a lift; ", "Solid upturn could blunt Republican claims.", LONG], { title: "Jobs report gives Democrats a lift", paragraphs: 2 }],
    ["must: the semicolon cleaned with no deck under it", ["Jobs report gives Democrats a lift;", LONG, LONG], { title: "Jobs report gives Democrats a lift", paragraphs: 1 }],
    ["must-not: a semicolon inside the headline stays", ["Trump leads pack; terrorism a top issue", LONG, LONG], { title: "Trump leads pack; terrorism a top issue", paragraphs: 1 }],
    ["must-not: a dateline under the semicolon is no deck", ["Port stays shut;", "EASTPORT (AP) — The port stayed shut.", LONG], { title: "Port stays shut", paragraphs: 1 }],
    ["must-not: a paragraph of two sentences is no deck", ["Port stays shut;", "The port stayed shut. Nobody knew why.", LONG], { title: "Port stays shut", paragraphs: 1 }],
  ])("headlineAndDeck: %s", (_name, paras, want) => {
    expect(headlineAndDeck(paras)).toEqual(want);
  });

  it("counts a headline and its deck as the paragraphs above the story", () => {
    const src = `Port stays shut; \nMayor vows to reopen it by spring.\n\n${LONG}\n`;
    const a = articlesFromText("port.txt", src, 0, src.length).articles[0];
    expect(a).toMatchObject({ title: "Port stays shut", headParagraphs: 2 });
    expect(a.text.startsWith("Port stays shut;")).toBe(true);
  });

  it("takes the headline a file is named after for the title, the text and its offsets unchanged", () => {
    const src = "Storm closes the port of Marrowby.\n\nThe port closed on Monday, the harbour master said.\n";
    const { articles } = articlesFromText("news/daily_2031-03-05_storm-closes-the-port-of-mar.txt", src, 0, src.length);
    expect(articles[0]).toMatchObject({ title: "Storm closes the port of Marrowby.", text: src.trimEnd() });
    const other = articlesFromText("news/notes.txt", src, 0, src.length).articles[0];
    expect(other.title).toBeNull();
  });

  it.each([
    ["Storm closes the port.\n\nAs the winds grow, so does the fear of floods.\n\nHAVANA - The port closed on Monday.", "Storm closes the port.", "HAVANA"],
    ["Storm closes the port.\n\nABSTRACT.\n\nThe port closed.\n\nFULL TEXT.\n\nThe port closed on Monday.", "Storm closes the port.", null],
    ["The port closed.\n\nNobody knew why.\n\nOfficials were surprised.", null, null],
  ])("%j -> title %s, dateline %s", (top, title, dateline) => {
    const src = `${top}\n\n"We had no warning," the harbour master said on Monday.\n`;
    const { articles } = articlesFromText("port.txt", src, 0, src.length);
    expect(articles[0]).toMatchObject({ title, dateline });
  });

  it.each([
    ["must: over a byline", ["Storm closes the port.", "By Jane Roe", LONG], "over-byline"],
    ["must: over a deck over a byline", ["Storm closes the port.", "City says it had no choice as the river rose.", "By Jane Roe", LONG], "over-deck-and-byline"],
    ["must-not: a sentence over a sentence that opens with 'By'", ["The port closed.", "By Monday the river had risen.", LONG], null],
    ["must-not: a deck over no byline", ["Storm closes the port.", "City says it had no choice as the river rose.", LONG, LONG], null],
  ])("%s", (_name, paras, want) => {
    expect(headlineMark(paras)?.id ?? null).toBe(want);
  });

  it.each([
    ["must: a deck over a byline", ["Storm closes the port", "City says it had no choice as the river rose.", "By Jane Roe", LONG], 1],
    ["must: a deck over a date line", ["Storm closes the port", "City says it had no choice as the river rose.", "March 3, 2031", LONG], 1],
    ["must: a deck over a dateline", ["Storm closes the port", "City says it had no choice as the river rose.", `HAVANA — ${LONG}`], 1],
    ["must: a deck with no final stop", ["Storm closes the port", "City says it had no choice as the river rose", LONG], 1],
    ["must: a section label", ["Storm closes the port", "Analysis", LONG], 1],
    ["must-not: a one-sentence lede over the story", ["Storm closes the port", "The city has closed its port.", LONG], 0],
    ["must-not: the byline itself", ["Storm closes the port", "By Jane Roe", LONG], 0],
    ["must-not: a dateline's paragraph", ["Storm closes the port", `HAVANA — ${LONG}`, LONG], 0],
    ["must-not: a line with no stop over a shorter one", ["Storm closes the port", "City says it had no choice as the river rose", "It did."], 0],
    ["must-not: nothing under it", ["Storm closes the port", "City says it had no choice"], 0],
  ])("deckUnder: %s", (_name, paras, want) => {
    expect(deckUnder(paras)).toBe(want);
  });

  it.each([
    ["a deck over a byline", "Storm closes the port\n\nCity says it had no choice as the river rose\n\nBy Jane Roe", { title: "Storm closes the port", headParagraphs: 2, byline: "Jane Roe", cuts: [] }],
    ["a headline with a stop over a deck and a byline", "Storm closes the port.\n\nCity says it had no choice as the river rose.\n\nBy Jane Roe", { title: "Storm closes the port.", headParagraphs: 2, byline: "Jane Roe" }],
  ])("reads the top of a text: %s", (_name, top, want) => {
    const src = `${top}\n\n${LONG}\n\n"We had no warning," the harbour master said on Monday.\n`;
    expect(articlesFromText("port.txt", src, 0, src.length).articles[0]).toMatchObject(want);
  });

  it("a headline with a full stop over a byline and a date keeps both (not a poster's note above them)", () => {
    const src = `Storm closes the port.\n\nBy Jane Roe\n\nMarch 3, 2031\n\n${LONG}\n`;
    const { articles } = articlesFromText("port.txt", src, 0, src.length);
    expect(articles[0]).toMatchObject({ title: "Storm closes the port.", byline: "Jane Roe", published: "2031-03-03" });
  });

  it("a note with a full stop over a date line alone is still the poster's", () => {
    const src = `See the story below.\n\nMarch 3, 2031\n\n${LONG}\n`;
    expect(articlesFromText("port.txt", src, 0, src.length).articles[0].title).toBeNull();
  });
});
