import { describe, expect, it } from "vitest";
import { isMasthead, mastheadKeys } from "../../src/ingest/html-masthead.js";
import { parseDocument } from "../../src/ingest/index.js";

// A newsletter (its web version, or the HTML mail itself) prints its own name in an <h1> over the
// story, and says it again in <title>, og:site_name or the sender's name; the story's headline is
// the next heading. Read as the headline, the masthead became every issue's title ("The Harbour
// Bulletin"), and the real headline a line of the text.
const HEADLINE = "Ferry fares to rise in May";
const STORY =
  "<p>By Jane Roe</p><p>NEWPORT, R.I. — The ferry company said on Monday that fares would rise by a fifth in May.</p><p>“We held them for six years,” said Ines Marlow, the company's chief executive.</p>";
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}${STORY}</body></html>`;
const enc = (s: string) => new TextEncoder().encode(s);
const mail = (from: string, html: string) =>
  enc(
    [`From: ${from}`, "Subject: This week: fares, pilings and the pier", "Date: Tue, 12 Mar 2024 09:15:00 -0400", "MIME-Version: 1.0", 'Content-Type: text/html; charset="utf-8"', "", html, ""].join("\r\n"),
  );
const MAST = "The Harbour Bulletin";

describe("a newsletter's masthead in its <h1> is no headline (src/ingest/html.ts, html-head.ts)", () => {
  type Case = readonly [name: string, file: string, bytes: Uint8Array, title: string | null];
  const cases: readonly Case[] = [
    ["must: the <h1> is og:site_name, the <h2> under it the headline", "bulletin.html", enc(page(`<title>${MAST}</title><meta property="og:site_name" content="${MAST}">`, `<h1>${MAST}</h1><h2>${HEADLINE}</h2>`)), HEADLINE],
    ["must: og:title is the site's name too", "bulletin.html", enc(page(`<title>${MAST}</title><meta property="og:site_name" content="${MAST}"><meta property="og:title" content="${MAST}">`, `<h1>${MAST}</h1><h2>${HEADLINE}</h2>`)), HEADLINE],
    ["must: the <h1> is the site part of <title>", "bulletin.html", enc(page(`<title>${HEADLINE} | ${MAST}</title>`, `<h1>${MAST}</h1><h2>${HEADLINE}</h2>`)), HEADLINE],
    ["must: an HTML mail whose <h1> is its sender's name", "bulletin.eml", mail(`${MAST} <bulletin@harbour.example>`, page(`<title>${MAST}</title>`, `<h1>${MAST}</h1><h2>${HEADLINE}</h2>`)), HEADLINE],
    ["must: an HTML mail whose <h1> is og:site_name", "bulletin.eml", mail("Harbour desk <desk@harbour.example>", page(`<title>${MAST}</title><meta property="og:site_name" content="${MAST}">`, `<h1>${MAST}</h1><h3>${HEADLINE}</h3>`)), HEADLINE],
    ["must: a masthead over a story with no headline is neither its title nor a line of it", "bulletin.html", enc(page(`<title>${MAST}</title><meta property="og:site_name" content="${MAST}">`, `<h1>${MAST}</h1>`)), null],
    ["must-not: an <h1> that is the headline, <title> the same", "story.html", enc(page(`<title>${HEADLINE}</title>`, `<h1>${HEADLINE}</h1><h2>Fares</h2>`)), HEADLINE],
    ["must-not: an <h1> other than the site's name", "story.html", enc(page(`<title>${HEADLINE}</title><meta property="og:site_name" content="${MAST}">`, `<h1>${HEADLINE}</h1><h2>Fares</h2>`)), HEADLINE],
    ["must-not: an HTML mail from a person whose <h1> is the headline", "story.eml", mail("Pat Quill <pat@example.org>", page("<title>Message</title>", `<h1>${HEADLINE}</h1><h2>Fares</h2>`)), HEADLINE],
  ];
  it.each(cases)("%s", (_name, file, bytes, title) => {
    const a = parseDocument(file, bytes).document.articles[0];
    expect(a).toMatchObject({ title, byline: "Jane Roe", dateline: "NEWPORT, R.I." });
    // Neither the masthead nor the headline is a paragraph of the story.
    expect(a.text).not.toContain(MAST);
    expect(a.text).not.toContain(HEADLINE);
  });
});

describe("isMasthead (src/ingest/html-masthead.ts)", () => {
  it.each([
    ["must: the name as given", "The Harbour Bulletin", ["The Harbour Bulletin"], true],
    ["must: without its 'The', other case and spacing", "HARBOUR  BULLETIN", ["The Harbour Bulletin"], true],
    ["must: the sender's name among others", "Harbour Bulletin", [null, "Harbour Bulletin"], true],
    ["must-not: a headline that holds the name", "Harbour Bulletin wins press award", ["The Harbour Bulletin"], false],
    ["must-not: no names", "The Harbour Bulletin", [], false],
    ["must-not: a name of punctuation alone names nothing", "—", ["|"], false],
  ] as const)("%s", (_name, text, names, want) => {
    expect(isMasthead(text, mastheadKeys(names))).toBe(want);
  });
});
