import { describe, expect, it } from "vitest";
import stringWidth from "string-width";
import { fitColumns, textTable } from "../../src/report/text-table.js";
import { quoteFormats, quoteRows } from "../../src/report/quote-rows.js";
import { speakerFormats } from "../../src/report/speakers.js";
import { claimDateCell, findingFormats } from "../../src/report/findings.js";
import { sampleReport } from "./sample-report.js";

const lines = (t: string) => t.trimEnd().split("\n");

describe("textTable", () => {
  it("pads and cuts ASCII cells to their column width", () => {
    expect(lines(textTable(["a", "b"], [["abcdef", "x"]], [4, 3]))).toEqual(["a     b", "----  ---", "abc…  x"]);
  });

  // A cut through an emoji's surrogate pair printed U+FFFD; wide CJK and emoji took two cells each
  // but counted one, pushing every later column out of line.
  it("cuts between characters and counts wide ones as two cells", () => {
    const rows = [
      ["aaaaaaaa😀😀 and more", "x"],
      ["東京の市場は非常に強いです", "y"],
      ["Café crème", "z"],
      ["Zoë Lefèvre", "w"],
    ];
    const out = lines(textTable(["quote", "k"], rows, [10, 1]));
    for (const l of out) {
      expect(l).not.toContain("\uFFFD");
      expect(l).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no half of a surrogate pair
    }
    // The second column starts at the same terminal cell on every line.
    const starts = out.slice(2).map((l) => stringWidth(l.slice(0, -1)));
    expect(new Set(starts)).toEqual(new Set([12]));
    expect(out[2]).toBe("aaaaaaaa…   x");
    expect(out[3]).toBe("東京の市…   y");
  });

  // A cut inside a flag or a joined emoji left half of it; its parts counted as several cells.
  it.each([
    ["ab 👨‍👩‍👧 cd", 6, "ab 👨‍👩‍👧…"],
    ["ab 👨‍👩‍👧", 5, "ab 👨‍👩‍👧"],
    ["🇳🇱🇳🇱🇳🇱", 4, "🇳🇱… "],
    ["Cafe\u0301 au lait", 5, "Cafe\u0301…"],
  ])("cell %j at width %i -> %j", (cell, w, want) => {
    expect(lines(textTable(["q", "k"], [[cell, "x"]], [w, 1]))[2]).toBe(`${want}  x`);
  });
});

describe("fitColumns: a table fitted to a terminal's width", () => {
  const widths = [20, 10, 10, 40];
  const fit = { min: [12, 8, 8, 20], keep: [9, 3, 5, 8], grow: 3 };
  const rows = [
    ["Irina Bokova", "", "2015-05-21", "The fighting is putting at risk"],
    ["Khaled Omran", "", "2015-05-21", "Maybe 1,000 men."],
  ];
  const withB = rows.map((r) => [r[0], "AFP", r[2], r[3]]);
  it.each([
    // name, rows, columns, shown, widths
    ["must: a column empty in every row goes", rows, 200, [0, 2, 3], [20, 10, 40]],
    ["must: the least kept goes when even the least widths do not fit; the room left to the most kept", withB, 50, [0, 2, 3], [18, 8, 20]],
    ["must: every column at its least, the room to the most kept first", withB, 60, [0, 1, 2, 3], [18, 8, 8, 20]],
    ["must not: everything fits, nothing changes", withB, 200, [0, 1, 2, 3], widths],
  ])("%s", (_, r, columns, shown, w) => {
    const f = fitColumns(r, widths, { columns, ...fit });
    expect(f.shown).toEqual(shown);
    expect(f.widths).toEqual(w);
  });
  it("never drops the grow column, and gives it its share of the line", () => {
    expect(fitColumns(withB, widths, { columns: 30, ...fit }).shown).toEqual([3]);
    const g = fitColumns(withB, widths, { columns: 90, ...fit, share: 1 / 3 });
    expect(g.widths[g.shown.indexOf(3)]).toBe(40);
    const h = fitColumns(withB, widths, { columns: 75, ...fit, share: 1 / 3 });
    expect(h.widths[h.shown.indexOf(3)]).toBeGreaterThanOrEqual(25);
  });
});

describe("text tables at 80 columns (a terminal): every line fits", () => {
  const r = sampleReport();
  const widest = (t: string) => Math.max(...t.trimEnd().split("\n").map((l) => stringWidth(l)));
  it.each([
    ["extract", (w?: number) => quoteFormats.table(quoteRows(r), w)],
    ["speakers", (w?: number) => speakerFormats.table(r, w)],
    ["conflicts", (w?: number) => findingFormats.table(r, w)],
  ])("%s", (_, make) => {
    expect(widest(make(80))).toBeLessThanOrEqual(80);
    expect(widest(make(60))).toBeLessThanOrEqual(60);
    // must not: a file or pipe (no width) keeps every column whole, as programs reading it expect
    expect(widest(make())).toBeGreaterThan(120);
  });
  it("extract: who, outlet, date published and the words stay; to whom, the day said and the kind go", () => {
    const [head] = quoteFormats.table(quoteRows(r), 80).split("\n");
    expect(head.split(/\s{2,}/)).toEqual(["speaker", "outlet", "published", "quote"]);
    expect(quoteFormats.table(quoteRows(r)).split("\n")[0].split(/\s{2,}/)).toEqual(["speaker", "outlet", "to whom", "said on", "published", "kind", "quote"]);
  });
});

describe("the extract table shows the words as the reports do", () => {
  const row = { text: "the pumps had failed" };
  it.each([
    ["direct: in marks", { kind: "direct" as const, truncated: false }, "“the pumps had failed”"],
    ["direct, cut off: left open", { kind: "direct" as const, truncated: true }, "“the pumps had failed…"],
    ["reported: the reporter's words, no marks", { kind: "indirect" as const, truncated: false }, "the pumps had failed"],
  ])("%s", (_, over, shown) => {
    const out = quoteFormats.table([{ ...quoteRows(sampleReport())[0], ...row, ...over }]);
    expect(out.split("\n")[2].trimEnd().endsWith(shown)).toBe(true);
  });
});

describe("the conflicts table says which date it gives", () => {
  it.each([
    [{ spokenOn: "2015-05-20", published: "2015-05-21" }, "said 2015-05-20"],
    [{ spokenOn: null, published: "2015-05-21" }, "pub. 2015-05-21"],
    [{ spokenOn: null, published: null }, ""],
  ])("%j", (c, cell) => {
    expect(claimDateCell(c)).toBe(cell);
  });
});
