import type { Report } from "../../model/index.js";
import { reportFormatters } from "../../report/registry.js";
import { articlesById, quoteFormats, quoteRows, type QuoteFormat } from "../../report/quote-rows.js";
import { linedUp } from "../../pipeline/lined-up.js";
import type { FormatChoice } from "../../tui/ExportPrompt.js";
import type { Progress } from "../../tui/LoadingView.js";
import type { RootProps } from "../../tui/Root.js";
import { wrap } from "../../tui/text.js";
import { keysBrief } from "../../tui/key-table.js";
import { EXIT, textWidth, type Io } from "../io.js";
import { inputsExit, nothingRead, printFileWarnings } from "../exit.js";
import { loaderOptions, oneOf, parse, loadFlags } from "../options.js";
import { exportReport } from "../report-file.js";

const HINT =
  "quotecheck: standard output is not a terminal, so this is the quotes table. Run `quotecheck` in a terminal " +
  "for the interactive view (quotes, speakers, conflicts, sources); `quotecheck extract --format json` gives the quotes as data.\n";

export const tuiCommand = {
  name: "tui",
  summary: "the interactive terminal UI (the default command); prints the quotes table when not on a terminal",
  usage: "quotecheck [tui] [paths...] [--plain] [--format table|jsonl|json|csv] [--no-color] [--no-cache]",
  // The keys from the UI's own table (tui/key-table), which its help screen gives too.
  notes: wrap(keysBrief(), 102).map((l) => `  ${l}`).join("\n"),
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, { ...loaderOptions, plain: { type: "boolean" }, "no-cache": { type: "boolean" } });
    const load = { ...loadFlags(values), cache: values["no-cache"] ? false : undefined };
    // Ink needs raw mode on standard input as well as a terminal to draw on, so reading the
    // input from standard input ("-") means the plain table too.
    if (!io.stdoutIsTTY || !io.stdinIsTTY || positionals.includes("-") || values.plain || values.format !== undefined) {
      const format = oneOf<QuoteFormat>("format", values.format, ["table", "jsonl", "json", "csv"], "table");
      const { loadReport } = await import("../load.js");
      const { report, readAnything } = await loadReport(positionals, io, "quotes", load);
      // As extract: nothing read is no bare header, no "[]" and no hint to open the UI on a terminal.
      if (!readAnything) return nothingRead(io, "no quotes listed", report.diagnostics);
      printFileWarnings(io, report.diagnostics);
      // The table fits a terminal (`--plain` on one) as extract's does; a file or pipe gets every column whole.
      // The table names speakers as the interactive UI does (linedUp); the data formats as extract's.
      io.out(format === "table" ? quoteFormats.table(quoteRows(linedUp(report)), textWidth(io), articlesById(report)) : quoteFormats[format](quoteRows(report)));
      if (!values.plain && values.format === undefined) io.err(HINT);
      return inputsExit(positionals, readAnything, report.diagnostics);
    }
    return interactive(positionals, io, load, values["no-color"]);
  },
};

async function interactive(paths: readonly string[], io: Io, load: { maxBytes?: number; cache?: boolean }, noColor: boolean | undefined): Promise<number> {
  // Ink, React and the views load here, for the interactive UI only: the plain table, --help and
  // the other commands never pay for them.
  const [{ render }, { createElement }, { Root }, { reportFileName }, { colourWanted }] = await Promise.all([
    import("ink"),
    import("react"),
    import("../../tui/Root.js"),
    import("../../tui/ExportPrompt.js"),
    import("../../tui/theme.js"),
  ]);
  const color = colourWanted(io.env, noColor);
  const errors: string[] = [];
  const quiet: Io = { ...io, err: (s) => errors.push(s) };
  let report: Report | null = null;
  const formats: FormatChoice[] = reportFormatters.map((f) => ({ name: f.name, extension: f.extension, description: f.description }));
  const writeReport = async (choice: FormatChoice): Promise<string> => {
    const f = reportFormatters.find((r) => r.name === choice.name);
    if (!f || !report) throw new Error(`no ${choice.name} formatter`);
    return exportReport(io.cwd, paths, report, f, reportFileName(f));
  };
  const props = (p: Partial<RootProps>): RootProps => ({
    report,
    progress: { done: 0, total: 0, phase: "reading the inputs" },
    color,
    started,
    formats,
    writeReport,
    ...p,
  });

  const started = Date.now();
  process.stdout.write("\u001B[?1049h"); // the alternate screen: the shell's scrollback comes back on quit
  const app = render(createElement(Root, props({})), { exitOnCtrlC: true, patchConsole: true });
  // Ink settles this promise only if it exists when the app exits, so ask for it at once (q may
  // come while the pipeline is still loading)
  let closed = false;
  const quit = app.waitUntilExit().then(() => {
    closed = true;
    return null;
  });
  try {
    let last = 0;
    const onProgress = (done: number, total: number) => {
      // after q a rerender would mount the UI again, take raw mode and keep the process alive
      if (closed) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const progress: Progress = done < total ? { done, total, phase: "reading the inputs" } : { done, total, phase: "lining up speakers and finding conflicts" };
      app.rerender(createElement(Root, props({ progress })));
    };
    await new Promise((r) => setImmediate(r)); // let the loading screen draw before the work starts
    // the pipeline (and its language model) loads after the loading screen is up
    const { loadReport } = await import("../load.js");
    const options = { ...load, onProgress };
    const loaded = await Promise.race([loadReport(paths, quiet, "full", options), quit]);
    // q while loading: the screen is given back at once (the work in flight ends by itself)
    if (!loaded) return EXIT.ok;
    if (!loaded.readAnything) {
      app.unmount();
      return EXIT.failure;
    }
    report = loaded.report;
    app.rerender(createElement(Root, props({ report })));
    await quit;
    // As the plain table and every other command: a path named on the command line that could not
    // be read is an input failure (2), after the UI showed the rest. It exited 0, so a script that
    // opened the UI on a mistyped path heard that all was well.
    return inputsExit(paths, true, report.diagnostics);
  } finally {
    app.unmount();
    process.stdout.write("\u001B[?1049l");
    for (const e of errors) io.err(e);
  }
}
