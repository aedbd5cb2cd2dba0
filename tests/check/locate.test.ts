import { describe, expect, it } from "vitest";
import { sourceSpan } from "../../src/check/locate.js";
import { parseDocument } from "../../src/ingest/index.js";

/**
 * An article read from a mail's HTML part keeps no offset map (it is rebuilt from markup), so check
 * finds its words in the file. The part's text was decoded and repaired on its way ("Ã©" -> "é",
 * "=C3=A9" -> "é", "&eacute;" -> "é"), and a word holding such a letter, written so in the file,
 * was never found: the finding had no line. Each row: an HTML mail, a passage of its article, and
 * the passage as the file writes it, which the place found must cut out of the file.
 */
type Row = { name: string; transfer: string; html: string; words: string; written: string };

const page = (p: string) => `<html><head><title>Harbor pumps</title></head><body><h1>Harbor pumps fail in storm</h1><p>The harbor's pumps failed during the storm on Monday, the port authority said in a statement.</p><p>${p}</p><p>The board meets on Friday.</p></body></html>`;
const mail = (transfer: string, html: string) =>
  `From: Dana Reyes <dana@example.org>\r\nTo: desk@example.org\r\nSubject: Harbor pumps\r\nDate: Tue, 04 Mar 2031 09:12:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: ${transfer}\r\n\r\n${html}\r\n`;

const rows: Row[] = [
  { name: "an 8-bit part, a name read as windows-1252", transfer: "8bit", html: page("The pumps were old, said Marc Dor\u00c3\u00a9, the harbor master."), words: "said Marc Dor\u00e9, the harbor master", written: "said Marc Dor\u00c3\u00a9, the harbor master" },
  { name: "an 8-bit part, a curly apostrophe read as windows-1252 between words", transfer: "8bit", html: page("Marc Dor\u00c3\u00a9\u00e2\u20ac\u2122s crew worked through the night."), words: "Marc Dor\u00e9\u2019s crew worked", written: "Marc Dor\u00c3\u00a9\u00e2\u20ac\u2122s crew worked" },
  { name: "a quoted-printable part, the letter as escapes", transfer: "quoted-printable", html: page("The pumps were old, said Marc Dor=C3=A9, the harbor master."), words: "said Marc Dor\u00e9, the harbor master", written: "said Marc Dor=C3=A9, the harbor master" },
  { name: "a quoted-printable part, escapes of a letter read as windows-1252", transfer: "quoted-printable", html: page("The pumps were old, said Marc Dor=C3=83=C2=A9, the harbor master."), words: "said Marc Dor\u00e9, the harbor master", written: "said Marc Dor=C3=83=C2=A9, the harbor master" },
  { name: "a quoted-printable part, a soft line break inside a word", transfer: "quoted-printable", html: page("The pumps were old, said Marc Dor=C3=A9, the har=\r\nbor master."), words: "said Marc Dor\u00e9, the harbor master", written: "said Marc Dor=C3=A9, the har=\r\nbor master" },
  { name: "an 8-bit part, the letter as a named entity", transfer: "8bit", html: page("The pumps were old, said Marc Dor&eacute;, the harbor master."), words: "said Marc Dor\u00e9, the harbor master", written: "said Marc Dor&eacute;, the harbor master" },
];

describe("check finds a mail HTML part's repaired words in the file", () => {
  it.each(rows)("must: $name", ({ transfer, html, words, written }) => {
    const doc = parseDocument("inbox/pumps.eml", new TextEncoder().encode(mail(transfer, html))).document;
    const a = doc.articles.find((x) => x.text.includes(words));
    expect(a).toBeDefined();
    expect(a!.sourceOffsets).toBeNull();
    const at = a!.text.indexOf(words);
    const s = sourceSpan(a!, { start: at, end: at + words.length }, doc.text);
    expect(s && doc.text.slice(s.start, s.end)).toBe(written);
  });
  it("must-not: words the file does not hold are not placed", () => {
    const doc = parseDocument("inbox/pumps.eml", new TextEncoder().encode(mail("8bit", page("The pumps were old, said Marc Dor\u00c3\u00a9, the harbor master.")))).document;
    const a = doc.articles.find((x) => x.text.includes("Marc Dor\u00e9"))!;
    const at = a.text.indexOf("Marc Dor\u00e9");
    const other = doc.text.replace("Dor\u00c3\u00a9", "Dor\u00c3\u00a8");
    expect(sourceSpan(a, { start: at, end: at + "Marc Dor\u00e9, the harbor master".length }, other)).toBeNull();
  });
});
