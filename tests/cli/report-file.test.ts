import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { exportReport, reportFor, reportPieces, writeReportFile } from "../../src/cli/report-file.js";
import { withChecks } from "../../src/pipeline/with-checks.js";
import { formatterNamed, reportFormatters, type Formatter } from "../../src/report/registry.js";
import type { Claim, Quote } from "../../src/model/index.js";
import { sampleReport } from "../report/sample-report.js";

const report = sampleReport();

/** A formatter whose whole text cannot be made (as a dense story's JSON could not), only its pieces. */
const piecesOnly: Formatter = {
  name: "t",
  extension: "t",
  description: "test",
  format: () => {
    throw new Error("the whole text was asked for");
  },
  chunks: () => ["a", "é", "c"],
};
const wholeOnly: Formatter = { name: "w", extension: "w", description: "test", format: () => "whole text\n" };

describe("a report written in pieces by one writer (report -o and the UI's write a report)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "qc-report-file-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it.each([
    ["a formatter's pieces, never its whole text", piecesOnly, "aéc", 4],
    // must-not: a formatter without pieces still gives its text
    ["a formatter's whole text when it has no pieces", wholeOnly, "whole text\n", 11],
  ] as const)("writes %s, and counts the UTF-8 bytes", async (_label, f, text, bytes) => {
    const target = join(dir, "r.out");
    expect(await writeReportFile(target, f, report)).toBe(bytes);
    expect(readFileSync(target, "utf8")).toBe(text);
    expect([...reportPieces(f, report)].join("")).toBe(text);
  });

  // The bug: the UI built the JSON report as one string (format), which a dense story's could not be.
  it("the UI's export writes the JSON report from its pieces, the same text as report gives", async () => {
    const json = formatterNamed("json")!;
    // (What `report` writes: the check findings attached, then the formatter.)
    const whole = json.format(withChecks(report));
    const format = vi.spyOn(json, "format");
    const line = await exportReport(dir, [join(dir, "story")], report, json, "quotecheck-report.json");
    expect(format).not.toHaveBeenCalled();
    expect(readFileSync(join(dir, "quotecheck-report.json"), "utf8")).toBe(whole);
    expect(line).toMatch(/^wrote quotecheck-report\.json \(\d/);
  });

  // The UI's export lists the check findings as `check` in the same directory gives them: its
  // config file's settings, not every rule at its default.
  it("the UI's export sets the JSON report's check findings by the working directory's config", async () => {
    const json = formatterNamed("json")!;
    const severities = (text: string, rule: string) =>
      (JSON.parse(text).quotes as { checks: { ruleId: string; severity: string }[] }[]).flatMap((q) => q.checks.filter((c) => c.ruleId === rule).map((c) => c.severity));
    // must-not: without a config, the defaults
    await exportReport(dir, [join(dir, "story")], report, json, "quotecheck-report.json");
    const plain = readFileSync(join(dir, "quotecheck-report.json"), "utf8");
    expect(severities(plain, "anonymous-source")).toEqual(["info"]);
    expect(severities(plain, "conflict").length).toBeGreaterThan(0);
    writeFileSync(join(dir, "quotecheck.config.json"), JSON.stringify({ rules: { conflict: "off", "anonymous-source": "error" } }));
    await exportReport(dir, [join(dir, "story")], report, json, "quotecheck-report.json");
    const set = readFileSync(join(dir, "quotecheck-report.json"), "utf8");
    expect(set).toBe(json.format(withChecks(report, { conflict: "off", "anonymous-source": "error" }, { configFile: "quotecheck.config.json" })));
    expect(JSON.parse(set).checkSettings.configFile).toBe("quotecheck.config.json");
    expect(severities(set, "anonymous-source")).toEqual(["error"]);
    expect(severities(set, "conflict")).toEqual([]);
  });

  it("the UI's export says a broken config file, and writes nothing", async () => {
    writeFileSync(join(dir, "quotecheck.config.json"), "{ nope");
    await expect(exportReport(dir, [join(dir, "story")], report, formatterNamed("json")!, "quotecheck-report.json")).rejects.toThrow(/quotecheck\.config\.json: not valid JSON/);
    expect(existsSync(join(dir, "quotecheck-report.json"))).toBe(false);
    // must-not: a format that lists no check findings does not read it
    await expect(exportReport(dir, [join(dir, "story")], report, formatterNamed("md")!, "quotecheck-report.md")).resolves.toMatch(/^wrote /);
  });

  it("the UI's export still refuses to write over a source it read", async () => {
    writeFileSync(join(dir, "quotecheck-report.md"), "“We are ready,” said the mayor.\n");
    await expect(exportReport(dir, [dir], report, formatterNamed("md")!, "quotecheck-report.md")).rejects.toThrow(/^quotecheck-report\.md: /);
    expect(readFileSync(join(dir, "quotecheck-report.md"), "utf8")).toBe("“We are ready,” said the mayor.\n");
  });
});

// The report command held the analysis's claims (one a quote compared) through the whole write,
// though only the JSON report writes them: it now hands each format the report it writes.
describe("reportFor: the report a format is handed", () => {
  const claim = (q: Quote): Claim => ({
    quoteId: q.id,
    speaker: q.speaker,
    role: q.role,
    outlet: null,
    article: q.articleId,
    published: null,
    spokenOn: q.spokenOn,
    text: q.text,
    start: q.span.start,
    end: q.span.end,
    topics: q.text.toLowerCase().split(/\W+/).filter(Boolean),
    numbers: [],
    polarity: "positive",
    stance: "neutral",
    judgement: null,
  });
  const whole = { ...report, claims: report.quotes.map(claim) };

  it.each(reportFormatters.map((f) => [f.name, f] as const))("must: %s gives the same text from the report it is handed as from the whole", (_name, f) => {
    expect([...reportPieces(f, reportFor(f, whole))].join("")).toBe([...reportPieces(f, whole)].join(""));
  });
  it.each(reportFormatters.map((f) => [f.name, f.name === "json"] as const))("%s keeps the model's claims: %s", (name, kept) => {
    const handed = reportFor(formatterNamed(name)!, whole);
    expect(whole.claims.length).toBeGreaterThan(0);
    expect(handed.claims).toHaveLength(kept ? whole.claims.length : 0);
    // Everything else is the analysis's own.
    expect(handed.quotes).toBe(whole.quotes);
    expect(handed.findings).toBe(whole.findings);
  });
});
