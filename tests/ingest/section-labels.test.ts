import { describe, expect, it } from "vitest";
import { articlesFromText } from "../../src/ingest/build.js";
import { isSectionLabel, SECTION_LABEL_ROWS } from "../../src/ingest/section-labels.js";

describe("a section label (src/ingest/section-labels.ts)", () => {
  it("every row has an id, a reason and words in lower case", () => {
    for (const r of SECTION_LABEL_ROWS) expect(r.id && r.reason.length > 10 && r.words.every((w) => w === w.toLowerCase())).toBeTruthy();
  });

  it.each([
    ["must: a desk", "Opinion", true],
    ["must: with a full stop", "Your Money.", true],
    ["must: in capitals", "POLITICS", true],
    ["must: a path of labels", "World | Europe", true],
    ["must: U.S. with its stop", "U.S.", true],
    ["must-not: a headline", "Storm closes the port", false],
    ["must-not: a label with more words", "Politics and the port", false],
    ["must-not: a column's own title", "IN BRIEF.", false],
    ["must-not: empty", "", false],
  ])("%s: %j", (_name, line, want) => expect(isSectionLabel(line)).toBe(want));
});

const LONG = "The council voted on Monday to close the port for the winter, after a debate that lasted most of the evening and ended in a narrow vote.";
const read = (top: string) => {
  const src = `${top}\n\n${LONG}\n\n"We had no warning," the harbour master said on Monday.\n`;
  return articlesFromText("port.txt", src, 0, src.length).articles[0];
};

describe("a section label over a plain text's headline", () => {
  it("must: is no title; the headline under it is, both above the story", () => {
    expect(read("Your Money.\n\nStorm closes the port")).toMatchObject({ title: "Storm closes the port", headParagraphs: 2 });
  });
  it("must: the dateline under the headline is still found", () => {
    const src = `POLITICS\n\nStorm closes the port.\n\nHAVANA — ${LONG}\n`;
    expect(articlesFromText("port.txt", src, 0, src.length).articles[0]).toMatchObject({ title: "Storm closes the port.", dateline: "HAVANA" });
  });
  it("must: a label under the headline is the headline's ('LETTERS.')", () => {
    expect(read("Storm closes the port\n\nLETTERS.")).toMatchObject({ title: "Storm closes the port", headParagraphs: 2 });
  });
  it("must-not: a headline that is no label stays the title", () => {
    expect(read("Storm closes the port\n\nCouncil acts")).toMatchObject({ title: "Storm closes the port" });
  });
  it("must-not: a label over the story itself gives no title", () => {
    expect(read("Opinion").title).toBeNull();
  });
});
