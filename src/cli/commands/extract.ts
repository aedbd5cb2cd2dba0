import { loaderOptions, oneOf, parse, loadFlags } from "../options.js";
import { textWidth, type Io } from "../io.js";
import { inputsExit, nothingRead, printFileWarnings } from "../exit.js";
import { loadReport, streamInputs } from "../load.js";
import { articlesById, quoteFormats, quoteRow, quoteRows, type QuoteFormat, type QuoteRow } from "../../report/quote-rows.js";
import { linedUp } from "../../pipeline/lined-up.js";

/** Rows turned into text and written at once by the line formats (jsonl, csv): about half a megabyte. */
const ROWS_A_WRITE = 1000;

export const extractCommand = {
  name: "extract",
  summary: "list every quotation with its speaker, role, outlet, to-whom and dates",
  usage: "quotecheck extract [paths...] [--format jsonl|json|csv|table] [--include-scare] [--no-cache]",
  notes:
    "  table   one quote a row (the default): speaker by the one name `speakers` lists, outlet (\"?\" and the\n" +
    "          article's title when it names none), to whom, the day said and published (≤ the day the mail\n" +
    "          that carried an undated story was sent, published on or before it; * a day from the file\n" +
    "          name), the kind (a direct quote in quotation marks, reported speech without; \"cut\" when the\n" +
    "          text cuts it off)\n" +
    "  jsonl   one JSON object a quote (schema/quote-row.schema.json): each article's own reading of the\n" +
    "          speaker, the mention and cue as written, offsets, the rule and its reason\n" +
    "  json    the same as one array\n" +
    "  csv     the jsonl fields as columns, for spreadsheets\n" +
    "  --include-scare also lists words in marks no one is said to have said (scare quotes, titles,\n" +
    "          terms), of kind scare",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, { ...loaderOptions, "include-scare": { type: "boolean" } });
    const format = oneOf<QuoteFormat>("format", values.format, ["jsonl", "json", "csv", "table"], "table");
    const load = loadFlags(values);
    if (format === "jsonl" || format === "csv") {
      // Line formats go out file by file, in input order, so memory stays flat for any number of files.
      // The CSV header waits for the first file read: printed first, it stood alone when nothing could be.
      const header = format === "csv" ? quoteFormats.csv([]) : "";
      let headed = false;
      const head = () => {
        if (!headed) io.out(header);
        headed = true;
      };
      const { readAnything, diagnostics } = await streamInputs(positionals, io, "quotes", load, (o) => {
        if (!o.ok) return;
        // Errors were printed while loading; a file read with a problem gets its line too.
        printFileWarnings(io, o.diagnostics);
        // A file that gave no article ("no article text") heads nothing: alone, it is nothing read.
        if (!o.document.articles.length) return;
        head();
        // A file's quotes go out ROWS_A_WRITE at a time: all of one dense 49 MB file (about 870k
        // quotes) as one string was some 450 MB, near V8's longest string, held with every row at once.
        let rows: QuoteRow[] = [];
        const write = () => {
          if (rows.length) io.out(quoteFormats[format](rows).slice(header.length));
          rows = [];
        };
        o.document.articles.forEach((a, i) => {
          for (const q of o.perArticle?.[i]?.quotes ?? []) {
            if (!values["include-scare"] && q.kind === "scare") continue;
            rows.push(quoteRow(q, a));
            if (rows.length >= ROWS_A_WRITE) write();
          }
        });
        write();
      });
      if (!readAnything) return nothingRead(io, "no quotes listed");
      head();
      return inputsExit(positionals, readAnything, diagnostics);
    }
    const { report, readAnything } = await loadReport(positionals, io, "quotes", load);
    if (!readAnything) return nothingRead(io, "no quotes listed", report.diagnostics);
    printFileWarnings(io, report.diagnostics);
    // The table names speakers as the UI does (linedUp); json keeps each article's own reading, as jsonl and csv.
    const rows = quoteRows(format === "table" ? linedUp(report) : report, { includeScare: values["include-scare"] });
    io.out(format === "table" ? quoteFormats.table(rows, textWidth(io), articlesById(report)) : quoteFormats[format](rows));
    return inputsExit(positionals, readAnything, report.diagnostics);
  },
};
