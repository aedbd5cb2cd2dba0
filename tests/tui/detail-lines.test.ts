import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { detailLines, labelled } from "../../src/tui/detail-lines.js";
import { buildQuoteItems } from "../../src/tui/quote-items.js";
import type { Report } from "../../src/model/index.js";
import { cellWidth } from "../../src/tui/text.js";
import { report } from "./fixture.js";
import { KEY, mount } from "./render.js";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

const text = (lines: ReturnType<typeof labelled>) => lines.map((l) => l.map((s) => s.text).join(""));

describe("labelled detail lines", () => {
  it.each([
    // label, goes on a line of its own
    ["told", false],
    ["published by", false],
    ["contradiction", false],
    ["misattribution", true],
    ["change over time", true],
    ["disputed by reporter", true],
  ])("%s on its own line: %s", (label, own) => {
    const lines = text(labelled(label, "The Daily Beast reports as false the claims of state media", 60));
    for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(60);
    if (own) {
      expect(lines[0]).toBe(label);
      expect(lines[1]).toMatch(/^ {14}The Daily Beast/);
    } else expect(lines[0]).toMatch(new RegExp(`^${label} +The Daily Beast`));
  });
});

describe("Detail of a quote in a disputed finding", () => {
  it("sets the long finding label apart from its explanation, which is not cut", async () => {
    const h = await mount(report);
    const f = await h.press("3", "j", KEY.enter);
    expect(f).toMatch(/\[Detail\]/);
    expect(f).toMatch(/^disputed by reporter$/m);
    expect(f).toMatch(/^ {14}A resident says nobody knocked/m);
    expect(f).not.toMatch(/disputed by reporterA/);
  });
});

describe("Detail says which side of a finding the quote stands for", () => {
  const sided: Report = {
    ...report,
    findings: report.findings.map((f) => (f.id === "f1" ? { ...f, claims: f.claims.map((c, i) => ({ ...c, side: i === 0 ? "all were evacuated" : "families still at home" })) } : f)),
  };
  const linesOf = (r: Report, id: string) => {
    const items = buildQuoteItems(r);
    const byId = new Map(items.map((i) => [i.quote.id, i]));
    return text(detailLines(byId.get(id)!, r, byId, 80));
  };
  it.each([
    // report, quote, the stands-for lines
    ["sides named, first claim", sided, "q1", ["stands for    all were evacuated"]],
    ["sides named, a later claim", sided, "q6", ["stands for    families still at home"]],
    ["no sides named", report, "q1", []],
    ["in no finding with sides", sided, "q3", []],
    ["a quote-change finding: its wording", { ...sided, findings: sided.findings.map((f) => (f.id === "f1" ? { ...f, kind: "variant" as const } : f)) }, "q1", []],
  ] as const)("%s", (_, r, id, want) => {
    expect(linesOf(r, id).filter((l) => l.startsWith("stands for"))).toEqual(want);
  });
  it("a quote-change finding labels the side as wording", () => {
    const variant: Report = { ...sided, findings: sided.findings.map((f) => (f.id === "f1" ? { ...f, kind: "variant" as const } : f)) };
    expect(linesOf(variant, "q1").filter((l) => l.startsWith("wording"))).toEqual(["wording       all were evacuated"]);
  });
});
