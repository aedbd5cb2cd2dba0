import type { Diagnostic, Severity } from "./diagnostic.js";
import type { Article, DocumentFormat, InputStatus } from "./document.js";
import type { Claim, Finding, QuoteGroup } from "./finding.js";
import type { Quote } from "./quote.js";
import type { Speaker } from "./speaker.js";

/** A document as the report shows it (its text is kept apart, on the article). */
export type DocumentSummary = {
  readonly id: string;
  readonly format: DocumentFormat;
  readonly encoding: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly articleIds: readonly string[];
};

/** Everything the pipeline found; formatters and the TUI only read it. */
export type Report = {
  readonly schemaVersion: "1.0";
  readonly inputs: readonly InputStatus[];
  readonly documents: readonly DocumentSummary[];
  readonly articles: readonly Article[];
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly groups: readonly QuoteGroup[];
  readonly claims: readonly Claim[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The `check` findings, each rule at the setting `check` gives it there (checkSettings), where the command attached them
   * (pipeline/with-checks) for a format that lists them with each quote (JSON); absent otherwise.
   */
  readonly checks?: readonly CheckNote[];
  /** The settings those findings were made with, attached with them (pipeline/with-checks); absent otherwise. */
  readonly checkSettings?: CheckSettings;
};

/**
 * The `check` settings a report's findings were made with, so a reader of the report knows which
 * rules ran and at what severity without the command line or the config file that set them.
 */
export type CheckSettings = {
  /** The config file read: as --config named it, else its name in the working directory; null when none was. */
  readonly configFile: string | null;
  /** The severity `check` fails at with these settings (--fail-on, else the config file's failOn, else error). */
  readonly failOn: Severity;
  /** Every rule, as `check --format json` lists them: its default severity and its setting here ("off": it did not run). */
  readonly rules: readonly { readonly id: string; readonly description: string; readonly default: Severity; readonly setting: Severity | "off" }[];
};

/** A `check` finding as a report carries it: the rule, its severity and message, and what it is about. */
export type CheckNote = {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly quoteId?: string;
  readonly findingId?: string;
};

/**
 * How quotecheck marks its own reports: the first line of the Markdown report, and the generator
 * meta of the HTML one. Ingest leaves such a file out of the sources (ingest/own-report).
 */
export const OWN_REPORT_MARK = "<!-- quotecheck report -->";
export const OWN_REPORT_GENERATOR = '<meta name="generator" content="quotecheck">';
