import type { Article, Container, Diagnostic, Report } from "../model/index.js";
import { publishedDay } from "../report/published.js";
import { OUTLET_UNKNOWN } from "../report/article-name.js";
import { bytes, flat } from "./text.js";
import { fold, matches } from "./selection.js";

export type Tone = "heading" | "plain" | "muted" | "ok" | "warning" | "error";

/** One line of the Sources view: an input, a container, an article or a diagnostic. */
export type SourceLine = {
  readonly depth: number;
  readonly text: string;
  readonly tone: Tone;
  /** Set on article lines: Enter lists the article's quotes. */
  readonly articleId?: string;
  /** Set on a read file's line: Enter lists the quotes of all its articles. */
  readonly fileId?: string;
  /** Set on an input's line (read or skipped), which the tab bar counts. */
  readonly input?: true;
};

/** The inputs a list of Sources lines names: the tab's count under the filter, as the other tabs count what it leaves. */
export const inputCount = (lines: readonly SourceLine[]): number => lines.filter((l) => l.input).length;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function containerText(c: Container): string {
  const kind = { "mailing-list-post": "mailing-list post", email: "e-mail", "web-page": "web page", file: "file" }[c.kind];
  return [
    kind + (c.title ? ` “${flat(c.title)}”` : ""),
    c.listName && c.kind === "mailing-list-post" ? `list ${c.listName}` : c.listName,
    c.sender ? `from ${c.sender}` : null,
    c.sentOn ? `sent ${c.sentOn}` : c.sentRaw ? `sent ${c.sentRaw}` : null,
    c.forwarded ? `forwarding ${containerText(c.forwarded)}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function articleText(a: Article, quotes: number): string {
  return [
    a.outlet ?? OUTLET_UNKNOWN,
    publishedDay(a) ?? "date unknown",
    a.byline ? `by ${a.byline}` : "no byline",
    a.title ? `“${flat(a.title)}”` : "untitled",
    a.dateline ? `dateline ${a.dateline}` : null,
    plural(quotes, "quote"),
    a.cuts.length ? `${plural(a.cuts.length, "cut")} in the text` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function diagnosticText(d: Diagnostic, article: Article | undefined): string {
  let where = "";
  if (article && d.span) {
    const s = flat(article.text.slice(Math.max(d.span.start, d.span.end - 60), d.span.end));
    if (s) where = ` at “…${s}”`;
  }
  // The line and column in the file (the line above names it), as check prints them: where to open it.
  const place = d.line !== undefined && d.column !== undefined ? ` (${d.line}:${d.column})` : "";
  return `${d.severity}${place}: ${d.reason}${where} (${d.ruleId})`;
}

const toneOf = (d: Diagnostic): Tone => (d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "muted");

/** The Sources view as lines: each input, its containers and articles, then its diagnostics. */
export function buildSourceLines(report: Report): SourceLine[] {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const quoteCount = new Map<string, number>();
  for (const q of report.quotes) if (q.kind !== "scare") quoteCount.set(q.articleId, (quoteCount.get(q.articleId) ?? 0) + 1);
  const diagsOf = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) diagsOf.set(d.documentId, [...(diagsOf.get(d.documentId) ?? []), d]);

  const lines: SourceLine[] = [];
  const shown = new Set<string>();
  const docLines = (id: string) => {
    const doc = docs.get(id);
    let lastContainer = "";
    for (const aid of doc?.articleIds ?? []) {
      const a = articles.get(aid);
      if (!a) continue;
      const c = a.container ? containerText(a.container) : "";
      if (c && c !== lastContainer) lines.push({ depth: 1, text: c, tone: "plain" });
      lastContainer = c;
      lines.push({ depth: c ? 2 : 1, text: articleText(a, quoteCount.get(a.id) ?? 0), tone: "ok", articleId: a.id });
    }
    for (const d of diagsOf.get(id) ?? []) lines.push({ depth: 1, text: diagnosticText(d, d.articleId ? articles.get(d.articleId) : undefined), tone: toneOf(d) });
    shown.add(id);
  };

  for (const input of report.inputs) {
    if (input.status === "processed") {
      const doc = docs.get(input.path);
      const meta = doc ? [doc.format, doc.encoding, bytes(doc.bytes)] : [input.format];
      lines.push({ depth: 0, text: `${input.path} · ${[...meta, plural(input.articles, "article")].join(" · ")}`, tone: "heading", input: true, ...(doc ? { fileId: doc.id } : {}) });
    } else lines.push({ depth: 0, text: `${input.path} · skipped: ${input.reason}`, tone: "error", input: true });
    if (!shown.has(input.path)) docLines(input.path);
  }
  // documents or diagnostics the input list does not name (standard input, expanded paths)
  for (const d of report.documents)
    if (!shown.has(d.id)) {
      lines.push({ depth: 0, text: `${d.id} · ${d.format} · ${d.encoding} · ${bytes(d.bytes)} · ${plural(d.articleIds.length, "article")}`, tone: "heading", fileId: d.id, input: true });
      docLines(d.id);
    }
  const rest = report.diagnostics.filter((d) => !shown.has(d.documentId));
  if (rest.length) {
    lines.push({ depth: 0, text: "other diagnostics", tone: "heading" });
    for (const d of rest) lines.push({ depth: 1, text: `${d.documentId}: ${diagnosticText(d, undefined)}`, tone: toneOf(d) });
  }
  return lines;
}

/**
 * The lines a filter keeps, as a tree: a line that matches brings the lines under it (a file's
 * articles and diagnostics) and the lines above it (its file, its post). Filtered line by line,
 * "breitbart" on PolNeAR dev kept the 12 file lines and none of their articles, so Enter (which
 * lists an article's quotes) had nothing to open, and an outlet's articles stood without their file.
 */
export function selectSourceLines(lines: readonly SourceLine[], filter: string): SourceLine[] {
  if (!filter) return [...lines];
  const out: SourceLine[] = [];
  // the line's ancestors, nearest last: whether each matched (itself or above) and is already out
  const path: { line: SourceLine; matched: boolean; shown: boolean }[] = [];
  for (const line of lines) {
    while (path.length && path[path.length - 1].line.depth >= line.depth) path.pop();
    const matched = path.some((p) => p.matched) || matches(fold(line.text), filter);
    if (matched) {
      for (const p of path.filter((q) => !q.shown)) {
        out.push(p.line);
        p.shown = true;
      }
      out.push(line);
    }
    path.push({ line, matched, shown: matched });
  }
  return out;
}

/** "3 files · 2 processed, 1 skipped · 3 articles · 2 diagnostics" */
export function sourcesSummary(r: Report): string {
  const skipped = r.inputs.filter((i) => i.status === "skipped").length;
  return [
    plural(r.inputs.length, "input"),
    `${r.inputs.length - skipped} processed, ${skipped} skipped`,
    plural(r.articles.length, "article"),
    plural(r.diagnostics.length, "diagnostic"),
  ].join(" · ");
}
