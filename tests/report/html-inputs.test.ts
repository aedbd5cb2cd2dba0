import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { htmlReport } from "../../src/report/html.js";
import { sampleReport } from "./sample-report.js";

/** The sample report with `n` files (the first three are the sample's, the rest empty stand-ins). */
function withFiles(n: number) {
  const r = sampleReport();
  const extra = Array.from({ length: Math.max(0, n - r.documents.length) }, (_, i) => ({ ...r.documents[0], id: `more/file-${i + 1}.txt`, articleIds: [] }));
  return { ...r, documents: [...r.documents, ...extra].slice(0, n) };
}

const heading = (n: number) => cheerio.load(htmlReport(withFiles(n)))("h1 + p.meta");

describe("HTML: the files read, under the title", () => {
  const rows: readonly [string, number, readonly string[], readonly string[]][] = [
    ["three files are all named", 3, ["news/gazette.txt", "news/courier.txt", "news/hostile.txt"], ["more files"]],
    ["four files are all named", 4, ["news/gazette.txt", "more/file-1.txt"], ["more files"]],
    ["five files: three named, two counted and left to Sources", 5, ["news/gazette.txt", "news/hostile.txt", "and 2 more files, listed under Sources"], ["more/file-1.txt", "more/file-2.txt"]],
    ["84 files: three named, 81 counted", 84, ["and 81 more files"], ["more/file-80.txt", "more/file-1.txt"]],
  ];
  for (const [label, n, must, mustNot] of rows)
    it(label, () => {
      const p = heading(n);
      for (const m of must) expect(p.text()).toContain(m);
      for (const m of mustNot) expect(p.text()).not.toContain(m);
    });

  it("links the count to Sources, which still lists every file", () => {
    const $ = cheerio.load(htmlReport(withFiles(84)));
    expect($("h1 + p.meta a").attr("href")).toBe("#sources");
    expect($('#sources th[scope="rowgroup"]')).toHaveLength(84);
    // under one header, said once
    expect($("#sources thead")).toHaveLength(1);
  });
});
