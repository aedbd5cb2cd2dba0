import type { Report } from "../model/index.js";
import { csvChunks, csvReport } from "./csv.js";
import { htmlChunks, htmlReport } from "./html.js";
import { markdownChunks, markdownReport } from "./markdown.js";
import { joinedUpTo } from "./json-chunks.js";
import { jsonReport } from "./json-report.js";

/** A report formatter: pure, Report in, file contents out. */
export type Formatter = {
  readonly name: string;
  readonly extension: string;
  readonly description: string;
  readonly format: (report: Report) => string;
  /**
   * The same text in pieces, for a format whose whole text can pass V8's longest string (the JSON of
   * a dense 49 MB story did): the CLI writes them one after another. `format` joins them.
   */
  readonly chunks?: (report: Report) => Iterable<string>;
  /** The format lists the `check` findings with each quote: the command attaches them first (pipeline/with-checks). */
  readonly listsChecks?: boolean;
  /**
   * The format writes the model's claims (Report.claims, what the conflicts stage compared). The
   * others read a finding's own claims only, so the command lets the model's list go before writing.
   */
  readonly listsClaims?: boolean;
};

/** Every report format, in one place; the CLI and the TUI's "write a report" both read this. */
export const reportFormatters: readonly Formatter[] = [
  {
    name: "json",
    extension: "json",
    description: "the whole analysis as JSON, each quote with its chain, flags, findings and checks (schema/report.schema.json)",
    format: (r) => [...jsonReport(r)].join(""),
    chunks: jsonReport,
    listsChecks: true,
    listsClaims: true,
  },
  {
    name: "md",
    extension: "md",
    description: "Markdown: summary, speakers, conflicts claim by claim, sources, diagnostics",
    format: markdownReport,
    chunks: (r) => joinedUpTo(markdownChunks(r), 1 << 20),
  },
  // In pieces too: the page of a dense 49 MB story was past V8's longest string.
  { name: "html", extension: "html", description: "one self-contained HTML page (no scripts; prints well)", format: htmlReport, chunks: (r) => joinedUpTo(htmlChunks(r), 1 << 20) },
  { name: "csv", extension: "csv", description: "one quote a row, UTF-8 with BOM and CRLF, for spreadsheets", format: csvReport, chunks: (r) => joinedUpTo(csvChunks(r), 1 << 20) },
];

export const formatterNamed = (name: string): Formatter | undefined => reportFormatters.find((f) => f.name === name);
