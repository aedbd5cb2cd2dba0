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
  {
    name: "a tweet embed (its dated link left out, its day written after the credit)",
    quote: TWEET,
    paragraph: "“The report clears my office of any wrongdoing. Time to move on. pic.twitter.com/x1” — Jane Roe (@SenJaneRoe) on Twitter on March 5, 2024",
  },
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

// Twitter's embed code as pages carry it (the markup of embeds published on the web: data-lang and
// data-theme, hashtag and mention links with ref_src, a pic.twitter.com link, x.com addresses, a
// link in another language's date, day-first British dates). Each reads as its author's quote, said
// on Twitter, on the day its link shows.
const embed = (words: string, signature: string, link: string) => `<blockquote class="twitter-tweet" data-lang="en" data-theme="dark"><p lang="en" dir="ltr">${words}</p>&mdash; ${signature}${link}</blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;
const embeds: readonly { readonly name: string; readonly html: string; readonly speaker: string; readonly day: string | null; readonly credit: string }[] = [
  {
    name: "hashtag and picture links in the words, a twitter.com link",
    html: embed(
      'The harbor reopens Monday. <a href="https://twitter.com/hashtag/Harbor?src=hash&amp;ref_src=twsrc%5Etfw">#Harbor</a> <a href="https://t.co/AbC123">pic.twitter.com/AbC123</a>',
      "Ann Lee (@AnnLeeMayor) ",
      '<a href="https://twitter.com/AnnLeeMayor/status/1144839270143676416?ref_src=twsrc%5Etfw">June 29, 2019</a>',
    ),
    speaker: "Ann Lee",
    day: "2019-06-29",
    credit: " — Ann Lee (@AnnLeeMayor) on Twitter on June 29, 2019",
  },
  {
    name: "an x.com link and a mention in the words",
    html: embed("We thank <a href=\"https://twitter.com/portcrew?ref_src=twsrc%5Etfw\">@portcrew</a> for a long week of work.<br><br>More soon.", "Tom Reyes (@treyes) ", '<a href="https://x.com/treyes/status/1617979122625712128?ref_src=twsrc%5Etfw">January 24, 2023</a>'),
    speaker: "Tom Reyes",
    day: "2023-01-24",
    credit: " — Tom Reyes (@treyes) on Twitter on January 24, 2023",
  },
  {
    name: "a day-first date (British English)",
    html: embed("The harbor reopens Monday.", "Ann Lee (@AnnLeeMayor) ", '<a href="https://twitter.com/AnnLeeMayor/status/1?ref_src=twsrc%5Etfw">5 March 2024</a>'),
    speaker: "Ann Lee",
    day: "2024-03-05",
    credit: " — Ann Lee (@AnnLeeMayor) on Twitter on March 5, 2024",
  },
  {
    name: "a date in another language: on Twitter, no day",
    html: embed("The harbor reopens Monday.", "Ann Lee (@AnnLeeMayor) ", '<a href="https://twitter.com/AnnLeeMayor/status/929365857502838784?ref_src=twsrc%5Etfw">2017年11月11日</a>'),
    speaker: "Ann Lee",
    day: null,
    credit: " — Ann Lee (@AnnLeeMayor) on Twitter",
  },
  {
    name: "no dated link: on Twitter, no day",
    html: embed("The harbor reopens Monday.", "Ann Lee (@AnnLeeMayor)", ""),
    speaker: "Ann Lee",
    day: null,
    credit: " — Ann Lee (@AnnLeeMayor) on Twitter",
  },
];

// (A date with no year, like a weekday, is resolved against the page's date; on an undated page only a
// full date gives a day: see the test after the table.)
const datedPage = (body: string) => page(body).replace("<title>", '<meta property="article:published_time" content="2024-06-01T09:00:00Z"><title>');

describe("a tweet embed says where and when", () => {
  it.each(embeds)("$name", ({ html, speaker, day, credit }) => {
    const a = read(datedPage(LEAD + html + TAIL));
    const para = a.paragraphs.map((p) => a.text.slice(p.start, p.end))[1];
    expect(para.endsWith(`”${credit}`)).toBe(true);
    const quotes = attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((q) => q.kind === "direct");
    expect(quotes.map((q) => [q.speaker, q.medium, q.spokenOn])).toEqual([[speaker, "on Twitter", day]]);
  });

  it("an undated page: the embed's full date still gives the day", () => {
    const a = read(page(LEAD + TWEET + TAIL));
    expect(a.published).toBeNull();
    const quotes = attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((q) => q.kind === "direct");
    expect(quotes.map((q) => [q.medium, q.spokenOn])).toEqual([["on Twitter", "2024-03-05"]]);
  });

  it("maps the written words to the dated link in the page", () => {
    const html = page(LEAD + TWEET + TAIL);
    const a = read(html);
    const at = a.text.indexOf(" on Twitter on March 5, 2024");
    for (let i = at + 1; i < at + " on Twitter on March 5, 2024".length; i++) expect(html.slice(a.sourceOffsets![i], a.sourceOffsets![i] + 8)).toBe("<a href=");
  });

  it.each([
    { name: "a <footer> credit", quote: credited[1].quote },
    { name: "a <cite> credit", quote: credited[2].quote },
    { name: "a twitter-tweet block whose words nobody signs", quote: '<blockquote class="twitter-tweet"><p>The harbor reopens Monday, the port office said.</p><a href="https://twitter.com/x/status/1">March 4, 2024</a></blockquote>' },
  ])("not: $name gets no 'on Twitter'", ({ quote }) => {
    expect(read(page(LEAD + quote + TAIL)).text).not.toContain("Twitter");
  });
});
