import type { Report } from "../model/index.js";

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
];

export const formatterNamed = (name: string): Formatter | undefined => reportFormatters.find((f) => f.name === name);
