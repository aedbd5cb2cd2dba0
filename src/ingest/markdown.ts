import { parseDate } from "./dates.js";
import { HIDDEN } from "./reflow.js";

export type MarkdownMeta = { title: string | null; byline: string | null; published: string | null; publishedRaw: string | null; outlet: string | null };

// Markup is replaced by HIDDEN characters of the same length, which reflow drops.
const blank = (s: string) => s.replace(/[^\n]/g, HIDDEN);
const hide = (n: number) => HIDDEN.repeat(n);

/**
 * Markdown with its markup replaced by HIDDEN characters of the same length, so the prose keeps its offsets in
 * the file (reflow drops them). Front matter becomes metadata; the first "# " heading
 * is the title.
 */
export function stripMarkdown(src: string): { text: string; meta: MarkdownMeta } {
  const meta: MarkdownMeta = { title: null, byline: null, published: null, publishedRaw: null, outlet: null };
  let text = src;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (fm) {
    for (const line of fm[1].split(/\r?\n/)) {
      const m = /^(\w[\w-]*):\s*["']?(.*?)["']?\s*$/.exec(line);
      if (!m) continue;
      const key = m[1].toLowerCase();
      if (key === "title") meta.title = m[2];
      else if (key === "author" || key === "byline") meta.byline = m[2];
      else if (key === "date" || key === "published") {
        meta.publishedRaw = m[2];
        meta.published = parseDate(m[2])?.iso ?? null;
      } else if (key === "outlet" || key === "publisher" || key === "source" || key === "site") meta.outlet = m[2];
    }
    text = blank(fm[0]) + text.slice(fm[0].length);
  }
  text = text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?\n\1[^\n]*$/gm, blank)
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, (m, label: string) => HIDDEN + label + hide(m.length - label.length - 1))
    .replace(/^ {0,3}(#{1,6})[ \t]+/gm, blank)
    .replace(/^ {0,3}>[ \t]?/gm, blank)
    .replace(/^ {0,3}[-*+][ \t]+/gm, blank)
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, blank)
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, (_m, mark: string, inner: string) => hide(mark.length) + inner + hide(mark.length))
    .replace(/(^|[\s(])([*_])(?=\S)([^\n*_]*?\S)\2(?=[\s).,;:!?]|$)/gm, (_m, pre: string, _mark: string, inner: string) => pre + HIDDEN + inner + HIDDEN);
  // The first top-level heading is the headline: metadata, not story text.
  const bodyAt = fm ? fm[0].length : 0;
  const h = /^ {0,3}# +(.+?)\s*#*\s*$/m.exec(src.slice(bodyAt));
  if (h) {
    meta.title ??= h[1].replace(/[*_`]/g, "");
    const at = bodyAt + h.index;
    text = text.slice(0, at) + blank(h[0]) + text.slice(at + h[0].length);
  }
  return { text, meta };
}
