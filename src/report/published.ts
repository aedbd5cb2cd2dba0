import type { Article } from "../model/index.js";

/**
 * An article's day published as a reader should take it. A day the mail that carried an undated
 * story was sent (publishedFrom "mail", src/ingest/build.ts) bounds the story's from above: shown
 * plain, "2031-03-06" read as the day the story came out. So does the day of the story's last update
 * (publishedFrom "update-line", its "Updated …" line). A day read off the file's name is a
 * guess from how someone saved it and says so, as the Sources tables do. A day from the story's own
 * dateline, its year from the mail, is the story's day and stays plain.
 */
export function publishedDay(a: Pick<Article, "published" | "publishedFrom">): string | null {
  if (!a.published) return null;
  if (a.publishedFrom === "mail") return `on or before ${a.published}`;
  if (a.publishedFrom === "update-line") return `on or before ${a.published} (its last update)`;
  if (a.publishedFrom === "file-name") return `${a.published} (from the file name)`;
  return a.published;
}

/**
 * An article's day published in a table's date cell, with the articles table's compact marks for a
 * day it does not give itself: "≤2031-03-06" the day the mail that carried it was sent (published on
 * or before it) or the day of the story's last update, "2031-03-06*" a day read off the file's name;
 * "" with none. `PUBLISHED_NOTES` says
 * under a table what each mark means.
 */
export function publishedCell(a: Pick<Article, "published" | "publishedFrom">): string {
  if (!a.published) return "";
  if (a.publishedFrom === "mail" || a.publishedFrom === "update-line") return `≤${a.published}`;
  if (a.publishedFrom === "file-name") return `${a.published}*`;
  return a.published;
}

/** What each mark of publishedCell means, one line each, for the note under a table. */
export const PUBLISHED_NOTES = {
  "file-name": "* date from the file name: the text gives none",
  mail: "≤ published on or before: the day the mail that carried it was sent; the story gives no date",
  "update-line": "≤ published on or before: the day the story was last updated (its \"Updated …\" line); it gives no other date",
} as const;

/** The notes for the marks that `articles` carry, each line ending in a newline; "" for none. */
export function publishedNotes(articles: Iterable<Pick<Article, "published" | "publishedFrom">>): string {
  const seen = new Set<string>();
  for (const a of articles) if (a.published && a.publishedFrom) seen.add(a.publishedFrom);
  return (["file-name", "mail", "update-line"] as const).filter((k) => seen.has(k)).map((k) => `${PUBLISHED_NOTES[k]}\n`).join("");
}
