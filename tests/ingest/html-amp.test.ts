import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

// A made-up AMP page in the shape news sites serve: JSON-LD NewsArticle, OpenGraph, a consent
// banner, a kicker over the headline, a standfirst, share buttons, a captioned picture, a
// "READ MORE:" line, a read-more box and a "More on this story" list inside the <article>.
const p = "ingest-html-amp/flood-wall.html";
const { document } = parseDocument(p, readFileSync(new URL(`../fixtures/${p}`, import.meta.url)));
const [a] = document.articles;
const paras = a.paragraphs.map((s) => a.text.slice(s.start, s.end));

describe("an AMP news page", () => {
  it("takes outlet, date and byline from its metadata", () => {
    expect(document.articles).toHaveLength(1);
    expect(a).toMatchObject({ title: "Harbour council backs flood wall plan", byline: "Tomas Reyes", outlet: "Northgate Chronicle", published: "2024-04-02" });
  });

  it("leads with the standfirst, counted as the headline's, then the story", () => {
    expect(paras[0]).toBe("Councillors voted 9-2 for a €40m wall after last winter's floods.");
    expect(a.headParagraphs).toBe(1);
    expect(paras[1]).toMatch(/^Northgate's harbour council voted on Monday night/);
  });

  it("keeps the story's quotes and none of the caption's, the links' or the banners'", () => {
    expect(a.text).toContain('"We are building a prison for ourselves," he said.');
    expect(a.text).toContain("said the council leader, Maria Holt");
    for (const gone of ["Politics", "We cannot wait another winter", "We use cookies", "We lost everything", "No new taxes", "Quay traders", "More on this story", "ruin the view", "2 April 2024"]) expect(a.text).not.toContain(gone);
  });

  it("has no cut text", () => expect(a.cuts).toEqual([]));
});
