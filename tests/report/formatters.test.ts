import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { formatterNamed, reportFormatters } from "../../src/report/registry.js";
import { anchorId, htmlReport, mayReorder } from "../../src/report/html.js";
import { closeBidi, escapeHtml } from "../../src/report/html-escape.js";
import { markdownReport } from "../../src/report/markdown.js";
import { csvReport } from "../../src/report/csv.js";
import { quoteFormats, type QuoteRow } from "../../src/report/quote-rows.js";
import { findingFormats } from "../../src/report/findings.js";
import { speakerFormats } from "../../src/report/speakers.js";
import { carriedBy, paragraphAt, reportView } from "../../src/report/report-view.js";
import { sampleReport } from "./sample-report.js";
import { OWN_REPORT_GENERATOR, OWN_REPORT_MARK, type Article } from "../../src/model/index.js";

const report = sampleReport();

/** The claims table of the Markdown finding under `heading`: one record a row, cells by column name. */
function claimRows(md: string, heading: string): Record<string, string>[] {
  const lines = md.slice(md.indexOf(heading)).split("\n");
  const start = lines.findIndex((l) => l.startsWith("| #"));
  const cells = (l: string) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
  const head = cells(lines[start]);
  const rows: Record<string, string>[] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith("| ")) break;
    rows.push(Object.fromEntries(cells(l).map((c, i) => [head[i], c])));
  }
  return rows;
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF), enough to read our own output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("report registry", () => {
  it("has json, md, html and csv, each pure and deterministic", () => {
    expect(reportFormatters.map((f) => f.name)).toEqual(["json", "md", "html", "csv"]);
    for (const f of reportFormatters) expect(f.format(sampleReport())).toBe(f.format(sampleReport()));
  });
});

