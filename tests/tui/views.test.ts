import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { cellWidth } from "../../src/tui/text.js";
import { report } from "./fixture.js";
import { KEY, mount } from "./render.js";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

/** Every frame must fit the terminal: at most rows-1 lines, none wider than the columns. */
function expectFits(frame: string, columns: number, rows: number) {
  const lines = frame.split("\n");
  expect(lines.length).toBeLessThanOrEqual(rows - 1);
  for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(columns);
}

const line = (frame: string, re: RegExp) => frame.split("\n").find((l) => re.test(l)) ?? "";

describe("Quotes view at 80x24", () => {
  it("lines each quote up with flags, speaker and outlet, and previews the selected one", async () => {
    const h = await mount(report);
    const f = h.frame();
    expectFits(f, 80, 24);
    expect(f).toMatch(/\[1 Quotes 9\]\s+2 Speakers 6\s+3 Conflicts 3\s+4 Sources 3/);
    expect(f).toMatch(/flags\s+speaker\s+outlet\s+quote/);
    expect(line(f, /Lena Ortiz/)).toMatch(/^ {2}···2C Lena Ortiz\s+Northshire Cou… Most families are still in the…$/);
    expect(line(f, /unnamed resident/)).toMatch(/··A·C unnamed resident\s+The Harlow Led… Nobody knocked on our door,/);
    // the preview gives what the narrow table leaves out: full text, role, to whom, dates
    expect(f).toContain("“All residents of the lower town were evacuated before the water reached the");
    expect(f).toContain("Northshire Water Authority · The Harlow Ledger · in a statement");
    expect(f).toContain("said 2031-03-04 · published 2031-03-05 · in a conflict (contradiction)");
    expect(f).toMatch(/› ····C Northshire Water/);
  });

  it("names a quote's article in the outlet column when its article names no outlet, as Speakers does", async () => {
    const bare = { ...report, articles: report.articles.map((a) => ({ ...a, outlet: null })) };
    const h = await mount(bare, { columns: 120, rows: 30 });
    const f = h.frame();
    expect(f).toMatch(/flags\s+speaker\s+outlet\s+/);
    const lines = f.split("\n");
    const rows = lines.slice(2, lines.findIndex((l) => l.startsWith("─"))).filter((l) => l.trim());
    // Rows in document order: each names its own quote's article.
    const quotes = bare.quotes.filter((x) => x.kind !== "scare");
    expect(rows).toHaveLength(quotes.length);
    // By the article's title (cut to the column), not the id quotecheck made.
    const titleOf = new Map(bare.articles.map((a) => [a.id, a.title ?? ""]));
    rows.forEach((r, i) => expect(r).toContain(`“${titleOf.get(quotes[i].articleId)}`.slice(0, 12)));
    expect(rows.join("\n")).not.toContain("? ledger-");
    // Must not: the same words on every row, which told no row's source from another's.
    expect(rows.join("\n")).not.toContain("outlet unknown");
  });

  it("says 'outlet unknown' in the preview, as every format spells it, with the article the list names (must); a known outlet alone (must-not)", async () => {
    const bare = { ...report, articles: report.articles.map((a) => ({ ...a, outlet: null })) };
    const f = (await mount(bare, { columns: 120, rows: 30 })).frame();
    const first = bare.quotes.find((x) => x.kind !== "scare")!;
    const title = bare.articles.find((a) => a.id === first.articleId)!.title!;
    const who = f.split("\n").find((l) => l.includes("outlet unknown")) ?? "";
    expect(who).toContain(`outlet unknown, “${title}`.slice(0, 40));
    expect(f).not.toMatch(/(^|\s)\? “/m);
    const known = (await mount(report, { columns: 120, rows: 30 })).frame();
    expect(known).not.toContain("outlet unknown");
  });

  it("shows role and date published as columns on a wide terminal", async () => {
    const h = await mount(report, { columns: 200, rows: 30 });
    const f = h.frame();
    expectFits(f, 200, 30);
    expect(f).toMatch(/flags\s+speaker\s+role\s+outlet\s+to whom\s+said\s+published\s+quote/);
    expect(line(f, /Lena Ortiz/)).toMatch(/Lena Ortiz\s+a nurse at the Harlow clin… Northshire Courier\s+told The Harlow L…\s+2031-03-05\s+2031-03-05\s+Most families are still in their homes, on the upper floors,/);
  });
});

