import { describe, expect, it } from "vitest";
import { articlesFromText } from "../../src/ingest/build.js";
import { HEADLINE_MARKS, headlineMark } from "../../src/ingest/headline.js";

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
    ["Storm closes the port.\n\nAs the winds grow, so does the fear of floods.\n\nHAVANA - The port closed on Monday.", "Storm closes the port.", "HAVANA"],
    ["Storm closes the port.\n\nABSTRACT.\n\nThe port closed.\n\nFULL TEXT.\n\nThe port closed on Monday.", "Storm closes the port.", null],
    ["The port closed.\n\nNobody knew why.\n\nOfficials were surprised.", null, null],
  ])("%j -> title %s, dateline %s", (top, title, dateline) => {
    const src = `${top}\n\n"We had no warning," the harbour master said on Monday.\n`;
    const { articles } = articlesFromText("port.txt", src, 0, src.length);
    expect(articles[0]).toMatchObject({ title, dateline });
  });
});
