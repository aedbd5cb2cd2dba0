import { describe, expect, it } from "vitest";
import { toldAnotherOutlet } from "../../src/report/secondhand.js";
import { ledger, report as tuiReport } from "../tui/fixture.js";
import { buildQuoteItems } from "../../src/tui/quote-items.js";
import { reportView } from "../../src/report/report-view.js";

// The UI's "2" flag and the reports' "secondhand" flag compared outlet names alone (two ways: the
// report left out the file-name test the UI had), so "told Breitbart News" in a Breitbart story,
// "told POLITICO Florida" in a Politico one and "told AP" in a story carrying AP copy read as words
// given to another outlet, where `check` (secondhand-source) knows them as the outlet's own.
describe("toldAnotherOutlet: words told to another outlet than the one that published them", () => {
  const story = (outlet: string | null, text = "", wire: readonly string[] = []) => ({
    ...ledger,
    outlet,
    text,
    documentId: "inbox/story.txt",
    wire: wire.map((agency) => ({ agency, ruleId: "ingest/wire-dateline", text: `(${agency})` })),
  });
  it.each([
    // must
    ["AFP in a Daily Beast story", "AFP", story("The Daily Beast")],
    ["The Times of India in The Times (no edition of it)", "The Times of India", story("The Times")],
    ["CNN in a story of unknown outlet", "CNN", story(null)],
    ["The Post in a Daily Beast story that names The Washington Post", "The Post", story("The Daily Beast", "Lee told The Washington Post. Later The Post said")],
  ])("must: %s", (_, toOutlet, article) => {
    expect(toldAnotherOutlet({ toOutlet, documentId: article.documentId }, article)).toBe(true);
  });
  it.each([
    ["its own outlet", "The Harlow Ledger", story("The Harlow Ledger")],
    ["its outlet's own name, longer", "Breitbart News", story("Breitbart")],
    ["its outlet's edition", "POLITICO Florida", story("Politico")],
    ["the agency whose copy it carries", "AP", story("Politico", "", ["AP"])],
    ["The Post in The Washington Post's story that names it", "The Post", story("The Washington Post", "Lee told The Washington Post on Monday. The Post asked")],
    ["no outlet told", null, story("Politico")],
  ])("must not: %s", (_, toOutlet, article) => {
    expect(toldAnotherOutlet({ toOutlet, documentId: article.documentId }, article)).toBe(false);
  });
});

describe("the UI's 2 flag and the reports' secondhand flag read it the same way", () => {
  // A Ledger quote told to the Ledger's own edition, and one told to another outlet.
  const first = tuiReport.quotes.find((q) => q.articleId === ledger.id && q.kind !== "scare")!;
  const second = tuiReport.quotes.find((q) => q.articleId === ledger.id && q.kind !== "scare" && q.id !== first.id)!;
  const report = {
    ...tuiReport,
    quotes: tuiReport.quotes.map((q) => (q.id === first.id ? { ...q, toOutlet: "The Harlow Ledger Weekend" } : q.id === second.id ? { ...q, toOutlet: "Radio Nord" } : q)),
  };
  const ui = new Map(buildQuoteItems(report).map((i) => [i.quote.id, i.flags.secondhand]));
  const reports = new Map(reportView(report).quotes.map((v) => [v.id, v.flags.includes("secondhand")]));
  it("must not: told the publisher's own edition", () => {
    expect([ui.get(first.id), reports.get(first.id)]).toEqual([false, false]);
  });
  it("must: told another outlet", () => {
    expect([ui.get(second.id), reports.get(second.id)]).toEqual([true, true]);
  });
});
