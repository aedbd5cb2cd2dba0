import type { Article } from "../model/index.js";

/**
 * An article's day published as a reader should take it. A day the mail that carried an undated
 * story was sent (publishedFrom "mail", src/ingest/build.ts) bounds the story's from above: shown
 * plain, "2031-03-06" read as the day the story came out. A day read off the file's name is a
 * guess from how someone saved it and says so, as the Sources tables do. A day from the story's own
 * dateline, its year from the mail, is the story's day and stays plain.
 */
export function publishedDay(a: Pick<Article, "published" | "publishedFrom">): string | null {
  if (!a.published) return null;
  if (a.publishedFrom === "mail") return `on or before ${a.published}`;
  if (a.publishedFrom === "file-name") return `${a.published} (from the file name)`;
  return a.published;
}
