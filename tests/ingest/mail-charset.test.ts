import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { parseDocument } from "../../src/ingest/index.js";

// Bytes as a mail program writes them: headers in ASCII or UTF-8, each body part in its own charset.
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]): Uint8Array => Buffer.concat(parts);

const BODY = "El café de la plaza cerró ayer después de cuarenta años, dijo el dueño.\n\n«No podíamos pagar el alquiler», dijo José García, el dueño del café.\n";
const head = (charset: string | null, subject = "Cafe cierra") =>
  `From: Jose Garcia <jose@example.es>\nSubject: ${subject}\nDate: Fri, 22 May 2015 10:00:00 +0200\nMIME-Version: 1.0\n${charset ? `Content-Type: text/plain; charset=${charset}\n` : ""}Content-Transfer-Encoding: 8bit\n\n`;

const ENCODING_RULES = ["ingest/legacy-encoding", "ingest/mixed-encoding", "ingest/mojibake"];

type Case = { readonly name: string; readonly file: string; readonly bytes: Uint8Array; readonly notes: readonly string[] };

const cases: readonly Case[] = [
  { name: "an ISO-8859-1 mail, read by its declared charset, gets no note", file: "cafe.eml", bytes: latin1(head("iso-8859-1") + BODY), notes: [] },
  { name: "UTF-8 headers over an ISO-8859-1 body are no 'mixed encodings'", file: "cafe.eml", bytes: join(utf8(head("iso-8859-1", "Café cierra")), latin1(BODY)), notes: [] },
  {
    name: "an mbox of an ISO-8859-1 and a UTF-8 message gets no note",
    file: "cafe.mbox",
    bytes: join(latin1(`From jose@example.es Fri May 22 10:00:00 2015\n${head("iso-8859-1")}${BODY}\n`), utf8(`From ana@example.es Fri May 22 11:00:00 2015\n${head("utf-8", "Otro")}${BODY}`)),
    notes: [],
  },
  {
    name: "a part that declares UTF-8 and is not is noted, by message and part",
    file: "cafe.eml",
    bytes: latin1(head("utf-8") + BODY),
    notes: ['ingest/legacy-encoding: message 1: the text/plain part (charset "utf-8"): not valid UTF-8; read as windows-1252 (ISO-8859-1)'],
  },
  {
    name: "a part that declares no charset and is not UTF-8 is noted",
    file: "cafe.eml",
    bytes: latin1(head(null) + BODY),
    notes: ["ingest/legacy-encoding: message 1: the text/plain part (charset not declared): not valid UTF-8; read as windows-1252 (ISO-8859-1)"],
  },
  { name: "a plain text file in ISO-8859-1 keeps its whole-file note", file: "cafe.txt", bytes: latin1(BODY), notes: ["ingest/legacy-encoding: not valid UTF-8; read as windows-1252 (ISO-8859-1)"] },
];

describe("how a mail's charsets are noted", () => {
  it.each(cases)("$name", ({ file, bytes, notes }) => {
    const { document, diagnostics } = parseDocument(file, bytes);
    expect(document.articles[0].text).toContain("«No podíamos pagar el alquiler», dijo José García");
    expect(diagnostics.filter((d) => ENCODING_RULES.includes(d.ruleId)).map((d) => `${d.ruleId}: ${d.reason}`)).toEqual(notes);
  });
});

describe("the encoding a mail's articles and the mail itself report", () => {
  type Enc = { readonly name: string; readonly file: string; readonly bytes: Uint8Array; readonly articles: readonly string[]; readonly document: string };
  const encCases: readonly Enc[] = [
    { name: "UTF-8 headers over an ISO-8859-1 body: the body's charset, not 'mixed'", file: "cafe.eml", bytes: join(utf8(head("iso-8859-1", "Café cierra")), latin1(BODY)), articles: ["windows-1252"], document: "windows-1252" },
    { name: "a UTF-8 mail is UTF-8 throughout", file: "cafe.eml", bytes: utf8(head("utf-8", "Café cierra") + BODY), articles: ["utf-8"], document: "utf-8" },
    {
      name: "an mbox of an ISO-8859-1 and a UTF-8 message: each article its own part's, the mail both",
      file: "cafe.mbox",
      bytes: join(latin1(`From jose@example.es Fri May 22 10:00:00 2015\n${head("iso-8859-1")}${BODY}\n`), utf8(`From ana@example.es Fri May 22 11:00:00 2015\n${head("utf-8", "Otro")}${BODY}`)),
      articles: ["windows-1252", "utf-8"],
      document: "windows-1252, utf-8",
    },
    { name: "a plain text file keeps the whole file's decoding, on its article too", file: "cafe.txt", bytes: latin1(BODY), articles: ["windows-1252"], document: "windows-1252" },
  ];
  it.each(encCases)("$name", ({ file, bytes, articles, document: want }) => {
    const { document } = parseDocument(file, bytes);
    expect(document.articles.map((a) => a.encoding)).toEqual(articles);
    expect(document.encoding).toBe(want);
  });
});

describe("an HTML part that names its charset only in its <meta>", () => {
  const page = (meta: string) =>
    `<html><head>${meta}</head><body><p>Президент сказал, что порт закроют во вторник, сообщили чиновники.</p><p>"Мы откроемся, когда будет безопасно", - сказала Анна Ли.</p></body></html>`;
  const headed = (contentType: string) => utf8(`From: Ann Lee <ann@example.org>\nSubject: Port\nDate: Fri, 22 May 2015 10:00:00 +0200\nMIME-Version: 1.0\nContent-Type: ${contentType}\nContent-Transfer-Encoding: 8bit\n\n`);

  it("must decode it by that charset", () => {
    // KOI8-R bytes of the page (straight marks: KOI8-R has no guillemets), as a Russian mail program writes them.
    const body = iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), "koi8-r");
    const { document } = parseDocument("port.eml", join(headed("text/html"), body));
    expect(document.articles[0].text).toContain('"Мы откроемся, когда будет безопасно", - сказала Анна Ли.');
    expect(document.articles[0].encoding).toBe("koi8-r");
  });

  it("must not override the part's own charset parameter", () => {
    const { document } = parseDocument("port.eml", join(headed("text/html; charset=utf-8"), utf8(page('<meta charset="koi8-r">'))));
    expect(document.articles[0].text).toContain("сказала Анна Ли");
    expect(document.articles[0].encoding).toBe("utf-8");
  });
});
