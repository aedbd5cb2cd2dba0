import { describe, expect, it } from "vitest";
import { markdownReport } from "../../src/report/markdown.js";
import { sampleReport } from "./sample-report.js";

/**
 * The Markdown report says the attribution chain's article links (published by, carried by and the
 * file) once for each article a speaker is quoted in, in a line above that article's rows; each row
 * keeps what is its own (said by, told) and its place in the file (line:column). Written on every row,
 * the whole chain was a quarter of PolNeAR dev's 1 MB report.
 */
const base = sampleReport();
// Lena Vasquez quoted twice in the Gazette (q1, q3) and once in the Courier (q2); each quote placed in its file.
const report = {
  ...base,
  quotes: base.quotes.map((q, i) => ({ ...q, line: 10 + i, column: 3 })),
  speakers: base.speakers.map((s) =>
    s.id === "s-vasquez" ? { ...s, quoteIds: ["q1", "q3", "q2"] } : s.id === "s-reyes" ? { ...s, quoteIds: [] } : s,
  ),
};
const md = markdownReport(report);
const section = (heading: string) => {
  const from = md.indexOf(`\n${heading}\n`);
  const next = md.indexOf("\n### ", from + 1);
  return md.slice(from, next < 0 ? md.indexOf("\n## Conflicts") : next);
};
const rowsOf = (s: string) => s.split("\n").filter((l) => l.startsWith("| “") || /^\| [a-z=]/i.test(l)).filter((l) => !l.startsWith("| Quote"));

describe("Markdown: the chain's article links once per speaker and article", () => {
  const lena = section("### Lena Vasquez");
  it("must: one line per article, naming it, who published it and what carried it, with the file", () => {
    const lines = lena.split("\n").filter((l) => l.includes("published by"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("**“Flood reaches Marrowby market”**: published by Harbor Gazette, 2031-03-04 → carried by news/gazette.txt");
    expect(lines[1]).toBe("**“Mayor: district cleared”**: published by The Valley Courier, 2031-03-05 → carried by Floods list post from Kim Lee, 2031-03-06 (news/courier.txt)");
    // the Gazette's two quotes under its line, then the Courier's
    expect(lena.indexOf("before midnight")).toBeGreaterThan(lena.indexOf("**“Flood reaches"));
    expect(lena.indexOf("Nobody told us")).toBeLessThan(lena.indexOf("**“Mayor: district"));
    expect(lena.indexOf("before dawn")).toBeGreaterThan(lena.indexOf("**“Mayor: district"));
  });
  it("must: each row keeps said by and told, and its paragraph and line:column", () => {
    const rows = rowsOf(lena);
    expect(rows).toHaveLength(3);
    const midnight = rows.find((r) => r.includes("before midnight"))!;
    expect(midnight).toContain("| Lena Vasquez, the mayor (in a statement) |");
    expect(midnight).toMatch(/\| ¶\d+, 10:3 \|/);
    const dawn = rows.find((r) => r.includes("before dawn"))!;
    expect(dawn).toContain("| Lena Vasquez → told Valley Courier |");
    expect(dawn).toMatch(/\| ¶\d+, 11:3 \|/);
  });
  it("must-not: a row restating published by, carried by or the file", () => {
    const speakers = md.slice(md.indexOf("## Speakers"), md.indexOf("## Conflicts"));
    expect(rowsOf(speakers).length).toBeGreaterThan(5);
    for (const r of rowsOf(speakers)) {
      expect(r).not.toContain("published by");
      expect(r).not.toContain("carried by");
      expect(r).not.toContain("news/");
    }
  });
  it("still says why: the rule and what it found, under a column of its own, and what the layout means", () => {
    expect(md).toContain("| Quote | Said on | Said by → told | Flags | Where | Why |");
    expect(md).toMatch(/Each speaker's quotes are grouped by article/);
  });
  it("the unattributed quotes are grouped so too", () => {
    const un = md.slice(md.indexOf("### Unattributed quotes"), md.indexOf("## Conflicts"));
    expect(un).toContain("**“\\<b\\>Defaced\\</b\\>”**: published by outlet unknown, date unknown → carried by news/hostile.txt");
    expect(rowsOf(un)[0]).toContain("| unattributed |");
  });
  it("a quote the analysis could not place gives its paragraph alone", () => {
    const bare = markdownReport(base);
    const row = rowsOf(bare).find((r) => r.includes("before midnight"))!;
    expect(row).toMatch(/\| ¶\d+ \|/);
  });
});
