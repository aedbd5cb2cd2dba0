import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { nexisDocuments } from "../../src/ingest/nexis.js";

// An archive export as LexisNexis Academic writes it: a search header, then each document under a
// centred "N of M DOCUMENTS" line, its masthead, its fields, the story (hard-wrapped) and closing fields.
const centre = (s: string) => `${" ".repeat(30)}${s}`;
const doc = (n: number, of: number, masthead: readonly string[], fields: readonly string[], story: string, closing: readonly string[]) =>
  [centre(`${n} of ${of} DOCUMENTS`), "", "", ...masthead, "", ...fields.flatMap((f) => [f, ""]), story, "", ...closing.flatMap((f) => [f, ""])].join("\n");

const STORY_1 = `The port was closed on Tuesday after a storm brought down trees and power\nlines across the region, officials said.\n\n"We will reopen when it is safe," harbour master Ann Lee told reporters at\nthe gate.`;
const STORY_2 = `All ferries to the islands stayed in harbour on Wednesday, the operator said.\n\n"Nobody sails until the wind drops," captain Tom Reyes said as passengers\nwaited on the quay.`;

const EXPORT = [
  "Download Request: All Documents: 1-2",
  "Time Of Request: Saturday, March 8, 2031  22:32:52 EST",
  "",
  "Terms: (port AND storm)",
  "",
  "Source: Newspaper Stories, Combined Papers",
  "",
  "",
  doc(
    1,
    2,
    ["     Copyright 2031 The Valley Courier Company, LLC d/b/a", centre("Valley Courier Digital"), centre("All Rights Reserved"), "", centre("The Valley Courier"), "", centre("March 5, 2031 Wednesday"), centre("Met 2 Edition")],
    ["SECTION: NEWS; Pg. A01", "LENGTH: 120 words", "HEADLINE: Storm closes the port of Marrowby", "BYLINE: Jane Roe;Tom Lee", "BODY:"],
    STORY_1,
    ["LOAD-DATE: March 6, 2031", "LANGUAGE: ENGLISH", "PUBLICATION-TYPE: Newspaper"],
  ),
  // An older export: no "BODY:" line, the story straight under the fields.
  doc(2, 2, [centre("The Marrowby Herald"), "", centre("March 6, 2031 Thursday")], ["SECTION: LOCAL", "LENGTH: 90 words", "HEADLINE: Ferries stay in harbour", "BYLINE: Sam Ortiz"], STORY_2, ["LOAD-DATE: March 7, 2031", "LANGUAGE: ENGLISH"]),
].join("\n");

describe("a news archive's export", () => {
  const { document, diagnostics } = parseDocument("archive.txt", Buffer.from(EXPORT));
  const [a, b] = document.articles;

  it("gives one article a document, with the paper, date, headline and byline its masthead and fields give", () => {
    expect(document.articles.map((x) => ({ id: x.id, outlet: x.outlet, published: x.published, title: x.title, byline: x.byline }))).toEqual([
      { id: "valley-courier-2031-03-05", outlet: "The Valley Courier", published: "2031-03-05", title: "Storm closes the port of Marrowby", byline: "Jane Roe, Tom Lee" },
      { id: "marrowby-herald-2031-03-06", outlet: "The Marrowby Herald", published: "2031-03-06", title: "Ferries stay in harbour", byline: "Sam Ortiz" },
    ]);
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/news-archive");
  });

  it("keeps the search header, mastheads and fields out of the text, whose lines are joined and map to the file", () => {
    expect(a.text).toBe('The port was closed on Tuesday after a storm brought down trees and power lines across the region, officials said.\n\n"We will reopen when it is safe," harbour master Ann Lee told reporters at the gate.');
    expect(b.text.startsWith("All ferries to the islands")).toBe(true);
    expect(b.text.endsWith("waited on the quay.")).toBe(true);
    for (const x of [a, b]) expect(x.text).not.toMatch(/DOCUMENTS|SECTION:|LENGTH:|LOAD-DATE:|LANGUAGE:|Copyright|Edition/);
    const at = a.text.indexOf("We will reopen");
    expect(EXPORT.slice(a.sourceOffsets![at], a.sourceOffsets![at] + 14)).toBe("We will reopen");
  });

  it("reads a byline's names without its 'By' and desk", () => {
    const text = doc(1, 1, [centre("The Valley Courier"), centre("March 5, 2031 Wednesday")], ["HEADLINE: Storm", "BYLINE: By Jane Roe;Tom Lee, Staff Writers", "BODY:"], STORY_1, ["LOAD-DATE: March 6, 2031"]);
    expect(nexisDocuments(text)?.map((d) => d.byline)).toEqual(["Jane Roe, Tom Lee"]);
  });

  it.each([
    ["a text with no document lines", `Storm closes the port\n\n${STORY_1}\n`],
    ["a document line over no fields", `${centre("1 of 2 DOCUMENTS")}\n\n${STORY_1}\n`],
    ["a line that only mentions documents", `The court released 1 of 2 DOCUMENTS on Tuesday.\n\nSECTION: NEWS\n\n${STORY_1}\n`],
  ])("must not read: %s", (_name, text) => {
    expect(nexisDocuments(text)).toBeNull();
  });
});
