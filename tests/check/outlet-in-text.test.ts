import { describe, expect, it } from "vitest";
import { longerOutletName } from "../../src/model/outlet-in-text.js";
import { runChecks } from "../../src/check/run.js";
import { makeReport } from "./report-fixture.js";

describe("longerOutletName: the full name an article gives a one-word outlet", () => {
  it.each([
    { name: "named once, then short", short: "The Post", text: "The Washington Post reported the vote. Later he told the Post it was over.", want: "Washington Post" },
    { name: "with and without “The”", short: "Times", text: "New York Times editors met. The New York Times said so. He told the Times.", want: "New York Times" },
    { name: "after a line break", short: "Post", text: "a report in the Harbor\nPost said", want: "Harbor Post" },
  ])("gives it: $name", ({ short, text, want }) => {
    expect(longerOutletName(short, text)).toBe(want);
  });

  it.each([
    { name: "two papers end with the word", short: "Post", text: "The Washington Post and the New York Post both ran it; he told the Post." },
    { name: "a possessor is no part of the name", short: "ITV", text: "Trump told Britain's ITV on Monday that he would visit." },
    { name: "an article is no part of the name", short: "Fox", text: "A Fox crew filmed it. He told Fox he would run." },
    { name: "the word inside a longer name", short: "Fox", text: "A new Fox News poll found it. He told Fox he would run." },
    { name: "a word that only starts with it", short: "Post", text: "The Marrowby Postal Service closed. He told the Post." },
    { name: "the short name alone", short: "The Post", text: "He told The Post on Monday." },
    { name: "a name of two words", short: "Fox News", text: "The network Fox News said so." },
  ])("gives none: $name", ({ short, text }) => {
    expect(longerOutletName(short, text)).toBeNull();
  });
});

describe("secondhand-source: “told the Post” in an article that names The Washington Post", () => {
  const told = (doc: string, others: { id: string; doc: string }[] = []) =>
    runChecks(
      makeReport({
        articles: [
          { id: "a", doc, published: "2031-03-04", text: "The Washington Post first reported the closure. “The levee will hold,” Ann Lee told the Post." },
          ...others.map((o) => ({ ...o, text: "The levee was inspected on Monday." })),
        ],
        quotes: [{ id: "t", article: "a", text: "The levee will hold,", speaker: "Ann Lee", toOutlet: "The Post" }],
      }),
      {},
    ).filter((f) => f.ruleId === "secondhand-source");

  it("in that outlet's own file: one severity lower, saying which Post", () => {
    const out = told("docs/wash-post_2031-03-04_levee.txt");
    expect(out.map((f) => f.severity)).toEqual(["info"]);
    expect(out[0].message).toMatch(/told The Post \(Washington Post, as the article names it\), and no article from Washington Post is in the corpus \(the file's name suggests/);
  });

  it("elsewhere, with that outlet's files in the corpus: one severity lower, naming them", () => {
    const out = told("docs/harbor_2031-03-04_levee.txt", [{ id: "w", doc: "docs/wash-post_2031-03-03_levee.txt" }]);
    expect(out.map((f) => f.severity)).toEqual(["info"]);
    expect(out[0].message).toMatch(/no article in the corpus names Washington Post as its outlet \(wash-post_2031-03-03_levee\.txt/);
  });

  it("elsewhere, with none of its files: a warning", () => {
    const out = told("docs/harbor_2031-03-04_levee.txt");
    expect(out.map((f) => f.severity)).toEqual(["warning"]);
    expect(out[0].message).toMatch(/; check the words against Washington Post's report or recording$/);
  });
});
