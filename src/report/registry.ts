import type { Report } from "../model/index.js";
import { csvReport } from "./csv.js";
import { htmlReport } from "./html.js";
import { markdownReport } from "./markdown.js";

/** A report formatter: pure, Report in, file contents out. */
export type Formatter = {
  readonly name: string;
  readonly extension: string;
  readonly description: string;
  readonly format: (report: Report) => string;
};

/** Every report format, in one place; the CLI and the TUI's "write a report" both read this. */
export const reportFormatters: readonly Formatter[] = [
  {
    name: "json",
    extension: "json",
    description: "the whole analysis as JSON (schema/report.schema.json)",
    format: (r) => JSON.stringify({ ...r, articles: r.articles.map(({ sourceOffsets: _s, ...a }) => a) }, null, 2) + "\n",
  },
  { name: "md", extension: "md", description: "Markdown: summary, speakers, conflicts claim by claim, sources, diagnostics", format: markdownReport },
  { name: "html", extension: "html", description: "one self-contained HTML page (no scripts; prints well)", format: htmlReport },
  { name: "csv", extension: "csv", description: "one quote a row, UTF-8 with BOM and CRLF, for spreadsheets", format: csvReport },
];

export const formatterNamed = (name: string): Formatter | undefined => reportFormatters.find((f) => f.name === name);
