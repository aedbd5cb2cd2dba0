import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm closes the port - The Valley Courier</title>' +
  '<meta property="og:site_name" content="The Valley Courier"><meta property="article:published_time" content="2031-03-05T09:00:00Z"></head>' +
  "<body><article><h1>Storm closes the port</h1><p>The port was closed on Tuesday after a storm, officials said on the quay in the morning.</p>" +
  "<p>“We will reopen when it is safe,” harbour master Ann Lee told reporters at the gate.</p></article></body></html>";

// Quoted-printable as Chrome writes it: "=" and every byte over 126 escaped, lines cut with a soft break.
const qp = (s: string) =>
  [...Buffer.from(s, "utf8")]
    .map((b) => (b === 61 || b > 126 ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b)))
    .join("")
    .replace(/(.{70})/g, "$1=\r\n");

const archive = (head: string, html = PAGE) =>
  Buffer.from(
    `${head}MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B"\r\n\r\n------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.reuters.com/world/storm\r\n\r\n${qp(html)}\r\n------B--\r\n`,
    "latin1",
  );

const BLINK = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.valleycourier.example/2031/03/05/storm\r\nSubject: Storm closes the port - The Valley Courier\r\nDate: Thu, 6 Mar 2031 10:00:00 -0000\r\n";

describe("a web page saved as MHTML", () => {
  it.each([
    ["Chrome's snapshot (.mhtml)", "storm.mhtml", BLINK],
    ["Chrome's snapshot under another name", "storm.eml", BLINK],
    ["Internet Explorer's archive (.mht)", "storm.mht", "From: <Saved by Windows Internet Explorer 8>\r\nSubject: Storm closes the port\r\n"],
    ["Word's archive (.mht, no sender)", "storm.mht", ""],
  ])("must read the page it holds: %s", (_name, file, head) => {
    const { document, diagnostics } = parseDocument(file, archive(head));
    expect(document.format).toBe("html");
    const [a] = document.articles;
    expect(a).toMatchObject({ title: "Storm closes the port", outlet: "The Valley Courier", published: "2031-03-05" });
    expect(a.container?.kind).toBe("web-page");
    expect(a.text).toContain("“We will reopen when it is safe,” harbour master Ann Lee told reporters");
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/mhtml");
    // Offsets lead into the document's text: the page, decoded.
    const at = a.text.indexOf("We will reopen");
    expect(document.text.slice(a.sourceOffsets![at], a.sourceOffsets![at] + 14)).toBe("We will reopen");
  });

  it("names the outlet from the address it was saved from when the page gives none", () => {
    const bare = PAGE.replace(/<meta property="og:site_name"[^>]*>/, "");
    const { document } = parseDocument("storm.mhtml", archive("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.reuters.com/world/storm\r\n", bare));
    expect(document.articles[0].outlet).toBe("Reuters");
    expect(document.articles[0].container?.sentRaw).toBe("https://www.reuters.com/world/storm");
  });

  it("must not read an HTML mail with an inline image as a saved page", () => {
    const mail = archive("From: Ann Lee <ann@example.org>\r\nTo: desk@example.org\r\nSubject: Storm closes the port\r\nDate: Thu, 6 Mar 2031 10:00:00 -0000\r\n");
    const { document, diagnostics } = parseDocument("storm.eml", mail);
    expect(document.format).toBe("eml");
    expect(document.articles[0].container?.kind).toBe("email");
    expect(diagnostics.map((d) => d.ruleId)).not.toContain("ingest/mhtml");
  });
});
