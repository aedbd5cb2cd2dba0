import { dirname, resolve } from "node:path";
import { loaderOptions, oneOf, parse, loadFlags } from "../options.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { inputsExit, nothingRead, printFileWarnings } from "../exit.js";
import { loadReport, type LoadOptions } from "../load.js";
import { DEFAULT_CORPUS } from "../corpus.js";
import { destinationProblem, inputRoots, writeProblem, writeTarget } from "../output-file.js";
import { reportFor, reportPieces, writeReportFile } from "../report-file.js";
import { formatterNamed, reportFormatters, type Formatter } from "../../report/registry.js";
import type { Report, Severity } from "../../model/index.js";
import { ConfigError } from "../../check/config.js";
import { checkSetup, type CheckSetup } from "../check-config.js";

const names = reportFormatters.map((f) => f.name);

/**
 * Document formats no report is written in (as ingest's unread attachments and a few more): a
 * Markdown page saved as r.pdf or r.docx opens in no PDF or Word reader. Anchored, one alternation.
 */
const DOCUMENT_EXTENSION = /\.(pdf|docx?|odt|rtf|xlsx?|ods|pptx?|odp|epub)$/i;

/**
 * The analysis of `paths` as `f` writes it (reportFor): the whole report is held in this function's
 * frame alone, so what the format does not write is let go before the first piece is.
 */
async function loadForFormat(f: Formatter, paths: readonly string[], io: Io, opts: LoadOptions): Promise<{ report: Report; readAnything: boolean }> {
  const loaded = await loadReport(paths, io, "full", opts);
  return { report: reportFor(f, loaded.report), readAnything: loaded.readAnything };
}

export const reportCommand = {
  name: "report",
  summary: "the attribution report: speakers, quotes, conflicts, sources (md, html, json, csv)",
  usage:
    `quotecheck report [paths...] [--format ${names.join("|")}] [-o|--output FILE] [--rule id=off|info|warning|error]... [--config FILE] [--fail-on error|warning|info]\n` +
    reportFormatters.map((f) => `    ${f.name.padEnd(5)} ${f.description}`).join("\n") +
    "\n  Without --format the format follows FILE's extension (.md, .html, .json, .csv), else md;\n" +
    "  a document's extension (.pdf, .docx …) is refused unless --format names the format to write.\n" +
    "  The check findings a format lists with each quote (json) are check's: its config file\n" +
    "  (quotecheck.config.json or .quotecheckrc.json, or --config FILE) and --rule set their rules;\n" +
    "  the json report lists those settings, and the --fail-on check would gate at (the file's failOn, else error).",
  exits: "exit codes: 0 done, 2 usage or input failure (nothing could be read, a path named on the command line could not be, or the report could not be written)",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, {
      ...loaderOptions,
      output: { type: "string", short: "o" },
      rule: { type: "string", multiple: true },
      config: { type: "string" },
      "fail-on": { type: "string" },
    });
    const out = values.output;
    const fromExt = out ? reportFormatters.find((f) => out.toLowerCase().endsWith(`.${f.extension}`) || (f.name === "md" && /\.markdown$/i.test(out))) : undefined;
    const name = values.format ?? fromExt?.name ?? "md";
    const formatter = formatterNamed(name === "markdown" ? "md" : name);
    if (!formatter) throw new UsageError(`--format must be one of ${names.join(", ")} (got "${name}")`);
    // Written as asked, but said: "wrote r.md (html, …)" alone let a CI step file a page of tags as Markdown.
    if (out && fromExt && fromExt.name !== formatter.name) io.err(`quotecheck: ${out}: its extension is ${fromExt.name}'s, but --format ${formatter.name} was asked; writing ${formatter.name}\n`);
    // -o r.pdf asked for a format no report is written in: refused before anything is read, unless
    // --format names one (then written as asked, and said).
    const document = out && !fromExt ? DOCUMENT_EXTENSION.exec(out)?.[0].toLowerCase() : undefined;
    if (document && values.format === undefined)
      throw new UsageError(`${out}: no report format writes ${document}; name the file .md, .html, .json or .csv, or give --format`);
    if (document) io.err(`quotecheck: ${out}: no report format writes ${document}; writing ${formatter.name} as --format asked\n`);
    // The check findings the report lists are set as `check` sets them, so the two agree. A format
    // that lists none reads no config file (a broken one there is check's to report), but a file or
    // rule named on the command line is still read, so a mistake in it is not passed over.
    // --fail-on is check's; the JSON report says it beside the settings (checkSettings.failOn), so a
    // CI job that gates with `check --fail-on warning` can say so in the report it files.
    const ruleFlags = values.rule ?? [];
    const failOn = values["fail-on"] === undefined ? undefined : oneOf<Severity>("fail-on", values["fail-on"], ["error", "warning", "info"], "error");
    let setup: Partial<CheckSetup> = {};
    if (formatter.listsChecks || values.config !== undefined || ruleFlags.length || failOn) {
      try {
        setup = await checkSetup(io.cwd, values.config, ruleFlags, failOn);
      } catch (e) {
        if (e instanceof ConfigError) throw new UsageError(e.message);
        throw e;
      }
      if (!formatter.listsChecks) io.err(`quotecheck: the ${formatter.name} report lists no check findings; --config, --rule and --fail-on change nothing in it\n`);
    }

    if (out && out !== "-") {
      const problem = await destinationProblem(resolve(io.cwd, out), inputRoots(io.cwd, positionals, DEFAULT_CORPUS));
      if (problem) {
        io.err(`quotecheck: ${out}: cannot write report: ${problem}\n`);
        return EXIT.failure;
      }
    }
    // A report written into the folder it reads would be read back next time as one more source.
    const leaveOut = out && out !== "-" ? [{ path: resolve(io.cwd, out), reason: "this report's own output file; not read as a source" }] : [];
    const { report, readAnything } = await loadForFormat(formatter, positionals, io, { ...loadFlags(values), leaveOut });
    if (!readAnything) return nothingRead(io, "no report written", report.diagnostics);
    // A file read that gave nothing usable gets its line, as from every other command.
    printFileWarnings(io, report.diagnostics);
    // A format that comes in pieces (JSON) is written piece by piece: whole, a dense story's report
    // was longer than V8's longest string. The bytes are counted as they go for the closing line.
    // The report covers what could be read; a named path that could not be still fails the run.
    const done = inputsExit(positionals, readAnything, report.diagnostics);
    if (!out || out === "-") {
      for (const p of reportPieces(formatter, report, setup)) io.out(p);
      return done;
    }
    const target = await writeTarget(resolve(io.cwd, out));
    let bytes: number;
    try {
      bytes = await writeReportFile(target, formatter, report, setup);
    } catch (e) {
      io.err(`quotecheck: ${out}: cannot write report: ${writeProblem(e, dirname(target))}\n`);
      return EXIT.failure;
    }
    io.err(`wrote ${out} (${formatter.name}, ${bytes} bytes)\n`);
    return done;
  },
};
