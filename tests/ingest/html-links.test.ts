import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

// Links to other stories inside a story's markup (html-links.ts) are no story text.
const page = (body: string) => `<!DOCTYPE html><html><head><title>Harbour council backs flood wall</title></head><body><article><h1>Harbour council backs flood wall</h1>${body}</article></body></html>`;
const textOf = (body: string) => parseDocument("page.html", new TextEncoder().encode(page(body))).document.articles[0].text;

const LEDE = "<p>Northgate's harbour council voted on Monday night to build a flood wall along the old quay, ending two years of argument.</p>";
const QUOTE = '<p>"This is the most important decision this council has made in a generation," said the council leader, Maria Holt.</p>';
const END = "<p>Work is due to start in September and is expected to take three years, the council said in a statement.</p>";

describe("links to other stories", () => {
  const gone: { name: string; html: string; words: string }[] = [
    { name: "a 'READ MORE:' line", html: `<p><strong>READ MORE:</strong> <a href="/a">'We lost everything,' say flooded families</a></p>`, words: "We lost everything" },
    { name: "a 'Related:' line", html: `<p>Related: <a href="/b">Mayor says wall will not raise taxes</a></p>`, words: "Mayor says" },
    { name: "a list of headlines", html: `<ul><li><a href="/c">Quay traders fear a lost summer</a></li><li><a href="/d">"It will ruin the view," residents say</a></li></ul>`, words: "ruin the view" },
    { name: "a box of related stories under its heading", html: `<section class="more-on-this-story"><h2>More on this story</h2><ul><li><a href="/e">Floods: the night the river came in</a></li></ul></section>`, words: "More on this story" },
    { name: "a 'You may also like' heading over links", html: `<h3>You may also like</h3><p><a href="/f">Ferry service cut after storm</a> | <a href="/g">Storm damage in pictures</a></p>`, words: "also like" },
  ];
  for (const c of gone) {
    it(`leave the text: ${c.name}`, () => {
      const t = textOf(LEDE + QUOTE + c.html + END);
      expect(t).not.toContain(c.words);
      expect(t).toContain("Work is due to start");
    });
  }

  const kept: { name: string; html: string; words: string }[] = [
    { name: "a paragraph with a link in its prose", html: `<p>The mayor <a href="/h">told the Chronicle</a> that the wall would be finished "before the next big flood," and that the cost would be shared.</p>`, words: "before the next big flood" },
    { name: "a 'read more' expander that holds the story's own paragraphs", html: `<div class="read-more-content"><p>Two councillors voted against the plan, saying the wall would cut the town off from the sea.</p></div>`, words: "Two councillors voted against" },
    { name: "a paragraph that names a linked person and says what they said", html: `<p><a href="/p/vos">Peter Vos</a> said the wall was a mistake.</p>`, words: "said the wall was a mistake" },
    { name: "a credited quotation whose words are a link", html: `<blockquote cite="https://example.org/holt"><p><a href="https://example.org/holt">We owe it to the families who were flooded out.</a></p><footer>— Maria Holt</footer></blockquote>`, words: "We owe it to the families" },
  ];
  for (const c of kept) {
    it(`stay in the text: ${c.name}`, () => expect(textOf(LEDE + c.html + END)).toContain(c.words));
  }
});
