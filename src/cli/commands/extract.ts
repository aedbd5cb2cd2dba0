import { commonOptions, maxBytes, oneOf, parse } from "../options.js";
import { EXIT, type Io } from "../io.js";
import { loadReport } from "../load.js";
import { quoteFormats, quoteRows, type QuoteFormat } from "../../report/quote-rows.js";

export const extractCommand = {
  name: "extract",
  summary: "list every quotation with its speaker, role, outlet, to-whom and dates",
  usage: "quotecheck extract [paths...] [--format jsonl|json|csv|table] [--include-scare]",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, { ...commonOptions, "include-scare": { type: "boolean" } });
    const format = oneOf<QuoteFormat>("format", values.format, ["jsonl", "json", "csv", "table"], "table");
    const { report, readAnything } = await loadReport(positionals, io, "quotes", { maxBytes: maxBytes(values["max-bytes"]) });
    io.out(quoteFormats[format](quoteRows(report, { includeScare: values["include-scare"] })));
    return readAnything ? EXIT.ok : EXIT.failure;
  },
};
