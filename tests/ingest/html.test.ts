import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

const page = (body: string, head = "<title>Pier to close</title>") => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const article = (html: string) => parseDocument("page.html", new TextEncoder().encode(html)).document.articles[0];

describe("the publication date from <time datetime>", () => {
  const story = "<p>The old pier will close for repairs next month, the harbor board said in a statement on Friday.</p>";
  const cases: { name: string; body: string; published: string }[] = [
    {
      name: "the story's own time beats the site header's 'today' before it",
      body: `<header class="top">Today: <time datetime="2031-12-05">Friday</time></header><article><h1>Pier to close</h1><time datetime="2031-06-02T08:00:00-05:00">June 2</time>${story}</article>`,
      published: "2031-06-02",
    },
    {
      name: "without an <article>, a time in the page header, nav or a sidebar is passed over",
      body: `<nav><time datetime="2031-12-05">today</time></nav><aside><time datetime="2031-11-30">Nov 30</time></aside><div class="story"><div class="meta"><time datetime="2031-06-03">June 3</time></div>${story}</div>`,
      published: "2031-06-03",
    },
    {
      name: "a time in the article's own header counts",
      body: `<article><header><h1>Pier to close</h1><time datetime="2031-06-04">June 4</time></header>${story}</article>`,
      published: "2031-06-04",
    },
    {
      name: "the site header's time is still used when it is the only one",
      body: `<header><time datetime="2031-06-05">June 5</time></header><div>${story}</div>`,
      published: "2031-06-05",
    },
  ];
  for (const c of cases) it(c.name, () => expect(article(page(c.body)).published).toBe(c.published));
});

describe("<q> elements", () => {
  it("are read with the quotation marks a browser draws, double outside and single inside", () => {
    const a = article(page(`<article><p>The clerk put it plainly: <q>the ferry <q>will</q> run</q>, said Ada Moss.</p></article>`));
    expect(a.text).toBe("The clerk put it plainly: “the ferry ‘will’ run”, said Ada Moss.");
  });

  it("map each drawn mark back to the tag in the page source", () => {
    const html = page(`<article><p>She said <q>no more delays</q> twice.</p></article>`);
    const a = article(html);
    const at = a.text.indexOf("“");
    expect(html.slice(a.sourceOffsets![at], a.sourceOffsets![at] + 3)).toBe("<q>");
    expect(html.slice(a.sourceOffsets![at + 1], a.sourceOffsets![at + 1] + 2)).toBe("no");
  });

  it("leave text without <q> as it was", () => {
    const a = article(page(`<article><p>The board said “no more delays” on Friday.</p></article>`));
    expect(a.text).toBe("The board said “no more delays” on Friday.");
  });
});

describe("JSON-LD metadata", () => {
  const ld = (json: string) => page("<article><p>The old pier will close for repairs next month, the harbor board said on Friday.</p></article>", `<title>Pier to close</title><script type="application/ld+json">${json}</script>`);

  it("is read when a string holds a raw line break or tab, as templates often write it", () => {
    const a = article(ld('{"@type":"NewsArticle","headline":"Pier to close","datePublished":"2031-04-02T10:00:00-04:00","author":{"@type":"Person","name":"Noor Haddad"},"description":"two\nlines\tand a tab"}'));
    expect(a).toMatchObject({ published: "2031-04-02", byline: "Noor Haddad" });
  });

  it("is still passed over when it is not JSON at all", () => {
    const a = article(ld('{"@type":"NewsArticle","datePublished":"2031-04-02",}}'));
    expect(a.published).toBeNull();
  });
});

describe("the byline's names without the post after them", () => {
  it.each([
    ['<p class="byline">By <a href="/s">Noor Haddad</a>, Staff Writer</p>', "Noor Haddad"],
    ['<p class="byline">By Sam Ortiz and Lee Park, Gazette Staff</p>', "Sam Ortiz and Lee Park"],
    ['<p class="byline">By Ana Ruiz, Senior Correspondent</p>', "Ana Ruiz"],
    ['<p class="byline">By Ana Ruiz, Reuters</p>', "Ana Ruiz, Reuters"], // an agency is kept: it says where the story came from
    ['<p class="byline">By Ana Ruiz and Bo Lund</p>', "Ana Ruiz and Bo Lund"],
  ])("%s -> %s", (byline, names) => {
    expect(article(page(`<article>${byline}<p>The old pier will close for repairs next month, the harbor board said on Friday.</p></article>`)).byline).toBe(names);
  });
});
