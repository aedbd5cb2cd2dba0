import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { articleFormats } from "../../src/report/articles.js";
import { findingFormats } from "../../src/report/findings.js";
import { anchorId, htmlReport } from "../../src/report/html.js";
import { markdownReport } from "../../src/report/markdown.js";
import { reportView } from "../../src/report/report-view.js";
import { publishedDay } from "../../src/report/published.js";
import { sampleReport } from "./sample-report.js";

/**
 * One convention for what an article lacks: an unknown outlet is "outlet unknown" wherever it is
 * spelled out (outlet-unknown-wording.test.ts; the articles table and the reports' Sources said "?"); a date the
 * mail that carried the story gave (Article.publishedFrom "mail") is an upper bound and says so.
 */
const report = sampleReport();
const rowOf = (table: string, start: string) => table.split("\n").find((l) => l.startsWith(start)) ?? "";

describe("an unknown outlet is 'outlet unknown' in the articles table and the reports' Sources", () => {
  it("articles table: must 'outlet unknown' for the article of no outlet; must-not: a known outlet", () => {
    const t = articleFormats.table(report);
    expect(rowOf(t, "hostile").split(/\s{2,}/)[1]).toBe("outlet unknown");
    expect(rowOf(t, "gazette").split(/\s{2,}/)[1]).toBe("Harbor Gazette");
    expect(t).not.toMatch(/(^|\s)\?(\s|$)/m);
  });
  it("Markdown Sources: 'outlet unknown' for the outlet, a known one kept", () => {
    const md = markdownReport(report);
    const sources = md.slice(md.indexOf("## Sources"));
    const cells = (name: string) => rowOf(sources, `| ${name}`).split(/(?<!\\)\|/).map((c) => c.trim());
    expect(cells("\\<b\\>Defaced\\</b\\>")[2]).toBe("outlet unknown");
    expect(cells("Flood reaches Marrowby market")[2]).toBe("Harbor Gazette");
    expect(sources).not.toMatch(/\| unknown \|/);
  });
  it("HTML Sources: 'outlet unknown' for the outlet, a known one kept", () => {
    const $ = cheerio.load(htmlReport(report));
    expect($(`#${anchorId("a", "hostile")} td`).eq(1).text()).toBe("outlet unknown");
    expect($(`#${anchorId("a", "gazette")} td`).eq(1).text()).toBe("Harbor Gazette");
  });
});

describe("a publication date from the mail that carried the story reads as an upper bound", () => {
  const mailed = { ...report, articles: report.articles.map((a) => (a.id === "courier" ? { ...a, published: "2031-03-06", publishedRaw: "Thu Mar 6 2031", publishedFrom: "mail" as const } : a)) };
  it("publishedDay: must 'on or before' for a mail's date; must-not for the article's own or a missing one", () => {
    expect(publishedDay({ published: "2031-03-06", publishedFrom: "mail" })).toBe("on or before 2031-03-06");
    expect(publishedDay({ published: "2031-03-06" })).toBe("2031-03-06");
    expect(publishedDay({ published: "2031-03-06", publishedFrom: "dateline-and-mail" })).toBe("2031-03-06");
    expect(publishedDay({ published: null })).toBeNull();
  });
  it("the report's Sources and chain say so; the other articles' are as they were", () => {
    const w = reportView(mailed);
    const courier = w.sources.flatMap((s) => s.articles).find((a) => a.id === "courier")!;
    expect(courier.published).toBe("on or before 2031-03-06 (the day the mail carrying it was sent)");
    const chain = w.quotes.find((q) => q.id === "q2")!.chain.find((s) => s.label === "published by")!.value;
    expect(chain).toBe("The Valley Courier, on or before 2031-03-06");
    expect(w.quotes.find((q) => q.id === "q1")!.chain.find((s) => s.label === "published by")!.value).toBe("Harbor Gazette, 2031-03-04");
  });
  it("articles table: '≤' before the day and a note under the table; none without such a date", () => {
    const t = articleFormats.table(mailed);
    expect(rowOf(t, "courier")).toContain("≤2031-03-06");
    expect(t).toContain("≤ published on or before: the day the mail that carried it was sent; the story gives no date\n");
    expect(articleFormats.table(report)).not.toContain("≤");
  });
  it("articles JSON gives publishedFrom, null for the article's own date", () => {
    const j = JSON.parse(articleFormats.json(mailed)) as { articles: { id: string; publishedFrom: string | null }[] };
    expect(Object.fromEntries(j.articles.map((a) => [a.id, a.publishedFrom]))).toEqual({ gazette: null, courier: "mail", hostile: null });
  });
});

