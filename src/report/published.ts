import type { Article } from "../model/index.js";

/**
 * An article's day published as a reader should take it. A day the mail that carried an undated
 * story was sent (publishedFrom "mail", src/ingest/build.ts) bounds the story's from above: shown
 * plain, "2031-03-06" read as the day the story came out. A day from the story's own dateline, its
 * year from the mail, is the story's day and stays plain.
 */
export function publishedDay(a: Pick<Article, "published" | "publishedFrom">): string | null {
  if (!a.published) return null;
  return a.publishedFrom === "mail" ? `on or before ${a.published}` : a.published;
}
