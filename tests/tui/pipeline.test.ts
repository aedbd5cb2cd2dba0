import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { loadReport } from "../../src/cli/load.js";
import type { Io } from "../../src/cli/io.js";
import type { Report } from "../../src/model/index.js";
import { KEY, mount } from "./render.js";

vi.setConfig({ testTimeout: 60_000 });
afterEach(() => cleanup());

// The real pipeline's report of the embedded corpus, as `quotecheck` with no arguments opens it.
const io: Io = { out: () => {}, err: () => {}, stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, env: {}, cwd: process.cwd() };
let report: Report;
beforeAll(async () => {
  report = (await loadReport([], io, "full", { cache: false })).report;
}, 120_000);

const rowOf = (frame: string, name: string) => frame.split("\n").find((l) => l.includes(name)) ?? "";

describe("the UI on the embedded corpus (real pipeline)", () => {
  it("shows every quote and speaker the report holds, and the sources it came from", async () => {
    const h = await mount(report);
    const quotes = report.quotes.filter((q) => q.kind !== "scare").length;
    expect(h.frame()).toContain(`[1 Quotes ${quotes}]`);
    const f = await h.press("4");
    for (const a of report.articles) expect(f).toContain(`${a.outlet ?? "outlet unknown"} · ${a.published ?? "date unknown"}`);
  });

  it("a new user sees Bokova, Abdulkarim, Omran, Homsi and Ghanem with their outlets and dates", async () => {
    const h = await mount(report, { columns: 120, rows: 40 });
    const speakers = await h.press("2");
    for (const name of ["Bokova", "Abdulkarim", "Omran", "Homsi", "Ghanem"]) {
      expect(rowOf(speakers, name), name).toMatch(/The Daily Beast|The New York Times/);
    }
    // and on the Quotes view, each with the outlet beside the words and the date published under them
    // (at 120 columns the quote's room comes first; the filter leaves the columns where they were)
    await h.press("1");
    for (const name of ["Bokova", "Abdulkarim", "Omran", "Homsi", "Ghanem"]) {
      const f = await h.press("/", ...name.toLowerCase(), KEY.enter);
      expect(rowOf(f, name), name).toMatch(/The Daily Beast |The New York Ti/);
      expect(f, name).toMatch(/published 2015-05-2\d/);
      await h.press(KEY.escape);
    }
  });

  it("Conflicts puts state media and Khalil al-Hariri side by side on the civilians question", async () => {
    const h = await mount(report);
    const f = await h.press("3", "/", ..."civilians", KEY.enter);
    // state media's card, then the cards on the other side (Ahmed's, Khalil al-Hariri's) on the same row
    const sideBySide = f.split("\n").find((l) => /[║│] (Syrian )?[Ss]tate [^║│]*[║│].*[│║] Khalil al-Hariri/.test(l));
    expect(sideBySide, f).toBeDefined();
    expect(f).toMatch(/CONFLICT \(contradiction\)/);
  });
});
