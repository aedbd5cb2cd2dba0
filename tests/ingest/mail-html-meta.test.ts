import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { NEWSLETTER_FOOTER, trimFooter } from "../../src/ingest/mail-footer.js";

// A mail with only an HTML part (a newsletter, an alert) is read as a page is: the story's byline
// and date that its markup gives are the article's, not only its paragraphs.
const mail = (html: string, tail = "") =>
  Buffer.from(
    [
      "From: Newsroom Alerts <alerts@example.org>",
      "Subject: Transit fares to rise 25 cents",
      "Date: Wed, 14 May 2031 07:05:00 -0400",
      "MIME-Version: 1.0",
      'Content-Type: text/html; charset="utf-8"',
      "",
      `<html><body>${html}<p>Bus and subway fares will rise by 25 cents in July, the transit board decided on Tuesday.</p><p>“We have held fares flat for six years,” said board chair Nadia Ferro.</p>${tail}</body></html>`,
      "",
    ].join("\r\n"),
  );

describe("an HTML-only mail's story head (src/ingest/mail.ts, index.ts)", () => {
  it.each([
    ["must: a plain 'By' line under the headline", "<h1>Transit fares to rise 25 cents</h1><p>By Cal Whitby</p>", { byline: "Cal Whitby", published: "2031-05-14", publishedFrom: "mail" }],
    ["must: the story's <time>", '<h1>Transit fares to rise 25 cents</h1><p>By Cal Whitby</p><time datetime="2031-05-13T18:00:00-04:00">May 13, 2031</time>', { byline: "Cal Whitby", published: "2031-05-13" }],
    ["must-not: no byline, the mail's date", "<h1>Transit fares to rise 25 cents</h1>", { byline: null, published: "2031-05-14", publishedFrom: "mail" }],
  ])("%s", (_name, head, want) => {
    const a = parseDocument("alert.eml", mail(head)).document.articles[0];
    expect(a).toMatchObject({ title: "Transit fares to rise 25 cents", ...want });
    expect(a.text).not.toContain("By Cal Whitby");
  });
});

describe("a newsletter's footer under an HTML mail's story (src/ingest/mail-footer.ts)", () => {
  it("every footer row has an id and a reason", () => {
    for (const r of NEWSLETTER_FOOTER) expect(r.id && r.reason.length > 10).toBeTruthy();
  });
  it.each([
    ["must: why the reader gets it", ["Story.", "You are receiving this because you signed up for Metro Wire alerts. “News that moves,” as we say."], 1],
    ["must: an unsubscribe line under a preferences line", ["Story.", "Manage your preferences", "Unsubscribe | View in browser"], 1],
    ["must: received this email", ["Story.", "You received this email because you subscribed to our list."], 1],
    ["must-not: the story's last paragraph", ["Story.", "Readers can unsubscribe from the city's alerts at any time, the clerk said."], 2],
    ["must-not: a footer line inside the story", ["Story.", "Unsubscribe", "The vote is on Monday."], 3],
    ["must-not: nothing but the footer", ["You are receiving this because you signed up."], 1],
  ])("trimFooter: %s", (_name, paras, keep) => {
    expect(trimFooter(paras)).toHaveLength(keep);
  });

  it("leaves the footer's words out of the story: no quote from it", () => {
    const a = parseDocument("alert.eml", mail("<h1>Transit fares to rise 25 cents</h1><p>By Cal Whitby</p>", '<p style="font-size:10px">You are receiving this because you signed up for Metro Wire alerts. “News that moves,” as we say.</p>')).document.articles[0];
    expect(a.text).not.toContain("News that moves");
    expect(a.text).toContain("said board chair Nadia Ferro.");
  });
});