describe("a claim's day published from the mail that carried its story reads as an upper bound", () => {
  const mailed = { ...report, articles: report.articles.map((a) => (a.id === "courier" ? { ...a, published: "2031-03-06", publishedRaw: "Thu Mar 6 2031", publishedFrom: "mail" as const } : a)) };
  // The claims carry the article's day as the conflicts stage copied it.
  const withDay = { ...mailed, findings: mailed.findings.map((f) => ({ ...f, claims: f.claims.map((c) => (c.article === "courier" ? { ...c, published: "2031-03-06" } : c)) })) };
  it("Markdown: 'pub. on or before' for the mailed story's claim; the other's plain", () => {
    const md = markdownReport(withDay);
    const section = md.slice(md.indexOf("### Numbers differ"));
    expect(rowOf(section, "| 2 ")).toContain("| pub. on or before 2031-03-06 |");
    expect(rowOf(section, "| 1 ")).toContain("| pub. 2031-03-04 |");
  });
  it("HTML: 'published on or before'", () => {
    const page = htmlReport(withDay);
    expect(page).toContain("published on or before 2031-03-06");
    expect(htmlReport(report)).not.toContain("on or before");
  });
  it("conflicts table: 'pub. ≤' for the mailed story's claim; must-not for the other", () => {
    const t = findingFormats.table(withDay);
    const number = t.slice(t.indexOf("NUMBER"));
    expect(rowOf(number, "    Emergency services")).toContain("pub. ≤2031-03-06");
    expect(rowOf(number, "    officials")).toContain("pub. 2031-03-04");
    expect(findingFormats.table(report)).not.toContain("≤");
  });
});

describe("a day read off the file's name says so wherever a day published is written out", () => {
  it("publishedDay: must '(from the file name)'; must-not for the article's own", () => {
    expect(publishedDay({ published: "2016-09-12", publishedFrom: "file-name" })).toBe("2016-09-12 (from the file name)");
    expect(publishedDay({ published: "2016-09-12" })).toBe("2016-09-12");
  });
  it("the report's chain says so", () => {
    const named = { ...report, articles: report.articles.map((a) => (a.id === "gazette" ? { ...a, publishedFrom: "file-name" as const } : a)) };
    const chain = reportView(named).quotes.find((q) => q.id === "q1")!.chain.find((s) => s.label === "published by")!.value;
    expect(chain).toBe("Harbor Gazette, 2031-03-04 (from the file name)");
  });
});

describe("the Sources table's day is publishedDay's, with why a mail's day is a bound", () => {
  const fileNameNote = (articleId: string) => ({ reason: "date from the file name", documentId: "news/gazette.txt", articleId, ruleId: "ingest/date-from-file-name", stage: "ingest", severity: "info" }) as const;
  const day = (publishedFrom: "mail" | "file-name" | "dateline-and-mail" | undefined, note: boolean, published: string | null = "2031-03-04") => {
    const r = { ...report, articles: report.articles.map((a) => (a.id === "gazette" ? { ...a, published, publishedFrom } : a)), diagnostics: note ? [...report.diagnostics, fileNameNote("gazette")] : report.diagnostics };
    return reportView(r).sources.flatMap((s) => s.articles).find((a) => a.id === "gazette")!.published;
  };
  it.each([
    [undefined, false, "2031-03-04"],
    ["dateline-and-mail", false, "2031-03-04"],
    ["file-name", false, "2031-03-04 (from the file name)"],
    [undefined, true, "2031-03-04 (from the file name)"],
    ["mail", true, "2031-03-04 (from the file name)"],
    ["mail", false, "on or before 2031-03-04 (the day the mail carrying it was sent)"],
  ] as const)("publishedFrom %s, file-name note %s: %s", (from, note, want) => {
    expect(day(from, note)).toBe(want);
  });
  it("must-not: no day, no words", () => {
    expect(day("mail", false, null)).toBeNull();
    expect(day(undefined, true, null)).toBeNull();
  });
});
