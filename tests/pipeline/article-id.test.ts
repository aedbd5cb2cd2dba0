import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/ingest/index.js";
import { withArticleId } from "../../src/pipeline/article-id.js";
import { quotesOfArticle } from "../../src/pipeline/index.js";

// Relabelling an article's quotes must give exactly (key order included, as the JSON shows) what
// the engine gives the article under the new id: direct quotes, reported speech, a quote with no
// speaker (an info diagnostic), a sentence too long to search (an extract diagnostic), none at all.
const TEXTS: readonly { readonly name: string; readonly text: string; readonly quotes: boolean; readonly diagnostics: boolean }[] = [
  { name: "direct quotes", text: "“The bridge is closed,” said Maria Lopez, the mayor.\n\n“It will take a month,” she added.\n", quotes: true, diagnostics: false },
  { name: "reported speech", text: "Maria Lopez, the mayor, said on Tuesday that the bridge would stay closed for a month.\n", quotes: true, diagnostics: false },
  { name: "a quote with no speaker", text: "The bridge was closed on Tuesday.\n\n“We wait, and we wait, and nobody comes to fix it.”\n", quotes: true, diagnostics: true },
  { name: "a sentence too long to search", text: `Lee said that ${"the plan and ".repeat(200)}more would pass.\n`, quotes: false, diagnostics: true },
  { name: "no quotes", text: "The bridge over the river was closed on Tuesday for repairs.\n", quotes: false, diagnostics: false },
];

describe("withArticleId", () => {
  for (const t of TEXTS) {
    it(`gives what the engine gives the renamed article: ${t.name}`, () => {
      const article = articleFromText(t.text, "ap-2016-02-08");
      const renamed = { ...article, id: "ap-2016-02-08-2" };
      const expected = quotesOfArticle(renamed);
      const got = withArticleId(quotesOfArticle(article), "ap-2016-02-08", "ap-2016-02-08-2");
      expect(expected.quotes.length > 0).toBe(t.quotes);
      expect(expected.diagnostics.some((d) => d.articleId === "ap-2016-02-08-2")).toBe(t.diagnostics);
      expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
      expect(got).toEqual(expected);
    });
  }

  it("leaves a diagnostic of another article as it is", () => {
    const other = { reason: "r", documentId: "d", articleId: "ap-2016-02-09", ruleId: "x/y", stage: "extract" as const, severity: "info" as const };
    const got = withArticleId({ quotes: [], diagnostics: [other] }, "ap-2016-02-08", "ap-2016-02-08-2");
    expect(got.diagnostics[0]).toBe(other);
  });
});
