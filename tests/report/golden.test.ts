import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { reportFormatters } from "../../src/report/registry.js";
import { articlesById, quoteFormats, quoteRows } from "../../src/report/quote-rows.js";
import { speakerFormats } from "../../src/report/speakers.js";
import { findingFormats } from "../../src/report/findings.js";
import { sampleReport } from "./sample-report.js";
import { withChecks } from "../../src/pipeline/with-checks.js";

/**
 * Every report format of the sample report, byte for byte, against the files in
 * tests/fixtures/report-golden/. A change to a formatter shows here as a diff to read; when it is
 * meant, rewrite the files with `QUOTECHECK_UPDATE_GOLDEN=1 npx vitest run tests/report/golden.test.ts`
 * and read the diff before committing. The sample report is made by hand (no engine), so only a
 * formatter's change moves these files.
 */
const DIR = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/report-golden");
const UPDATE = process.env.QUOTECHECK_UPDATE_GOLDEN === "1";

const report = sampleReport();
const outputs: readonly (readonly [string, () => string])[] = [
  // (As the command writes them: a format that lists the check findings gets them attached first.)
  ...reportFormatters.map((f) => [`report.${f.extension}`, () => f.format(f.listsChecks ? withChecks(report) : report)] as const),
  ...(["table", "csv", "json"] as const).map((k) => [`extract.${k === "table" ? "txt" : k}`, () => (k === "table" ? quoteFormats.table(quoteRows(report), undefined, articlesById(report)) : quoteFormats[k](quoteRows(report)))] as const),
  ["speakers.txt", () => speakerFormats.table(report)],
  ["conflicts.txt", () => findingFormats.table(report)],
];

describe("report formats, golden files (QUOTECHECK_UPDATE_GOLDEN=1 rewrites them)", () => {
  it.each(outputs)("%s", (name, make) => {
    const file = join(DIR, name);
    const out = make();
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, out);
    }
    expect(existsSync(file), `${file} is missing: run with QUOTECHECK_UPDATE_GOLDEN=1`).toBe(true);
    expect(out).toBe(readFileSync(file, "utf8"));
  });
});
