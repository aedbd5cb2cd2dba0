import type { Report } from "../model/index.js";
import { csvLine, defuseFormula as defuse } from "./text-table.js";
import { reportOutline } from "./report-view.js";

const HEADER = [
  "speaker", "speaker_type", "role", "quote", "kind", "outlet", "to_outlet", "medium", "said_on", "published",
  "article", "article_title", "attribution_chain", "flags", "truncated", "file", "start", "end", "rule", "reason",
  // Added later, at the end, so the columns before keep their places.
  "paragraph", "findings", "line", "column",
  // The cue and the words that name the speaker as the article writes them: the speaker column holds
  // the resolved name ("Hillary Clinton"), so a sheet could not show that the article said "she" or
  // where "told AFP" came from without opening the file.
  "cue", "mention",
  // Where `published` came from when not from the article itself: "mail" (the day the mail that
  // carried it was sent, an upper bound), "file-name", "dateline-and-mail", "update-line" (its last
  // update's day, an upper bound too); empty for its own day.
  // The other formats say it ("on or before", "≤"); a sheet sorted by day could not tell a bound from a day.
  "published_from",
];

/** One quote a row, UTF-8 with a byte-order mark and CRLF line ends, as spreadsheets expect (columns: docs/schema.md). */
export const csvReport = (report: Report): string => [...csvChunks(report)].join("");

/**
 * The same text in pieces: the byte-order mark and header, then a row a piece (the registry joins
 * them to about a megabyte). As one string beside its rows, a dense 49 MB story's sheet (some 330 MB)
 * was held twice.
 */
export function* csvChunks(report: Report): Generator<string> {
  const fromOf = new Map(report.articles.map((a) => [a.id, a.published ? a.publishedFrom ?? null : null]));
  // Each quote viewed as its row is written (reportOutline), not every quote's view held at once.
  const { quotes, view } = reportOutline(report);
  yield "\uFEFF" + csvLine(HEADER);
  for (const quote of quotes) {
    const q = view(quote);
    yield csvLine(
      [
        q.speaker, q.speakerType, q.role, q.text.replace(/\s+/g, " "), q.kind, q.outlet, q.toOutlet, q.medium, q.spokenOn, q.published,
        q.articleId, q.articleTitle, q.chain.map((s) => `${s.label}: ${s.value}`).join(" → "), q.flags.join("; "), q.truncated,
        q.file, q.start, q.end, q.ruleId, q.reason, q.paragraph, q.findings.map((f) => f.title).join("; "), q.line, q.column, q.cue, q.mention,
        fromOf.get(q.articleId) ?? null,
      ].map(defuse),
    );
  }
}
