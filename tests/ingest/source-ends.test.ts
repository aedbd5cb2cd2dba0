import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { sourceSpanEnd } from "../../src/model/index.js";

/**
 * A span's end in the file (extract's sourceEnd, check's end column) is where its last character's
 * last source character closes. Taken as its last character's offset + 1 it cut inside a character
 * the text holds for several of the file's: a repaired "é" is "Ã©" there, a quoted-printable "é"
 * "=C3=A9". Each row: a file, a passage of the article ending on such a character, and the passage
 * as the file writes it, which the passage's start and end must cut out of the decoded file.
 */
type Row = { name: string; file: string; bytes: Uint8Array; words: string; written: string; charset?: string };

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const story = (line: string) => `Harbor story\n\nBy Lena Vasquez.\n\n${line}\n\nThe harbor board will meet on Monday to decide.\n`;
const eml = (body: string, transfer: string, charset = "utf-8") =>
  `From: Dana Reyes <dana@example.org>\r\nTo: desk@example.org\r\nSubject: Harbor story\r\nDate: Tue, 04 Mar 2031 09:12:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="${charset}"\r\nContent-Transfer-Encoding: ${transfer}\r\n\r\n${body}`;
const crlf = (s: string) => s.replace(/\n/g, "\r\n");

const rows: Row[] = [
  { name: "a text file, a letter read as windows-1252 at the passage's end", file: "story.txt", words: "pier caf\u00e9", written: "pier caf\u00c3\u00a9", bytes: utf8(story("The mayor met fishers at the pier caf\u00c3\u00a9 on Monday.")) },
  { name: "a text file, a closing mark read as windows-1252 (three characters)", file: "story.txt", words: "\u201cWe will rebuild the pier.\u201d", written: "\u00e2\u20ac\u0153We will rebuild the pier.\u00e2\u20ac\u009d", bytes: utf8(story("The mayor said, \u00e2\u20ac\u0153We will rebuild the pier.\u00e2\u20ac\u009d")) },
  { name: "a text file, a letter mis-read twice", file: "story.txt", words: "Marc Dor\u00e9", written: "Marc Dor\u00c3\u0192\u00c2\u00a9", bytes: utf8(story("The mayor met Marc Dor\u00c3\u0192\u00c2\u00a9 on Monday.")) },
  { name: "a text file, a hyphen that lost its last byte", file: "story.txt", words: "a long\u2010", written: "a long\u00e2\u20ac", bytes: utf8(story("It is a long\u00e2\u20acterm plan.")) },
  { name: "a text file, a character outside the BMP read as windows-1252", file: "story.txt", words: "the wave \u{1F30A}", written: "the wave \u00f0\u0178\u0152\u0160", bytes: utf8(story("He posted the wave \u00f0\u0178\u0152\u0160 and left.")) },
  { name: "a text file, a NUL byte after the repaired letter", file: "story.txt", words: "pier caf\u00e9", written: "pier caf\u00c3\u00a9", bytes: utf8(story("The mayor met fishers at the pier caf\u00c3\u00a9\u0000 on Monday.")) },
  { name: "a mail's 8-bit body read as windows-1252", file: "story.eml", words: "pier caf\u00e9", written: "pier caf\u00c3\u00a9", bytes: utf8(eml(crlf(story("The mayor met fishers at the pier caf\u00c3\u00a9 on Monday.")), "8bit")) },
  { name: "a quoted-printable UTF-8 body, the letter as escapes", file: "story.eml", words: "pier caf\u00e9", written: "pier caf=C3=A9", bytes: utf8(eml(crlf(story("The mayor met fishers at the pier caf=C3=A9 on Monday.")), "quoted-printable")) },
  { name: "a quoted-printable UTF-8 body, a soft line break after the letter", file: "story.eml", words: "pier caf\u00e9", written: "pier caf=C3=A9", bytes: utf8(eml(crlf(story("The mayor met fishers at the pier caf=C3=A9=\n on Monday.")), "quoted-printable")) },
  { name: "a quoted-printable windows-1252 body", file: "story.eml", words: "pier caf\u00e9", written: "pier caf=E9", bytes: utf8(eml(crlf(story("The mayor met fishers at the pier caf=E9 on Monday.")), "quoted-printable", "windows-1252")) },
  { name: "a quoted-printable UTF-8 body, a closing mark as escapes", file: "story.eml", words: "rebuild the pier.\u201d", written: "rebuild the pier.=E2=80=9D", bytes: utf8(eml(crlf(story("The mayor said, =E2=80=9CWe will rebuild the pier.=E2=80=9D")), "quoted-printable")) },
];

describe("a span ends where its last character's source ends", () => {
  it.each(rows)("must: $name", ({ file, bytes, words, written, charset }) => {
    const doc = parseDocument(file, bytes).document;
    const a = doc.articles.find((x) => x.text.includes(words));
    expect(a).toBeDefined();
    expect(a!.sourceOffsets).not.toBeNull();
    const at = a!.text.indexOf(words);
    const decoded = charset ? iconv.decode(Buffer.from(bytes), charset) : new TextDecoder().decode(bytes);
    expect(doc.text).toBe(decoded);
    expect(decoded.slice(a!.sourceOffsets![at], sourceSpanEnd(a!, at, at + words.length)!)).toBe(written);
  });
  it("must-not: a text with nothing repaired keeps no ends (each character is one of the file's)", () => {
    const doc = parseDocument("story.txt", utf8(story("The mayor met fishers at the pier caf\u00e9 on Monday."))).document;
    expect(doc.articles[0].sourceEnds ?? null).toBeNull();
    const a = doc.articles[0];
    const at = a.text.indexOf("pier caf\u00e9");
    expect(doc.text.slice(a.sourceOffsets![at], sourceSpanEnd(a, at, at + 9)!)).toBe("pier caf\u00e9");
  });
});