describe("Quotes table at common widths", () => {
  /** Cells the quote column gets: it is the last column and runs to the edge. */
  const quoteCells = (f: string, columns: number) => columns - line(f, /^ {2}flags speaker/).indexOf(" quote") - 1;

  it.each([
    // columns, rows, the quote gets at least, columns shown
    [80, 24, 30, /^ {2}flags speaker {18}outlet {10}quote$/],
    // to whom and said would each cut the outlet or the quote's 40% at 120: left out, not cut to "in a stat…"
    [120, 40, 46, /^ {2}flags speaker {18}outlet {13}published {2}quote$/],
    [160, 50, 62, /^ {2}flags speaker {18}outlet {13}to whom {12}said {7}published {2}quote$/],
  ])("at %ix%i the quote gets at least %i cells and speaker names stay whole", async (columns, rows, atLeast, header) => {
    const h = await mount(report, { columns, rows });
    const f = h.frame();
    expectFits(f, columns, rows);
    expect(line(f, /^ {2}flags speaker/)).toMatch(header);
    expect(quoteCells(f, columns)).toBeGreaterThanOrEqual(atLeast);
    // whole names, and a long organisation cut at 24 cells, not at the old 18
    for (const name of ["Lena Ortiz", "Tomas Brandt", "unnamed resident", "Anna Keller"]) expect(line(f, new RegExp(`[·A-Z2] ${name} `))).not.toBe("");
    expect(f).toContain("Northshire Water Author…");
    // the quote's first words are readable on its row
    expect(line(f, /Lena Ortiz/)).toContain("Most families are still in the");
  });

  it("an article's quotes leave out the outlet and date published that every row shares, and the quote gets their room", async () => {
    const h = await mount(report);
    const before = quoteCells(h.frame(), 80);
    const f = await h.press("4", "j", "j", "j", KEY.enter);
    expectFits(f, 80, 24);
    expect(f).toMatch(/quotes in “Families stay put as/);
    expect(f).not.toMatch(/courier-2031-03-05/);
    expect(line(f, /^ {2}flags speaker/)).toMatch(/^ {2}flags speaker\s+to whom\s+quote$/);
    expect(quoteCells(f, 80)).toBeGreaterThanOrEqual(before);
    // the outlet is still under the list for the selected quote
    expect(f).toContain("Lena Ortiz, a nurse at the Harlow clinic · Northshire Courier");
  });

  it("typing a filter does not move the columns", async () => {
    const h = await mount(report, { columns: 120, rows: 40 });
    const header = line(h.frame(), /^ {2}flags speaker/);
    const f = await h.press("/", ..."lena");
    expect(line(f, /Lena Ortiz/)).not.toBe("");
    expect(line(f, /^ {2}flags speaker/)).toBe(header);
  });

  it("at 120 columns the preview still gives the role and the date published the table leaves out", async () => {
    const h = await mount(report, { columns: 120, rows: 40 });
    const f = await h.press(KEY.down, KEY.down, KEY.down, KEY.down, KEY.down);
    expect(line(f, /^› /)).toMatch(/Lena Ortiz/);
    expect(f).toContain("Lena Ortiz, a nurse at the Harlow clinic · Northshire Courier · told The Harlow Ledger");
    expect(f).toContain("published 2031-03-05");
  });
});

