import { loaderOptions, oneOf, parse, loadFlags } from "../options.js";
import { textWidth, type Io } from "../io.js";
import { inputsExit, nothingRead, printFileWarnings } from "../exit.js";
import { loadReport } from "../load.js";
import { findingFormats, type FindingFormat } from "../../report/findings.js";

export const conflictsCommand = {
  name: "conflicts",
  summary: "line sources up: contradictions, differing numbers, disputed claims, changes over time, corroborations, altered and misattributed quotes",
  usage: "quotecheck conflicts [paths...] [--format json|table]",
  notes:
    "  table  each finding, its explanation and its claims: speaker, outlet, the day said (\"said\") or\n" +
    "         published (\"pub.\"; ≤ the day the mail that carried an undated story was sent, published on\n" +
    "         or before it; * a day from the file name), what the claim stands for, the claim (a direct\n" +
    "         quote in quotation marks)\n" +
    "  json   the findings, then each corroboration not counted because its voices are one source\n" +
    "         (kind not-independent, with why); docs/conflicts.md explains each kind",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, loaderOptions);
    const format = oneOf<FindingFormat>("format", values.format, ["json", "table"], "table");
    const { report, readAnything } = await loadReport(positionals, io, "full", loadFlags(values));
    if (!readAnything) return nothingRead(io, "no findings listed", report.diagnostics);
    printFileWarnings(io, report.diagnostics);
    io.out(format === "table" ? findingFormats.table(report, textWidth(io)) : findingFormats.json(report));
    return inputsExit(positionals, readAnything, report.diagnostics);
  },
};
