import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { htmlReport } from "../../src/report/html.js";
import { markdownReport } from "../../src/report/markdown.js";
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

// The Markdown report named no file at all: a report filed with a story did not say what it read
// unless one scrolled to Sources. It now says it under its title as the HTML does.
describe("Markdown: the files read, under the title, as the HTML says them", () => {
  const meta = (n: number) => {
    const lines = markdownReport(withFiles(n)).split("\n");
    const title = lines.indexOf("# Attribution report");
    return { line: lines[title + 2], next: lines[title + 4] };
  };
  const rows: readonly [string, number, readonly string[], readonly string[]][] = [
    ["must trigger: three files are all named", 3, ["news/gazette.txt", "news/courier.txt", "news/hostile.txt"], ["more files"]],
    ["must trigger: five files: three named, two counted and left to Sources", 5, ["news/gazette.txt", "news/hostile.txt", "and 2 more files, listed under [Sources](#sources)"], ["more/file-1.txt", "more/file-2.txt"]],
    ["must not trigger: 84 files are not all named", 84, ["and 81 more files"], ["more/file-80.txt", "more/file-1.txt"]],
  ];
  for (const [label, n, must, mustNot] of rows)
    it(label, () => {
      const { line, next } = meta(n);
      for (const m of must) expect(line).toContain(m);
      for (const m of mustNot) expect(line).not.toContain(m);
      expect(next).toBe("## Summary");
    });

  it("must not trigger: a file name's Markdown characters are escaped, not read as emphasis", () => {
    const r = withFiles(1);
    const { line } = (() => {
      const lines = markdownReport({ ...r, documents: [{ ...r.documents[0], id: "news/a_b_c*.txt" }] }).split("\n");
      return { line: lines[lines.indexOf("# Attribution report") + 2] };
    })();
    expect(line).toContain("news/a\\_b\\_c\\*.txt");
  });
});
