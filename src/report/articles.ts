import { OUTLET_UNKNOWN } from "./article-name.js";
import { count, type Article, type Container, type Report, uniqueIds } from "../model/index.js";
import { publishedCell, publishedNotes } from "./published.js";
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
    // Where the date came from when not the article itself: "mail" (an upper bound), "dateline-and-mail", "update-line" (an upper bound too), "file-name".
    publishedFrom: a.publishedFrom ?? null,
    dateline: a.dateline,
    container: a.container,
    wire: a.wire ?? [],
    encoding: a.encoding ?? null,
    paragraphs: a.paragraphs.length,
    characters: a.text.length,
    cuts: a.cuts.map((c) => ({ start: c.start, end: c.end, text: a.text.slice(Math.max(c.start, c.end - 80), c.end) })),
    diagnostics: report.diagnostics.filter((d) => d.articleId === a.id),
  };
}

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** The posts, mails and pages that carried articles, each once, with the articles in it. */
export function containerSummaries(report: Report) {
  const out: (Container & { id: string; doc: string; articles: string[] })[] = [];
  const byKey = new Map<string, (typeof out)[number]>();
  const ids = uniqueIds();
  for (const a of report.articles) {
    const c = a.container;
    if (!c || c.kind === "file") continue;
    const key = `${a.documentId}\u0000${c.kind}\u0000${c.title}\u0000${c.sender}\u0000${c.sentRaw}`;
    let entry = byKey.get(key);
    if (!entry) {
      const id = ids.take(slug(`${c.listName ?? c.sender ?? c.kind} ${c.sentOn ?? ""}`) || "container");
      entry = { id, doc: a.documentId, ...c, articles: [] };
      byKey.set(key, entry);
      out.push(entry);
    }
    entry.articles.push(a.id);
  }
  return out;
}

const from = (c: Container | null): string => {
  if (!c) return "";
  const own = c.listName ?? c.sender ?? c.title ?? "";
  const fwd = c.forwarded ? c.forwarded.sender ?? c.forwarded.title : null;
  return fwd ? `${own}, fwd from ${fwd}` : own;
};

export const articleFormats = {
  json: (r: Report) =>
    JSON.stringify(
      {
        inputs: r.inputs,
        containers: containerSummaries(r),
        articles: r.articles.map((a) => articleSummary(a, r)),
        diagnostics: r.diagnostics.filter((d) => !d.articleId),
      },
      null,
      2,
    ) + "\n",
  // `columns`: a terminal's width to fit (standard output a terminal); a file or pipe gets every column whole.
  table: (r: Report, columns?: number) => {
    const named = new Set(r.diagnostics.filter((d) => d.ruleId === "ingest/date-from-file-name").map((d) => d.articleId));
    // A day read off the file's name is marked "*"; the day a mail was sent, an upper bound, "≤"
    // (report/published, as the quotes tables mark them). A report cached before publishedFrom has the diagnostic.
    const dated = (a: Article) => (named.has(a.id) ? { published: a.published, publishedFrom: "file-name" as const } : a);
    const date = (a: Article) => publishedCell(dated(a));
    const table = textTable(
      ["article", "outlet", "date", "byline", "title", "carried by", "cuts"],
      // An unknown outlet in the words every format spells it out in (article-name.ts).
      r.articles.map((a) => [a.id, a.outlet ?? OUTLET_UNKNOWN, date(a), a.byline ?? "", a.title ?? "", from(a.container), String(a.cuts.length)]),
      [26, 18, 11, 16, 34, 16, 4],
      // At 80 columns: the article, its outlet, date, title and cuts; who carried it and the byline go first.
      columns === undefined ? undefined : { columns, min: [18, 15, 11, 12, 20, 12, 4], keep: [9, 8, 7, 4, 10, 3, 5], grow: 4 },
    );
    const processed = r.inputs.filter((i) => i.status === "processed").length;
    const skipped = r.inputs.length - processed;
    const summary = `${count(r.articles.length, "article")} in ${count(processed, "file")}${skipped ? `; ${skipped} skipped (reasons above and in --format json)` : ""}\n`;
    const note = publishedNotes(r.articles.map(dated));
    return table + note + summary;
  },
} as const;

export type ArticleFormat = keyof typeof articleFormats;
