import { describe, expect, it } from "vitest";
import { DEPTH_LIMIT, flattenDeep } from "../../src/ingest/html-depth.js";
import { parseDocument } from "../../src/ingest/index.js";
import { parseMail } from "../../src/ingest/mail.js";

// Timing is the bench's (src/bench/adversarial.ts, html-deep); here, what the depth scan counts and
// what it leaves of a page.

const QUOTE = "<p>“We will win,” Ann Lee said.</p>";
const nest = (open: string, close: string, depth: number, inner = QUOTE) => open.repeat(depth) + inner + close.repeat(depth);
const page = (body: string) => `<html><body>${body}</body></html>`;
const over = DEPTH_LIMIT + 100;

describe("flattenDeep: pages nested past the limit", () => {
  const must: [string, string, number][] = [
    ["nested <div>s", page(nest("<div>", "</div>", over)), over + 3],
    ["nested <DIV>s in upper case, closed in lower", page(nest("<DIV class=a>", "</div>", over)), over + 3],
    ["nested <span>s", page(nest("<span>", "</span>", over)), over + 3],
    ["lists in lists (each <li> holds the next <ul>)", page(nest("<ul><li>", "</li></ul>", over)), 2 * over + 3],
    ["a stray closing tag after each opening one (nothing to close)", page(nest("<div></b>", "</div>", over)), over + 3],
    ["never closed", page("<div>".repeat(over) + QUOTE), over + 3],
  ];
  it.each(must)("%s", (_name, html, depth) => {
    const f = flattenDeep(html);
    expect(f).not.toBeNull();
    expect(f!.depth).toBe(depth);
    expect(f!.limit).toBe(DEPTH_LIMIT);
    // Same length, every character not blanked in place, the words kept.
    expect(f!.html.length).toBe(html.length);
    for (let i = 0; i < html.length; i++) if (f!.html[i] !== " ") expect(f!.html[i]).toBe(html[i]);
    expect(f!.html).toContain("“We will win,” Ann Lee said.");
    expect(f!.tags).toBeGreaterThan(0);
  });

  it("blanks exactly the tags past the limit, and their closing tags", () => {
    expect(flattenDeep("<b><i><u class='x'>x</u></i></b> tail", 2)).toEqual({ html: "<b><i>             x    </i></b> tail", depth: 3, tags: 2, limit: 2 });
    // The closing tag of an element not blanked stays, though others inside it were.
    expect(flattenDeep("<div><div><div>a</div>b</div>c</div>", 1)?.html).toBe("<div>     " + "     a      b      c</div>");
  });

  it("keeps a raw-text element's tags past the limit: its content would be read as text", () => {
    expect(flattenDeep("<div><script>if (a<b) go('<p>')</script><p>y</p></div>", 1)?.html).toBe("<div><script>if (a<b) go('<p>')</script>   y    </div>");
  });

  it("reads a quoted attribute value's '>' as part of the tag", () => {
    expect(flattenDeep('<div><div title="a>b">x</div></div>', 1)?.html).toBe('<div>' + " ".repeat(17) + "x      </div>");
  });
});

describe("flattenDeep: pages that do not nest past the limit", () => {
  const mustNot: [string, string][] = [
    // <html>, <body>, the <div>s and the <p>: the limit, not past it.
    ["nested <div>s up to the limit", page(nest("<div>", "</div>", DEPTH_LIMIT - 3))],
    ["unclosed paragraphs (each <p> closes the one before)", page(`<p>Text ${"<p>A line of text.".repeat(2000)}`)],
    ["unclosed list items", page(`<ul>${"<li>An item".repeat(2000)}</ul>`)],
    ["unclosed table rows and cells", page(`<table>${"<tr><td>a<td>b".repeat(2000)}</table>`)],
    ["void elements, with and without a slash", page(`${'<br><img src="a.png"><hr/><input value="x">'.repeat(2000)}`)],
    ["tags inside a script", page(`<script>var s = "${"<div>".repeat(2000)}";</script>${QUOTE}`)],
    ["tags inside a style (in upper case)", page(`<STYLE>${"<div>".repeat(2000)}</Style>${QUOTE}`)],
    ["tags inside a comment", page(`<!-- ${"<div>".repeat(2000)} -->${QUOTE}`)],
    ["self-closed elements inside <svg>", page(`<svg>${'<path d="M0 0"/>'.repeat(2000)}</svg>${QUOTE}`)],
    ["closing tags that close the elements inside them", page(`${"<div><span><b>x</div>".repeat(2000)}`)],
    ["a page with few tags", page(QUOTE)],
  ];
  it.each(mustNot)("%s", (_name, html) => {
    expect(flattenDeep(html)).toBeNull();
  });
});

describe("a page nested past the limit, read", () => {
  const deep = page(nest("<div>", "</div>", 2000));

  it("gives its story and a warning that names the depth", () => {
    const { document, diagnostics } = parseDocument("deep.html", new TextEncoder().encode(deep));
    expect(document.articles.map((a) => a.text)).toEqual(["“We will win,” Ann Lee said."]);
    expect(document.text).toBe(deep);
    const note = diagnostics.find((d) => d.ruleId === "ingest/deep-html");
    expect(note).toMatchObject({ documentId: "deep.html", severity: "warning" });
    expect(note!.reason).toMatch(/^HTML nested 2,003 elements deep .*past depth 512/);
  });

  it("says nothing of a page within the limit, and reads it as before", () => {
    const { document, diagnostics } = parseDocument("fine.html", new TextEncoder().encode(page(nest("<div>", "</div>", 300))));
    expect(document.articles.map((a) => a.text)).toEqual(["“We will win,” Ann Lee said."]);
    expect(diagnostics.filter((d) => d.ruleId === "ingest/deep-html")).toEqual([]);
  });

  it("reads a mail's HTML part nested past the limit the same way, with the note", () => {
    const mail = `From: a@example.org\r\nSubject: Vote\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${deep}\r\n`;
    const m = parseMail(new TextEncoder().encode(mail));
    expect(m.body).toBe("“We will win,” Ann Lee said.");
    expect(m.decodeNotes.map((n) => n.ruleId)).toContain("ingest/deep-html");
    expect(parseMail(new TextEncoder().encode(mail.replace(deep, page(QUOTE)))).decodeNotes).toEqual([]);
  });
});
