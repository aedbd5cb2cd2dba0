import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { articleFormats } from "../../src/report/articles.js";
import { OUTLET_UNKNOWN, OUTLET_UNKNOWN_NOTE, unknownOutletCell } from "../../src/report/article-name.js";
import { csvReport } from "../../src/report/csv.js";
import { findingFormats } from "../../src/report/findings.js";
import { anchorId, htmlReport } from "../../src/report/html.js";
import { markdownReport } from "../../src/report/markdown.js";
import { articlesById, quoteFormats, quoteRows } from "../../src/report/quote-rows.js";
import { reportView } from "../../src/report/report-view.js";
import { speakerFormats } from "../../src/report/speakers.js";
import type { Article } from "../../src/model/index.js";
import { sampleReport } from "./sample-report.js";

/**
 * One wording for an outlet no article names, "outlet unknown", wherever it is spelled out (the UI,
 * the Markdown, HTML and CSV reports, the text tables); the JSON keeps null. The UI's preview said
 * "outlet unknown" of the row its list marked "?", the reports' chain "unknown outlet", the Sources
 * tables "?". A narrow outlet column names the article instead, its title in quotation marks (an
 * outlet is never in marks), and a note under the table says what such a cell means.
 */
const report = sampleReport();
const rowOf = (table: string, start: string) => table.split("\n").find((l) => l.startsWith(start)) ?? "";
const noQuestionMark = /(^|\s)\?(\s|$)/;

describe("an unknown outlet reads 'outlet unknown' wherever it is spelled out", () => {
  it("the wording", () => expect(OUTLET_UNKNOWN).toBe("outlet unknown"));
  it("articles table: must 'outlet unknown' for the article of no outlet; must-not '?', or for a known outlet", () => {
    const t = articleFormats.table(report);
    expect(rowOf(t, "hostile").split(/\s{2,}/)[1]).toBe(OUTLET_UNKNOWN);
    expect(rowOf(t, "gazette").split(/\s{2,}/)[1]).toBe("Harbor Gazette");
    expect(rowOf(t, "hostile")).not.toMatch(noQuestionMark);
  });
  it("the reports' chain: must 'published by outlet unknown'; must-not 'unknown outlet'", () => {
    const v = reportView(report);
    expect(v.quotes.find((q) => q.id === "q8")!.chain.find((s) => s.label === "published by")!.value).toBe(`${OUTLET_UNKNOWN}, date unknown`);
    expect(v.quotes.find((q) => q.id === "q1")!.chain.find((s) => s.label === "published by")!.value).toBe("Harbor Gazette, 2031-03-04");
    expect(markdownReport(report)).not.toContain("unknown outlet");
    expect(htmlReport(report)).not.toContain("unknown outlet");
  });
  it("Markdown Sources: must 'outlet unknown'; must-not '?'", () => {
    const md = markdownReport(report);
    const sources = md.slice(md.indexOf("## Sources"));
    const cells = (name: string) => rowOf(sources, `| ${name}`).split(/(?<!\\)\|/).map((c) => c.trim());
    expect(cells("\\<b\\>Defaced\\</b\\>")[2]).toBe(OUTLET_UNKNOWN);
    expect(cells("Flood reaches Marrowby market")[2]).toBe("Harbor Gazette");
  });
  it("HTML Sources: must 'outlet unknown'; must-not '?'", () => {
    const $ = cheerio.load(htmlReport(report));
    expect($(`#${anchorId("a", "hostile")} td`).eq(1).text()).toBe(OUTLET_UNKNOWN);
    expect($(`#${anchorId("a", "gazette")} td`).eq(1).text()).toBe("Harbor Gazette");
  });
  it("CSV: the outlet column is empty (a value, as JSON's null), the chain says 'outlet unknown'", () => {
    const line = csvReport(report).split("\r\n").find((l) => l.includes("O'Hara") || l.includes("O\u2019Hara"))!;
    expect(line).toContain("published by: outlet unknown, date unknown");
    expect(line).not.toContain("unknown outlet");
  });
  it("JSON keeps null", () => {
    expect(quoteRows(report).find((r) => r.article === "hostile")!.outlet).toBeNull();
  });
});

describe("a narrow outlet column names the article, in quotation marks, with a note under the table", () => {
  const art = (id: string, title: string | null, text: string) => ({ id, title, text, outlet: null }) as unknown as Article;
  it.each([
    ["its title", art("a1", "Storm shuts the port.", "Ships waited."), "“Storm shuts the port”"],
    ["no title: its opening words", art("a1", null, "Ships waited. Then more."), "“Ships waited”"],
    ["no words at all: the wording alone", art("a1", null, ""), OUTLET_UNKNOWN],
  ])("unknownOutletCell, %s", (_, a, want) => {
    expect(unknownOutletCell(a, a.id)).toBe(want);
    expect(unknownOutletCell(a, a.id)).not.toMatch(/^\?/);
  });
  it("no article at hand: the wording, then the id", () => expect(unknownOutletCell(undefined, "a9")).toBe(`${OUTLET_UNKNOWN} (a9)`));

  it("quotes table: must the title and the note; must-not '?'", () => {
    const t = quoteFormats.table(quoteRows(report), undefined, articlesById(report));
    const cell = rowOf(t, "Rex O'Hara").split(/\s{2,}/)[1];
    expect(cell).toBe("“<b>Defaced</b>”");
    expect(t).toContain(`${OUTLET_UNKNOWN_NOTE}\n`);
  });
  it("quotes table of known outlets only: must-not the note", () => {
    const known = quoteRows(report).filter((r) => r.outlet);
    expect(quoteFormats.table(known, undefined, articlesById(report))).not.toContain(OUTLET_UNKNOWN_NOTE);
  });
  it("speakers table: must the title and the note; must-not '? “'", () => {
    const t = speakerFormats.table(report);
    expect(rowOf(t, "Rex O'Hara")).toContain("“<b>Defaced</b>”");
    expect(t).not.toContain("? “");
    expect(t).toContain(OUTLET_UNKNOWN_NOTE);
  });
  it("speakers table of known outlets only: must-not the note", () => {
    const known = { ...report, articles: report.articles.map((a) => ({ ...a, outlet: a.outlet ?? "Hill Post" })) };
    expect(speakerFormats.table(known)).not.toContain(OUTLET_UNKNOWN_NOTE);
  });
  it("conflicts table: a claim of no outlet names its article and notes it; must-not '? “'", () => {
    const bare = { ...report, findings: report.findings.map((f) => ({ ...f, claims: f.claims.map((c) => ({ ...c, outlet: null })) })) };
    const t = findingFormats.table(bare);
    expect(t).toContain("“Flood reaches Marr");
    expect(t).not.toContain("? “");
    expect(t).toContain(OUTLET_UNKNOWN_NOTE);
    expect(findingFormats.table(report)).not.toContain(OUTLET_UNKNOWN_NOTE);
  });
});

describe("the reports' chain says a missing day published, as the UI's chain does", () => {
  const published = (r: typeof report, id: string) => reportView(r).quotes.find((q) => q.id === id)!.chain.find((s) => s.label === "published by")!.value;
  it("must: 'date unknown' after the outlet when the article gives no day", () => {
    expect(published(report, "q8")).toBe(`${OUTLET_UNKNOWN}, date unknown`);
    const undated = { ...report, articles: report.articles.map((a) => (a.id === "gazette" ? { ...a, published: null } : a)) };
    expect(published(undated, "q1")).toBe("Harbor Gazette, date unknown");
  });
  it("must-not: a day given is left as it is", () => expect(published(report, "q1")).toBe("Harbor Gazette, 2031-03-04"));
});
