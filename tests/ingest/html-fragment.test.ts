import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { parseMail } from "../../src/ingest/mail.js";

const WORDS = "The pier closes on Monday for repairs, the harbor board said in a statement.";
const QUOTE = "“We will reopen it by the summer,” said board chair Ann Lee.";

describe("HTML with no <body> tag", () => {
  // [name, markup, paragraphs read]
  const cases: [string, string, string[]][] = [
    ["a bare fragment of paragraphs", `<p>${WORDS}</p><p>${QUOTE}</p>`, [WORDS, QUOTE]],
    ["a page that leaves <html>, <head> and <body> out: its title is no paragraph", `<!doctype html><title>Pier closes</title><p>${WORDS}</p><p>${QUOTE}</p>`, [WORDS, QUOTE]],
    ["a fragment with a head of its own", `<head><title>Pier closes</title><style>p{}</style></head><p>${WORDS}</p>`, [WORDS]],
    ["not changed: a page with a body", `<html><head><title>Pier closes</title></head><body><nav>Home</nav><p>${WORDS}</p><p>${QUOTE}</p></body></html>`, [WORDS, QUOTE]],
  ];
  it.each(cases)("%s", (_name, html, paragraphs) => {
    const a = parseDocument("page.html", new TextEncoder().encode(html)).document.articles[0];
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual(paragraphs);
  });

  it("is read in a mail whose only part is such a fragment", () => {
    const mail = ["From: Ann Lee <ann@example.org>", "Subject: Pier", "MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8", "", `<p>${WORDS}</p><p>${QUOTE}</p>`, ""].join("\n");
    const m = parseMail(new TextEncoder().encode(mail));
    expect(m.fromHtml).toBe(true);
    expect(m.body).toBe(`${WORDS}\n\n${QUOTE}`);
  });
});
