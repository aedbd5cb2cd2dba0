import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { parseMail } from "../../src/ingest/mail.js";

const STORY = 'Port reopens after storm\n\nThe port reopened on Tuesday after the storm closed it for three days.\n\n"We are back in business," said harbor master Ana Ruiz.\n';

/** A mail with a short note and one attachment part (its headers as given, its body as given). */
const mailWith = (headers: readonly string[], body: string, note = "See the attached story.") =>
  new TextEncoder().encode(
    [
      "From: Desk <desk@example.com>",
      "Subject: story for tomorrow",
      "Date: Tue, 8 Mar 2016 10:00:00 +0000",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="XX"',
      "",
      "--XX",
      "Content-Type: text/plain; charset=utf-8",
      "",
      note,
      "--XX",
      ...headers,
      "",
      body,
      "--XX--",
      "",
    ].join("\n"),
  );

describe("a story attached to a mail as a file", () => {
  // [name, the attachment's headers, its body, whether its story is read]
  const cases: [string, string[], string, boolean][] = [
    ["a .txt, base64", ['Content-Type: text/plain; charset=utf-8; name="port.txt"', 'Content-Disposition: attachment; filename="port.txt"', "Content-Transfer-Encoding: base64"], Buffer.from(STORY).toString("base64"), true],
    ["an .html", ['Content-Type: text/html; charset=utf-8', 'Content-Disposition: attachment; filename="port.html"'], `<html><body><p>${STORY.split("\n\n").join("</p><p>")}</p></body></html>`, true],
    ["a .txt sent as octet-stream", ["Content-Type: application/octet-stream", 'Content-Disposition: attachment; filename="port.txt"'], STORY, true],
    ["a .md", ['Content-Type: text/markdown; name="port.md"', 'Content-Disposition: attachment; filename="port.md"'], STORY, true],
    ["not: an image", ['Content-Type: image/png; name="pier.png"', 'Content-Disposition: attachment; filename="pier.png"', "Content-Transfer-Encoding: base64"], "iVBORw0KGgo=", false],
    ["not: a Word file (named instead)", ['Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="port.docx"', 'Content-Disposition: attachment; filename="port.docx"', "Content-Transfer-Encoding: base64"], "UEsDBA==", false],
  ];
  it.each(cases)("%s", (_name, headers, body, read) => {
    const { document, diagnostics } = parseDocument("desk.eml", mailWith(headers, body));
    const texts = document.articles.map((a) => a.text);
    if (read) {
      expect(texts.some((t) => t.includes("We are back in business"))).toBe(true);
      // The note above it is no article; the story's carrier is the mail, not a forwarded message.
      expect(texts.some((t) => t.includes("See the attached"))).toBe(false);
      const story = document.articles.find((a) => a.text.includes("We are back"))!;
      expect(story.container).toMatchObject({ title: "story for tomorrow", sender: "Desk" });
      expect(story.container?.forwarded).toBeUndefined();
      expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/attachment");
    } else {
      expect(texts.some((t) => t.includes("We are back in business"))).toBe(false);
      expect(diagnostics.map((d) => d.ruleId)).not.toContain("ingest/attachment");
    }
  });

  it("names a document it does not read", () => {
    const { diagnostics } = parseDocument("desk.eml", mailWith(['Content-Type: application/pdf; name="port.pdf"', 'Content-Disposition: attachment; filename="port.pdf"'], "%PDF-1.4"));
    expect(diagnostics.find((d) => d.ruleId === "ingest/unread-attachment")).toMatchObject({ severity: "warning", reason: "message 1: attachment port.pdf: a PDF (unread: copy its text out)" });
  });

  it("keeps a mail with no attachment as it was", () => {
    const m = parseMail(new TextEncoder().encode("From: a@example.org\nSubject: hi\n\nJust text.\n"));
    expect([m.files, m.unread]).toEqual([[], []]);
  });
});
