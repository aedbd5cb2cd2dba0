import { describe, expect, it } from "vitest";
import { isOwnReport } from "../../src/ingest/own-output.js";
import { loadInputs } from "../../src/ingest/index.js";
import { quoteFormats, quoteRows } from "../../src/report/quote-rows.js";
import { reportFormatters } from "../../src/report/registry.js";
import { sampleReport } from "../report/sample-report.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const report = sampleReport();

describe("isOwnReport: the first characters of each report quotecheck writes", () => {
  // Must: every format the report command writes, as it writes it (so a new format or a changed
  // first line fails here, not in a user's folder).
  for (const f of reportFormatters) {
    it(`knows the ${f.name} report`, () => {
      const text = f.format(report);
      expect(isOwnReport(text.slice(0, 4096), f.name === "html")).toBe(true);
    });
  }

  // Must: extract's own outputs, as extract writes them ("extract story --format jsonl > story/quotes.jsonl").
  for (const name of ["json", "jsonl", "csv"] as const) {
    it(`knows extract's ${name} output`, () => {
      const text = quoteFormats[name](quoteRows(report));
      expect(text.length).toBeGreaterThan(0);
      expect(isOwnReport(text.slice(0, 4096), false)).toBe(true);
    });
  }

  it("knows check's and verify's JSON by their schema key", () => {
    expect(isOwnReport('{\n  "schema": "quotecheck/check",\n  "schemaVersion": "1.0",\n', false)).toBe(true);
    expect(isOwnReport('{\n  "schema": "quotecheck/verify",\n  "schemaVersion": "1.0",\n', false)).toBe(true);
  });

  const mustNot: readonly [string, string, boolean][] = [
    ["a news story", '"We are ready," said the mayor, John Smith, on Monday.', false],
    ["a story that quotes the mark later on", 'The tool wrote <!-- quotecheck report --> at the top.', false],
    ["the generator meta in a text file", '<meta name="generator" content="quotecheck"> was in it', false],
    ["some other JSON", '{\n  "schemaVersion": "2",\n  "title": "x"\n}', false],
    ["a JSON schema key of another tool", '{\n  "schema": "other/check"\n}', false],
    ["a CSV of other columns", "speaker,quote\nJohn Smith,We are ready\n", false],
    ["a CSV whose header starts the same way only", "speaker,speaker_type,notes\n", false],
    ["a JSON array of other objects", '[\n  {\n    "doc": "a.txt",\n    "title": "x"\n  }\n]', false],
    ["a JSONL line of other keys", '{"doc":"a.txt","title":"x"}\n', false],
    ["a CSV whose header starts with doc only", "doc,title\na.txt,x\n", false],
    ["a page without the meta", "<html><head><title>x</title></head><body><p>Hi</p></body></html>", true],
  ];
  for (const [label, head, html] of mustNot) {
    it(`does not take ${label} for a report`, () => expect(isOwnReport(head, html)).toBe(false));
  }
});

describe("ingest leaves out a JSON or CSV report in a folder it reads", () => {
  it("reads the story and leaves the reports out with info ingest/own-report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-own-"));
    try {
      writeFileSync(join(dir, "story.txt"), '"We are ready," said the mayor, John Smith, on Monday.\n');
      writeFileSync(join(dir, "report.json"), reportFormatters.find((f) => f.name === "json")!.format(report));
      writeFileSync(join(dir, "report.csv"), reportFormatters.find((f) => f.name === "csv")!.format(report));
      const loaded = await loadInputs([dir]);
      expect(loaded.documents.map((d) => d.id)).toEqual([join(dir, "story.txt").replace(/^.*(qc-own-[^/]+)/, "$1")]);
      const own = loaded.diagnostics.filter((d) => d.ruleId === "ingest/own-report").map((d) => d.documentId.replace(/^.*\//, ""));
      expect(own.sort()).toEqual(["report.csv", "report.json"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