describe("the Quotes preview at 80 columns: dates and marks as the reports give them", () => {
  it("a quote with no day said gives no 'said —', and reported speech has no quotation marks", async () => {
    const h = await mount(report);
    const f = await h.press(KEY.down); // q2: Anna Keller, reported, no day said
    expectFits(f, 80, 24);
    const preview = f.slice(f.indexOf("────"));
    expect(preview).toContain("\nthe crack had been reported in January\n");
    expect(preview).not.toContain("“the crack had been reported");
    expect(preview).toContain("\npublished 2031-03-05 · reported");
    expect(preview).not.toMatch(/said —|said ·/);
    // must not: a direct quote keeps its marks, and a day said is still given
    const g = await h.press(KEY.up);
    expect(g).toContain("“All residents of the lower town");
    expect(g).toContain("said 2031-03-04 · published 2031-03-05");
  });
});

describe("Speakers view", () => {
  it("lists speakers with quote counts per outlet and article", async () => {
    const h = await mount(report);
    const f = await h.press("2");
    expectFits(f, 80, 24);
    expect(f).toContain("[2 Speakers 6]");
    expect(line(f, /› Anna Keller/)).toMatch(/Anna Keller\s+person\s+3\s+2\s+The Harlow Ledger 2 …/);
    expect(line(f, /Northshire Water/)).toMatch(/organisation\s+2\s+2/);
    expect(f).toContain("3 quotes in 2 articles: The Harlow Ledger 2 · Radio Nord 1 · 1 flagged");
    expect(f).toContain("roles: Mayor; the mayor of Harlow; who has led the town council since 2027");
  });

  // Its column said "kind", the word the Quotes view, extract and the reports use for direct or
  // reported; `quotecheck speakers` and the JSON (`speakerType`) call a person or body its type.
  it("must trigger: the speaker-type column is headed type, as quotecheck speakers heads it", async () => {
    const h = await mount(report);
    const f = await h.press("2");
    const header = f.split("\n")[1];
    expect(header).toMatch(/^\s+speaker\s+type\s+quotes/);
    expect(header).not.toMatch(/\bkind\b/);
  });

  it("must not trigger: the Quotes view's header is as it was", async () => {
    const h = await mount(report);
    expect(h.frame().split("\n")[1]).toMatch(/^\s+flags\s+speaker\s+outlet/);
  });
});

