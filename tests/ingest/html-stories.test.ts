import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

const page = (body: string, head = "<title>City news today</title>") => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const read = (html: string, name = "page.html") => parseDocument(name, new TextEncoder().encode(html)).document.articles;

const para = (s: string) => `<p>${s}</p>`;
const BRIDGE = [para("The council voted 7-2 on Monday to fund the new bridge across the river, ending a year of debate."), para("“This is a good day for the city,” said Mayor Alicia Ramos after the vote in the chamber.")].join("");
const SCHOOL = [para("The school board put off a vote on the budget until next month, citing the state's late figures."), para("“We need the numbers first,” said board president Lee Park, who chairs the finance committee.")].join("");
const PARK = [para("The parks department will close the east lawn for reseeding from April until the end of June."), para("“The grass needs a season to recover,” said parks director Mia Cole at a briefing on Tuesday.")].join("");

type Expect = { readonly title: string | null; readonly byline: string | null; readonly published: string | null; readonly opens: string };
type Case = { readonly name: string; readonly html: string; readonly file?: string; readonly articles: readonly Expect[] };

const cases: readonly Case[] = [
  {
    name: "two stories, each with its own headline, byline and date",
    html: page(
      `<article><h2>Council approves bridge</h2><p class="byline">By Ana Ruiz</p><time datetime="2024-03-04">March 4, 2024</time>${BRIDGE}</article>` +
        `<article><h2>School board delays vote</h2><p class="byline">By Sam Ortiz</p><time datetime="2024-03-05">March 5, 2024</time>${SCHOOL}</article>`,
    ),
    articles: [
      { title: "Council approves bridge", byline: "Ana Ruiz", published: "2024-03-04", opens: "The council voted" },
      { title: "School board delays vote", byline: "Sam Ortiz", published: "2024-03-05", opens: "The school board" },
    ],
  },
  {
    name: "posts that give no date take the page's own (a <meta> date), none the other's byline",
    html: page(`<article><h3>Bridge</h3><span rel="author">Ana Ruiz</span>${BRIDGE}</article><article><h3>Schools</h3>${SCHOOL}</article><article><h3>Parks</h3>${PARK}</article>`, '<title>Live</title><meta property="article:published_time" content="2024-03-06T08:00:00Z">'),
    articles: [
      { title: "Bridge", byline: "Ana Ruiz", published: "2024-03-06", opens: "The council voted" },
      { title: "Schools", byline: null, published: "2024-03-06", opens: "The school board" },
      { title: "Parks", byline: null, published: "2024-03-06", opens: "The parks department" },
    ],
  },
  {
    name: "a date that is one story's own is not given to the other",
    html: page(`<article><h2>Bridge</h2><time datetime="2024-03-04">March 4, 2024</time>${BRIDGE}</article><article><h2>Schools</h2>${SCHOOL}</article>`),
    articles: [
      { title: "Bridge", byline: null, published: "2024-03-04", opens: "The council voted" },
      { title: "Schools", byline: null, published: null, opens: "The school board" },
    ],
  },
  {
    name: "a date in the file's name dates none of several stories",
    file: "2024-03-04-briefs.html",
    html: page(`<article><h2>Bridge</h2>${BRIDGE}</article><article><h2>Schools</h2>${SCHOOL}</article>`),
    articles: [
      { title: "Bridge", byline: null, published: null, opens: "The council voted" },
      { title: "Schools", byline: null, published: null, opens: "The school board" },
    ],
  },
  // Pages that hold one story stay one article, as before.
  {
    name: "one story among teaser cards (a headline and one line each) is one article",
    html: page(
      `<article><h1>Council approves bridge</h1><time datetime="2024-03-04">March 4, 2024</time>${BRIDGE}${SCHOOL}</article>` +
        `<div class="more"><article><h3>Schools</h3><p>The school board put off its budget vote until next month.</p></article><article><h3>Parks</h3><p>The east lawn will close for reseeding this spring.</p></article></div>`,
      "<title>Council approves bridge</title>",
    ),
    articles: [{ title: "Council approves bridge", byline: null, published: "2024-03-04", opens: "The council voted" }],
  },
  {
    name: "a reader's comment in an <article> inside the story is no story of its own",
    html: page(`<article><h1>Council approves bridge</h1>${BRIDGE}<section><article>${SCHOOL}</article></section></article>`, "<title>Council approves bridge</title>"),
    articles: [{ title: "Council approves bridge", byline: null, published: null, opens: "The council voted" }],
  },
  {
    name: "one <article> is the page's one story",
    html: page(`<article><h1>Council approves bridge</h1>${BRIDGE}</article>`, "<title>Council approves bridge</title>"),
    articles: [{ title: "Council approves bridge", byline: null, published: null, opens: "The council voted" }],
  },
  {
    name: "a <time> without a year takes the year of the page's date, and is no line of the story",
    html: page(
      `<article><h2>Bridge</h2><time>March 4</time>${BRIDGE}</article><article><h2>Schools</h2><p><time>Tue, March 5, 9:30 AM</time></p>${SCHOOL}</article>`,
      '<title>Live</title><meta property="article:published_time" content="2024-03-06T08:00:00Z">',
    ),
    articles: [
      { title: "Bridge", byline: null, published: "2024-03-04", opens: "The council voted" },
      { title: "Schools", byline: null, published: "2024-03-05", opens: "The school board" },
    ],
  },
  {
    name: "a <time> without a year on a page with no date of its own dates nothing, and is still no line of the story",
    html: page(`<article><h2>Bridge</h2><time>March 4</time>${BRIDGE}</article><article><h2>Schools</h2>${SCHOOL}</article>`),
    articles: [
      { title: "Bridge", byline: null, published: null, opens: "The council voted" },
      { title: "Schools", byline: null, published: null, opens: "The school board" },
    ],
  },
  {
    name: "a <time> whose day is after the page's date is the year before (December on a January page)",
    html: page(`<article><h2>Bridge</h2><time>Dec. 30</time>${BRIDGE}</article><article><h2>Schools</h2>${SCHOOL}</article>`, '<title>Live</title><meta property="article:published_time" content="2024-01-02T08:00:00Z">'),
    articles: [
      { title: "Bridge", byline: null, published: "2023-12-30", opens: "The council voted" },
      { title: "Schools", byline: null, published: "2024-01-02", opens: "The school board" },
    ],
  },
];

