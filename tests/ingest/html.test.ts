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
