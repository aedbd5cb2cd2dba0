import type { Article, Report, Speaker } from "../model/index.js";
import { outletUnknownNote, unknownOutletCell } from "./article-name.js";
import { textTable } from "./text-table.js";

/**
 * `quotecheck speakers` output (docs/conflicts.md): one identity per person or organisation across
 * articles, with aliases, roles as each article gives them, outlets and quote counts. Pure.
 */
export type SpeakerRow = Speaker & {
  readonly quoteCount: number;
  /** Quotes per article id. */
  readonly perArticle: Readonly<Record<string, number>>;
};

export function speakerRows(report: Report): SpeakerRow[] {
  const articleOf = new Map(report.quotes.map((q) => [q.id, q.articleId]));
  return report.speakers.map((s) => {
    const perArticle: Record<string, number> = {};
    for (const q of s.quoteIds) {
      const a = articleOf.get(q) ?? "?";
      perArticle[a] = (perArticle[a] ?? 0) + 1;
    }
    return { ...s, quoteCount: s.quoteIds.length, perArticle };
  });
}

/** The outlets that quote a speaker, then each article of unknown outlet as "“its title”" (unknownOutletCell, with a note under the table). */
function outletsCell(s: Speaker, articles: ReadonlyMap<string, Article>): string {
  const unknown = s.articleIds.filter((a) => !articles.get(a)?.outlet).map((a) => unknownOutletCell(articles.get(a), a));
  return [...s.outlets, ...unknown].join(", ");
}

export const speakerFormats = {
  json: (report: Report) => JSON.stringify(speakerRows(report), null, 2) + "\n",
  // `columns`: a terminal's width to fit (standard output a terminal); a file or pipe gets every column whole.
  table: (report: Report, columns?: number) => {
    const articles = new Map(report.articles.map((a) => [a.id, a]));
    const anyUnknown = report.speakers.some((s) => s.articleIds.some((a) => !articles.get(a)?.outlet));
    return textTable(
      ["speaker", "type", "quotes", "outlets", "roles", "also named"],
      speakerRows(report).map((s) => [
        s.name,
        s.type,
        String(s.quoteCount),
        outletsCell(s, articles),
        [...new Set(s.roles.map((r) => r.role))].join("; "),
        s.aliases.join("; "),
      ]),
      [26, 12, 6, 30, 40, 30],
      // At 80 columns: the name whole as far as it can be, type, count, outlets and the role;
      // the other names go first (the JSON and a wider terminal give them).
      columns === undefined ? undefined : { columns, min: [18, 12, 6, 18, 18, 14], keep: [9, 6, 8, 4, 5, 3], grow: 4 },
    ) + outletUnknownNote(anyUnknown);
  },
} as const;

export type SpeakerFormat = keyof typeof speakerFormats;
