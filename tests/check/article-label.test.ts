import { describe, expect, it } from "vitest";
import { articleLabel } from "../../src/check/quote-place.js";
import { makeReport, type ArticleSpec } from "./report-fixture.js";

const TEXT = "The levee held through the night, the mayor said.";
const label = (a: Omit<ArticleSpec, "id" | "text">, id = "harbor-gazette-2031-03-04-levee-holds") =>
  articleLabel(makeReport({ articles: [{ id, text: TEXT, ...a }], quotes: [] }), id);

describe("articleLabel: an article named the way a reader can find it, never by its id", () => {
  it.each([
    { name: "outlet, title and date", a: { outlet: "Harbor Gazette", title: "Levee holds", published: "2031-03-04" }, is: "Harbor Gazette (“Levee holds”, 2031-03-04)" },
    { name: "outlet and date, no title: the words it opens with", a: { outlet: "Harbor Gazette", published: "2031-03-04", doc: "stories/levee.txt" }, is: "Harbor Gazette (opening “The levee held through the night, the mayor said”, 2031-03-04)" },
    { name: "no outlet: the title and date", a: { title: "Levee holds", published: "2031-03-04" }, is: "“Levee holds” (2031-03-04)" },
    { name: "no outlet, no title: the words it opens with and the date", a: { published: "2031-03-04", doc: "stories/levee.txt" }, is: "the article that opens “The levee held through the night, the mayor said” (2031-03-04)" },
    { name: "no outlet, title or date: the words it opens with", a: { doc: "levee.txt" }, is: "the article that opens “The levee held through the night, the mayor said”" },
    { name: "a long title cut at a word", a: { title: "The levee on the river held through the night while the town slept and waited" }, is: "“The levee on the river held through the night while the…”" },
  ])("$name", ({ a, is }) => {
    expect(label({ doc: "levee.txt", ...a })).toBe(is);
  });

  it.each([
    { name: "with every field known", a: { outlet: "Harbor Gazette", title: "Levee holds", published: "2031-03-04" } },
    { name: "with nothing but its file", a: {} },
  ])("never carries the article id: $name", ({ a }) => {
    expect(label({ doc: "stories/levee.txt", ...a })).not.toContain("harbor-gazette-2031-03-04-levee-holds");
  });

  it.each([
    { name: "no title, outlet known", a: { outlet: "Harbor Gazette", published: "2031-03-04" } },
    { name: "no title, no outlet", a: { published: "2031-03-04" } },
  ])("never carries the file's name: $name", ({ a }) => {
    expect(label({ doc: "stories/levee.txt", ...a })).not.toContain("levee.txt");
  });

  it("an article the report does not hold stays its id (nothing else names it)", () => {
    expect(articleLabel(makeReport({ articles: [], quotes: [] }), "gone")).toBe("gone");
  });
});
