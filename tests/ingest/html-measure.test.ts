import { describe, expect, it } from "vitest";
import type { Element } from "domhandler";
import { htmlStory, measureBlocks, paragraphMeasures, parseHtml } from "../../src/ingest/html.js";
import { creditedQuote } from "../../src/ingest/html-quotes.js";

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
  { name: "cite= quotations nested, a paragraph in each", html: `<body>${'<blockquote cite="https://example.org/a"><p>We will win the vote, she said.</p>'.repeat(4)}${"</blockquote>".repeat(4)}</body>` },
  { name: "footer-credited quotations nested", html: `<body>${"<blockquote><p>We will, she said,  win. </p>".repeat(3)}${"<footer>— <cite>Ann Lee</cite>, mayor</footer></blockquote>".repeat(3)}</body>` },
  { name: "cite-credited quotations nested, credit in its own paragraph", html: `<body>${"<blockquote> <p>“Quoted, already.” </p>".repeat(3)}${"<p>– <cite>Ann, Lee</cite></p></blockquote>".repeat(3)}</body>` },
  { name: "tweets nested, with the dated link and what follows it", html: `<body>${'<blockquote class="twitter-tweet"><p lang="en">Tweet, text <br> here.</p>'.repeat(3)}${'&mdash; Ann (@a) <a href="https://twitter.com/a/status/1">March 4, 2031</a> after, link</blockquote>'.repeat(3)}</body>` },
  { name: "credited and plain mixed, <q> and <br> before the first word", html: '<body><blockquote cite="x">  <q> <br></q>  <div><blockquote>Plain,  inner.<blockquote><p>— dash</p><footer><q>x</q> <span> -Ann</span></footer> after, <p>footer</p></blockquote></blockquote></div> <!-- c --> </blockquote></body>' },
  { name: "a credit with no words, a quote of markup only, paragraphs after a <footer>", html: '<body><blockquote><p>Words, here.  </p><footer> <img> </footer><p>After, one.</p><blockquote cite="y"><p><img></p></blockquote><blockquote><q>"Own mark</q><footer>—Ann</footer>  tail  </blockquote></blockquote></body>' },
];

describe("paragraph weights read once are blocksOf's", () => {
  it.each(cases)("$name", ({ html }) => {
    const ps = paragraphs(html);
    const measures = paragraphMeasures(ps);
    expect(ps.length).toBeGreaterThan(1);
    for (const p of ps) expect(measures.get(p)).toEqual(measureBlocks(p));
  });
});

// Random nestings of every kind of block quotation, paragraph, mark and white space the cases above
// take one at a time; a fixed seed, so a failure shows the same page again.
function randomPage(seed: number): string {
  let x = seed;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor(x / 65536) % n;
  };
  const texts = ["We will win, ", "  ", "", " “Own,” ", "— Ann Lee", "-x ", "\n\t", "said, \u00a0 she", "'a'"];
  const page = (depth: number): string => {
    let out = "";
    for (let i = next(4); i >= 0; i--) {
      const t = texts[next(texts.length)];
      const inner = depth > 0 ? page(depth - 1) : t;
      const open = ['<blockquote cite="x">', "<blockquote>", '<blockquote class="twitter-tweet">', "<p>", "<q>", "<div>", "<span>", "<footer>", "<cite>", "<pre>"][next(10)];
      const tag = /^<(\w+)/.exec(open)![1];
      out += [t, `${open}${inner}</${tag}>`, "<br>", "<!-- c, -->", '<a href="https://t.co/a/status/1">d</a>', `<p>—<cite>${t}</cite></p>`][next(6)];
    }
    return out;
  };
  return `<body><blockquote>${page(4)}</blockquote><blockquote cite="z">${page(3)}<footer>${page(1)}</footer>${page(2)}</blockquote></body>`;
}

describe("paragraph weights read once are blocksOf's, on random nestings", () => {
  it("200 pages", () => {
    let credited = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const ps = paragraphs(randomPage(seed));
      const measures = paragraphMeasures(ps);
      for (const p of ps) expect(measures.get(p), `seed ${seed}`).toEqual(measureBlocks(p));
      credited += ps.filter((p) => p.name === "blockquote" && creditedQuote(p)).length;
    }
    expect(credited).toBeGreaterThan(200);
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
