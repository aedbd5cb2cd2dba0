import { describe, expect, it } from "vitest";
import { plainIsStub } from "../../src/ingest/mail-plain-stub.js";
import { parseDocument } from "../../src/ingest/index.js";

// A newsletter or alert sent as multipart/alternative often puts only a stand-in in its text/plain
// part ("This email is in HTML format…", "To view this email as a web page, go to …"). The plain
// part was read because it had text, and the story in the HTML part was lost: no quote, no dateline.
const STORY_HTML =
  "<html><body><h1>Council votes to close ferry terminal</h1><p>PORTLAND, Maine — The city council voted 6-3 on Tuesday to close the old ferry terminal by the end of the year.</p><p>“We cannot keep pouring money into a building nobody uses,” said Council President Ruth Caldwell.</p><p>Opponents said the vote was rushed.</p><p>The terminal, built in 1962, has stood empty since the ferry line moved its berth to the new pier in 2027. Its roof leaks and its heating failed two winters ago.</p></body></html>";
const STORY_TEXT = "PORTLAND, Maine — The city council voted 6-3 on Tuesday to close the old ferry terminal by the end of the year.\n\n“We cannot keep pouring money into a building nobody uses,” said Council President Ruth Caldwell.\n\nOpponents said the vote was rushed.";
const mail = (plain: string, html = STORY_HTML) =>
  new TextEncoder().encode(
    `From: Portland Daily <news@example.com>\nSubject: Council votes to close ferry terminal\nDate: Tue, 4 Mar 2031 18:00:00 -0500\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="A"\n\n--A\nContent-Type: text/plain; charset=utf-8\n\n${plain}\n--A\nContent-Type: text/html; charset=utf-8\n\n${html}\n--A--\n`,
  );

describe("a text/plain part that only stands in for the HTML part (src/ingest/mail-plain-stub.ts)", () => {
  it.each([
    ["must: 'this email is in HTML'", "This email is in HTML format. Please view it in an HTML-capable mail reader."],
    ["must: a 'view as a web page' link", "To view this email as a web page, go to https://news.example.com/v/123"],
    ["must: another language's stand-in", "Diese E-Mail enthält HTML. Bitte öffnen Sie sie in einem Programm, das HTML anzeigt."],
  ])("%s: the HTML part's story is read, with its quote and dateline", (_name, plain) => {
    const { document, diagnostics } = parseDocument("alert.eml", mail(plain));
    const a = document.articles[0];
    expect(a).toMatchObject({ dateline: "PORTLAND, Maine" });
    expect(a.text).toContain("said Council President Ruth Caldwell");
    expect(diagnostics.find((d) => d.ruleId === "ingest/plain-stub")?.severity).toBe("info");
  });

  it("must-not: a plain part that holds the story is read, not the HTML", () => {
    const { document, diagnostics } = parseDocument("story.eml", mail(STORY_TEXT));
    expect(document.articles[0].text).toContain("said Council President Ruth Caldwell");
    expect(diagnostics.map((d) => d.ruleId)).not.toContain("ingest/plain-stub");
  });

  it.each([
    ["must: a stand-in far shorter than the HTML's text, its words not in it", "This email is in HTML format.", STORY_TEXT, true],
    ["must-not: a short plain part whose words the HTML holds (a short message and its HTML copy)", "PORTLAND, Maine — The city council voted 6-3 on Tuesday.", `PORTLAND, Maine — The city council voted 6-3 on Tuesday. ${"Sent from the desk. ".repeat(20)}`, false],
    ["must-not: a plain part as long as the HTML's text", "The council met. It voted to close the terminal.", "The council met on Tuesday evening and voted six to three.", false],
    ["must-not: a long plain part", "The council met. ".repeat(40), STORY_TEXT.repeat(5), false],
    ["must-not: an HTML part with little text", "See the attached.", "Hello there.", false],
  ])("plainIsStub: %s", (_name, plain, htmlText, want) => {
    expect(plainIsStub(plain, htmlText)).toBe(want);
  });
});
