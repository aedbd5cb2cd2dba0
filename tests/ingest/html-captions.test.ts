import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

// A picture's caption is no story text, whatever its markup (html.ts dropFurniture).
const page = (body: string) => `<!DOCTYPE html><html><head><title>Mayor quits over harbour deal</title></head><body><main><div class="post"><h1>Mayor quits over harbour deal</h1>${body}</div></main></body></html>`;
const textOf = (body: string) => parseDocument("page.html", new TextEncoder().encode(page(body))).document.articles[0].text;

const LEDE = "<p>The mayor of Northgate, Ana Ruiz, resigned on Monday after the council rejected the harbour deal she had negotiated for a year.</p>";
const END = '<p>"I have lost the trust of the council, and a mayor without it cannot govern," Ruiz said in a statement on Monday.</p>';
const CAPTION = '"I leave with my head high," Ruiz told reporters on Monday. Photo: Jan Berg';

describe("captions", () => {
  it("a <figure> with a picture loses its caption paragraph", () => {
    expect(textOf(`${LEDE}<figure><img src="a.jpg" alt=""><p>${CAPTION}</p></figure>${END}`)).not.toContain("head high");
  });
  it("an AMP picture's figure too", () => {
    expect(textOf(`${LEDE}<figure><amp-img src="a.jpg" width="4" height="3"></amp-img><div>${CAPTION}</div></figure>${END}`)).not.toContain("head high");
  });
  it("a caption class that holds a story word ('wp-caption-text') is still a caption", () => {
    expect(textOf(`${LEDE}<img src="a.jpg"><p class="wp-caption-text">${CAPTION}</p>${END}`)).not.toContain("head high");
  });
  it("a figure that holds a quotation (a tweet embed) is read", () => {
    const t = textOf(`${LEDE}<figure class="embed"><img src="avatar.png"><blockquote class="twitter-tweet"><p>The harbour deal is dead and so is trust in this council.</p>— Tom Lee (@tomlee) <a href="https://twitter.com/tomlee/status/1">May 6, 2024</a></blockquote></figure>${END}`);
    expect(t).toContain("The harbour deal is dead");
  });
  it("a figure with no picture (a pull quote, a box of text) is read", () => {
    expect(textOf(`${LEDE}<figure class="pullquote"><p>Council members said the deal had been rushed through without a public hearing.</p></figure>${END}`)).toContain("rushed through");
  });
  it("a story container whose class holds a story word stays", () => {
    expect(textOf(`<div class="article-text">${LEDE}${END}</div>`)).toContain("resigned on Monday");
  });
});
