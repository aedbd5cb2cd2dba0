import { describe, expect, it } from "vitest";
import { articlesFromText } from "../../src/ingest/build.js";
import { EDITOR_NOTE_LABELS, isEditorsNote } from "../../src/ingest/headline.js";
import { parseDocument } from "../../src/ingest/index.js";

// An editor's note over a story ("Editor's note: Who pays for the dredging?") is the paper speaking
// to its readers, never the story's headline. Before, the marks under it (a dateline, a deck and a
// byline) made it the title, whatever it ended on, and the real headline its deck.
const STORY = [
  "NEWPORT, R.I. — The harbour board said on Monday it would put off the dredging plan by a year.",
  "“We need more time to study the silt,” said Ines Marlow, the board's chair.",
].join("\n\n");

describe("an editor's note at a story's top (src/ingest/headline.ts isEditorsNote, build.ts)", () => {
  it("every label row has an id and a reason", () => {
    for (const r of EDITOR_NOTE_LABELS) expect(r.id && r.reason.length > 10).toBeTruthy();
  });

  it.each([
    ["must: with a colon, ending on a question", "Editor's note: Who pays for the dredging?", true],
    ["must: in capitals with a dash", "EDITOR’S NOTE — This story has been updated.", true],
    ["must: the editors' plural", "Editors' Note: Why we changed this story", true],
    ["must: a note to readers", "A note to our readers: what we got wrong?", true],
    ["must-not: a headline about an editor", "Editor's notebook reveals the port deal", false],
    ["must-not: a headline that asks about notes", "Who wrote the note to the mayor?", false],
    ["must-not: a story's sentence", "The editor's note said nothing of the deal.", false],
  ])("isEditorsNote: %s", (_name, p, want) => {
    expect(isEditorsNote(p)).toBe(want);
  });

  const read = (top: string) => {
    const src = `${top}\n\n${STORY}\n`;
    return articlesFromText("harbour.txt", src, 0, src.length).articles[0];
  };
  it.each([
    ["must: over the headline and byline, a question", "Editor's note: What does the board owe the fishermen?\n\nHarbour Board Delays Dredging Plan\n\nBy Tomas Reyne", { title: "Harbour Board Delays Dredging Plan", byline: "Tomas Reyne" }],
    ["must: over the dateline, a question", "Editor's note: Who pays for the dredging?", { title: null }],
    ["must: over the dateline, a statement", "EDITOR'S NOTE: This story has been updated.", { title: null }],
    ["must: under the headline, no deck", "Harbour Board Delays Dredging Plan\n\nEditor's note: Who pays for the dredging?", { title: "Harbour Board Delays Dredging Plan", headParagraphs: 1 }],
    ["must-not: a question headline over the dateline stays the title", "Is the port worth saving?", { title: "Is the port worth saving?" }],
  ])("%s", (_name, top, want) => {
    const a = read(top);
    expect(a).toMatchObject({ dateline: "NEWPORT, R.I.", ...want });
    // The note stays in the text: it is the paper's word, kept for the reader.
    if (top.includes("note")) expect(a.text).toContain("note");
  });

  it("e2e: an .eml whose text opens on an editor's note keeps the headline under it", () => {
    const eml = new TextEncoder().encode(
      `From: Desk <desk@example.org>\r\nSubject: harbour\r\nDate: Tue, 12 Mar 2024 09:15:00 -0400\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nEditor's note: What does the board owe the fishermen?\r\n\r\nHarbour Board Delays Dredging Plan\r\n\r\nBy Tomas Reyne\r\n\r\n${STORY.replace(/\n/g, "\r\n")}\r\n`,
    );
    const a = parseDocument("harbour.eml", eml).document.articles[0];
    expect(a).toMatchObject({ title: "Harbour Board Delays Dredging Plan", byline: "Tomas Reyne" });
  });
});