describe("a page of several <article> stories", () => {
  it.each(cases)("$name", ({ html, file, articles }) => {
    const got = read(html, file);
    const opening = (text: string, k: number) => (articles[k] && text.startsWith(articles[k].opens) ? articles[k].opens : text.slice(0, 40));
    expect(got.map((a, k) => ({ title: a.title, byline: a.byline, published: a.published, opens: opening(a.text, k) }))).toEqual(articles);
  });

  it("gives each story a unique id, its place on the page, the page as container, and offsets into the page source", () => {
    const html = cases[0].html;
    const got = read(html);
    expect(got.map((a) => [a.id, a.index])).toEqual([["page", 0], ["page-2", 1]]);
    for (const a of got) {
      expect(a.container?.title).toBe("City news today");
      const q = a.text.indexOf("“");
      expect(html[a.sourceOffsets![q]]).toBe("“");
      expect(html.slice(a.sourceOffsets![0], a.sourceOffsets![0] + 10)).toBe(a.text.slice(0, 10));
    }
  });
});

describe("a story dated by its <time> without a year", () => {
  it("says where the date came from (info ingest/date-from-time), on the story it dates", () => {
    const html = cases.find((c) => c.name.startsWith("a <time> without a year takes"))!.html;
    const { diagnostics } = parseDocument("live.html", new TextEncoder().encode(html));
    const notes = diagnostics.filter((d) => d.ruleId === "ingest/date-from-time");
    expect(notes.map((d) => [d.articleId, d.severity])).toEqual([["live", "info"], ["live-2", "info"]]);
    expect(notes[0].reason).toContain('"March 4", the year from the page\'s date (2024-03-06)');
  });

  it("a single story keeps the page's date, and its <time> line stays out of the text", () => {
    const html = page(`<article><h1>Bridge</h1><p><time>March 4</time></p>${BRIDGE}</article>`, '<title>Bridge</title><meta property="article:published_time" content="2024-03-06T08:00:00Z">');
    const [a] = read(html);
    expect(a.published).toBe("2024-03-06");
    expect(a.text.startsWith("The council voted")).toBe(true);
  });

  it.each([
    ["a full date in <time> text dates a page that gives no machine date", "<article><h1>Bridge</h1><time>March 4, 2024</time>" + BRIDGE + "</article>", "", "2024-03-04"],
    ["a day without its year takes the year of the page's modified date", "<article><h1>Bridge</h1><time>Dec. 30</time>" + BRIDGE + "</article>", '<meta property="article:modified_time" content="2024-01-02T08:00:00Z">', "2023-12-30"],
    ["a day without its year and no other date dates nothing", "<article><h1>Bridge</h1><time>March 4</time>" + BRIDGE + "</article>", "", null],
    ["a machine date wins over the <time> text", '<article><h1>Bridge</h1><time datetime="2024-03-05">March 4, 2024</time>' + BRIDGE + "</article>", "", "2024-03-05"],
  ])("one story: %s", (_name, body, head, published) => {
    const [a] = read(page(body, `<title>Bridge</title>${head}`));
    expect(a.published).toBe(published);
    expect(a.text.startsWith("The council voted")).toBe(true);
  });

  it("a sentence that holds a day is story text", () => {
    const html = page(`<article><h1>Bridge</h1>${BRIDGE}<p>March 4 is the day the bridge opens.</p></article>`);
    expect(read(html)[0].text).toContain("March 4 is the day the bridge opens.");
  });
});
