import { articleName } from "../conflicts/explain.js";
import type { Quote, Report } from "../model/index.js";
import type { CheckPlace } from "./types.js";

export const quotePlace = (q: Quote): CheckPlace => ({ documentId: q.documentId, articleId: q.articleId, span: q.span });

/** A quote's words cut to a readable length for a one-line message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Quotes that say something (scare quotes name no speaker by design and are left out). */
export const spokenQuotes = (report: Report): Quote[] => report.quotes.filter((q) => q.kind !== "scare");

export const quoteIndex = (report: Report): Map<string, Quote> => new Map(report.quotes.map((q) => [q.id, q]));

const outlets = new WeakMap<Report, Map<string, string | null>>();

export function articleOutlet(report: Report, articleId: string): string | null {
  let byId = outlets.get(report);
  if (!byId) outlets.set(report, (byId = new Map(report.articles.map((a) => [a.id, a.outlet]))));
  return byId.get(articleId) ?? null;
}

const published = new WeakMap<Report, Map<string, string | null>>();

/** The article's publication date, if known. */
export function articlePublished(report: Report, articleId: string): string | null {
  let byId = published.get(report);
  if (!byId) published.set(report, (byId = new Map(report.articles.map((a) => [a.id, a.published]))));
  return byId.get(articleId) ?? null;
}

const articles = new WeakMap<Report, Map<string, Report["articles"][number]>>();

/**
 * An article as a reader can find it: its outlet, then its title (else its file's name) and the day
 * it was published: "Harbor Gazette (“Levee holds”, 2031-03-04)", "“Levee holds” (2031-03-04)".
 * The article's id ("usa-today-2016-04-06-sanders-winning-streak-cont") is a slug quotecheck made
 * and nothing a reader can look up; it stands only when the report holds no such article.
 */
export function articleLabel(report: Report, articleId: string): string {
  let byId = articles.get(report);
  if (!byId) articles.set(report, (byId = new Map(report.articles.map((a) => [a.id, a]))));
  const a = byId.get(articleId);
  if (!a) return articleId;
  const name = articleName(a, articleId);
  if (!a.outlet) return a.published ? `${name} (${a.published})` : name;
  const rest = [name === articleId ? null : name, a.published].filter((x): x is string => Boolean(x));
  return rest.length ? `${a.outlet} (${rest.join(", ")})` : a.outlet;
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