describe("Conflicts view", () => {
  it("puts the selected finding's claims side by side with the explanation", async () => {
    const h = await mount(report);
    const f = await h.press("3");
    expectFits(f, 80, 24);
    expect(f).toContain("2 disagreements, 1 corroboration");
    expect(f).not.toContain("corroborations");
    expect(line(f, /›/)).toMatch(/✗ contradiction\s+warning Northshire Water Authority vs Lena Ortiz/);
    expect(f).toMatch(/CONFLICT \(contradiction\): these claims disagree/);
    expect(f).toContain("The Authority says all residents were evacuated; Lena Ortiz says most families");
    // both claims on the same screen lines: side by side, not one under the other
    const row = line(f, /Northshire Water Authority\s+[║│]\s*[│║] Lena Ortiz/);
    expect(row).not.toBe("");
    // one card a speaker: the Authority's two claims stacked, each with its outlet and date
    // outlet and dates broken between parts, never inside a date (it read "said 2031-03-…")
    expect(line(f, /› The Harlow Ledger ·\s+[║│]\s*[│║] Northshire Courier · said 2031-03-05/)).not.toBe("");
    expect(f).toMatch(/║ said 2031-03-04,\s+║/);
    expect(f).toMatch(/║ published 2031-03-05\s+║/);
    expect(line(f, /“All residents of the lower town\s+║/)).not.toBe("");
    expect(line(f, /[║│] “Most families are still in their/)).not.toBe("");
    expect(f).toMatch(/║ Northshire Courier ·\s+║/);
    expect(f).not.toMatch(/2031-0?3?-?…/);
    // the dates take a line or two more, so the second claim's words are cut sooner (Enter has them all)
    // (a reported claim: the reporter's words, without quotation marks)
    expect(f).toContain("║ its teams had knocked on every");
    expect(f).not.toContain("“its teams");
  });

  it("ends a cut explanation with “…”, and a whole one without", async () => {
    const long = "The Authority says all residents were evacuated; " + "Lena Ortiz says most families are still in their homes. ".repeat(6);
    const cut = { ...report, findings: report.findings.map((x, i) => (i === 0 ? { ...x, explanation: long.trim() } : x)) };
    const h = await mount(cut);
    let f = await h.press("3");
    const lines = f.split("\n");
    const title = lines.findIndex((l) => /^CONFLICT \(contradiction\)/.test(l));
    expect(lines[title + 3]).toMatch(/…\s*$/);
    expect(lines[title + 4]).toMatch(/^[╔╭]/);
    f = await h.press("G");
    const after = f.split("\n");
    const t = after.findIndex((l) => /^CORROBORATION: these claims support each other/.test(l));
    const cards = after.findIndex((l, i) => i > t && /^[╔╭]/.test(l));
    const explanation = after.slice(t + 1, cards);
    expect(explanation.length).toBeGreaterThan(0);
    expect(explanation.filter((l) => /…\s*$/.test(l))).toEqual([]);
  });

  it("titles a disputed claim as the outlet's judgement, not as claims that disagree", async () => {
    const h = await mount(report);
    const f = await h.press("3", "j");
    expect(line(f, /›/)).toMatch(/✗ disputed by reporter/);
    expect(f).toContain("DISPUTED: the reporting outlet says this claim is false");
    expect(f).not.toContain("these claims disagree");
  });

  it("names a claim's article on its card by its title when the article names no outlet, never by the id quotecheck made", async () => {
    const bare = { ...report, findings: report.findings.map((x) => ({ ...x, claims: x.claims.map((c) => ({ ...c, outlet: null })) })) };
    const h = await mount(bare, { columns: 120, rows: 30 });
    const f = await h.press("3");
    const first = new Set(bare.findings[0].claims.map((c) => c.article));
    for (const a of report.articles.filter((x) => first.has(x.id))) {
      expect(f).toContain(`“${a.title}”`);
      expect(f).not.toContain(`${a.id} · `);
    }
    expect(f).not.toContain("outlet unknown");
  });

  it("names a quote-change finding as the reports do, not as an altered quote", async () => {
    const f3 = report.findings.find((x) => x.kind === "corroboration")!;
    const changed = { ...report, findings: [{ ...f3, id: "v1", kind: "variant" as const, ruleId: "conflicts/variant", severity: "info" as const, explanation: "The quote changes only punctuation." }] };
    const h = await mount(changed, { columns: 100, rows: 30 });
    const f = await h.press("3");
    expect(line(f, /›/)).toMatch(/quote changed\s+info/);
    expect(f).not.toContain("altered quote");
  });

  it("marks corroborations as such", async () => {
    const h = await mount(report);
    const f = await h.press("3", "G");
    expect(line(f, /›/)).toMatch(/✓ corroboration\s+info\s+Anna Keller \+ Tomas Brandt/);
    expect(f).toContain("CORROBORATION: these claims support each other");
    expect(line(f, /Anna Keller\s+[║│]\s*[│║] Tomas Brandt/)).not.toBe("");
  });
});

describe("Sources view", () => {
  it("shows files, the container post, its articles with provenance, and diagnostics", async () => {
    const h = await mount(report, { columns: 120, rows: 30 });
    const f = await h.press("4");
    expectFits(f, 120, 30);
    expect(f).toContain("3 inputs · 2 processed, 1 skipped · 3 articles · 2 diagnostics");
    expect(f).toContain("inbox/rivers-watch-2031-03-06.txt · text · windows-1252 · 4.1 KB · 2 articles");
    expect(f).toMatch(/mailing-list post “\[rivers-watch\] Harlow Weir: two reports” · list rivers-watch · from Pia Lund/);
    expect(f).toMatch(/The Harlow Ledger · 2031-03-05 · by Sam Okafor · “Harlow Weir breach floods lower town”/);
    expect(f).toMatch(/warning: paragraph stops mid-sentence \(text cut\)/);
    expect(f).toContain("pages/broken.pdf · skipped: unknown file type .pdf");
  });
});

