import { describe, expect, it } from "vitest";
import { reportView } from "../../src/report/report-view.js";
import { sampleReport } from "./sample-report.js";

// The views of a dense story's report held every quote's copy of what is its article's: shared, the
// same values with less memory.
describe("report views share what is an article's", () => {
  const v = reportView(sampleReport());
  const byArticle = (id: string) => v.quotes.filter((q) => q.articleId === id);

  it("must: the quotes of one article share one source chain (published by, carried by the file)", () => {
    const gazette = byArticle("gazette");
    expect(gazette.length).toBeGreaterThan(1);
    expect(gazette.every((q) => q.sourceChain === gazette[0].sourceChain)).toBe(true);
    expect(gazette[0].sourceChain.map((s) => s.label)).toEqual(["published by", "carried by"]);
  });
  it("must not: quotes of two articles share one", () => {
    expect(byArticle("gazette")[0].sourceChain).not.toBe(byArticle("courier")[0].sourceChain);
    expect(byArticle("courier")[0].sourceChain[1].value).toContain("(news/courier.txt)");
  });
});
