import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { mailBodyMap } from "../../src/ingest/mail-offsets.js";
import { sourceSpanEnd } from "../../src/model/index.js";

/**
 * An .eml's articles lead back to the file as a text's do (Article.sourceOffsets: each character of
 * the article at its place in the decoded file), so extract's sourceStart/sourceEnd are no longer
 * null and check and the reports place quotes through the map. Where the body cannot be followed
 * character by character back to the file (base64, an HTML part), the map is null, as before.
 */
const enc = new TextEncoder();
const read = (mail: string, name = "inbox/story.eml") => parseDocument(name, enc.encode(mail)).document;
// Every character of each article at its offset, in the decoded file: the map holds.
function expectMapped(doc: ReturnType<typeof read>, words: string) {
  const a = doc.articles.find((x) => x.text.includes(words))!;
  expect(a).toBeDefined();
  expect(a.sourceOffsets).not.toBeNull();
  const at = a.text.indexOf(words);
  const so = a.sourceOffsets!;
  expect(doc.text.slice(so[at], so[at + words.length - 1] + 1)).toBe(words);
}
const head = (more = "") => `From: Dana Reyes <dana@example.org>\r\nTo: desk@example.org\r\nSubject: Harbor pumps\r\nDate: Tue, 04 Mar 2031 09:12:00 +0000\r\nMIME-Version: 1.0\r\n${more}`;
const story = "Harbor pumps fail in storm\r\n\r\nThe harbor's pumps failed during Monday's storm, the port authority said.\r\n\r\n\u201cWe lost power to all four pumps at once,\u201d said Lena Vasquez, the port's director.\r\n";

describe("an .eml's articles carry offsets into the file", () => {
  it("must: a plain 8-bit UTF-8 body, CRLF line ends", () => {
    const doc = read(head('Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n') + story);
    expectMapped(doc, "We lost power to all four pumps at once,");
    expectMapped(doc, "the port authority said");
  });
  it("must: a quoted-printable body with soft line breaks and encoded marks", () => {
    const qp = "Harbor pumps fail in storm\r\n\r\nThe harbor's pumps failed during Monday's storm, the port authority=\r\n said.\r\n\r\n=E2=80=9CWe lost power to all four pumps at once,=E2=80=9D said Lena Vas=\r\nquez, the port's director.\r\n";
    const doc = read(head('Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n') + qp);
    const a = doc.articles[0];
    expect(a.sourceOffsets).not.toBeNull();
    const at = a.text.indexOf("We lost power");
    // the quote's first word is where the file has it, after "=E2=80=9C"
    expect(doc.text.slice(a.sourceOffsets![at], a.sourceOffsets![at] + 13)).toBe("We lost power");
    // the name across a soft line break starts at its place too
    const v = a.text.indexOf("Lena Vasquez");
    expect(doc.text.slice(a.sourceOffsets![v], a.sourceOffsets![v] + 12)).toBe("Lena Vas=\r\nq");
  });
  it("must: a windows-1252 quoted-printable body (the fixture)", () => {
    const fixture = new Uint8Array(readFileSync(new URL("../fixtures/ingest-eml/hospital-wing.eml", import.meta.url)));
    const doc = parseDocument("hospital-wing.eml", fixture).document;
    expectMapped(doc, "Karel Mertens");
  });
  it("must-not: a base64 body keeps no map (its characters are not in the file)", () => {
    const b64 = Buffer.from(story, "utf8").toString("base64").replace(/(.{76})/g, "$1\r\n");
    const doc = read(head('Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n') + b64);
    expect(doc.articles.length).toBeGreaterThan(0);
    for (const a of doc.articles) expect(a.sourceOffsets).toBeNull();
  });
  it("must-not: a map is never made from a body that does not follow the file", () => {
    expect(mailBodyMap("Subject: x\n\nHello there", 12, "Hello where", false, false)).toBeNull();
    expect(mailBodyMap("Subject: x\n\nHello there", 12, "Hello there", false, false)).toEqual(Int32Array.from([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]));
    // CRLF in the file, LF in the body
    expect(mailBodyMap("a\r\nb", 0, "a\nb", false, false)).toEqual(Int32Array.from([0, 2, 3, 4]));
  });
});

/**
 * A quoted-printable part whose escapes are the bytes of mis-decoded UTF-8 ("=C3=83=C2=A9" for
 * "Ã©", repaired to "é"): the file holds no "Ã©" to repair, the part is repaired on its own, and
 * its body did not follow the file, so it had no map at all. Each row: a body, a passage of the
 * article and the passage as the file writes it (its start and end cut it out of the file).
 */
const qpRows: { name: string; charset: string; body: string; words: string; written: string }[] = [
  { name: "a letter, UTF-8 read as windows-1252 then sent as escapes", charset: "utf-8", body: "The mayor met fishers at the pier caf=C3=83=C2=A9 on Monday, the port said.", words: "pier caf\u00e9", written: "pier caf=C3=83=C2=A9" },
  { name: "the words after the repaired letter", charset: "utf-8", body: "The mayor met fishers at the pier caf=C3=83=C2=A9 on Monday, the port said.", words: "on Monday, the port said", written: "on Monday, the port said" },
  { name: "curly marks, three characters each, around a quote", charset: "utf-8", body: "The mayor said, =C3=A2=E2=82=AC=C5=93We will rebuild the pier.=C3=A2=E2=82=AC=C2=9D", words: "\u201cWe will rebuild the pier.\u201d", written: "=C3=A2=E2=82=AC=C5=93We will rebuild the pier.=C3=A2=E2=82=AC=C2=9D" },
  { name: "a soft line break inside the repaired passage", charset: "utf-8", body: "The mayor met Marc Dor=C3=83=C2=A9 and Lena Vas=\r\nquez on Monday at the pier.", words: "Marc Dor\u00e9 and Lena Vasquez", written: "Marc Dor=C3=83=C2=A9 and Lena Vas=\r\nquez" },
];

describe("a quoted-printable body repaired on its own leads back to the file", () => {
  it.each(qpRows)("must: $name", ({ charset, body, words, written }) => {
    const doc = read(head(`Content-Type: text/plain; charset="${charset}"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`) + `Harbor pumps fail in storm\r\n\r\n${body}\r\n`);
    const a = doc.articles.find((x) => x.text.includes(words));
    expect(a).toBeDefined();
    expect(a!.sourceOffsets).not.toBeNull();
    const at = a!.text.indexOf(words);
    expect(doc.text.slice(a!.sourceOffsets![at], sourceSpanEnd(a!, at, at + words.length)!)).toBe(written);
  });
  it("must-not: a base64 part repaired on its own keeps no map (its characters are not in the file)", () => {
    const b64 = Buffer.from("Harbor pumps fail in storm\r\n\r\nThe mayor met fishers at the pier caf\u00c3\u00a9 on Monday.\r\n", "utf8").toString("base64");
    const doc = read(head('Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n') + b64);
    expect(doc.articles.some((x) => x.text.includes("caf\u00e9"))).toBe(true);
    for (const a of doc.articles) expect(a.sourceOffsets).toBeNull();
  });
});
