import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

// The top of a story's markup (html-head.ts): labels above the headline leave the text, the deck
// leads it and is counted as the headline's, the byline and date under the deck leave it.
const HEAD = '<title>Harbour council backs flood wall</title><meta property="og:title" content="Harbour council backs flood wall">';
const page = (body: string, head = HEAD) => `<!DOCTYPE html><html><head>${head}</head><body><article>${body}</article></body></html>`;
const article = (body: string, head = HEAD) => parseDocument("page.html", new TextEncoder().encode(page(body, head))).document.articles[0];
const paras = (a: ReturnType<typeof article>) => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

const H1 = "<h1>Harbour council backs flood wall</h1>";
const DECK = "Councillors voted 9-2 for the wall after last winter's floods.";
const LEDE = "Northgate's harbour council voted on Monday night to build a flood wall along the old quay, ending two years of argument.";
const MORE = '<p>"This is the most important decision this council has made in a generation," said the council leader, Maria Holt.</p>';

describe("the top of a story's markup", () => {
  it("a section label above the headline is no story text", () => {
    const a = article(`<p class="kicker">Politics</p>${H1}<p>${LEDE}</p>${MORE}`);
    expect(paras(a)[0]).toBe(LEDE);
    expect(a.headParagraphs).toBeUndefined();
  });

  it("a series label and a section path above the headline go too", () => {
    const a = article(`<div><a href="/calderon">Calderon</a></div><div>World | Europe</div>${H1}<p>${LEDE}</p>${MORE}`);
    expect(paras(a)[0]).toBe(LEDE);
  });

  it("a standfirst marked by its class leads the text and is counted as the headline's", () => {
    const a = article(`${H1}<p class="standfirst">${DECK}</p><p>${LEDE}</p>${MORE}`);
    expect(paras(a).slice(0, 2)).toEqual([DECK, LEDE]);
    expect(a.headParagraphs).toBe(1);
  });

  it("a story's first sentence that opens with 'By' is no byline: it stays in the text (must not drop)", () => {
    const lede = "By Monday night the quay had flooded twice.";
    const a = article(`${H1}<p>${lede}</p><p>${LEDE}</p>${MORE}`);
    expect(paras(a).slice(0, 2)).toEqual([lede, LEDE]);
    const b = article(`${H1}<p>by the old quay, sandbags.</p><p>${LEDE}</p>${MORE}`);
    expect(paras(b)[0]).toBe("by the old quay, sandbags.");
  });

  it("a 'By' line that names its writers still leaves the text and names the byline (must)", () => {
    const a = article(`${H1}<p>By Tomas Reyes and Ana Ruiz</p><p>${LEDE}</p>${MORE}`);
    expect(paras(a)[0]).toBe(LEDE);
    expect(a.byline).toBe("Tomas Reyes and Ana Ruiz");
  });

  it("a deck with no class is one by the byline and date under it, which leave the text", () => {
    const a = article(`${H1}<p>${DECK}</p><p>By Tomas Reyes</p><p>April 2, 2024</p><p>${LEDE}</p>${MORE}`);
    expect(paras(a).slice(0, 2)).toEqual([DECK, LEDE]);
    expect(a.headParagraphs).toBe(1);
    expect(a.byline).toBe("Tomas Reyes");
  });

  it("the story's first paragraph is no deck, even when the page's description repeats it", () => {
    const a = article(`${H1}<p>${LEDE}</p>${MORE}`, `${HEAD}<meta property="og:description" content="${LEDE.replace(/'/g, "&#39;")}">`);
    expect(paras(a)[0]).toBe(LEDE);
    expect(a.headParagraphs).toBeUndefined();
  });

  it("a sentence above the headline is not taken for a label", () => {
    const note = "This story was updated on Friday to add the council's vote.";
    const a = article(`<p>${note}</p>${H1}<p>${LEDE}</p>${MORE}`);
    expect(paras(a)[0]).toBe(note);
  });

  it("a byline alone, with no deck above it, still leaves the text", () => {
    const a = article(`${H1}<p>By Tomas Reyes</p><p>${LEDE}</p>${MORE}`);
    expect(paras(a)[0]).toBe(LEDE);
    expect(a.headParagraphs).toBeUndefined();
  });
});
