import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { stripMarkdown } from "../../src/ingest/markdown.js";

const BODY = "The port was closed on Tuesday after a storm, officials said.\n\n“We will reopen when it is safe,” harbour master Ann Lee told reporters.\n";
const md = (...front: string[]) => `---\n${front.join("\n")}\n---\n${BODY}`;

describe("front matter as clipping tools write it", () => {
  it.each([
    [
      "Obsidian's web clipper: source is the page's address, authors a list of links, created is the day saved",
      md('title: "Storm closes the port"', 'source: "https://www.theguardian.com/world/2031/mar/05/storm"', "author:", '  - "[[Jane Roe]]"', "published: 2031-03-05", "created: 2031-03-09", "tags:", '  - "clippings"'),
      { title: "Storm closes the port", byline: "Jane Roe", outlet: null, url: "https://www.theguardian.com/world/2031/mar/05/storm", published: "2031-03-05" },
    ],
    ["two authors in a list", md("title: Storm", "authors:", "  - Jane Roe", "  - Tom Lee"), { byline: "Jane Roe, Tom Lee" }],
    ["an empty author is no byline", md("title: Storm", "author:", "date: 2031-03-05"), { byline: null, published: "2031-03-05" }],
    ["a source that is a name is the outlet", md("title: Storm", "source: The Valley Courier"), { outlet: "The Valley Courier", url: null }],
    ["a publisher name and a url", md("publisher: Reuters", "url: https://www.reuters.com/world/storm"), { outlet: "Reuters", url: "https://www.reuters.com/world/storm" }],
    ["the day saved alone dates nothing", md("title: Storm", "created: 2031-03-09"), { published: null, publishedRaw: null }],
  ])("%s", (_name, text, want) => {
    expect(stripMarkdown(text).meta).toMatchObject(want);
  });
});

describe("a clipped Markdown file", () => {
  it("names the outlet from a known domain in its source address, never the address itself", () => {
    const text = md('title: "Storm closes the port"', 'source: "https://www.theguardian.com/world/2031/mar/05/storm"', "author:", '  - "[[Jane Roe]]"', "published: 2031-03-05");
    const [a] = parseDocument("storm.md", new TextEncoder().encode(text)).document.articles;
    expect(a).toMatchObject({ outlet: "The Guardian", byline: "Jane Roe", title: "Storm closes the port", published: "2031-03-05", id: "guardian-2031-03-05" });
    expect(a.outletEvidence).toEqual([expect.objectContaining({ kind: "domain", detail: "link to www.theguardian.com" })]);
  });

  it("leaves the outlet unknown for an address on a domain it does not know", () => {
    const text = md("title: Storm", "source: https://news.example.org/storm");
    const [a] = parseDocument("storm.md", new TextEncoder().encode(text)).document.articles;
    expect(a.outlet).toBeNull();
  });
});
