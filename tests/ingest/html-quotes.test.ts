import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/attribute/index.js";
import { extractQuotes } from "../../src/extract/index.js";
import { parseDocument } from "../../src/ingest/index.js";

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Report clears office</title></head><body><article>${body}</article></body></html>`;
const LEAD = "<p>The inspector general released the report on Tuesday after a review that lasted most of the year.</p>";
const TAIL = "<p>The inspector general's office declined to comment further on the findings of the report.</p>";
const read = (html: string) => parseDocument("page.html", new TextEncoder().encode(html)).document.articles[0];
const paragraphs = (html: string) => {
  const a = read(html);
  return a.paragraphs.map((p) => a.text.slice(p.start, p.end));
};

const TWEET =
  '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The report clears my office of any wrongdoing. Time to move on. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Jane Roe (@SenJaneRoe) <a href="https://twitter.com/SenJaneRoe/status/1234?ref_src=twsrc">March 5, 2024</a></blockquote>';

type Case = { readonly name: string; readonly quote: string; readonly paragraph: string };

// Markup that says whose words a block quotation holds: read as “the words” — the credit.
const credited: readonly Case[] = [
  { name: "a tweet embed (its dated link left out)", quote: TWEET, paragraph: "“The report clears my office of any wrongdoing. Time to move on. pic.twitter.com/x1” — Jane Roe (@SenJaneRoe)" },
  {
    name: "a <footer> credit",
    quote: '<blockquote cite="https://example.org/speech"><p>We will not let this matter rest until every document is public.</p>\n<footer>— <cite>Tom Lee</cite>, opposition leader</footer></blockquote>',
    paragraph: "“We will not let this matter rest until every document is public.” — Tom Lee, opposition leader",
  },
  {
    name: "a <cite> after the words",
    quote: "<blockquote><p>The harbor will stay open through the winter, whatever the forecast says.</p><cite>Ann Lee</cite></blockquote>",
    paragraph: "“The harbor will stay open through the winter, whatever the forecast says.” — Ann Lee",
  },
  {
    name: "a <cite> alone in the last paragraph, after a dash",
    quote: "<blockquote><p>The harbor will stay open through the winter.</p><p>Ships will dock as usual.</p><p>— <cite>Ann Lee, harbor master</cite></p></blockquote>",
    paragraph: "“The harbor will stay open through the winter. Ships will dock as usual.” — Ann Lee, harbor master",
  },
  {
    name: "words that carry their own marks get no more",
    quote: "<blockquote><p>“The harbor will stay open through the winter.”</p><footer>Ann Lee</footer></blockquote>",
    paragraph: "“The harbor will stay open through the winter.” — Ann Lee",
  },
  {
    name: "cite= alone: the marks, and the article credits the words",
    quote: '<blockquote cite="https://example.org/statement"><p>The review found no breach of the rules by any member of staff.</p></blockquote>',
    paragraph: "“The review found no breach of the rules by any member of staff.”",
  },
];

// Block quotations whose markup credits nobody stay as they were.
const plain: readonly Case[] = [
  {
    name: "a plain <blockquote>",
    quote: "<blockquote><p>The review found no breach of the rules by any member of staff.</p></blockquote>",
    paragraph: "The review found no breach of the rules by any member of staff.",
  },
  {
    name: "a <cite> that names a work inside the words",
    quote: "<blockquote><p>As <cite>The Harbor Book</cite> has it, no port closes for the winter.</p></blockquote>",
    paragraph: "As The Harbor Book has it, no port closes for the winter.",
  },
  {
    name: "a twitter-tweet block with no tweet paragraph",
    quote: '<blockquote class="twitter-tweet"><a href="https://twitter.com/x/status/1">View the tweet</a></blockquote>',
    paragraph: "View the tweet",
  },
];

describe("a block quotation its markup credits", () => {
  it.each(credited)("$name", ({ quote, paragraph }) => {
    expect(paragraphs(page(LEAD + quote + TAIL))).toEqual([
      "The inspector general released the report on Tuesday after a review that lasted most of the year.",
      paragraph,
      "The inspector general's office declined to comment further on the findings of the report.",
    ]);
  });

  it.each(plain)("not: $name", ({ quote, paragraph }) => {
    expect(paragraphs(page(LEAD + quote + TAIL))[1]).toBe(paragraph);
  });

  it("maps the drawn marks to the blockquote and the words to the page source", () => {
    const html = page(LEAD + credited[1].quote + TAIL);
    const a = read(html);
    const open = a.text.indexOf("“");
    const close = a.text.indexOf("”");
    expect(html.slice(a.sourceOffsets![open], a.sourceOffsets![open] + 11)).toBe("<blockquote");
    expect(html[a.sourceOffsets![close]]).toBe(">"); // the end of the </p> that closes the words
    expect(html.slice(a.sourceOffsets![open + 1], a.sourceOffsets![open + 1] + 7)).toBe("We will");
    const name = a.text.indexOf("Tom Lee");
    expect(html.slice(a.sourceOffsets![name], a.sourceOffsets![name] + 7)).toBe("Tom Lee");
  });

  it("is credited to its author", () => {
    for (const [k, speaker] of [
      [0, "Jane Roe"],
      [1, "Tom Lee"],
      [2, "Ann Lee"],
    ] as const) {
      const a = read(page(LEAD + credited[k].quote + TAIL));
      const quotes = attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((q) => q.kind === "direct");
      expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
    }
  });

  // Outside an <article>, a page's <header> and <footer> are dropped as furniture: a <footer> in a
  // <blockquote> is its credit and stays; the page's own footer still goes.
  it.each([
    { name: "a <footer> credit on a page with no <article>", body: `<div>${LEAD}${credited[1].quote}${TAIL}</div>`, paragraph: credited[1].paragraph },
    { name: "the page's footer outside the blockquote", body: `<div>${LEAD}<blockquote><p>A plain passage, set apart.</p></blockquote>${TAIL}</div><footer>Copyright, the Harbor Desk, all rights reserved.</footer>`, paragraph: "A plain passage, set apart." },
  ])("$name", ({ body, paragraph }) => {
    const got = paragraphs(`<!DOCTYPE html><html><head><title>Report clears office</title></head><body>${body}</body></html>`);
    expect(got[1]).toBe(paragraph);
    expect(got.some((p) => p.includes("Copyright"))).toBe(false);
  });

  it("gives a paragraph signed with a name and a role or a handle no cut-text warning", () => {
    const { diagnostics } = parseDocument("page.html", new TextEncoder().encode(page(LEAD + credited[0].quote + credited[1].quote + TAIL)));
    expect(diagnostics.filter((d) => d.ruleId === "ingest/cut-text")).toEqual([]);
  });
});