describe("Detail view", () => {
  it("shows the paragraph, the attribution chain and the rule with its reason", async () => {
    const h = await mount(report);
    const f = await h.press("j", "j", KEY.enter);
    expectFits(f, 80, 24);
    expect(f).toContain("[Detail]");
    expect(f).toMatch(/direct quote · The Harlow Ledger · 2031-03-05/);
    expect(f).toContain("Mayor Anna Keller, who has led the town council since 2027, told Radio");
    expect(f).toMatch(/said by\s+Anna Keller/);
    expect(f).toMatch(/told\s+not stated/);
    expect(f).toMatch(/published by\s+The Harlow Ledger, 2031-03-05, by Sam Okafor/);
    expect(f).toMatch(/carried by\s+mailing-list post “\[rivers-watch\] Harlow Weir: two reports”/);
    expect(f).toMatch(/why\s+“she” refers to the nearest compatible speaker/);
    expect(f).toMatch(/same words\s+Radio Nord 2031-03-06, Anna Keller \(punctuation, 98% alike\)/);
  });
});

describe("Detail view: the place in the file", () => {
  it("gives a long path with its :line:col whole at 80 columns, run on over lines, not cut", async () => {
    const path = "inbox/archive/2031/rivers-watch-2031-03-06-harlow-weir-two-reports-full-thread.txt";
    const placed = { ...report, quotes: report.quotes.map((q) => ({ ...q, documentId: path, line: 214, column: 37 })) };
    const h = await mount(placed);
    const f = await h.press("j", "j", KEY.enter);
    expectFits(f, 80, 24);
    const lines = f.split("\n");
    const from = lines.findIndex((l) => l.startsWith("carried by"));
    const to = lines.findIndex((l, i) => i > from && /^\S/.test(l));
    const value = lines.slice(from, to).map((l) => l.slice(14).trimEnd()).join("");
    expect(value).toContain(`(${path}:214:37)`);
    expect(value).not.toContain("…");
  });
});

describe("help and export prompt", () => {
  it("? lists the keys and the flag letters; any key closes it", async () => {
    const h = await mount(report);
    const f = await h.press("?");
    expectFits(f, 80, 24);
    expect(f).toMatch(/Tab \/ Shift-Tab, 1-4\s+switch view/);
    expect(await h.press("G")).toMatch(/2 secondhand\s+given to another outlet/);
    expect(await h.press("x")).toContain("[1 Quotes 9]");
  });

  it("at 80x24 every key's description is whole, wrapped under itself; the help scrolls to its last line", async () => {
    const h = await mount(report);
    let f = await h.press("?");
    expectFits(f, 80, 24);
    expect(f).not.toMatch(/…/);
    expect(f).toMatch(/^ {2}Enter {17}quote: open Detail; speaker, article or file: list its *\n {24}quotes; finding: the claim's quote\s*$/m);
    expect(f).toMatch(/^ {24}every word must match\); Esc clears\s*$/m);
    expect(f).toMatch(/↓ \d+ more lines \(j\/k, PgDn\)/);
    expect(f).toMatch(/↑↓ scroll · any other key closes help/);
    f = await h.press("G");
    expectFits(f, 80, 24);
    expect(f).toContain("Everything shown comes from the analysis report; the UI computes none of it.");
    expect(f).toMatch(/2 secondhand\s+given to another outlet/);
    expect(await h.press("x")).toContain("[1 Quotes 9]");
  });

  it("on a tall terminal the whole help shows at once, with no scroll line", async () => {
    const h = await mount(report, { columns: 120, rows: 40 });
    const f = await h.press("?");
    expect(f).toContain("Everything shown comes from the analysis report");
    expect(f).toMatch(/^ {2}Keys|^Keys/m);
    expect(f).not.toMatch(/more lines/);
  });

  it("e offers the registered formats and writes the chosen one", async () => {
    const h = await mount(report);
    const f = await h.press("e");
    expect(f).toMatch(/› 1\. json\s+quotecheck-report\.json/);
    expect(f).toMatch(/2\. md\s+quotecheck-report\.md\s+Markdown/);
    const after = await h.press("j", KEY.enter);
    expect(h.written.map((w) => w.name)).toEqual(["md"]);
    expect(after).toContain("wrote quotecheck-report.md (1.0 KB)");
  });

  it.each([80, 60, 40])("the export prompt's title and note wrap at %i columns with no line opening on a space", async (columns) => {
    const h = await mount(report, { columns });
    const f = await h.press("e");
    expectFits(f, columns, 24);
    const lines = f.split("\n");
    const from = lines.findIndex((l) => l.startsWith("Write a report"));
    const noteAt = lines.findIndex((l) => l.startsWith("The whole report is written"));
    expect(from).toBeGreaterThanOrEqual(0);
    expect(noteAt).toBeGreaterThan(from);
    // title lines, then (after the formats) the note's lines up to the blank line under it
    const note: string[] = [];
    for (let i = noteAt; i < lines.length && lines[i].trim(); i++) note.push(lines[i]);
    expect(note.length).toBeGreaterThan(1);
    for (const l of note) expect(l).not.toMatch(/^\s/);
    expect(note.join(" ")).toBe("The whole report is written, not only what the current filter shows. An existing file of that name is replaced.");
  });
});

