import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

// A digest's posts are read as messages of their own, rebuilt as UTF-8 bytes: each article said it
// was decoded from "utf-8", a charset the file never had, where the document said windows-1252.
// Each post says the charset of the text it was cut from (the file's, or the mail part's).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest-ggroups/${name}`, import.meta.url), "utf8");
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => (c === "—" ? 0x97 : c === "’" ? 0x92 : c.charCodeAt(0))));

const MAILMAN = (body: string) =>
  `Today's Topics:\n\n   1. Pier (Ann Vega)\n   2. Fares (Cy Moss)\n\n------------------------------\n\nMessage: 1\nFrom: Ann Vega <ann@example.org>\nSubject: [Harbour] Pier\nDate: Tue, 4 Mar 2031 09:00:00 +0000\n\n${body}\n\n------------------------------\n\nMessage: 2\nFrom: Cy Moss <cy@example.org>\nSubject: [Harbour] Fares\nDate: Tue, 4 Mar 2031 10:00:00 +0000\n\nFares rise in May, the company said.\n\n------------------------------\n\nEnd of Harbour Digest, Vol 3, Issue 9\n`;
const mail = (body: string) => `From: harbour-request@example.org\nSubject: Harbour Digest, Vol 3, Issue 9\nDate: Tue, 4 Mar 2031 12:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n${body}`;

describe("a digest's posts keep the charset their text was decoded from (src/ingest/index.ts)", () => {
  it("must: a Google digest saved as windows-1252 text: every post says windows-1252, as the document does", () => {
    const { document } = parseDocument("digest.txt", cp1252(fixture("harbour-watch-topic-digest.txt")));
    expect(document.encoding).toBe("windows-1252");
    expect(document.articles.map((a) => a.encoding)).toEqual(["windows-1252", "windows-1252", "windows-1252"]);
    expect(document.articles[0].text).toContain("March 7 — Work");
  });

  it("must: a Google digest saved as a windows-1252 page: every post says windows-1252", () => {
    const html = fixture("harbour-watch-topic-digest.html").replace('charset="UTF-8"', 'charset="windows-1252"').replace("&mdash;", "—");
    const { document } = parseDocument("digest.html", cp1252(html));
    expect(document.articles.map((a) => a.encoding)).toEqual(["windows-1252", "windows-1252", "windows-1252"]);
  });

  it("must: a plain-text digest in a latin-1 mail part: every post says the part's charset, as the same part with no digest in it does", () => {
    const body = "The pier closes, the harbour master said. Caf\u00e9 owners object.";
    const single = parseDocument("one.eml", cp1252(mail(body))).document.articles[0].encoding;
    expect(single).not.toBe("utf-8");
    const { document } = parseDocument("digest.eml", cp1252(mail(MAILMAN(body))));
    expect(document.articles.map((a) => a.container?.sender)).toEqual(["Ann Vega", "Cy Moss"]);
    expect(document.articles.map((a) => a.encoding)).toEqual([single, single]);
    expect(document.articles[0].text).toContain("Café owners");
  });

  it("must-not: a UTF-8 digest's posts say utf-8", () => {
    const { document } = parseDocument("digest.txt", new TextEncoder().encode(fixture("harbour-watch-topic-digest.txt")));
    expect(document.articles.map((a) => a.encoding)).toEqual(["utf-8", "utf-8", "utf-8"]);
  });
});
