import { count, type Article, type Diagnostic, type Report, type Severity } from "../model/index.js";
import { checkRules } from "./registry.js";
import { atOrAbove, countBySeverity, type CheckFinding } from "./run.js";
import { formatLocation, makeLocator, type Location } from "./locate.js";
import type { RuleSetting } from "./types.js";

export const CHECK_SCHEMA_VERSION = "1.0";

export type CheckRun = {
  readonly report: Report;
  readonly findings: readonly CheckFinding[];
  readonly failOn: Severity;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Decoded text of each document, to turn offsets into lines and columns. */
  readonly texts: ReadonlyMap<string, string>;
  /** Inputs that could not be read (ingest errors). */
  readonly inputErrors: readonly Diagnostic[];
  /** Those of them named on the command line: the gate fails on them (exit 2) whatever the findings. */
  readonly unreadNamed?: readonly string[];
};

export const failed = (run: Pick<CheckRun, "findings" | "failOn">): boolean => run.findings.some((f) => atOrAbove(f.severity, run.failOn));

const span = (s: { start: number; end: number } | null) => (s ? { start: s.start, end: s.end } : { start: null, end: null });

/** The `check --format json` document; its shape is schema/check.schema.json. Pure. */
export function checkJson(run: CheckRun): string {
  const articles = new Map<string, Article>(run.report.articles.map((a) => [a.id, a]));
  const where = makeLocator(articles, run.texts);
  const counts = countBySeverity(run.findings);
  const doc = {
    schema: "quotecheck/check",
    schemaVersion: CHECK_SCHEMA_VERSION,
    failOn: run.failOn,
    // As the exit code says: 1 for a finding at or above failOn, 2 for a named input not read.
    failed: failed(run) || (run.unreadNamed?.length ?? 0) > 0,
    summary: {
      documents: run.report.documents.length,
      articles: run.report.articles.length,
      quotes: run.report.quotes.filter((q) => q.kind !== "scare").length,
      findings: run.findings.length,
      ...counts,
    },
    rules: checkRules.map((r) => ({ id: r.id, description: r.description, default: r.severity, setting: run.rules[r.id] ?? r.severity })),
    findings: run.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...where(f),
      article: f.articleId,
      ...span(f.span),
      quoteId: f.quoteId ?? null,
      findingId: f.findingId ?? null,
      groupId: f.groupId ?? null,
      related: (f.related ?? []).map((r) => ({ ...where(r), article: r.articleId, ...span(r.span), note: r.note })),
    })),
    inputs: run.report.inputs,
    errors: run.inputErrors.map((d) => ({ file: d.documentId, message: d.reason, ruleId: d.ruleId })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

export type Paint = { readonly severity: (s: Severity) => string; readonly dim: (s: string) => string };
export const plain: Paint = { severity: (s) => s, dim: (s) => s };
const SGR: Record<Severity, string> = { error: "31", warning: "33", info: "36" };
export const ansi: Paint = { severity: (s) => `\u001b[${SGR[s]}m${s}\u001b[39m`, dim: (s) => `\u001b[2m${s}\u001b[22m` };

/** One line a finding: `file:line:col: severity: message (rule-id)`. Pure. */
export function checkText(run: CheckRun, paint: Paint = plain): string {
  const where = makeLocator(new Map<string, Article>(run.report.articles.map((a) => [a.id, a])), run.texts);
  return run.findings
    .map((f) => {
      const loc: Location = where(f);
      const message = f.message.replace(/\s+/g, " ");
      return `${formatLocation(loc)}: ${paint.severity(f.severity)}: ${message} ${paint.dim(`(${f.ruleId})`)}\n`;
    })
    .join("");
}

/**
 * "3 problems (1 error, 2 warnings, 0 info); fails at --fail-on warning" for standard error.
 * `unreadNamed`: inputs named on the command line that could not be read; the gate fails on them
 * (exit 2) whatever the findings, and the line says so. (When nothing read gave an article the
 * command prints no summary: it says "nothing could be read" as every command does.)
 */
export function checkSummary(run: CheckRun, unreadNamed: readonly string[] = []): string {
  const c = countBySeverity(run.findings);
  const n = run.findings.length;
  const verdict =
    unreadNamed.length === 1
      ? `fails: ${unreadNamed[0]} could not be read`
      : unreadNamed.length > 1
        ? `fails: ${unreadNamed.length} inputs could not be read (${unreadNamed.join(", ")})`
        : failed(run)
          ? `fails at --fail-on ${run.failOn}`
          : `passes at --fail-on ${run.failOn}`;
  return `${count(n, "problem")} (${count(c.error, "error")}, ${count(c.warning, "warning")}, ${c.info} info); ${verdict}\n`;
}
