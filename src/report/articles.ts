import type { Article, Report } from "../model/index.js";
import { textTable } from "./text-table.js";

/** An article as `articles --format json` shows it: provenance, no body text. */
export function articleSummary(a: Article, report: Report) {
  return {
    id: a.id,
    doc: a.documentId,
    outlet: a.outlet,
    outletEvidence: a.outletEvidence,
    title: a.title,
    byline: a.byline,
    published: a.published,
    publishedRaw: a.publishedRaw,
    dateline: a.dateline,
    container: a.container,
    paragraphs: a.paragraphs.length,
    characters: a.text.length,
    cuts: a.cuts.map((c) => ({ start: c.start, end: c.end, text: a.text.slice(Math.max(c.start, c.end - 80), c.end) })),
    diagnostics: report.diagnostics.filter((d) => d.articleId === a.id),
  };
}

export const articleFormats = {
  json: (r: Report) =>
    JSON.stringify(
      { inputs: r.inputs, articles: r.articles.map((a) => articleSummary(a, r)), diagnostics: r.diagnostics.filter((d) => !d.articleId) },
      null,
      2,
    ) + "\n",
  table: (r: Report) =>
    textTable(
      ["article", "outlet", "date", "byline", "title", "cuts"],
      r.articles.map((a) => [a.id, a.outlet ?? "unknown", a.published ?? "", a.byline ?? "", a.title ?? "", String(a.cuts.length)]),
      [26, 20, 10, 16, 40, 4],
    ),
} as const;

export type ArticleFormat = keyof typeof articleFormats;
