import { sourceSpanEnd, type Article, type Quote, type Report } from "../model/index.js";
import { toWhomText } from "./to-whom.js";
import { outletUnknownNote, unknownOutletCell } from "./article-name.js";
import { publishedCell, publishedNotes } from "./published.js";
import { csvLine, defuseFormula, textTable } from "./text-table.js";

/**
 * The stable per-quote record of `extract --format jsonl` (docs/schema.md). Field names are the
 * contract read by the shared scorer; add fields, never rename them.
 */
export type QuoteRow = {
  doc: string;
  article: string;
  outlet: string | null;
  published: string | null;
  kind: Quote["kind"];
  text: string;
  speaker: string | null;
  speakerType: Quote["speakerType"];
  role: string | null;
  mention: string | null;
  cue: string | null;
  toOutlet: string | null;
  medium: string | null;
  spokenOn: string | null;
  start: number;
  end: number;
  sourceStart: number | null;
  sourceEnd: number | null;
  truncated: boolean;
  ruleId: string;
  reason: string;
  id: string;
};

export function quoteRow(q: Quote, article: Article | undefined): QuoteRow {
  const so = article?.sourceOffsets ?? null;
  return {
    doc: q.documentId,
    article: q.articleId,
    outlet: article?.outlet ?? null,
    published: article?.published ?? null,
    kind: q.kind,
    text: q.text,
    speaker: q.speaker,
    speakerType: q.speakerType,
    role: q.role,
    mention: q.mention,
    cue: q.cue,
    toOutlet: q.toOutlet,
    medium: q.medium,
    spokenOn: q.spokenOn,
    start: q.span.start,
    end: q.span.end,
    sourceStart: so ? so[q.span.start] : null,
    sourceEnd: article ? sourceSpanEnd(article, q.span.start, q.span.end) : null,
    truncated: q.truncated,
    ruleId: q.ruleId,
    reason: q.reason,
    id: q.id,
  };
}

export type QuoteFilter = { readonly includeScare?: boolean };

export function quoteRows(report: Report, filter: QuoteFilter = {}): QuoteRow[] {
  const byId = articlesById(report);
  return report.quotes
    .filter((q) => filter.includeScare || q.kind !== "scare")
    .map((q) => quoteRow(q, byId.get(q.articleId)));
}

const CSV_FIELDS: (keyof QuoteRow)[] = [
  "doc", "article", "outlet", "published", "kind", "speaker", "speakerType", "role", "mention", "cue",
  "toOutlet", "medium", "spokenOn", "truncated", "start", "end", "ruleId", "text",
];

/**
 * The words as the reports show them: a direct quote in quotation marks (left open when the text
 * cuts it off), reported speech, the reporter's words, without, so no one copies it as a quote.
 */
const shownText = (r: Pick<QuoteRow, "kind" | "text" | "truncated">): string =>
  r.kind === "indirect" ? r.text : `“${r.text}${r.truncated ? "…" : "”"}`;

export const quoteFormats = {
  jsonl: (rows: readonly QuoteRow[]) => rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : ""),
  json: (rows: readonly QuoteRow[]) => JSON.stringify(rows, null, 2) + "\n",
  // Defused as the report's CSV is: a quote opening "=HYPERLINK(" or "+1 million" must stay text in a spreadsheet.
  csv: (rows: readonly QuoteRow[]) => csvLine(CSV_FIELDS) + rows.map((r) => csvLine(CSV_FIELDS.map((f) => defuseFormula(r[f])))).join(""),
  // `columns`: a terminal's width to fit (standard output a terminal); a file or pipe gets every column whole.
  // `articles`: the report's articles by id, to name one of unknown outlet by its title.
  table: (rows: readonly QuoteRow[], columns?: number, articles: ReadonlyMap<string, Article> = new Map()) => {
    // A day the article does not give itself is marked as in the articles table, "≤2031-03-04" the
    // day the mail that carried it was sent, "2031-03-05*" the file name's, and a note says so below.
    const dayOf = (r: QuoteRow): string => publishedCell({ published: r.published, publishedFrom: articles.get(r.article)?.publishedFrom });
    const marked = [...new Set(rows.map((r) => r.article))].flatMap((id) => articles.get(id) ?? []);
    const notes = publishedNotes(marked);
    // The column takes the mark's cell only when a row has one: a table of dated articles keeps its widths.
    const day = notes ? 11 : 10;
    return textTable(
      ["speaker", "outlet", "to whom", "said on", "published", "kind", "quote"],
      rows.map((r) => [
        r.speaker ?? "?",
        // An unknown outlet's cell names the article, as speakers, conflicts and the UI do: "?" on
        // 1,268 of PolNeAR dev's 1,442 rows told no row's source from another's. By its title in
        // quotation marks, not the id quotecheck made, which a reader cannot look up; a note says so.
        r.outlet ?? unknownOutletCell(articles.get(r.article), r.article),
        // "told AFP" and "in a statement" (report/to-whom), as the UI's column: joined alike, an outlet read as a medium.
        toWhomText(r),
        // Only a date the text fixes; the publication date has its own column.
        r.spokenOn ?? "",
        dayOf(r),
        // Said in words: "direct…" read as a cell the table cut to its width, the table's own mark.
        r.kind + (r.truncated ? ", cut" : ""),
        shownText(r),
      ]),
      // to whom: "told The Washington Post" whole (24); published: "≤2031-03-04" whole (day)
      [22, 18, 24, 10, day, 13, 56],
      // At 80 columns: who (20 cells or more), which outlet, when published and a third of the line for
      // the words or more; to whom and the day said go first (most quotes give neither), then the kind
      // (the words' marks say it).
      columns === undefined ? undefined : { columns, min: [20, 15, 10, 10, day, 13, 26], keep: [10, 6, 2, 3, 5, 4, 9], grow: 6, share: 1 / 3 },
    ) + notes + outletUnknownNote(rows.some((r) => !r.outlet));
  },
} as const;

export type QuoteFormat = keyof typeof quoteFormats;

/** The report's articles by id, for the quotes table's outlet column. */
export const articlesById = (report: Pick<Report, "articles">): ReadonlyMap<string, Article> => new Map(report.articles.map((a) => [a.id, a]));
