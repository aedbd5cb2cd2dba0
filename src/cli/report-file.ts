import { dirname, join, relative } from "node:path";
import type { Report } from "../model/index.js";
import type { Formatter } from "../report/registry.js";
import { withChecks } from "../pipeline/with-checks.js";
import { checkSetup, type CheckSetup } from "./check-config.js";
import { bytes } from "../tui/text.js";
import { DEFAULT_CORPUS } from "./corpus.js";
import { destinationProblem, inputRoots, writeAtomic, writeProblem, writeTarget } from "./output-file.js";

/**
 * A report's text in pieces (with the `check` findings attached first when the format lists them,
 * each rule at its setting in `setup`, as `check` gives it, and the settings beside them): the formatter's own (JSON's, about a megabyte each) when it has them,
 * else its whole text as one. The CLI's `report` and the UI's "write a report" both write these: the
 * UI built each format as one string, so a JSON report longer than V8's longest string, which
 * `report -o` wrote, failed from the UI.
 */
export function reportPieces(f: Formatter, r: Report, setup: Partial<CheckSetup> = {}): Iterable<string> {
  const report = f.listsChecks ? withChecks(r, setup.rules, setup) : r;
  return f.chunks ? f.chunks(report) : [f.format(report)];
}

/**
 * The report with only what `f` writes: a format that does not list the model's claims gets none.
 * The report command keeps this one alone while writing (loadForFormat), so the analysis's claims
 * (one a quote compared: 12.7k on PolNeAR train, about as many as its quotes on a dense story) are
 * not held through a write that never reads them.
 */
export const reportFor = (f: Formatter, r: Report): Report => (f.listsClaims || !r.claims.length ? r : { ...r, claims: [] });

/** The pieces, each one's UTF-8 bytes told to `add` as it is handed on. */
export function* counted(pieces: Iterable<string>, add: (bytes: number) => void): Generator<string> {
  for (const p of pieces) {
    add(Buffer.byteLength(p));
    yield p;
  }
}

/** Write the report to `target` (writeAtomic: whole or not at all) piece by piece; the UTF-8 bytes written. */
export async function writeReportFile(target: string, f: Formatter, r: Report, setup: Partial<CheckSetup> = {}): Promise<number> {
  let bytes = 0;
  await writeAtomic(target, counted(reportPieces(f, r, setup), (n) => (bytes += n)));
  return bytes;
}

/**
 * The UI's "write a report": `name` in the working directory, with the same care as report -o (never
 * over a source or a read-only file, through a link to its file) and the same writer; a format that
 * lists check findings takes their settings from the working directory's config file, as `check`
 * and `report` there do. The line to show when written; an Error whose message says why not.
 */
export async function exportReport(cwd: string, paths: readonly string[], report: Report, f: Formatter, name: string): Promise<string> {
  const path = join(cwd, name);
  const problem = await destinationProblem(path, inputRoots(cwd, paths, DEFAULT_CORPUS));
  if (problem) throw new Error(`${relative(cwd, path)}: ${problem}`);
  const setup = f.listsChecks ? await checkSetup(cwd, undefined) : {};
  const target = await writeTarget(path);
  let written: number;
  try {
    written = await writeReportFile(target, f, report, setup);
  } catch (e) {
    throw new Error(`${relative(cwd, path)}: ${writeProblem(e, dirname(target))}`);
  }
  return `wrote ${relative(cwd, path)} (${bytes(written)})`;
}
