import { describe, expect, it } from "vitest";
import type { Element } from "domhandler";
import { htmlStory, measureBlocks, paragraphMeasures, parseHtml } from "../../src/ingest/html.js";

// storyRoot weighs each <p>, <pre> and <blockquote> by its text as blocksOf reads it. Measured once,
// innermost first, the weights must be the ones blocksOf gives each element on its own, whatever
// nests inside it: plain and credited block quotations, <q>, <br>, inline elements around blocks.
const paragraphs = (html: string): Element[] => parseHtml(html)("p, pre, blockquote").toArray() as Element[];

const cases: readonly { readonly name: string; readonly html: string }[] = [
  { name: "block quotations nested, a paragraph in each", html: `<body>${"<blockquote><p>We will win the vote, she said.</p>".repeat(4)}${"</blockquote>".repeat(4)}</body>` },
  { name: "block quotations nested, text straight inside", html: `<body>${"<blockquote>We will, she said,  win.  ".repeat(4)}${"</blockquote>".repeat(4)}</body>` },
  { name: "<q> and <br> around a nested quotation", html: "<body><blockquote>The budget, she wrote, <q>is done<p>in full, now</p> and signed</q><br>at last.<blockquote>Inner, one.</blockquote> tail, here</blockquote></body>" },
  { name: "a credited quotation inside a plain one", html: '<body><blockquote><p>Said, plainly.</p><blockquote cite="https://example.org/a"><p>We will win, I think.</p><blockquote><p>Inside, too.</p></blockquote><footer>— <cite>Ann Lee</cite>, mayor</footer></blockquote></blockquote></body>' },
  { name: "a tweet's dated link left out", html: '<body><blockquote><blockquote class="twitter-tweet"><p>Tweet, text.</p>&mdash; Ann (@a) <a href="https://twitter.com/a/status/1">March 4, 2031</a></blockquote></blockquote></body>' },
  { name: "an inline element that holds blocks, and a <pre>", html: "<body><blockquote><span>x, <b>y</b><p>para, one</p>  z </span><pre>pre, text\n  kept,   here</pre><!-- a, comment --><script>var a, b;</script></blockquote></body>" },
];

describe("paragraph weights read once are blocksOf's", () => {
  it.each(cases)("$name", ({ html }) => {
    const ps = paragraphs(html);
    const measures = paragraphMeasures(ps);
    expect(ps.length).toBeGreaterThan(1);
    for (const p of ps) expect(measures.get(p)).toEqual(measureBlocks(p));
  });
});

describe("deeply nested block quotations", () => {
  // Their time is measured by the bench (src/bench/adversarial.ts, html-nested-blockquotes); here,
  // that every level is read and weighed.
  it("every level is read, and the outermost weighs them all", () => {
    const depth = 3000;
    const html = `<html><body>${"<blockquote><p>We will win the vote, she said.</p>".repeat(depth)}${"</blockquote>".repeat(depth)}</body></html>`;
    const story = htmlStory(html);
    expect(story.paragraphs).toHaveLength(depth);
    const ps = paragraphs(html);
    expect(paragraphMeasures(ps).get(ps[0])).toEqual({ len: depth * 31, commas: depth });
  });
});