describe("a corpus with no quotes", () => {
  it.each([
    { articles: 1, want: "No quotes found in 1 article; Sources (4) shows what was read." },
    { articles: 3, want: "No quotes found in 3 articles; Sources (4) shows what was read." },
  ])("says so for $articles article(s)", async ({ articles, want }) => {
    const empty = { ...report, articles: report.articles.slice(0, articles), quotes: [], speakers: [], groups: [], findings: [] };
    const h = await mount(empty);
    expect(h.frame()).toContain(want);
  });

  it.each([80, 200])("heads the empty list at %i columns with flags, speaker and quote only: no column of dates or outlets over no rows", async (columns) => {
    const empty = { ...report, quotes: [], speakers: [], groups: [], findings: [] };
    const h = await mount(empty, { columns });
    const header = line(h.frame(), /flags/);
    expect(header.trim().split(/\s+/)).toEqual(["flags", "speaker", "quote"]);
    expect(header).not.toMatch(/said|outlet|published|to whom|role/);
  });
});

describe("smaller than 80x24", () => {
  it("the Conflicts view at 60x16 keeps its title, the cards' bottom border and the status line on lines of their own", async () => {
    const h = await mount(report, { columns: 60, rows: 16 });
    const lines = (await h.press("3")).split("\n");
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines.some((l) => /^CONFLICT \(contradiction\)/.test(l))).toBe(true);
    const bottom = lines.findIndex((l) => /^╚═+╝╰─+╯$/.test(l));
    expect(bottom).toBeGreaterThan(0);
    expect(lines[bottom + 1]).toMatch(/^sort: report order · 3 rows\s*$/);
  });

  it("the tab bar stays on one line at 50 columns, so the selected row is still on screen", async () => {
    const h = await mount(report, { columns: 50, rows: 16 });
    let lines = h.frame().split("\n");
    expect(lines[0]).toMatch(/^\[1 Quotes\] 2 Speakers {2}3 Conflicts {2}4 Sources\s*$/);
    expect(lines[1]).toMatch(/^ {2}flags speaker/);
    expect(lines[2]).toMatch(/^› /);
    lines = (await h.press(KEY.enter)).split("\n");
    expect(lines[0]).toMatch(/^ 1 Quotes {2}2 Speakers {2}3 Conflicts {2}4 Sources \[D\]\s*$/);
    for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(50);
  });

  it("every view still fits a 60x16 terminal", async () => {
    const h = await mount(report, { columns: 60, rows: 16 });
    for (const k of ["1", "2", "3", "4", "?", "x", "1", KEY.enter]) {
      const f = await h.press(k);
      const lines = f.split("\n");
      expect(lines.length).toBeLessThanOrEqual(15);
      for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(60);
    }
  });
});
