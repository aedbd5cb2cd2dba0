import { parseDate } from "./dates.js";
import { isWebAddress } from "./outlets.js";
import { HIDDEN } from "./reflow.js";

export type MarkdownMeta = {
  title: string | null;
  byline: string | null;
  published: string | null;
  publishedRaw: string | null;
  outlet: string | null;
  /** The page the text was clipped from ("source: https://…", "url: …"), for the outlet's domain. */
  url: string | null;
};

// Markup is replaced by HIDDEN characters of the same length, which reflow drops.
const blank = (s: string) => s.replace(/[^\n]/g, HIDDEN);
const hide = (n: number) => HIDDEN.repeat(n);

/** A YAML scalar as clippers write it: without its quotes, an Obsidian link's brackets ("[[Jane Roe]]"). */
const scalar = (v: string) =>
  v
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2")
    .replace(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/, "$1")
    .trim();

/**
 * Front matter's fields, a value on its key's line or as a list under it ("author:\n  - \"[[Jane
 * Roe]]\"", as Obsidian's web clipper writes it); list items joined with ", ".
 */
function frontMatterFields(block: string): Map<string, string> {
  const out = new Map<string, string>();
  let listKey: string | null = null;
  const items: string[] = [];
  const close = () => {
    if (listKey && items.length && !out.has(listKey)) out.set(listKey, items.join(", "));
    listKey = null;
    items.length = 0;
  };
  for (const line of block.split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) {
      const v = scalar(item[1]);
      if (v) items.push(v);
      continue;
    }
    close();
    const m = /^(\w[\w-]*):\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const v = scalar(m[2]);
    if (v) {
      if (!out.has(key)) out.set(key, v);
    } else listKey = key;
  }
  close();
  return out;
}

/**
 * Markdown with its markup replaced by HIDDEN characters of the same length, so the prose keeps its offsets in
 * the file (reflow drops them). Front matter becomes metadata; the first "# " heading
 * is the title.
 */
export function stripMarkdown(src: string): { text: string; meta: MarkdownMeta } {
  const meta: MarkdownMeta = { title: null, byline: null, published: null, publishedRaw: null, outlet: null, url: null };
  let text = src;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (fm) {
    const f = frontMatterFields(fm[1]);
    const first = (...keys: string[]) => keys.map((k) => f.get(k)).find((v) => v !== undefined) ?? null;
    const firstOf = (keys: readonly string[], url: boolean) => keys.map((k) => f.get(k)).find((v) => v !== undefined && isWebAddress(v) === url) ?? null;
    meta.title = first("title");
    meta.byline = first("author", "authors", "byline");
    // "created" and "clipped" say when the text was saved, not when it was published.
    meta.publishedRaw = first("date", "published");
    meta.published = meta.publishedRaw ? parseDate(meta.publishedRaw)?.iso ?? null : null;
    // A clipper's "source" is the page's address; an outlet field holds a name.
    meta.outlet = firstOf(["outlet", "publisher", "site", "source"], false);
    meta.url = firstOf(["source", "url", "link", "site"], true);
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
