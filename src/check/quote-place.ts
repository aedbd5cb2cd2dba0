import { articleCitation, shownWords } from "../conflicts/explain.js";
import type { Quote, Report } from "../model/index.js";
import type { CheckPlace } from "./types.js";

export const quotePlace = (q: Quote): CheckPlace => ({ documentId: q.documentId, articleId: q.articleId, span: q.span });

/** A quote's words cut to a readable length for a one-line message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * A quote's words after a label: `: “words”` for words in marks, `, reported: words` for reported
 * speech, which is the reporter's paraphrase and never shown in marks as if the speaker's words.
 * Cut to `max` characters for a message line; whole and as written with `max` null (a conflict's
 * evidence notes, finding-place).
 */
export function wordsAfterLabel(kind: string | undefined, text: string, max: number | null = 60): string {
  const words = shownWords(kind, max === null ? text : excerpt(text, max));
  return kind === "indirect" ? `, ${words}` : `: ${words}`;
}

/** Quotes that say something (scare quotes name no speaker by design and are left out). */
export const spokenQuotes = (report: Report): Quote[] => report.quotes.filter((q) => q.kind !== "scare");

export const quoteIndex = (report: Report): Map<string, Quote> => new Map(report.quotes.map((q) => [q.id, q]));

const quoteIndexes = new WeakMap<Report, Map<string, Quote>>();
/** The report's quote of that id (indexed once a report). */
export function quoteById(report: Report, id: string): Quote | undefined {
  let byId = quoteIndexes.get(report);
  if (!byId) quoteIndexes.set(report, (byId = quoteIndex(report)));
  return byId.get(id);
}

// Rules look articles up once a quote or claim; index them once a report.
const articleIndex = new WeakMap<Report, Map<string, Report["articles"][number]>>();

/** The report's article of that id, if it holds one. */
export function articleById(report: Report, articleId: string): Report["articles"][number] | undefined {
  let byId = articleIndex.get(report);
  if (!byId) articleIndex.set(report, (byId = new Map(report.articles.map((a) => [a.id, a]))));
  return byId.get(articleId);
}

export const articleOutlet = (report: Report, articleId: string): string | null => articleById(report, articleId)?.outlet ?? null;

/** The article's publication date, if known. */
export const articlePublished = (report: Report, articleId: string): string | null => articleById(report, articleId)?.published ?? null;

/** An article named as a reader can find it (articleCitation); its id only when the report holds no such article. */
export function articleLabel(report: Report, articleId: string): string {
  const a = articleById(report, articleId);
  return a ? articleCitation(a) : articleId;
}

/** Two quotes over the same words of one article: one passage read twice, not two sources. */
export const samePassage = (a: Quote, b: Quote): boolean =>
  a.articleId === b.articleId && a.span.start < b.span.end && b.span.start < a.span.end;

/**
 * Words in title case ("Make America Great Again", "Super Lives of the Super Rich"): a headline, a
 * title or a slogan. Every word of four letters or more opens with a capital, three at least.
 */
export function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}
