import type { Report, Speaker } from "../model/index.js";
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

export const speakerFormats = {
  json: (report: Report) => JSON.stringify(speakerRows(report), null, 2) + "\n",
  table: (report: Report) =>
    textTable(
      ["speaker", "type", "quotes", "outlets", "role", "also named"],
      speakerRows(report).map((s) => [
        s.name,
        s.type,
        String(s.quoteCount),
        s.outlets.join(", ") || s.articleIds.join(", "),
        [...new Set(s.roles.map((r) => r.role))].join("; "),
        s.aliases.join("; "),
      ]),
      [26, 12, 6, 30, 40, 30],
    ),
} as const;

export type SpeakerFormat = keyof typeof speakerFormats;
