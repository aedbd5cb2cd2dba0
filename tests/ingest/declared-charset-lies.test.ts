import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const STORY = "“We will rebuild the city,” said the mayor, François Dupont, on Monday. “It will take years.”";

// A label kept from an old template over bytes now written in UTF-8: read by the label, the closing
// ” lost its last byte and both quotes were gone.
describe("a page or mail part whose declared charset the bytes contradict", () => {
  const page = (charset: string) => `<html><head><meta charset="${charset}"><title>Port</title></head><body><p>${STORY}</p><p>The port stays closed until Friday, officials said.</p></body></html>`;
  const mail = (charset: string) =>
    `From: Desk <desk@example.com>\nSubject: Port\nDate: Mon, 18 May 2015 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=${charset}\nContent-Transfer-Encoding: 8bit\n\n${STORY}\n`;

  it.each([
    ["an HTML page", "port.html", page("iso-8859-1")],
    ["a mail part", "port.eml", mail("iso-8859-1")],
  ])("must read %s declared iso-8859-1 over UTF-8 as UTF-8, with an info note", (_what, file, text) => {
    const { document, diagnostics } = parseDocument(file, utf8(text));
    expect(document.articles[0].text).toContain(STORY);
    expect(document.articles[0].encoding).toBe("utf-8");
    expect(diagnostics.filter((d) => d.ruleId === "ingest/charset-mismatch").map((d) => d.severity)).toEqual(["info"]);
  });

  it.each([
    ["an HTML page", "port.html", page("utf-8")],
    ["a mail part", "port.eml", mail("utf-8")],
  ])("must not note %s whose label is right", (_what, file, text) => {
    const { document, diagnostics } = parseDocument(file, utf8(text));
    expect(document.articles[0].text).toContain(STORY);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain("ingest/charset-mismatch");
  });
});

describe("a text file with NUL bytes", () => {
  it("must be read without them, with one warning naming the problem", () => {
    const bytes = Buffer.concat([Buffer.from(STORY + "\n"), Buffer.alloc(2048)]);
    const { document, diagnostics } = parseDocument("story.txt", bytes);
    expect(document.articles[0].text).toContain(STORY);
    expect(diagnostics.filter((d) => d.ruleId === "ingest/nul-bytes").map((d) => [d.documentId, d.severity])).toEqual([["story.txt", "warning"]]);
  });

  it("must be noted once for a mail, by its part", () => {
    const bytes = Buffer.concat([
      Buffer.from("From: Desk <desk@example.com>\nSubject: Port\nDate: Mon, 18 May 2015 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" + STORY + "\n"),
      Buffer.alloc(512),
    ]);
    const { document, diagnostics } = parseDocument("port.eml", bytes);
    expect(document.articles[0].text).toContain(STORY);
    expect(diagnostics.filter((d) => d.ruleId === "ingest/nul-bytes")).toHaveLength(1);
  });
});