describe("speakers in the reports: by kind, most quoted first, then in the order first quoted", () => {
  // Holt is given two quotes (hers and Vasquez's second), Vasquez and Reyes one each.
  const moved = {
    ...report,
    speakers: report.speakers.map((s) => (s.id === "s-holt" ? { ...s, quoteIds: ["q4", "q2"] } : s.id === "s-vasquez" ? { ...s, quoteIds: ["q1"] } : s)),
  };
  const rows: readonly [string, typeof report, readonly string[]][] = [
    ["the sample: Vasquez (2) before Reyes and Holt (1 each, in reading order)", report, ["Lena Vasquez", "Tomas Reyes", "Ana Holt", "Rex O'Hara"]],
    ["more quotes first though quoted later: Holt (2), then Vasquez and Reyes in reading order", moved, ["Ana Holt", "Lena Vasquez", "Tomas Reyes", "Rex O'Hara"]],
  ];
  for (const [label, r, people] of rows)
    it(label, () => {
      const v = reportView(r);
      expect(v.speakers.filter((s) => s.type === "person").map((s) => s.name)).toEqual(people);
      // Must not: a kind mixed into another (people, organisations, groups, unnamed sources).
      const kinds = v.speakers.map((s) => s.type);
      expect(kinds).toEqual([...kinds].sort((a, b) => ["person", "organisation", "group", "anonymous", "unknown"].indexOf(a) - ["person", "organisation", "group", "anonymous", "unknown"].indexOf(b)));
      const html = htmlReport(r);
      const index = html.slice(html.indexOf('<div class="index">'), html.indexOf("</p>", html.indexOf('<div class="index">')));
      const at = people.map((n) => index.indexOf(escapeHtml(n)));
      expect(at.every((x) => x >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });
});

describe("report view", () => {
  const v = reportView(report);
  it("builds the attribution chain: speaker, told whom, published by, carried by", () => {
    const q2 = v.quotes.find((q) => q.id === "q2")!;
    expect(q2.chain.map((s) => `${s.label}: ${s.value}`)).toEqual([
      "said by: Lena Vasquez",
      "told: Valley Courier",
      "published by: The Valley Courier, 2031-03-05",
      "carried by: Floods list post from Kim Lee, 2031-03-06 (news/courier.txt)",
    ]);
  });
  it("names a forwarded message in the carried-by step, and a plain file by its path", () => {
    const inner = { kind: "email", title: "Statement", listName: null, sender: "Press Office", sentOn: "2031-03-09", sentRaw: null } as const;
    const outer = { kind: "email", title: "FW: Statement", listName: null, sender: "Dana Reyes", sentOn: "2031-03-10", sentRaw: null, forwarded: inner } as const;
    expect(carriedBy(outer, "in/fw (1).eml")).toBe("e-mail from Dana Reyes, 2031-03-10, forwarding e-mail from Press Office, 2031-03-09 (in/fw (1).eml)");
    expect(carriedBy({ ...outer, kind: "file" }, "in/a.txt")).toBe("in/a.txt");
  });
  it("flags secondhand, anonymous, changed and conflicting quotes", () => {
    const flags = (id: string) => v.quotes.find((q) => q.id === id)!.flags;
    expect(flags("q6")).toContain("secondhand");
    expect(flags("q5")).toContain("anonymous");
    expect(flags("q2")).toContain("altered between sources");
    expect(flags("q1")).toContain("in a conflict");
    expect(flags("q2")).not.toContain("secondhand"); // told "Valley Courier", published by "The Valley Courier"
  });
  it("lists named people before groups and anonymous sources", () => {
    expect(v.speakers.map((s) => s.name)).toEqual(["Lena Vasquez", "Tomas Reyes", "Ana Holt", "Rex O'Hara", "Emergency services", "officials", "one resident"]);
    expect(v.unattributed.map((q) => q.id)).toEqual(["q9"]);
  });
  it("leaves out speakers with no quote the report lists (scare quotes only)", () => {
    const w = reportView({ ...report, speakers: [...report.speakers, { id: "s-x", name: "Scare Only", type: "person", aliases: [], roles: [], outlets: [], articleIds: [], quoteIds: ["nope"] }] });
    expect(w.speakers.map((s) => s.name)).not.toContain("Scare Only");
  });
  it("shows a publication date read off the file name as such, and no other", () => {
    const first = report.articles[0];
    const note = { reason: "date from the file name", documentId: first.documentId, articleId: first.id, ruleId: "ingest/date-from-file-name", stage: "ingest", severity: "info" } as const;
    const dated = (r: typeof report) => reportView(r).sources.flatMap((s) => s.articles).map((a) => a.published);
    const plain = dated(report);
    const marked = dated({ ...report, diagnostics: [...report.diagnostics, note] });
    expect(marked[0]).toBe(`${first.published} (from the file name)`);
    expect(marked.slice(1)).toEqual(plain.slice(1));
    expect(plain[0]).toBe(first.published);
  });
  it("falls back to grouping by speaker name when the align stage gave no speakers", () => {
    const w = reportView({ ...report, speakers: [] });
    expect(w.speakers.find((s) => s.name === "Lena Vasquez")?.quotes.map((q) => q.id)).toEqual(["q1", "q2"]);
    expect(w.speakers.find((s) => s.name === "Lena Vasquez")?.roles).toEqual([{ role: "the mayor", where: "Harbor Gazette" }]);
  });
});

describe("markdown report", () => {
  const md = markdownReport(report);
  it("opens with the mark that keeps it out of a later run's sources (the HTML report has its generator meta)", () => {
    expect(md.startsWith(`${OWN_REPORT_MARK}\n# Attribution report\n`)).toBe(true);
    expect(htmlReport(report)).toContain(OWN_REPORT_GENERATOR);
  });
  it("has every section", () => {
    for (const h of ["# Attribution report", "## Summary", "## Speakers", "## Conflicts", "## Corroborations", "## Quotes that changed between sources", "## Sources", "## Diagnostics"])
      expect(md).toContain(`\n${h}\n`.trimStart());
  });
  it("lists a finding's claims one row a claim", () => {
    expect(md).toContain("### Numbers differ: officials vs Emergency services");
    expect(md).toContain("### Corroboration: Tomas Reyes and Ana Holt");
    const rows = claimRows(md, "### Numbers differ");
    expect(rows.map((r) => [r.Speaker, r.Outlet])).toEqual([["officials", "Harbor Gazette"], ["Emergency services", "The Valley Courier"]]);
  });
  it("escapes markup and table pipes from the input", () => {
    // Every angle bracket from the input is escaped (the first line is the report's own mark).
    expect(md.slice(md.indexOf("\n"))).not.toMatch(/(?<!\\)[<>]/);
    expect(md).toContain("\\<**script\\>document.title='owned'\\</script\\>");
    const row = md.split("\n").find((l) => l.includes("Rex") === false && l.includes("HYPERLINK"))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(8); // 6 cells, none split by the input's text
  });
});

describe("Markdown quote rows: each thing said once, no dash for an unknown day", () => {
  const md = markdownReport(report);
  const rowOf = (words: string) => md.split("\n").find((l) => l.includes(words) && l.startsWith("| “"))!;
  const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
  it.each([
    // words, Said on cell
    ["river district before midnight", "2031-03-03"],
    ["river district before dawn", ""],
  ])("%s: Said on %j", (words, said) => {
    expect(cells(rowOf(words))[1]).toBe(said);
  });
  it("the chain names each link (the article's above its rows), and outlet, to whom and date published are not cells of their own", () => {
    const c = cells(rowOf("river district before dawn"));
    expect(c[2]).toBe("Lena Vasquez → told Valley Courier");
    expect(md).toContain("**“Mayor: district cleared”**: published by The Valley Courier, 2031-03-05 → carried by Floods list post from Kim Lee, 2031-03-06 (news/courier.txt)");
    expect(c.filter((x) => x === "The Valley Courier" || x === "2031-03-05" || x === "Valley Courier")).toEqual([]);
  });
  it("a finding's When cell gives the day said after the day published, and only when there is one", () => {
    expect(claimRows(md, "### Contradiction: Lena Vasquez vs Tomas Reyes").map((r) => r.When)).toEqual(["pub. 2031-03-04, said 2031-03-03", "pub. 2031-03-04"]);
  });
});

describe("the chain: a medium with no outlet says how the words were said, not whom they were told", () => {
  const v = reportView(report);
  const chainOf = (id: string) => v.quotes.find((q) => q.id === id)!.chain.map((s) => `${s.label}: ${s.value}`);
  it.each([
    // must: "in a statement" beside the speaker, no "told" link
    ["q1", "said by: Lena Vasquez, the mayor (in a statement)", null],
    // must not: an outlet stays the told link
    ["q2", "said by: Lena Vasquez", "told: Valley Courier"],
    ["q6", "said by: officials", "told: Reuters"],
  ])("%s", (id, saidBy, told) => {
    const c = chainOf(id);
    expect(c[0]).toBe(saidBy);
    expect(c.find((s) => s.startsWith("told:")) ?? null).toBe(told);
  });
  it("an outlet and a medium: told the outlet (the medium)", () => {
    const q = report.quotes.find((x) => x.id === "q2")!;
    const w = reportView({ ...report, quotes: report.quotes.map((x) => (x.id === "q2" ? { ...q, medium: "by phone" } : x)) });
    expect(w.quotes.find((x) => x.id === "q2")!.chain[1]).toEqual({ label: "told", value: "Valley Courier (by phone)" });
  });
});

describe("a speaker quoted in an article of unknown outlet names the article", () => {
  // Rex O'Hara's article (hostile) names no outlet: the section had no "Quoted by" at all, so two
  // speakers of one name in two such articles read the same. It is named as a reader finds it
  // (article-name.ts), not by the id quotecheck made ("outlet unknown: hostile").
  const untitled = { ...report, articles: report.articles.map((a) => (a.id === "hostile" ? { ...a, title: null, published: "2031-03-06" } : a)) };
  // The speaker's lines, up to the first article line above their quotes (which names the file, news/hostile.txt).
  const ohara = (md: string) => md.slice(md.indexOf("### Rex O'Hara"), md.indexOf("\n**", md.indexOf("### Rex O'Hara")));
  it("Markdown: Quoted by gives the article, after the outlets", () => {
    const md = markdownReport(report);
    const section = ohara(md);
    expect(section).toContain("Quoted by: outlet unknown: “\\<b\\>Defaced\\</b\\>”");
    expect(section).not.toContain("hostile");
    // an untitled article: its opening words and day
    expect(ohara(markdownReport(untitled))).toContain("Quoted by: outlet unknown: the article of 2031-03-06 that opens “Hackers posted a note on the council site”");
    // must not: a speaker whose outlets are known gets no such note
    const vasquez = md.slice(md.indexOf("### Lena Vasquez"), md.indexOf("| Quote |", md.indexOf("### Lena Vasquez")));
    expect(vasquez).toContain("Quoted by: Harbor Gazette, The Valley Courier");
    expect(vasquez).not.toContain("outlet unknown");
  });
  it("HTML: the speaker's line links the article", () => {
    const $ = cheerio.load(htmlReport(report));
    const meta = $(`#${anchorId("s", "s-ohara")} .meta`).first();
    expect(meta.text()).toContain("outlet unknown in “<b>Defaced</b>”");
    expect(meta.text()).not.toContain("hostile");
    expect(meta.find("a").attr("href")).toBe(`#${anchorId("a", "hostile")}`);
    const bare = cheerio.load(htmlReport(untitled))(`#${anchorId("s", "s-ohara")} .meta`).first();
    expect(bare.text()).toContain("outlet unknown in the article of 2031-03-06 that opens “Hackers posted a note on the council site”");
  });
});

describe("HTML report", () => {
  const out = htmlReport(report);
  const $ = cheerio.load(out);
  it("is one self-contained page: no script, no external resource, a CSP that forbids scripts", () => {
    expect($("script")).toHaveLength(0);
    expect($("link, img, iframe, object, embed")).toHaveLength(0);
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr("content")!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
    const style = $("style").text();
    const hash = createHash("sha256").update(style).digest("base64");
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
  });
  it("shows the input's markup as text", () => {
    expect($("*").toArray().some((el) => Object.keys((el as unknown as { attribs: Record<string, string> }).attribs ?? {}).some((a) => a.startsWith("on")))).toBe(false);
    expect($("body").text()).toContain("<script>document.title='owned'</script><img src=x onerror=alert(1)>");
    expect($("h3:contains('Rex')").text()).toContain("Rex O'Hara");
    expect($("body").text()).toContain("a <i>blogger</i>");
    expect($("title").text()).toBe("Attribution report");
  });
  it("puts conflicts' claims side by side and has print styles", () => {
    const conflict = $("#conflicts .finding").first();
    expect(conflict.find(".claim")).toHaveLength(2);
    expect(conflict.find(".claim .who").toArray().map((e) => $(e).text())).toEqual(["Lena Vasquez", "Tomas Reyes"]);
    expect($("#corroborations .finding")).toHaveLength(1);
    expect($("#conflicts .finding h3").first().text()).toBe("Contradiction: Lena Vasquez vs Tomas Reyes");
    expect($("style").text()).toMatch(/@media print/);
  });
  it("shows every speaker with roles and the attribution chain", () => {
    const names = $("#speakers h3").toArray().map((e) => $(e).text().trim());
    expect(names).toEqual(expect.arrayContaining(["Lena Vasquez", "Tomas Reyes", "Ana Holt"]));
    const chain = $(".speaker").first().find(".chain").last().text();
    expect(chain).toMatch(/said by.*Lena Vasquez.*told.*Valley Courier.*published by.*The Valley Courier.*carried by.*Floods list post/s);
    expect($("#changed del").text()).toBe("midnight");
    expect($("#changed ins").text()).toBe("dawn");
  });
});

describe("HTML Sources: one table, its header once, a row group a file", () => {
  // A header of nine columns over each file's table was said 84 times on PolNeAR dev.
  const hostileName = { ...report, documents: report.documents.map((d) => (d.id === "news/hostile.txt" ? { ...d, id: "news/<b>hostile</b>.txt" } : d)) };
  const $ = cheerio.load(htmlReport(hostileName));
  const table = $("#sources table");
  it("gives the column header once, over every file", () => {
    expect(table).toHaveLength(1);
    expect(table.find("thead tr")).toHaveLength(1);
    expect(table.find("thead th")).toHaveLength(9);
    expect($("#sources h3")).toHaveLength(0);
  });
  it("opens each file's rows with a row naming it, its format, size and hash across the columns", () => {
    const groups = table.find("tbody");
    expect(groups).toHaveLength(report.documents.length);
    const head = groups.first().children("tr").first().children();
    expect(head).toHaveLength(1);
    expect(head.is('th[scope="rowgroup"][colspan="9"]')).toBe(true);
    expect(head.text()).toMatch(/^news\/gazette\.txt text, utf-8, 100 bytes, sha256 0{64}$/);
    // Each article row keeps its anchor and nine cells.
    const row = table.find(`tr[id="${anchorId("a", "gazette")}"]`);
    expect(row.children("td")).toHaveLength(9);
    expect(row.parent().is(groups.first())).toBe(true);
  });
  it("escapes a file's name (no element from it)", () => {
    expect(table.find("tbody th b")).toHaveLength(0);
    expect(table.text()).toContain("news/<b>hostile</b>.txt");
  });
});

describe("Markdown Sources: one table, its header once, a row a file before its articles", () => {
  // A table a file repeated the nine-column header once per file (84 times on PolNeAR dev), as the HTML's once did.
  const untitled = { ...report, articles: report.articles.map((a) => (a.id === "hostile" ? { ...a, title: null } : a)) };
  const md = markdownReport(untitled);
  const sources = md.slice(md.indexOf("## Sources"), md.indexOf("\n## ", md.indexOf("## Sources") + 1));
  const rows = sources.split("\n").filter((l) => l.startsWith("|"));
  const cells = (l: string) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
  it("gives the column header once, over every file", () => {
    expect(rows.filter((l) => l.startsWith("| Article |"))).toHaveLength(1);
    expect(rows[0]).toBe("| Article | Outlet | Evidence for outlet | Byline | Published | Dateline | Carried by | Quotes | Cuts |");
    // must-not: no heading a file, no second table
    expect(sources).not.toMatch(/^### /m);
    expect(rows.filter((l) => /^\| ---/.test(l))).toHaveLength(1);
    expect(sources.split("\n").filter((l) => l === "").length).toBeLessThanOrEqual(3);
  });
  it("opens each file's rows with a row naming it, its format, size and hash, in nine cells", () => {
    const fileRows = rows.filter((l) => l.startsWith("| **"));
    expect(fileRows).toHaveLength(report.documents.length);
    expect(cells(fileRows[0])).toEqual(["**news/gazette.txt** (text, utf-8, 100 bytes, sha256 `0000000000000000…`)", "", "", "", "", "", "", "", ""]);
    const after = rows[rows.indexOf(fileRows[0]) + 1];
    expect(cells(after).slice(0, 2)).toEqual(["Flood reaches Marrowby market", "Harbor Gazette"]);
    rows.slice(2).forEach((l) => expect(cells(l)).toHaveLength(9));
  });
  it("names an untitled article by its opening words, not by its id", () => {
    const hostile = rows.find((l) => l.includes("Hackers posted"))!;
    expect(cells(hostile)[0]).toBe("the article that opens “Hackers posted a note on the council site”");
    expect(sources).not.toMatch(/\| hostile \|/);
  });
});

describe("CSV report", () => {
  const out = csvReport(report);
  it("starts with a BOM and ends every line with CRLF", () => {
    expect(out.startsWith("\uFEFF")).toBe(true);
    expect(out.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });
  it("has one quote a row and reads back", () => {
    const rows = parseCsv(out.slice(1));
    expect(rows[0].slice(0, 4)).toEqual(["speaker", "speaker_type", "role", "quote"]);
    expect(rows).toHaveLength(1 + report.quotes.filter((q) => q.kind !== "scare").length);
    for (const r of rows) expect(r).toHaveLength(rows[0].length);
    const rex = rows.find((r) => r[0] === "Rex O'Hara")!;
    expect(rex[3]).toContain("<script>");
  });
  it("keeps a formula-like cell as text", () => {
    const rows = parseCsv(out.slice(1));
    const formula = rows.find((r) => r[3].includes("HYPERLINK"))!;
    expect(formula[3].startsWith("'=")).toBe(true);
  });
});

describe("quotes CSV (extract --format csv)", () => {
  // The same defusing as the report's CSV: a cell opening like a formula is kept as text.
  it.each([
    ["=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"],
    ["+1 million were lost", "'+1 million were lost"],
    ["-5 degrees tonight", "'-5 degrees tonight"],
    ["@mayor said so", "'@mayor said so"],
    ["We will win", "We will win"],
  ])("quote %j -> cell %j", (text, cell) => {
    const row = { doc: "a.txt", article: "a", kind: "direct", text, speaker: "Ada Kerr", start: 0, end: text.length, truncated: false, ruleId: "r", reason: "why" } as unknown as QuoteRow;
    const rows = parseCsv(quoteFormats.csv([row]));
    expect(rows[1][rows[0].indexOf("text")]).toBe(cell);
  });
});

describe("quotes table (extract --format table): the outlet, or the article when it names none", () => {
  const row = (outlet: string | null, article: string) =>
    ({ doc: `${article}.txt`, article, outlet, kind: "direct", text: "We stay", speaker: "Ada Kerr", start: 0, end: 7, truncated: false, ruleId: "r", reason: "why" }) as unknown as QuoteRow;
  it.each([
    ["a known outlet", "Harbor Gazette", "gazette-2031", "Harbor Gazette", "? gazette"],
    ["no outlet, no article at hand: the wording, then the id", null, "nyt-2016-09-12", "outlet unknown (n", "? nyt"],
  ])("%s", (_, outlet, article, must, mustNot) => {
    const body = quoteFormats.table([row(outlet, article)]).split("\n")[2];
    expect(body).toContain(must);
    expect(body).not.toContain(mustNot);
  });
  // The id is something quotecheck made: with the article at hand, its title (else its opening words) names it.
  const art = (id: string, title: string | null, text: string) => ({ id, title, text, outlet: null }) as unknown as Article;
  it.each([
    ["its title, in quotation marks, the closing stop left out", art("nyt-2016-09-12", "Storm shuts the port.", "Ships waited."), "“Storm shuts the port”"],
    ["no title: its opening words, its first sentence", art("nyt-2016-09-12", null, "Ships waited. Then more."), "“Ships waited”"],
  ])("no outlet, the article at hand: %s", (_, a, want) => {
    const body = quoteFormats.table([row(null, a.id)], undefined, new Map([[a.id, a]])).split("\n")[2];
    expect(body.split(/\s{2,}/)[1]).toBe(want.length > 18 ? `${want.slice(0, 17)}…` : want);
    expect(body).not.toContain("nyt-2016");
  });
});

describe("quotes table (extract --format table): a quote the text cuts off", () => {
  const row = (kind: string, truncated: boolean) =>
    ({ doc: "a.txt", article: "a", outlet: "Harbor Gazette", kind, text: "We stay", speaker: "Ada Kerr", start: 0, end: 7, truncated, ruleId: "r", reason: "why" }) as unknown as QuoteRow;
  // The kind cell said "direct…" or "indirect…": the table's own mark for a cell cut to its width,
  // so a reader saw a cut cell, not a quote the text cuts off.
  const kindCell = (table: string) => {
    const [header, , body] = table.split("\n");
    const at = header.indexOf("kind");
    return body.slice(at, header.indexOf("quote", at)).trim();
  };
  it.each([
    ["must trigger: a direct quote cut off", "direct", true, "direct, cut"],
    ["must trigger: reported speech cut off", "indirect", true, "indirect, cut"],
    ["must not trigger: a whole direct quote", "direct", false, "direct"],
    ["must not trigger: whole reported speech", "indirect", false, "indirect"],
  ])("%s", (_, kind, truncated, want) => {
    const cell = kindCell(quoteFormats.table([row(kind, truncated)]));
    expect(cell).toBe(want);
    expect(cell).not.toContain("…");
  });
  it("must trigger: fitted to a terminal, the kind column is shown whole or not at all", () => {
    for (const columns of [80, 100, 120, 140, 160]) {
      const [header, , body] = quoteFormats.table([row("indirect", true)], columns).split("\n");
      if (/\bkind\b/.test(header)) expect(body, String(columns)).toContain("indirect, cut");
      expect(body, String(columns)).not.toMatch(/indirect,? ?c?u?…/);
    }
  });
});

describe("findings table summary line", () => {
  const sample = sampleReport();
  const contradiction = sample.findings.find((f) => f.kind === "contradiction")!;
  const disputed = sample.findings.find((f) => f.kind === "disputed")!;
  it.each([
    ["1 finding from 1 claim: 1 contradiction", [contradiction], 1],
    ["2 findings from 3 claims: 2 contradictions", [contradiction, contradiction], 3],
    ["2 findings from 2 claims: 2 disputed", [disputed, disputed], 2],
  ])("%s", (want, findings, claims) => {
    const r = { ...sample, findings, claims: sample.claims.concat(Array(claims).fill(sample.claims[0] ?? {})).slice(-claims) } as typeof sample;
    expect(findingFormats.table(r).split("\n")[0]).toBe(want);
  });
});

describe("JSON report", () => {
  it("round-trips the report without offset maps", () => {
    const doc = JSON.parse(formatterNamed("json")!.format(report));
    expect(doc.quotes).toHaveLength(report.quotes.length);
    expect(doc.articles[0].sourceOffsets).toBeUndefined();
  });
});

describe("speakers table", () => {
  const rows = speakerFormats.table(report).split("\n");
  const row = (name: string) => rows.find((l) => l.startsWith(name)) ?? "";
  it("lists the outlets that quote a speaker", () => {
    expect(row("Lena Vasquez")).toContain("Harbor Gazette, The Valley Co…");
  });
  it("marks an article whose outlet is unknown, instead of passing its id off as an outlet", () => {
    // by its title, not the id quotecheck made
    expect(row("Rex O'Hara")).toContain("“<b>Defaced</b>”");
    expect(row("Rex O'Hara")).not.toContain("? “");
    expect(row("Rex O'Hara")).not.toContain("? hostile");
  });
  // The column holds every role the articles give, joined by "; ", under "role"; the UI's Speakers
  // view and the reports say "roles".
  it("must trigger: the roles column is headed roles", () => {
    expect(rows[0]).toMatch(/\boutlets\s+roles\s+also named$/);
  });
  it("must not trigger: the other headers are as they were", () => {
    expect(rows[0]).toMatch(/^speaker\s+type\s+quotes\s+outlets\s/);
  });
});

describe("articles with no outlet (a folder of saved pages that name none)", () => {
  const bare = (() => {
    const r = sampleReport();
    const articles = r.articles.map((a) => ({ ...a, outlet: null }));
    const findings = r.findings.map((f) => ({ ...f, claims: f.claims.map((c) => ({ ...c, outlet: null })) }));
    return { ...r, articles, findings };
  })();

  it("name each claim's article in the Markdown conflicts table and the changed-quotes list", () => {
    const md = markdownReport(bare);
    // By the articles' titles, not their ids ("gazette", "courier")
    expect(claimRows(md, "### Numbers differ").map((r) => r.Outlet)).toEqual(["“Flood reaches Marrowby market”", "“Mayor: district cleared”"]);
    const changed = md.slice(md.indexOf("## Quotes that changed between sources"), md.indexOf("## Sources"));
    expect(changed).not.toMatch(/\bin – \(|, –\)/);
  });

  it("name each claim's article in the HTML conflicts", () => {
    const $ = cheerio.load(htmlReport(bare));
    const meta = $("#conflicts .finding").first().find(".claim .meta").toArray().map((e) => $(e).text());
    expect(meta.map((m) => m.split(" · ")[1])).toEqual(["“Flood reaches Marrowby market”", "“Flood reaches Marrowby market”"]);
    meta.forEach((m) => expect(m).not.toMatch(/\bgazette\b/));
  });
});

describe("findings table note", () => {
  it("says under the summary why claims of different articles were not compared", () => {
    const r = sampleReport();
    const reason = "claims of different articles were not set against each other: no two of the 2 articles share a name";
    const withNote = { ...r, diagnostics: [...r.diagnostics, { reason, documentId: "x.txt", ruleId: "conflicts/no-comparable-articles", stage: "conflicts" as const, severity: "info" as const }] };
    expect(findingFormats.table(withNote).split("\n")[1]).toBe(`Note: ${reason}.`);
    expect(findingFormats.table(r)).not.toContain("Note:");
    const none = { ...withNote, findings: [] };
    expect(findingFormats.table(none)).toMatch(/^No conflicts or corroborations found among \d+ claims\.\nNote: claims of different articles/);
  });

  it("says under the summary which counts were too many to compare", () => {
    const r = sampleReport();
    const reason = "2001 counts of people were not compared through the words “people”: more than 2000 claims count people beside each";
    const withNote = { ...r, diagnostics: [...r.diagnostics, { reason, documentId: "x.txt", ruleId: "conflicts/too-many-counts", stage: "conflicts" as const, severity: "info" as const }] };
    expect(findingFormats.table(withNote).split("\n")[1]).toBe(`Note: ${reason}.`);
    expect(findingFormats.table({ ...withNote, findings: [] })).toContain(`Note: ${reason}.`);
  });
});

describe("where to find a quote and why it was credited so", () => {
  const paras = [{ start: 0, end: 10 }, { start: 12, end: 30 }, { start: 32, end: 40 }];
  it.each([
    [0, 1],
    [5, 1],
    [11, 1], // between two paragraphs: the one before
    [12, 2],
    [39, 3],
    [500, 3],
  ])("offset %i is in paragraph %i", (offset, want) => {
    expect(paragraphAt(paras, offset)).toBe(want);
  });
  it("gives no paragraph for an article without any", () => {
    expect(paragraphAt([], 3)).toBeNull();
  });

  const v = reportView(report);
  const q = (id: string) => v.quotes.find((x) => x.id === id)!;
  it("numbers each quote's paragraph in its article", () => {
    expect(q("q1").paragraph).toBe(2); // the mayor's words open the Gazette's second paragraph
    expect(q("q3").paragraph).toBe(3);
    expect(q("q6").paragraph).toBe(4);
    expect(q("q2").paragraph).toBe(2);
  });
  it("Markdown: each quote row says its paragraph and article, and the reason with the rule", () => {
    const md = markdownReport(report);
    const row = md.split("\n").find((l) => l.includes("river district before midnight") && l.startsWith("| “"))!;
    // q1 is not placed in its file (no line): the paragraph alone; the article and file are its article line's
    expect(md).toContain("**“Flood reaches Marrowby market”**: published by Harbor Gazette, 2031-03-04 → carried by news/gazette.txt\n");
    // every fixture quote's reason is "fixture": said once under Rules, so the cell gives the rule alone
    expect(row).toContain("| ¶2 | attribution/test |");
    expect(md).toContain("| Quote | Said on | Said by → told | Flags | Where | Why |");
  });
  it("HTML: each quote says its paragraph and article, and the reason with the rule", () => {
    const $ = cheerio.load(htmlReport(report));
    const why = $(".quote").filter((_, e) => $(e).find("blockquote").text().includes("before midnight")).find(".why").text();
    // every fixture quote's reason is "fixture": said once under Rules, so the line gives the rule alone
    expect(why).toBe("¶2 of “Flood reaches Marrowby market” · attribution/test");
  });
  it("CSV: a paragraph column, after the columns that were there before", () => {
    const rows = parseCsv(csvReport(report).slice(1));
    expect(rows[0].slice(18, 21)).toEqual(["rule", "reason", "paragraph"]);
    const row = rows.find((r) => r[3].includes("before midnight"))!;
    expect(row[rows[0].indexOf("paragraph")]).toBe("2");
  });
});

describe("links between quotes, findings and changed quotes (HTML)", () => {
  const $ = cheerio.load(htmlReport(report));
  it.each([
    ["q", "gazette:q1", "q-gazette:q1"],
    ["f", "contradiction/air-strikes", "f-contradiction~2fair-strikes"],
    ["f", "a b", "f-a~20b"],
    ["q", "a~20b", "q-a~7e20b"], // not the same anchor as "a b"
    ["g", "Ünïcode-1", "g-Ünïcode-1"],
  ] as const)("%s %j -> #%s", (kind, id, want) => {
    expect(anchorId(kind, id)).toBe(want);
  });
  it("every link leads to an element of the page, and no id is used twice", () => {
    const ids = $("[id]").toArray().map((e) => $(e).attr("id")!);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = $("a[href]").toArray().map((e) => $(e).attr("href")!);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) {
      expect(h.startsWith("#")).toBe(true);
      expect(ids).toContain(h.slice(1));
    }
  });
  it("a finding's claims lead to their quotes, and a quote to the findings it is in", () => {
    const conflict = $(`#${anchorId("f", "c1")}`);
    expect(conflict.find(".claim .who a").toArray().map((e) => $(e).attr("href"))).toEqual([`#${anchorId("q", "q1")}`, `#${anchorId("q", "q3")}`]);
    const q3 = $(`#${anchorId("q", "q3")}`);
    expect(q3.find(".see a").toArray().map((e) => $(e).attr("href"))).toEqual([`#${anchorId("f", "c1")}`, `#${anchorId("f", "c3")}`]);
    expect(q3.find(".see").text()).toBe("In Contradiction: Lena Vasquez vs Tomas Reyes; Corroboration: Tomas Reyes and Ana Holt");
    // A quote in no finding has no such line.
    expect($(`#${anchorId("q", "q5")} .see`)).toHaveLength(0);
  });
  it("a changed quote leads to the quote and its reference", () => {
    expect($("#changed a").toArray().map((e) => $(e).attr("href"))).toEqual([`#${anchorId("q", "q1")}`, `#${anchorId("q", "q2")}`]);
  });
  it("a claim whose quote the report does not list (a scare quote) names its speaker without a link", () => {
    const r = sampleReport();
    const quotes = r.quotes.map((q) => (q.id === "q3" ? { ...q, kind: "scare" as const } : q));
    const $s = cheerio.load(htmlReport({ ...r, quotes }));
    const who = $s(`#${anchorId("f", "c1")} .claim .who`).eq(1);
    expect(who.text()).toBe("Tomas Reyes");
    expect(who.find("a")).toHaveLength(0);
  });
});

describe("findings named beside their quotes (Markdown)", () => {
  const md = markdownReport(report);
  it("a quote's flags name the findings it is in, and a quote in none names none", () => {
    const row = (words: string) => md.split("\n").find((l) => l.startsWith("| ") && l.includes(words))!;
    expect(row("Nobody told us")).toContain("in a conflict, see Contradiction: Lena Vasquez vs Tomas Reyes, see Corroboration: Tomas Reyes and Ana Holt |");
    expect(row("the pumps had failed")).not.toContain("see ");
  });
});

describe("right-to-left text in the HTML report", () => {
  // An Arabic speaker, role and outlet: without isolation "(2021)" and "(الجزيرة)" swap places on screen.
  const base = sampleReport();
  const rtl = {
    ...base,
    quotes: base.quotes.map((q) => (q.id === "q3" ? { ...q, speaker: "ليلى حداد", role: "المتحدثة باسم الوزارة (2021)", toOutlet: "الجزيرة" } : q)),
    speakers: base.speakers.map((s) => (s.id === "s-reyes" ? { ...s, name: "ليلى حداد", roles: [{ articleId: "gazette", role: "المتحدثة باسم الوزارة (2021)" }] } : s)),
    findings: base.findings.map((f) => ({ ...f, claims: f.claims.map((c) => (c.quoteId === "q3" ? { ...c, speaker: "ليلى حداد" } : c)) })),
  };
  const $ = cheerio.load(htmlReport(rtl));
  const block = $(`#${anchorId("q", "q3")}`);
  it("sets a quote's own direction from its words when they hold right-to-left letters; Latin ones keep the page's", () => {
    const arabic = { ...rtl, quotes: rtl.quotes.map((q) => (q.id === "q1" ? { ...q, text: "لن نقبل (مطلقا)،" } : q)) };
    const a = cheerio.load(htmlReport(arabic));
    expect(a(`#${anchorId("q", "q1")} blockquote`).attr("dir")).toBe("auto");
    expect(a(`#${anchorId("q", "q3")} blockquote`).attr("dir")).toBeUndefined();
    expect($(".claim blockquote").toArray().every((e) => $(e).attr("dir") === undefined)).toBe(true);
  });
  it("isolates no Latin-only name, role or outlet: it cannot reorder anything", () => {
    expect($("bdi").toArray().map((e) => $(e).text()).filter((t) => !mayReorder(t))).toEqual([]);
    expect(block.find(".chain li").first().text()).toBe("said by ليلى حداد, المتحدثة باسم الوزارة (2021)");
    expect($(`#${anchorId("q", "q1")} .chain bdi`)).toHaveLength(0);
  });
  it.each([
    ["the speaker's heading", () => $("#speakers h3 bdi").toArray().map((e) => $(e).text()), "ليلى حداد"],
    ["the speaker's role", () => $("#speakers .speaker > .meta bdi").toArray().map((e) => $(e).text()), "المتحدثة باسم الوزارة (2021)"],
    ["the chain's speaker and role", () => block.find(".chain bdi").toArray().map((e) => $(e).text()), "ليلى حداد, المتحدثة باسم الوزارة (2021)"],
    ["the outlet told", () => block.find(".chain bdi").toArray().map((e) => $(e).text()), "الجزيرة"],
    ["a claim's speaker", () => $(".claim .who bdi").toArray().map((e) => $(e).text()), "ليلى حداد"],
  ])("isolates %s", (_, texts, want) => {
    expect(texts()).toContain(want);
  });
  it("leaves the report's own words outside the isolates", () => {
    const isolated = $("bdi").toArray().map((e) => $(e).text());
    for (const label of ["said by", "told", "published by", "carried by", "quoted by", "reported"]) expect(isolated).not.toContain(label);
    expect(block.find(".chain li b").toArray().map((e) => $(e).text())).toEqual(["said by", "told", "published by", "carried by"]);
  });
});

describe("mayReorder: text that could be reordered, and so is isolated in the HTML", () => {
  it.each([
    ["Arabic", "ليلى حداد"],
    ["Hebrew", "הארץ"],
    ["Latin with an Arabic word", "Khaled (خالد)"],
    ["a right-to-left mark", "2021\u200f"],
    ["an override", "a\u202eb"],
    ["an isolate", "a\u2067b\u2069"],
    ["a right-to-left script beyond the BMP (Adlam)", "\u{1E900}"],
  ])("must: %s", (_, s) => expect(mayReorder(s)).toBe(true));
  it.each([
    ["Latin", "Lena Vasquez, the mayor"],
    ["accented Latin", "Ségolène Royal"],
    ["digits and punctuation", "(2021) — 40%"],
    ["Cyrillic, Greek, CJK", "Москва Αθήνα 東京"],
    ["empty", ""],
  ])("must not: %s", (_, s) => expect(mayReorder(s)).toBe(false));
});

describe("CSV columns, as docs/schema.md lists them", () => {
  const rows = parseCsv(csvReport(report).slice(1));
  it("the documented columns are the header, in its order", () => {
    const doc = readFileSync(new URL("../../docs/schema.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf("## `report --format csv`"), doc.indexOf("## `extract --format jsonl`"));
    const listed = [...section.matchAll(/^\| (\d+) \| `([a-z_]+)` \|/gm)].map((m) => [Number(m[1]), m[2]] as const);
    expect(listed.map(([n]) => n)).toEqual(rows[0].map((_, i) => i + 1));
    expect(listed.map(([, name]) => name)).toEqual(rows[0]);
  });
  it("names the findings a quote is in, and none for a quote in none", () => {
    const col = rows[0].indexOf("findings");
    expect(col).toBe(21);
    expect(rows.find((r) => r[3].startsWith("Nobody told us"))![col]).toBe("Contradiction: Lena Vasquez vs Tomas Reyes; Corroboration: Tomas Reyes and Ana Holt");
    expect(rows.find((r) => r[3].startsWith("the pumps"))![col]).toBe("");
  });
});

describe("text HTML cannot hold, and bidi controls left open", () => {
  const RLO = "\u202e", PDF = "\u202c", RLI = "\u2067", LRE = "\u202a", PDI = "\u2069";
  it.each([
    ["plain words", "We will win", "We will win"],
    ["Arabic with no controls", "لن نقبل", "لن نقبل"],
    ["an override closed in the text", `a ${RLO}bc${PDF} d`, `a ${RLO}bc${PDF} d`],
    ["an override left open", `a ${RLO}bc`, `a ${RLO}bc${PDF}`],
    ["an isolate left open", `a ${RLI}bc`, `a ${RLI}bc${PDI}`],
    ["an embedding inside an open isolate", `${RLI}a${LRE}b`, `${RLI}a${LRE}b${PDF}${PDI}`],
    ["a PDI that closes its isolate and the embedding in it", `${RLI}a${LRE}b${PDI}`, `${RLI}a${LRE}b${PDI}`],
    ["a stray PDF", `a${PDF}b`, `a${PDF}b`],
  ])("%s", (_, text, want) => {
    expect(closeBidi(text)).toBe(want);
  });
  it.each([
    ["a vertical tab", "We\u000bwin", "We\u240bwin"],
    ["NUL and DEL", "a\u0000b\u007f", "a\u2400b\u2421"],
    ["a C1 control", "a\u0085b", "a\ufffdb"],
    ["tab, line feed and return stay", "a\tb\nc\rd", "a\tb\nc\rd"],
    ["markup is escaped as before", "<b>&\"'", "&lt;b&gt;&amp;&quot;&#39;"],
  ])("%s", (_, text, want) => {
    expect(escapeHtml(text)).toBe(want);
  });
  it("a quote with an open override and a control character is shown closed and visible", () => {
    const r = sampleReport();
    const quotes = r.quotes.map((q) => (q.id === "q4" ? { ...q, text: `Most of the ${RLO}families\u000b` } : q));
    const out = htmlReport({ ...r, quotes });
    expect(out).toContain(`<blockquote dir="auto">“Most of the ${RLO}families\u240b${PDF}”</blockquote>`);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f]/);
  });
});

describe("Markdown cells close the bidi controls a quote leaves open", () => {
  it("closes an open override inside the cell, before the cell's own marks", () => {
    const r = sampleReport();
    // The override stands in the article, whose sentence the cell gives (the space before "families", so no offset moves).
    const articles = r.articles.map((a) => (a.id === "courier" ? { ...a, text: a.text.replace("Most of the families", "Most of the\u202efamilies") } : a));
    const md = markdownReport({ ...r, articles });
    expect(md).toContain("| “**Most of the\u202efamilies are still in their homes\u202c**,” said Ana Holt, a nurse. |");
    expect(markdownReport(r)).not.toMatch(/[\u202a-\u202e]/);
  });
});

describe("reported speech is never shown in quotation marks", () => {
  const md = markdownReport(report);
  const $ = cheerio.load(htmlReport(report));
  it("Markdown: a direct quote in marks, a reported one without them and marked (reported)", () => {
    const lines = md.split("\n");
    expect(lines.find((l) => l.includes("the pumps had failed hours earlier") && l.startsWith("| "))).toMatch(/^\| One resident said \*\*the pumps had failed hours earlier\*\*\. \(reported\) \|/);
    expect(lines.find((l) => l.includes("Nobody told us") && l.startsWith("| "))).toMatch(/^\| “\*\*Nobody told us to leave, and most of the families are still in their homes\*\*,” said Tomas Reyes, a shopkeeper\. \|/);
  });
  it("Markdown: a finding's reported claims without marks, its direct ones in marks", () => {
    expect(claimRows(md, "### Numbers differ").map((r) => r.Claim)).toEqual(["Rescue crews counted 40 people stranded (reported)", "400 people were stranded (reported)"]);
    expect(claimRows(md, "### Contradiction: Lena Vasquez vs Tomas Reyes").map((r) => r.Claim)).toEqual([
      "“We evacuated every family from the river district before midnight”",
      "“Nobody told us to leave, and most of the families are still in their homes”",
    ]);
    expect(md).not.toMatch(/“(Rescue crews|400 people|the pumps)/);
  });
  it("HTML: the same in quotes and in a finding's claims", () => {
    const claims = $(`#${anchorId("f", "c2")} .claim blockquote`);
    expect(claims.toArray().map((e) => $(e).text())).toEqual(["Rescue crews counted 40 people stranded", "400 people were stranded"]);
    expect(claims.toArray().every((e) => $(e).hasClass("reported"))).toBe(true);
    const direct = $(`#${anchorId("f", "c1")} .claim blockquote`);
    expect(direct.first().text()).toBe("“We evacuated every family from the river district before midnight”");
    expect(direct.first().hasClass("reported")).toBe(false);
    expect($(`#${anchorId("q", "q5")} blockquote`).text()).toBe("the pumps had failed hours earlier");
  });
});

describe("changed quotes: counted, placed and shown as they are", () => {
  const base = sampleReport();
  const g = base.groups[0];
  const r = {
    ...base,
    groups: [
      {
        ...g,
        members: [
          ...g.members,
          // In the reference's own article (the Gazette), shortened.
          { quoteId: "q3", variant: "shortened" as const, similarity: 0.5, diff: [{ op: "del" as const, text: "nobody told us to leave and" }, { op: "same" as const, text: "most of the families" }] },
          // Verbatim in another article: the compared words are lower-cased and unpunctuated.
          { quoteId: "q4", variant: "verbatim" as const, similarity: 1, diff: [{ op: "same" as const, text: "most of the families are still in their homes" }] },
        ],
      },
    ],
  };
  const v = reportView(r);
  const flags = (id: string) => v.quotes.find((q) => q.id === id)!.flags;
  it.each([
    ["q3", "shortened within the article"],
    ["q2", "altered between sources"],
  ])("flags %s as %j", (id, want) => {
    expect(flags(id)).toContain(want);
  });
  it("flags no verbatim repeat as changed", () => {
    expect(flags("q4").some((f) => /between sources|within the article/.test(f))).toBe(false);
  });
  it("counts only the members whose words changed", () => {
    expect(v.summary.find((s) => s.label === "changed quotes")!.value).toBe(2);
    expect(reportView(base).summary.find((s) => s.label === "changed quotes")!.value).toBe(1);
  });
  it("Markdown: a member in the reference's article says so, and a verbatim one shows the quote as written", () => {
    const md = markdownReport(r);
    const changed = md.slice(md.indexOf("## Quotes that changed"), md.indexOf("## Sources"));
    expect(changed).toContain("  - shortened in the same article (Tomas Reyes): ~~nobody told us to leave and~~ most of the families");
    expect(changed).toContain("  - verbatim in The Valley Courier (Ana Holt): Most of the families are still in their homes");
    expect(changed).toContain("  - altered in The Valley Courier (Lena Vasquez): ");
  });
  it("HTML: the same", () => {
    const $ = cheerio.load(htmlReport(r));
    const items = $("#changed li").toArray().map((e) => $(e).text());
    expect(items[1]).toBe("shortened the same article, Tomas Reyes: nobody told us to leave and most of the families ");
    expect(items[2]).toBe("verbatim The Valley Courier, Ana Holt: Most of the families are still in their homes");
  });
  it("Markdown: a member credited to no one says 'unattributed', not a dash", () => {
    const md = markdownReport({ ...r, quotes: r.quotes.map((q) => (q.id === "q2" ? { ...q, speaker: null, speakerType: "unknown" as const } : q)) });
    expect(md).toContain("  - altered in The Valley Courier (unattributed): ");
  });
});

describe("long words in the HTML: rule ids break between words, digests and table cells anywhere", () => {
  const style = cheerio.load(htmlReport(report))("style").text();
  it.each([
    [".why code", /\.why code \{ word-break: normal; overflow-wrap: anywhere; \}/],
    ["table cells", /\nth, td \{ overflow-wrap: anywhere; \}/],
    ["code", /\ncode \{[^}]*word-break: break-all;/],
  ])("%s", (_, rule) => {
    expect(style).toMatch(rule);
  });
});

describe("links to a quote's article and to each speaker (HTML)", () => {
  const $ = cheerio.load(htmlReport(report));
  it("a quote's why-line leads to its article's row in Sources", () => {
    const link = $(`#${anchorId("q", "q1")} .why a[href^="#a-"]`);
    expect(link.attr("href")).toBe(`#${anchorId("a", "gazette")}`);
    expect(link.text()).toBe("“Flood reaches Marrowby market”");
    expect($(`#${anchorId("a", "gazette")}`).is("tr")).toBe(true);
    expect($(`#${anchorId("a", "gazette")} td`).first().text()).toBe("Flood reaches Marrowby market");
  });
  it("the Speakers section opens with an index: each speaker once, with the number of quotes, and the unattributed", () => {
    const index = $("#speakers .index");
    // A line a kind of speaker, people first (the view's order), the unattributed last.
    expect(index.find("p").toArray().map((p) => $(p).text())).toEqual([
      "People: Lena Vasquez (2) · Tomas Reyes (1) · Ana Holt (1) · Rex O'Hara (1)",
      "Organisations: Emergency services (1)",
      "Groups: officials (1)",
      "Unnamed sources: one resident (1)",
      "Unattributed (1)",
    ]);
    const hrefs = index.find("a").toArray().map((e) => $(e).attr("href"));
    expect(hrefs[0]).toBe(`#${anchorId("s", "s-vasquez")}`);
    expect(hrefs.at(-1)).toBe("#unattributed");
    expect($(`#${anchorId("s", "s-vasquez")} h3`).text()).toBe("Lena Vasquez");
  });
  it("names a speaker the align stage did not place by 'name:' and the name, and leaves the index out when no one speaks", () => {
    const w = cheerio.load(htmlReport({ ...report, speakers: [] }));
    // (An id may hold ":", as quote ids do: fine in a link, so the test selects by attribute.)
    expect(w(`[id="${anchorId("s", "name:Lena Vasquez")}"] h3`).text()).toBe("Lena Vasquez");
    const none = cheerio.load(htmlReport({ ...report, quotes: [], speakers: [], findings: [], groups: [] }));
    expect(none("#speakers .index")).toHaveLength(0);
    expect(none("#speakers p").text()).toBe("No attributed quotes.");
  });
});

describe("a finding's claims say where they stand in their articles", () => {
  it("Markdown: a Where row, the paragraph and article of each claim", () => {
    const md = markdownReport(report);
    expect(claimRows(md, "### Contradiction: Lena Vasquez vs Tomas Reyes").map((r) => r.Where)).toEqual(["news/gazette.txt (¶2, “Flood reaches Marrowby market”)", "news/gazette.txt (¶3, “Flood reaches Marrowby market”)"]);
  });
  it("HTML: the claim's line ends with its paragraph", () => {
    const $ = cheerio.load(htmlReport(report));
    const meta = $(`#${anchorId("f", "c1")} .claim .meta`).toArray().map((e) => $(e).text());
    expect(meta).toEqual(["the mayor · Harbor Gazette · published 2031-03-04 · said 2031-03-03 · ¶2", "a shopkeeper · Harbor Gazette · published 2031-03-04 · ¶3"]);
  });
  it("a claim whose quote the report leaves out (a scare quote) names its article alone", () => {
    const r = sampleReport();
    const quotes = r.quotes.map((q) => (q.id === "q3" ? { ...q, kind: "scare" as const } : q));
    const md = markdownReport({ ...r, quotes });
    expect(claimRows(md, "### Contradiction").map((r) => r.Where)).toEqual(["news/gazette.txt (¶2, “Flood reaches Marrowby market”)", "“Flood reaches Marrowby market”"]);
    const $ = cheerio.load(htmlReport({ ...r, quotes }));
    expect($(`#${anchorId("f", "c1")} .claim .meta`).eq(1).text()).not.toContain("¶");
  });
});

describe("a quote's place in its file, file:line:col (every format)", () => {
  // The analysis places q1 at line 7, column 12 of news/gazette.txt; q3 it could not place.
  const placed = { ...report, quotes: report.quotes.map((q) => (q.id === "q1" ? { ...q, line: 7, column: 12 } : q)) };
  it("the view gives line, column and the place as check prints it", () => {
    const v = reportView(placed);
    const q1 = v.quotes.find((q) => q.id === "q1")!;
    expect([q1.line, q1.column, q1.place]).toEqual([7, 12, "news/gazette.txt:7:12"]);
    const q3 = v.quotes.find((q) => q.id === "q3")!;
    expect([q3.line, q3.column, q3.place]).toEqual([null, null, "news/gazette.txt"]);
    expect(q1.chain.at(-1)).toEqual({ label: "carried by", value: "news/gazette.txt:7:12" });
    expect(v.conflicts.find((f) => f.id === "c1")!.claims.map((c) => c.place)).toEqual(["news/gazette.txt:7:12", "news/gazette.txt"]);
  });
  it("Markdown: a quote row gives its line:column in the file its article's line names; a claim's Where row opens with file:line:col", () => {
    const md = markdownReport(placed);
    const row = md.split("\n").find((l) => l.includes("river district before midnight") && l.startsWith("| “"))!;
    // The Where cell repeated the chain's file:line:col on every row; the file is the article line's.
    expect(row).toContain("| ¶2, 7:12 |");
    expect(row).not.toContain("news/gazette.txt");
    expect(md).toContain("**“Flood reaches Marrowby market”**: published by Harbor Gazette, 2031-03-04 → carried by news/gazette.txt\n");
    expect(claimRows(md, "### Contradiction").map((r) => r.Where)).toEqual(["news/gazette.txt:7:12 (¶2, “Flood reaches Marrowby market”)", "news/gazette.txt (¶3, “Flood reaches Marrowby market”)"]);
  });
  it("HTML: the chain's last link carries it", () => {
    const $ = cheerio.load(htmlReport(placed));
    expect($(`#${anchorId("q", "q1")} .chain li`).last().text()).toBe("carried by news/gazette.txt:7:12");
    expect($(`#${anchorId("q", "q3")} .chain li`).last().text()).toBe("carried by news/gazette.txt");
  });
  it("CSV: line and column columns at the end, empty where unknown", () => {
    const rows = parseCsv(csvReport(placed).slice(1));
    const at = (name: string) => rows[0].indexOf(name);
    expect(rows[0].slice(22, 24)).toEqual(["line", "column"]);
    expect(rows.find((r) => r[3].includes("before midnight"))!.slice(at("line"), at("column") + 1)).toEqual(["7", "12"]);
    expect(rows.find((r) => r[3].startsWith("Nobody told us"))!.slice(at("line"), at("column") + 1)).toEqual(["", ""]);
  });
});

describe("HTML: a rule's description once, under Rules", () => {
  const $ = cheerio.load(htmlReport({ ...report, quotes: report.quotes.map((q) => (q.id === "q1" ? { ...q, reason: "fixture; surname -> Lena Vasquez" } : q)) }));
  it("the Rules section gives the description the rule's reasons open with; the nav leads to it", () => {
    expect($(`[id="${anchorId("r", "attribution/test")}"]`).text()).toBe("attribution/test");
    expect($("dl.rules dd").first().text()).toBe("fixture");
    expect($('nav a[href="#rules"]').text()).toBe("Rules");
  });
  it("each quote gives what its reason adds and links its rule there", () => {
    expect($(`#${anchorId("q", "q1")} .why`).text()).toBe("¶2 of “Flood reaches Marrowby market” · surname -> Lena Vasquez attribution/test");
    expect($(`#${anchorId("q", "q3")} .why a[href="#${anchorId("r", "attribution/test")}"]`).text()).toBe("attribution/test");
  });
});

describe("CSV: the cue and the words that named the speaker, at the end", () => {
  const rows = parseCsv(csvReport(report).slice(1));
  it("come after line and column (published_from was added after them)", () => {
    expect(rows[0].slice(-5)).toEqual(["line", "column", "cue", "mention", "published_from"]);
  });
  it.each([
    // quote words, cue, mention: as the quote gives them, empty when it has none
    ["before dawn", "said", "Vasquez"],
    ["before midnight", "said", ""],
  ])("%s: cue %j, mention %j", (words, cue, mention) => {
    const row = rows.find((r) => r[3].includes(words))!;
    expect([row[rows[0].indexOf("cue")], row[rows[0].indexOf("mention")]]).toEqual([cue, mention]);
  });
});

describe("Markdown: a rule's description once, under Rules", () => {
  const withReason = (id: string, reason: string) => markdownReport({ ...report, quotes: report.quotes.map((q) => (q.id === id ? { ...q, reason } : q)) });
  const whyOf = (md: string, words: string) => md.split("\n").find((l) => l.includes(words) && l.startsWith("| “"))!.split(/(?<!\\)\|/).slice(1, -1).at(-1)!.trim();
  it.each([
    // q1's reason, its Why cell: what the reason adds and the rule; the rule alone when it adds nothing; a reason that opens otherwise whole
    ["fixture; surname -> Lena Vasquez", "surname -\\> Lena Vasquez (attribution/test)"],
    ["fixture", "attribution/test"],
    ["a reason of its own", "a reason of its own (attribution/test)"],
  ])("reason %j: Why %j", (reason, why) => {
    expect(whyOf(withReason("q1", reason), "river district before midnight")).toBe(why);
  });
  it("the Rules section, before Diagnostics, says each rule's description once; none when no rule has one", () => {
    const md = markdownReport(report);
    const rules = md.slice(md.indexOf("## Rules"), md.indexOf("## Diagnostics"));
    expect(rules).toContain("- attribution/test: fixture");
    expect(rules.match(/^- /gm)).toHaveLength(1);
    expect(md.indexOf("## Rules")).toBeGreaterThan(md.indexOf("## Sources"));
    expect(markdownReport({ ...report, quotes: [] })).not.toContain("## Rules");
  });
});

describe("Markdown findings: one row a claim, however many claims", () => {
  const sided = (() => {
    const r = sampleReport();
    const sides = ["every family was evacuated", "the families are still at home"];
    return { ...r, findings: r.findings.map((f) => (f.id === "c1" ? { ...f, claims: f.claims.map((c, i) => ({ ...c, side: sides[i] })) } : f)) };
  })();
  // A finding of seven claims, as Palmyra's widest contradiction: seven rows, not eight columns.
  const wide = (() => {
    const r = sampleReport();
    const c1 = r.findings.find((f) => f.id === "c1")!;
    const claims = Array.from({ length: 7 }, (_, i) => c1.claims[i % 2]);
    return { ...r, findings: r.findings.map((f) => (f.id === "c1" ? { ...f, claims } : f)) };
  })();
  const heading = "### Contradiction: Lena Vasquez vs Tomas Reyes";
  it.each([
    // case, report, column heads, rows
    ["no sides named: no Stands for column", report, ["#", "Speaker", "Claim", "Outlet", "When", "Where"], 2],
    ["sides named: a Stands for column after the speaker", sided, ["#", "Speaker", "Stands for", "Claim", "Outlet", "When", "Where"], 2],
    ["seven claims: seven rows of the same columns", wide, ["#", "Speaker", "Claim", "Outlet", "When", "Where"], 7],
  ] as const)("%s", (_, r, heads, n) => {
    const rows = claimRows(markdownReport(r), heading);
    expect(rows).toHaveLength(n);
    expect(Object.keys(rows[0])).toEqual(heads);
    expect(rows.map((x) => x["#"])).toEqual(Array.from({ length: n }, (_, i) => String(i + 1)));
    expect(markdownReport(r)).not.toContain("| Claim 1 |");
  });
  it("the speaker cell gives the role the article gives them, and the side is each claim's own", () => {
    const rows = claimRows(markdownReport(sided), heading);
    expect(rows.map((x) => x.Speaker)).toEqual(["Lena Vasquez, the mayor", "Tomas Reyes, a shopkeeper"]);
    expect(rows.map((x) => x["Stands for"])).toEqual(["every family was evacuated", "the families are still at home"]);
  });
  it("a quote-change finding's sides are its claims' wording: the column is Wording, the card says 'wording:'", () => {
    const variant = { ...sided, findings: sided.findings.map((f) => (f.id === "c1" ? { ...f, kind: "variant" as const, claims: f.claims.map((c, i) => ({ ...c, side: i ? "altered" : "verbatim" })) } : f)) };
    const md = markdownReport(variant);
    const rows = claimRows(md, "### Quote changed: Lena Vasquez vs Tomas Reyes");
    expect(rows.map((x) => x.Wording)).toEqual(["verbatim", "altered"]);
    expect(Object.keys(rows[0])).not.toContain("Stands for");
    const $ = cheerio.load(htmlReport(variant));
    expect($(`#${anchorId("f", "c1")} .claim .side`).toArray().map((e) => $(e).text())).toEqual(["wording: verbatim", "wording: altered"]);
  });
  it("HTML: each claim card says what it stands for when the finding names it, and nothing when not", () => {
    const side = (r: typeof report) => cheerio.load(htmlReport(r))(`#${anchorId("f", "c1")} .claim .side`).toArray();
    const $ = cheerio.load(htmlReport(sided));
    expect(side(sided).map((e) => $(e).text())).toEqual(["stands for: every family was evacuated", "stands for: the families are still at home"]);
    expect(side(report)).toHaveLength(0);
  });
});
