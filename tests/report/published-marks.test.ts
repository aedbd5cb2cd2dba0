import { describe, expect, it } from "vitest";
import { articleFormats } from "../../src/report/articles.js";
import { articlesById, quoteFormats, quoteRows } from "../../src/report/quote-rows.js";
import { publishedCell } from "../../src/report/published.js";
import { sampleReport } from "./sample-report.js";

/**
 * A day published that the article does not give itself, the day the mail carrying it was sent
 * (publishedFrom "mail", an upper bound) or one read off the file's name, carries the articles
 * table's compact mark in every table that has a date cell: "≤2031-03-06", "2031-03-04*".
 */
const report = sampleReport();
const dated = (from: "mail" | "file-name" | "update-line", id: string) => ({ ...report, articles: report.articles.map((a) => (a.id === id ? { ...a, published: "2031-03-06", publishedFrom: from } : a)) });
const rowsOf = (table: string, outlet: string) => table.split("\n").filter((l) => l.includes(outlet));

describe("publishedCell: the compact mark of a day the article does not give itself", () => {
  it.each([
    ["mail", { published: "2031-03-06", publishedFrom: "mail" as const }, "≤2031-03-06"],
    ["file name", { published: "2031-03-06", publishedFrom: "file-name" as const }, "2031-03-06*"],
    ["the story's last update (its 'Updated …' line)", { published: "2031-03-06", publishedFrom: "update-line" as const }, "≤2031-03-06"],
    ["the article's own (must-not)", { published: "2031-03-06" }, "2031-03-06"],
    ["a dateline's day, the year from the mail (must-not)", { published: "2031-03-06", publishedFrom: "dateline-and-mail" as const }, "2031-03-06"],
    ["none", { published: null, publishedFrom: "mail" as const }, ""],
  ])("%s", (_, a, cell) => expect(publishedCell(a)).toBe(cell));
});

describe("the extract table marks a mail's day and a file name's day as the articles table does", () => {
  const table = (r: typeof report) => quoteFormats.table(quoteRows(r), undefined, articlesById(r));
  it("must: '≤' before a mail's day, with the note under the table", () => {
    const t = table(dated("mail", "courier"));
    expect(rowsOf(t, "The Valley Courier").length).toBeGreaterThan(0);
    for (const row of rowsOf(t, "The Valley Courier")) expect(row).toContain("≤2031-03-06");
    expect(t).toContain("≤ published on or before: the day the mail that carried it was sent; the story gives no date\n");
    expect(t).not.toContain("* date from the file name");
  });
  it("must: '*' after a file name's day, with its note", () => {
    const t = table(dated("file-name", "courier"));
    for (const row of rowsOf(t, "The Valley Courier")) expect(row).toContain("2031-03-06*");
    expect(t).toContain("* date from the file name: the text gives none\n");
  });
  it("must-not: no mark and no note for the article's own day", () => {
    const t = table(report);
    expect(t).not.toMatch(/≤|\d\*/);
    expect(t).not.toContain("date from the file name");
    for (const row of rowsOf(t, "Harbor Gazette")) expect(row).toContain("2031-03-04  ");
  });
  it("must: '≤' before an update line's day, with its own note", () => {
    const t = table(dated("update-line", "courier"));
    for (const row of rowsOf(t, "The Valley Courier")) expect(row).toContain("≤2031-03-06");
    expect(t).toContain("≤ published on or before: the day the story was last updated");
    expect(t).not.toContain("the mail that carried it");
  });
  it("the articles table's marks come from the same place", () => {
    expect(articleFormats.table(dated("file-name", "courier"))).toContain("2031-03-06*");
    expect(articleFormats.table(dated("mail", "courier"))).toContain("≤2031-03-06");
  });
});

describe("the conflicts table marks a claim's day from the file name as it does a mail's", () => {
  it("claimDateCell: must '*' for the file name's day, '≤' for the mail's; must-not for the article's own", async () => {
    const { claimDateCell } = await import("../../src/report/findings.js");
    expect(claimDateCell({ spokenOn: null, published: "2031-03-14" }, "file-name")).toBe("pub. 2031-03-14*");
    expect(claimDateCell({ spokenOn: null, published: "2031-03-14" }, "mail")).toBe("pub. ≤2031-03-14");
    expect(claimDateCell({ spokenOn: null, published: "2031-03-14" })).toBe("pub. 2031-03-14");
    expect(claimDateCell({ spokenOn: null, published: "2031-03-14" }, "dateline-and-mail")).toBe("pub. 2031-03-14");
  });
});

describe("the report CSV says where a day published came from (published_from, the last column)", () => {
  const parse = (csv: string) => csv.slice(1).split("\r\n").filter(Boolean).map((l) => l.split(","));
  it("must: 'mail' and 'file-name' on their articles' rows; must-not: a value for the article's own day", async () => {
    const { csvReport } = await import("../../src/report/csv.js");
    const r = { ...report, articles: report.articles.map((a) => (a.id === "courier" ? { ...a, publishedFrom: "mail" as const } : a.id === "gazette" ? { ...a, publishedFrom: "file-name" as const } : a)) };
    const rows = parse(csvReport(r));
    const head = rows[0];
    expect(head.at(-1)).toBe("published_from");
    // the columns before keep their places
    expect(head.slice(0, 3)).toEqual(["speaker", "speaker_type", "role"]);
    expect(head.indexOf("mention")).toBe(25);
    const full = csvReport(r).slice(1).split("\r\n").filter(Boolean).slice(1);
    const article = (l: string) => (l.includes(",courier,") ? "courier" : l.includes(",gazette,") ? "gazette" : "other");
    expect(full.length).toBeGreaterThan(2);
    for (const l of full) expect(l.endsWith(article(l) === "courier" ? ",mail" : article(l) === "gazette" ? ",file-name" : ",")).toBe(true);
    for (const l of csvReport(report).slice(1).split("\r\n").filter(Boolean).slice(1)) expect(l.endsWith(",")).toBe(true);
  });
});
