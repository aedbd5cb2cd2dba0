import { loadInputs } from "../ingest/index.js";
import type { Diagnostic } from "../model/index.js";
import { analyse, type Depth } from "../pipeline/index.js";
import type { Report } from "../model/index.js";
import { DEFAULT_CORPUS } from "./corpus.js";
import { formatDiagnostic } from "../report/diagnostics.js";
import type { Io } from "./io.js";

export type Loaded = { report: Report; readAnything: boolean };

/**
 * Read the paths (the embedded corpus when none), run the pipeline to `depth`, and print one
 * error line per unreadable input on stderr. The caller decides the exit code.
 */
export async function loadReport(paths: readonly string[], io: Io, depth: Depth, opts: { maxBytes?: number } = {}): Promise<Loaded> {
  const loaded = await loadInputs(paths.length ? paths : [DEFAULT_CORPUS], { maxBytes: opts.maxBytes });
  for (const d of loaded.diagnostics) if (d.severity === "error") io.err(formatDiagnostic(d, null) + "\n");
  const report = analyse(loaded, depth);
  return { report, readAnything: loaded.documents.length > 0 };
}

export const errorsOf = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");
