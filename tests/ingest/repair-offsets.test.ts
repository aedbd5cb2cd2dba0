import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

/**
 * sourceStart/sourceEnd count characters of the file as it decodes (what an editor shows), not of
 * the text after ingest repaired it: "DÃ¡te" is five characters in the file and "Dáte" four in the
 * text, so every quote after a repair stood one or more characters early. Each row is a file with a
 * repair before (or inside) a passage; the passage's offsets, taken as extract takes them
 * (report/quote-rows.ts: the first character's, one past the last's), must give the passage as the
 * file writes it, in the file decoded on its own here.
 */
type Row = { name: string; file: string; bytes?: Uint8Array; words: string; written: string; charset?: string };

const story = (before: string, quote = "We will rebuild the pier.") => `Harbor story\n\n${before}\n\nThe mayor said, \u201c${quote}\u201d\n`;
const eml = (body: string) =>
  `From: Dana Reyes <dana@example.org>\r\nTo: desk@example.org\r\nSubject: Harbor story\r\nDate: Tue, 04 Mar 2031 09:12:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}`;

const rows: Row[] = [
  { name: "a text file, an accented letter read as windows-1252 before the quote", file: "story.txt", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(story("By S.V. D\u00c3\u00a1te.")) },
  { name: "a text file, curly marks read as windows-1252 (three characters each)", file: "story.txt", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(story("\u00e2\u20ac\u0153It\u00e2\u20ac\u2122s gone,\u00e2\u20ac\u009d a fisher said.")) },
  { name: "a text file, a letter mis-read twice", file: "story.txt", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(story("By Marc Tr\u00c3\u0192\u00c2\u00a9vidic.")) },
  { name: "a text file, a sign folded after the mis-reading ('Ã ̈' for 'Ã¨')", file: "story.txt", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(story("By Ad\u00c3 \u0308le Haenel.")) },
  { name: "a text file, a hyphen that lost its last byte", file: "story.txt", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(story("A long\u00e2\u20acterm plan.")) },
  { name: "a text file, the repair inside the quote", file: "story.txt", words: "Jos\u00e9\u2019s pier will", written: "Jos\u00c3\u00a9\u00e2\u20ac\u2122s pier will", bytes: utf8(story("By S.V. D\u00c3\u00a1te.", "Jos\u00c3\u00a9\u00e2\u20ac\u2122s pier will stand.")) },
  { name: "a Markdown file", file: "story.md", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(`# Harbor story\n\nBy S.V. D\u00c3\u00a1te.\n\nThe mayor said, \u201cWe will rebuild the pier.\u201d\n`) },
  { name: "an HTML page", file: "story.html", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbor story</title></head><body><article><h1>Harbor story</h1><p>By S.V. D\u00c3\u00a1te.</p><p>The mayor said, \u201cWe will rebuild the pier.\u201d The harbor board will meet on Monday to decide.</p></article></body></html>`) },
  { name: "a text file, a NUL byte inside it (a damaged copy)", file: "story.txt", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(story("By S.V. D\u00e1te.\u0000 Harbor desk.")) },
  { name: "a text file, NULs inside and a repair after them", file: "story.txt", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(story("By S.V.\u0000 D\u00c3\u00a1te.\u0000\u0000 \u00f0\u009f\u008c\u008a Harbor desk.")) },
  { name: "a windows-1252 text file with a NUL inside it", file: "story.txt", words: "We will rebuild the pier.", written: "We will rebuild the pier.", charset: "windows-1252", bytes: Uint8Array.from([...utf8("Harbor story\n\nBy S.V. D"), 0xe1, ...utf8("te.\u0000\n\nThe mayor said, "), 0x93, ...utf8("We will rebuild the pier."), 0x94, 10]) },
  { name: "a mail's 8-bit body", file: "story.eml", words: "We will rebuild the pier.", written: "We will rebuild the pier.", bytes: utf8(eml(story("By S.V. D\u00c3\u00a1te.").replace(/\n/g, "\r\n"))) },
];

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

describe("source offsets lead back through a repair of the decoded text", () => {
  it.each(rows)("must: $name", ({ file, bytes, words, written, charset }) => {
    const doc = parseDocument(file, bytes!).document;
    const a = doc.articles.find((x) => x.text.includes(words));
    expect(a).toBeDefined();
    const so = a!.sourceOffsets;
    expect(so).not.toBeNull();
    const at = a!.text.indexOf(words);
    const start = so![at];
    const end = so![at + words.length - 1] + 1;
    // (Node's TextDecoder reads windows-1252 as ISO-8859-1: the file is decoded as an editor would, by iconv-lite.)
    const decoded = charset ? iconv.decode(Buffer.from(bytes!), charset) : new TextDecoder().decode(bytes!);
    expect(decoded.slice(start, end)).toBe(written);
    // the document's text is the file's, so check's file:line:col count in it too
    expect(doc.text).toBe(decoded);
  });
});
