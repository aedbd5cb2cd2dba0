import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { NOTE_SHAPES, notesAbove } from "../../src/ingest/headline.js";

// A mail that forwards a story often opens with the sender's short note above its headline and
// byline ("See below.", "FYI"): the note is neither the headline nor the story.
const STORY = [
  "NEWPORT, R.I. — The harbour board said on Monday it would put off the dredging plan by a year.",
  "“We need more time to study the silt,” said Ines Marlow, the board's chair.",
  "Fishermen welcomed the delay, their association said in a statement.",
].join("\n\n");

// The story with no dateline at its top.
const UNDATED = STORY.replace(/^NEWPORT, R\.I\. — T/, "T");

const eml = (top: string): Uint8Array =>
  Buffer.from(
    `From: Pat Quill <pat@example.org>\r\nTo: desk@example.org\r\nSubject: Fwd: harbour\r\nDate: Tue, 12 Mar 2024 09:15:00 -0400\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${top}\n\n${STORY}\n`.replace(/\r?\n/g, "\r\n"),
  );

describe("a poster's note above a forwarded story's headline and byline (src/ingest/headline.ts)", () => {
  it("every note shape has an id and a reason", () => {
    for (const s of NOTE_SHAPES) expect(s.id && s.reason.length > 10).toBeTruthy();
  });

  const HEAD = ["Harbour Board Delays Dredging Plan", "By Tomas Reyne", STORY];
  it.each([
    ["must: a sentence with a full stop", ["See below.", ...HEAD], 1],
    ["must: a note that ends on a dash", ["Thought you'd want this —", ...HEAD], 1],
    ["must: an abbreviation alone", ["FYI", ...HEAD], 1],
    ["must: lower-case chat", ["fyi, interesting one", ...HEAD], 1],
    ["must: a note with a colon", ["Have a look at this:", ...HEAD], 1],
    ["must: a greeting over a note", ["Hi all,", "Worth a read.", ...HEAD], 2],
    ["must: a headline in sentence case without a stop", ["See below.", "Harbour board delays dredging plan by a year", "By Tomas Reyne", STORY], 1],
    ["must-not: a headline over a deck over a byline", ["Storm closes the port", "City Weighs Its Options", "By Jane Roe", STORY], 0],
    ["must-not: a headline with a stop over a deck with a stop", ["Storm closes the port.", "City says it had no choice as the river rose.", "By Jane Roe", STORY], 0],
    ["must-not: a question (a headline asks as often as a note)", ["Is the port worth saving?", "Harbour Board Weighs Dredging Plan", "By Jane Roe", STORY], 0],
    ["must: a question about the thing sent", ["Did you see this?", ...HEAD], 1],
    ["must: a one-word question to the people sent it", ["Thoughts?", ...HEAD], 1],
    ["must: a question that opens on 'anyone'", ["Anyone following the harbour story?", ...HEAD], 1],
    ["must: a question on 'anyone' about the thing sent", ["Anyone seen this?", ...HEAD], 1],
    ["must: a question on 'anybody' that asks what the people sent it know", ["Anybody know more?", ...HEAD], 1],
    // "Anyone home?" asks nothing about a thing sent: a feature's headline over its deck and byline.
    ["must-not: a headline's question that opens on 'anyone'", ["Anyone home?", "Empty Houses Line the Harbour Front", "By Jane Roe", STORY], 0],
    ["must-not: a headline's question that opens on 'anybody'", ["Anybody out there?", "Radio Hams Keep the Island Talking", "By Jane Roe", STORY], 0],
    ["must-not: a headline's longer question that ends on 'this'", ["Who will pay for the dredging of all this?", "Harbour Board Weighs Dredging Plan", "By Jane Roe", STORY], 0],
    // A short headline question that ends on "this" asks about its story, not the reader: it is no note.
    ["must-not: a short headline question that ends on 'this'", ["Who pays for this?", "Harbour Board Weighs Dredging Plan", "By Jane Roe", STORY], 0],
    ["must-not: a short 'what' question that ends on 'this'", ["What is behind all this?", "Harbour Board Weighs Dredging Plan", "By Jane Roe", STORY], 0],
    ["must: a question to the reader about the thing sent", ["Have you seen this?", ...HEAD], 1],
    ["must: a question with the subject dropped", ["Heard about this?", ...HEAD], 1],
    ["must-not: an archive's headline that ends on a semicolon", ["Jobs report gives Democrats a lift;", "Solid Upturn Could Blunt Claims", "By Jane Roe", STORY], 0],
    // Neither a byline nor a dateline under the headline: nothing shows the line above it to stand over a story's top.
    // (The row once held STORY, whose dateline made "See below." the title and the headline its deck.)
    ["must-not: no byline or dateline under the headline", ["See below.", "Harbour Board Delays Dredging Plan", UNDATED, UNDATED], 0],
    ["must-not: nothing under the byline", ["See below.", "Harbour Board Delays Dredging Plan", "By Tomas Reyne"], 0],
    ["must-not: a long paragraph is no note", [`${STORY.slice(0, 90)}.`, ...HEAD], 0],
    ["must-not: a dateline's paragraph is no note", ["HAVANA (AP) — It closed.", ...HEAD], 0],
    ["must-not: a byline is no note", ["By Jane Roe", ...HEAD], 0],
  ])("notesAbove: %s", (_name, paras, want) => {
    expect(notesAbove(paras)).toBe(want);
  });

  it.each([
    ["See below.", 1],
    ["FYI", 1],
    ["Thought you'd want this —", 1],
    ["fyi, interesting one", 1],
    ["Did you see this?", 1],
    ["Hi all,\n\nWorth a read.", 2],
  ])("an .eml opening %j: the title is the story's headline, the byline kept", (note, paras) => {
    const a = parseDocument("fwd.eml", eml(`${note}\n\nHarbour Board Delays Dredging Plan\n\nBy Tomas Reyne`)).document.articles[0];
    expect(a).toMatchObject({ title: "Harbour Board Delays Dredging Plan", byline: "Tomas Reyne", dateline: "NEWPORT, R.I.", headParagraphs: paras + 1 });
  });

  it("must-not: an .eml whose headline is a short question on 'this' keeps it as the title", () => {
    const a = parseDocument("story.eml", eml("Who pays for this?\n\nHarbour Board Weighs Dredging Plan\n\nBy Jane Roe")).document.articles[0];
    expect(a).toMatchObject({ title: "Who pays for this?", byline: "Jane Roe" });
  });

  // A sender's lead-in that ends on a colon ("From this morning's Gazette:") over the story's
  // dateline is no headline: before, the dateline under it made it the title (headline.ts over-dateline).
  const DATELINED = ["NEWPORT, R.I., Sept. 11 — The harbour board said on Sunday it would put off the dredging plan by a year.", "“We need more time to study the silt,” said Ines Marlow, the board's chair."];
  it.each([
    ["must: a lead-in on a colon over a dateline", ["From this morning's Gazette, for those who missed it:", ...DATELINED], 1],
    ["must: a short one", ["See below:", ...DATELINED], 1],
    ["must-not: a headline on a full stop over a dateline", ["Storm closes the port.", ...DATELINED], 0],
    // A lead-in that ends on a full stop speaks as its sender does, to the people sent it, or
    // points at the story ("below", "this morning's"): a headline does neither.
    ["must: a lead-in on a full stop over a dateline", ["From this morning's Gazette, for those who missed it.", ...DATELINED], 1],
    ["must: a lead-in that says 'I'", ["I thought you would want to see this.", ...DATELINED], 1],
    ["must: a lead-in that points below", ["Story below.", ...DATELINED], 1],
    ["must: a lead-in on an exclamation", ["In case you missed it!", ...DATELINED], 1],
    ["must-not: a headline on a full stop that names the US", ["Storm hits US coast.", ...DATELINED], 0],
    ["must-not: a headline on a full stop that quotes its speaker's 'we'", ["Board says ‘we need more time’.", ...DATELINED], 0],
    ["must-not: a headline on a full stop about today", ["Ferry fares rise by a fifth today.", ...DATELINED], 0],
    ["must-not: a lead-in on a full stop over no dateline", ["From this morning's Gazette, for those who missed it.", "The harbour board said on Sunday it would put off the dredging plan by a year.", DATELINED[1]], 0],
    ["must-not: a lead-in on a colon over no dateline", ["From this morning's Gazette:", "The harbour board said on Sunday it would put off the dredging plan by a year.", DATELINED[1]], 0],
    ["must-not: a long paragraph on a colon", [`${"The harbour board met on Sunday and heard from the divers ".repeat(2)}and the engineers:`, ...DATELINED], 0],
    // A note over a headline with no byline under it, the dateline straight under the headline.
    ["must: a note on a full stop over a headline over the dateline", ["Passing this along.", "Harbour Board Delays Dredging Plan", ...DATELINED], 1],
    ["must: an abbreviation over a headline over the dateline", ["FYI", "Harbour Board Delays Dredging Plan", ...DATELINED], 1],
    ["must: a greeting and a note over a headline over the dateline", ["Hi all,", "Worth a read.", "Harbour Board Delays Dredging Plan", ...DATELINED], 2],
    ["must-not: a headline on a full stop over its deck over the dateline", ["Storm closes the port.", "City Weighs Its Options", ...DATELINED], 0],
    ["must-not: a headline over the dateline, nothing above it", ["Harbour Board Delays Dredging Plan", ...DATELINED], 0],
  ])("notesAbove, a lead-in over the dateline: %s", (_name, paras, want) => {
    expect(notesAbove(paras)).toBe(want);
  });

  it("must: an .eml whose lead-in on a colon stands over the dateline: the subject is the title, the dateline found", () => {
    const a = parseDocument("fwd.eml", eml("From this morning's Gazette, for those who missed it:")).document.articles[0];
    expect(a).toMatchObject({ title: "harbour", dateline: "NEWPORT, R.I." });
  });

  it("must: an .eml whose lead-in on a full stop stands over the dateline: the subject is the title, the dateline found", () => {
    const a = parseDocument("fwd.eml", eml("From this morning's Gazette, for those who missed it.")).document.articles[0];
    expect(a).toMatchObject({ title: "harbour", dateline: "NEWPORT, R.I." });
  });

  it("must: an .eml whose note stands over a headline over the dateline: the headline is the title", () => {
    const a = parseDocument("fwd.eml", eml("Passing this along.\n\nHarbour Board Delays Dredging Plan")).document.articles[0];
    expect(a).toMatchObject({ title: "Harbour Board Delays Dredging Plan", dateline: "NEWPORT, R.I." });
  });

  it("must-not: an .eml whose headline is 'Anyone home?' over a deck and byline keeps it as the title", () => {
    const a = parseDocument("story.eml", eml("Anyone home?\n\nEmpty Houses Line the Harbour Front\n\nBy Jane Roe")).document.articles[0];
    expect(a).toMatchObject({ title: "Anyone home?", byline: "Jane Roe" });
  });

  it("must-not: a headline and its deck over a byline keep the headline", () => {
    const a = parseDocument("story.eml", eml("Storm closes the port\n\nCity Weighs Its Options\n\nBy Jane Roe")).document.articles[0];
    expect(a).toMatchObject({ title: "Storm closes the port", byline: "Jane Roe" });
  });
});
