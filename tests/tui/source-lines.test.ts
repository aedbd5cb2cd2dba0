import { describe, expect, it } from "vitest";
import { buildSourceLines, containerText, diagnosticText, selectSourceLines, sourcesSummary } from "../../src/tui/source-lines.js";
import { report } from "./fixture.js";

describe("source lines", () => {
  const lines = buildSourceLines(report);
  it("nest each input's container, articles and diagnostics", () => {
    expect(lines.map((l) => `${l.depth}:${l.text.slice(0, 40)}`)).toEqual([
      "0:inbox/rivers-watch-2031-03-06.txt · text",
      "1:mailing-list post “[rivers-watch] Harlow",
      "2:The Harlow Ledger · 2031-03-05 · by Sam ",
      "2:Northshire Courier · 2031-03-05 · no byl",
      "1:warning: paragraph stops mid-sentence (t",
      "0:pages/radio-nord-keller.html · html · ut",
      "1:web page “Keller: we asked three times” ",
      "2:Radio Nord · 2031-03-06 · by Radio Nord ",
      "0:pages/broken.pdf · skipped: unknown file",
      "1:error: unknown file type .pdf (ingest/un",
    ]);
  });
  it("give provenance on article and container lines", () => {
    expect(lines[1].text).toBe("mailing-list post “[rivers-watch] Harlow Weir: two reports” · list rivers-watch · from Pia Lund <pia@example.org> · sent 2031-03-06");
    expect(lines[2].text).toBe(
      "The Harlow Ledger · 2031-03-05 · by Sam Okafor · “Harlow Weir breach floods lower town” · dateline HARLOW · 5 quotes · 1 cut in the text",
    );
    expect(lines[2].articleId).toBe("ledger-2031-03-05");
    expect(lines[0].text).toContain("windows-1252 · 4.1 KB · 2 articles");
  });
  it.each([
    ["placed in its file: the line and column after the severity", { line: 71, column: 64 }, /^warning \(71:64\): paragraph stops mid-sentence/],
    ["not placed: the severity alone", {}, /^warning: paragraph stops mid-sentence/],
  ])("a diagnostic %s", (_, place, want) => {
    const d = { ...report.diagnostics.find((x) => x.severity === "warning")!, ...place };
    expect(diagnosticText(d, undefined)).toMatch(want);
  });
  it.each([
    // line, fileId, articleId: what Enter there lists
    [0, "inbox/rivers-watch-2031-03-06.txt", undefined],
    [1, undefined, undefined],
    [2, undefined, "ledger-2031-03-05"],
    [4, undefined, undefined],
    [5, "pages/radio-nord-keller.html", undefined],
    [8, undefined, undefined],
  ] as const)("line %i: a read file's line names the file, an article's its article, the others neither", (i, fileId, articleId) => {
    expect([lines[i].fileId, lines[i].articleId]).toEqual([fileId, articleId]);
  });
  it("show where the text was cut", () => {
    expect(lines[4].text).toMatch(/^warning: paragraph stops mid-sentence \(text cut\) at “….*river would stay high until” \(ingest\/cut-text\)$/);
  });
  it.each([
    // filter, lines kept (their start), why
    ["skipped", ["pages/broken.pdf · skipped"], "a skipped file with its reason"],
    ["radio nord", ["pages/radio-nord", "web page", "Radio Nord ·"], "a file's name brings all under it, and no other file"],
    ["rivers-watch", ["inbox/", "mailing-list post", "The Harlow Ledger", "Northshire Courier"], "a file or post brings its articles"],
    ["sam okafor", ["inbox/", "mailing-list post", "The Harlow Ledger"], "an article comes under its file and post"],
    ["zzz", [], "nothing matches"],
  ])("filter %j keeps %j: %s", (filter, starts) => {
    const kept = selectSourceLines(lines, filter).map((l) => l.text);
    expect(kept.filter((t) => !/^(info|warning|error)( \(\d+:\d+\))?:/.test(t)).map((t, i) => t.startsWith(starts[i] ?? "\u0000"))).toEqual(starts.map(() => true));
  });
  it("filter and summarise", () => {
    // the skipped file, and the diagnostic under it
    expect(selectSourceLines(lines, "skipped").map((l) => l.text)).toEqual([
      "pages/broken.pdf · skipped: unknown file type .pdf",
      "error: unknown file type .pdf (ingest/unknown-type)",
    ]);
    expect(sourcesSummary(report)).toBe("3 inputs · 2 processed, 1 skipped · 3 articles · 2 diagnostics");
  });
  it("name a forwarded message inside an e-mail", () => {
    const inner = { kind: "email", title: "Statement on the bridge", listName: null, sender: "Press Office", sentOn: "2031-03-09", sentRaw: null } as const;
    const outer = { kind: "email", title: "FW: Statement on the bridge", listName: null, sender: "Dana Reyes", sentOn: "2031-03-10", sentRaw: null, forwarded: inner } as const;
    expect(containerText(outer)).toBe("e-mail “FW: Statement on the bridge” · from Dana Reyes · sent 2031-03-10 · forwarding e-mail “Statement on the bridge” · from Press Office · sent 2031-03-09");
    expect(containerText({ ...outer, forwarded: null })).toBe("e-mail “FW: Statement on the bridge” · from Dana Reyes · sent 2031-03-10");
  });
});
