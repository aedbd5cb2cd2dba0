import type { Article } from "./document.js";

/**
 * Where a span of an article's text ends in the decoded file: one past its last character's last
 * source character. The last character's offset + 1 cut inside a character the text holds for
 * several of the file's (a repaired "é" for "Ã©"), and the next character's offset overshoots
 * what stands between (a CR, a soft line break); Article.sourceEnds keeps the ends where they
 * differ. An empty span ends where it starts. Null when the article has no map.
 */
export function sourceSpanEnd(article: Pick<Article, "sourceOffsets" | "sourceEnds">, start: number, end: number): number | null {
  const so = article.sourceOffsets;
  if (!so) return null;
  const last = so.length - 1;
  if (end <= start) return so[Math.min(start, last)];
  const ends = article.sourceEnds;
  return ends ? ends[Math.min(end - 1, last)] : so[Math.min(end - 1, last)] + 1;
}
