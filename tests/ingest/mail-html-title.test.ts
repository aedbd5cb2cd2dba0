import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

// An HTML mail that carries a story (a page forwarded, an alert) shows the story's headline over it.
// A fact-checker cites the article by that headline; the subject is the sender's words ("Fwd: you
// have to read this one"). Before, the headline left the text as the page's metadata and the title
// fell back on the subject, so the headline was lost. The subject stays the container's title.
const mail = (subject: string, html: string, title = "Message") =>
  Buffer.from(
    [
      "From: Pat Quill <pat@example.org>",
      `Subject: ${subject}`,
      "Date: Tue, 12 Mar 2024 09:15:00 -0400",
      "MIME-Version: 1.0",
      'Content-Type: text/html; charset="utf-8"',
      "",
      `<html><head><title>${title}</title></head><body>${html}<p>By Tomas Reyne</p><p>NEWPORT, R.I. — The harbour board said on Monday it would put off the dredging plan by a year.</p><p>“We need more time to study the silt,” said Ines Marlow, the board's chair.</p></body></html>`,
      "",
    ].join("\r\n"),
  );

const HEADLINE = "Harbour board delays dredging plan";

describe("an HTML mail's title (src/ingest/html-head.ts titled, mail.ts, index.ts)", () => {
  it.each([
    ["must: the <h1> over the story, not a chatty subject", "Fwd: you have to read this one", `<p>See below, Pat</p><h1>${HEADLINE}</h1>`, HEADLINE],
    ["must: the <h1> over the story, not a subject that sums it up otherwise", "Dredging news", `<h1>${HEADLINE}</h1>`, HEADLINE],
    ["must: a JSON-LD headline shown over the story", "Fwd: look", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEADLINE}"}</script><h2>${HEADLINE}</h2>`, HEADLINE],
    ["must-not: a <title> the story does not show keeps the subject", "Dredging put off", "", "Dredging put off", HEADLINE],
    ["must-not: no headline at all keeps the subject (without Fwd:)", "Fwd: Dredging put off", "", "Dredging put off", "Message"],
  ])("%s", (_name, subject, html, title, pageTitle = "Message") => {
    const a = parseDocument("harbour.eml", mail(subject, html, pageTitle)).document.articles[0];
    expect(a).toMatchObject({ title, byline: "Tomas Reyne", dateline: "NEWPORT, R.I." });
    expect(a.container?.title).toBe(subject);
    expect(a.text).not.toContain(HEADLINE);
  });
});
