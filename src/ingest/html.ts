import { createRequire } from "node:module";
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { Container, OutletEvidence } from "../model/index.js";
import { dayLine, parseDate, yearOfDay } from "./dates.js";
import { bylineNames, listNameOf } from "./segments.js";
import { canonicalOutlet, outletByDomain, outletByName } from "./outlets.js";
import { creditedQuote, type CreditedQuote } from "./html-quotes.js";
import { collapseMapped } from "./collapse.js";
import { dropLinkBoxes } from "./html-links.js";
import { deckTexts, storyHead } from "./html-head.js";
import { headingTitle, isMasthead, mastheadKeys } from "./html-masthead.js";

/** `<meta charset>` or the http-equiv Content-Type of a page, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

// Elements that never hold the story.
const DROP = "script, style, noscript, template, svg, canvas, iframe, object, embed, nav, aside, form, button, select, input, textarea, figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog]";
// Class or id words of page furniture: menus, sharing, ads, related links, comments, newsletters.
const BOILERPLATE_ATTR = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|masthead|sidebar|share|sharing|social|comments?|related|recommended|promo|advert|ads?|ad-slot|newsletter|subscribe|signup|cookie|consent|banner|popup|modal|paywall|outbrain|taboola|tags|toolbar|skip-link|byline|bylines|author|authors|dateline|timestamp|caption)(?:$|[\s_-])/i;
const STORY_ATTR = /article|body|content|main|story|entry|column|post-text|text/i;
// A caption's class is never the story's, whatever story word it holds ("wp-caption-text", "article-caption").
const CAPTION_ATTR = /(?:^|[\s_-])caption(?:$|[\s_-])/i;
// Short lines that are furniture even inside the story.
// A links box's heading ("More on this story", "You may also like") goes with the links (html-links.ts).
const BOILERPLATE_TEXT = /^(?:advertisement|continue reading(?: the main story)?|read more|related(?: articles| coverage| stories| links)?:?|more on this (?:story|topic)|see also|also read|you (?:may|might) also like|most (?:read|popular|viewed)|recommended(?: for you)?|trending(?: now)?|share (?:this|on)\b.*|sign up\b.*|subscribe\b.*|follow us\b.*|click here\b.*|supported by|image|photo|credit\b.*)$/i;

const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
  "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "hr", "address", "body", "center",
]);


const HEADING = /^h[1-6]$/;

// cheerio/slim: the same load() as cheerio's main entry with the xml options passed below (those make
// the main entry use htmlparser2 too), without what the main entry also loads for fetching pages
// (undici, parse5's streams, encoding sniffing: 100 ms of start-up). Loaded on the first page, not
// with ingest: htmlparser2, its entity tables and the rest are 40 ms more in every process and
// worker, and most inputs are text.
type Load = typeof import("cheerio/slim").load;
let loaded: Load | null = null;
const cheerioLoad = (): Load => (loaded ??= (createRequire(import.meta.url)("cheerio/slim") as typeof import("cheerio/slim")).load);

// htmlparser2 rather than parse5: linear on deeply nested or broken markup (parse5 took seconds on
// 10,000 nested elements) and lenient the way saved pages need.
export function parseHtml(html: string): CheerioAPI {
  const $ = cheerioLoad()(html, { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } });
  collapseDeepChains($.root()[0] as unknown as Element);
  return $;
}

const DEEP = 256;

/**
 * Selector queries cost time in proportion to nesting depth per node, so a page of thousands of
 * nested wrappers (<div><div><div>…) would take seconds. Past DEEP levels, an element whose only
 * child is an element of the same tag absorbs that child: the text and its order are unchanged.
 */
function collapseDeepChains(root: Element): void {
  let maxDepth = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > maxDepth) maxDepth = d;
    for (const c of el.children ?? []) if (c.type === "tag" || c.type === "root") stack.push([c as Element, d + 1]);
  }
  if (maxDepth <= DEEP) return;
  const walk: Element[] = [root];
  while (walk.length) {
    const el = walk.pop()!;
    for (;;) {
      const kids = (el.children ?? []).filter((c) => !(c.type === "text" && !(c as unknown as { data: string }).data.trim()));
      const only = kids.length === 1 && kids[0].type === "tag" ? (kids[0] as Element) : null;
      if (!only || only.name !== el.name) break;
      el.children = only.children;
      for (const c of el.children) c.parent = el;
    }
    for (const c of el.children ?? []) if (c.type === "tag" || c.type === "root") walk.push(c as Element);
  }
}

/** The opening mark of a credited <blockquote>, drawn or not (its words had their own). */
type OpenQuote = { readonly at: number; drawn: boolean };

// A quotation mark that opens a quote's words itself.
const QUOTE_OPENERS = /["“‘'«„‚]/;

/** A paragraph of page text, and whether it was a heading (headings are not cut sentences). */
export type Block = {
  readonly text: string;
  readonly heading: boolean;
  /** Offset in the page source of each character of `text` (when the source was given). */
  readonly offsets?: Int32Array;
};

type Positioned = { data: string; startIndex?: number | null; endIndex?: number | null };

/**
 * Where each character of a text node's decoded `data` sits in the page source: characters are
 * matched one by one; an entity ("&amp;", "&#8220;") maps its decoded character(s) to its "&".
 */
export function entityMap(source: string, node: Positioned): number[] {
  const data = node.data;
  const out = new Array<number>(data.length);
  const start = node.startIndex ?? -1;
  const end = node.endIndex != null ? node.endIndex + 1 : start + data.length;
  if (start < 0) return out.fill(-1);
  let i = start;
  let j = 0;
  while (j < data.length) {
    if (i >= end) {
      out[j++] = Math.max(start, end - 1);
      continue;
    }
    const r = source.charCodeAt(i);
    if (r === data.charCodeAt(j)) {
      out[j++] = i++;
    } else if (r === 38 /* & */) {
      const semi = source.indexOf(";", i);
      const stop = semi > i && semi - i <= 32 ? semi + 1 : i + 1;
      out[j] = i;
      // An astral character (two UTF-16 units) comes from one entity.
      if (j + 1 < data.length && data.charCodeAt(j) >= 0xd800 && data.charCodeAt(j) <= 0xdbff) out[++j] = i;
      j++;
      i = stop;
    } else i++; // markup the parser dropped (a CR before LF)
  }
  return out;
}

/**
 * Text of a subtree as paragraphs, walked without recursion so a page with thousands of nested
 * elements cannot overflow the stack. Blocks and <br> end a paragraph; whitespace is collapsed
 * (inside <pre>, lines are kept). With the page `source`, each character keeps its offset in it.
 */
export function blocksOf(root: AnyNode, keepLines = false, source?: string): Block[] {
  const out: Block[] = [];
  let buf = "";
  let offs: number[] = [];
  let headingDepth = 0;
  const flush = () => {
    if (source !== undefined) {
      const { text, offsets } = collapseMapped(buf, offs, keepLines);
      if (text) out.push({ text, heading: headingDepth > 0, offsets });
    } else {
      const t = keepLines ? buf.replace(/\r/g, "").replace(/[ \t\u00a0]+\n/g, "\n").replace(/^\n+|\s+$/g, "") : buf.replace(/\s+/g, " ").trim();
      if (t) out.push({ text: t, heading: headingDepth > 0 });
    }
    buf = "";
    offs = [];
  };
  let quoteDepth = 0;
  const mark = (c: string, at: number) => {
    buf += c;
    if (source !== undefined) offs.push(at);
  };
  // A credited <blockquote> (html-quotes.ts) is one paragraph, “its words” — its credit: inside it
  // (`inline`), blocks and <br> part words with a space. Its opening mark waits for the first word
  // (`awaiting`: a quote that holds its own marks gets none), the dash before the credit for the
  // credit's first word (`dashAt`: none when the credit opens with one).
  let inline = 0;
  let awaiting: OpenQuote | null = null;
  let dashAt = -1;
  const text = (t: Positioned) => {
    const offsets = source !== undefined ? entityMap(source, t) : [];
    let data = t.data;
    if ((awaiting || dashAt >= 0) && data.trim()) {
      const lead = data.length - data.trimStart().length;
      buf += data.slice(0, lead);
      for (const o of offsets.slice(0, lead)) offs.push(o);
      const at = offsets[lead] ?? -1;
      if (awaiting) {
        if (!QUOTE_OPENERS.test(data[lead])) {
          mark(quoteDepth % 2 ? "‘" : "“", awaiting.at);
          quoteDepth++;
          awaiting.drawn = true;
        }
        awaiting = null;
      } else {
        mark(" ", at);
        if (!/[—–―-]/.test(data[lead])) for (const c of "— ") mark(c, at);
        dashAt = -1;
      }
      data = data.slice(lead);
      offsets.splice(0, lead);
    }
    buf += data;
    for (const o of offsets) offs.push(o);
  };
  // Each stack entry is a node to visit, a marker to close a block, or a mark to draw.
  const stack: (AnyNode | { close: string } | { endQuote: number } | { inline: number } | { openQuote: OpenQuote } | { closeQuote: OpenQuote; at: number } | { dash: number } | { draw: string; at: number })[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if ("close" in n) {
      flush();
      if (HEADING.test(n.close)) headingDepth--;
      continue;
    }
    if ("endQuote" in n) {
      quoteDepth--;
      mark(quoteDepth % 2 ? "’" : "”", n.endQuote);
      continue;
    }
    if ("inline" in n) {
      inline += n.inline;
      dashAt = -1;
      continue;
    }
    if ("openQuote" in n) {
      awaiting = n.openQuote;
      continue;
    }
    if ("closeQuote" in n) {
      if (awaiting === n.closeQuote) awaiting = null;
      if (n.closeQuote.drawn) {
        // The closing mark stands after the last word, not after the white space that ended its paragraph.
        const kept = buf.trimEnd().length;
        if (kept < buf.length) {
          buf = buf.slice(0, kept);
          if (source !== undefined) offs.length = kept;
        }
        quoteDepth--;
        mark(quoteDepth % 2 ? "’" : "”", n.at);
      }
      continue;
    }
    if ("dash" in n) {
      dashAt = n.dash;
      continue;
    }
    if ("draw" in n) {
      // Words the markup says in its own way (a credited quote's coda), all mapped to where it says them.
      for (const c of n.draw) mark(c, n.at);
      continue;
    }
    if (n.type === "text") {
      text(n as unknown as Positioned);
      continue;
    }
    if (n.type !== "tag" && n.type !== "root") continue; // comments, scripts, styles, directives
    const el = n as Element;
    const name = n.type === "tag" ? el.name.toLowerCase() : "";
    if (name === "br") {
      if (keepLines) {
        buf += "\n";
        offs.push(el.startIndex ?? -1);
      } else if (inline) mark(" ", el.startIndex ?? -1);
      else flush();
      continue;
    }
    const children = el.children ?? [];
    if (name === "blockquote" && !inline && !keepLines) {
      const credited = creditedQuote(el);
      if (credited) {
        flush();
        const open: OpenQuote = { at: el.startIndex ?? -1, drawn: false };
        const last = credited.quote[credited.quote.length - 1];
        stack.push({ close: name }, ...[...credited.after].reverse(), { close: name }, { inline: -1 });
        if (credited.coda) stack.push({ draw: credited.coda.text, at: credited.coda.at });
        stack.push(...[...credited.credit].reverse());
        if (credited.credit.length) stack.push({ dash: credited.credit[0].startIndex ?? -1 });
        stack.push({ closeQuote: open, at: last.endIndex ?? open.at }, ...[...credited.quote].reverse(), { openQuote: open }, { inline: 1 });
        continue;
      }
    }
    if (name === "q") {
      // A browser draws <q> with quotation marks the markup does not hold (single ones inside
      // double): without them the words would not read as a quote.
      mark(quoteDepth % 2 ? "‘" : "“", el.startIndex ?? -1);
      quoteDepth++;
      stack.push({ endQuote: el.endIndex ?? el.startIndex ?? -1 });
    }
    if (BLOCK.has(name) && inline) mark(" ", el.startIndex ?? -1);
    else if (BLOCK.has(name)) {
      flush();
      if (HEADING.test(name)) headingDepth++;
      stack.push({ close: name });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return out;
}

/** The paragraphs of a subtree as plain strings. */
export const blockTexts = (root: AnyNode, keepLines = false): string[] => blocksOf(root, keepLines).map((b) => b.text);

type JsonObject = Record<string, unknown>;

function jsonLdObjects($: CheerioAPI): JsonObject[] {
  const found: JsonObject[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).html() ?? "";
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      // Templates often put a raw line break or tab inside a string ("description": "two\nlines"),
      // which JSON forbids and search engines forgive; outside strings such characters are white
      // space anyway, so read them all as spaces before giving up on the page's metadata.
      try {
        data = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, " "));
      } catch {
        return;
      }
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (v && typeof v === "object") {
        const o = v as JsonObject;
        found.push(o);
        if (Array.isArray(o["@graph"])) queue.push(...(o["@graph"] as unknown[]));
      }
    }
  });
  return found;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle)$/;
const typesOf = (o: JsonObject): string[] => [o["@type"]].flat().filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/#:]/, ""));

function names(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === "object" && typeof (v as JsonObject).name === "string") return [(v as JsonObject).name as string];
  return [];
}

export const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** Elements that hold an author's name. */
export const BYLINE_ELEMENTS = '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author-name';

/** A byline as markup gives it ("By Ana Ruiz, Staff Writer"): the names alone. */
export const bylineText = (raw: string | null): string | null => (raw ? bylineNames(raw.replace(/^(?:by|door|von|par)\s+/i, "").replace(/\s+/g, " ").trim()) || null : null);

export type PageMeta = {
  title: string | null;
  byline: string | null;
  published: string | null;
  publishedRaw: string | null;
  siteName: string | null;
  url: string | null;
  evidence: OutletEvidence[];
  /** JSON-LD articleBody, used when the markup yields no story text. */
  articleBody: string | null;
  /** The texts of the page's deck elements, normalised (html-head.ts). */
  decks: readonly string[];
  /** The names the page gives itself, as keys (html-masthead.ts): an <h1> that says one is its masthead. */
  mastheads: readonly string[];
};

const hostOf = (url: string | null): string | null => {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
};

/**
 * Metadata from JSON-LD, Open Graph and article meta tags, <time datetime> and <title>. `publisherNames`: what
 * else names the page's publisher (an HTML mail's sender), so an <h1> that says it is no headline.
 */
export function pageMeta($: CheerioAPI, publisherNames: readonly string[] = []): PageMeta {
  const meta = (sel: string) => str($(sel).first().attr("content"));
  const ld = jsonLdObjects($).find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const evidence: OutletEvidence[] = [];

  const ldPublisher = ld ? names(ld.publisher)[0] ?? null : null;
  if (ldPublisher) evidence.push({ outlet: canonicalOutlet(ldPublisher), kind: "json-ld", detail: `JSON-LD ${typesOf(ld!)[0]} publisher "${ldPublisher}"`, weight: 3 });
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="og:site_name"]') ?? meta('meta[name="application-name"]');
  if (siteName) evidence.push({ outlet: canonicalOutlet(siteName), kind: "meta", detail: `<meta property="og:site_name" content="${siteName}">`, weight: 3 });
  const url = str($('link[rel="canonical"]').attr("href")) ?? meta('meta[property="og:url"]') ?? (ld ? str(ld.url) ?? str((ld.mainEntityOfPage as JsonObject | undefined)?.["@id"]) : null);
  const host = hostOf(url);
  if (host) {
    const known = outletByDomain(host);
    // An unknown domain still names the site when nothing better does.
    evidence.push({ outlet: known?.name ?? siteName ?? host, kind: "domain", detail: `canonical address on ${host}`, weight: known ? 2 : 1.5 });
  }

  const rawTitle = str($("title").first().text());
  // "Headline - The Site" / "Headline | Site": the masthead in the title bar.
  const m = rawTitle ? /^(.+?)\s+[|–—-]\s+([^|–—-]{2,60})$/.exec(rawTitle) : null;
  // A title that only says the page's own name (a newsletter's <h1>, og:title or <title>) is none.
  const mastheads = mastheadKeys([siteName, m?.[2], ...publisherNames]);
  const candidates = [ld ? str(ld.headline) : null, ld ? str(ld.name) : null, meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]'), headingTitle($, mastheads), rawTitle];
  let title = candidates.find((c) => c !== null && !isMasthead(c, mastheads)) ?? null;
  if (rawTitle) {
    if (m && (outletByName(m[2]) || (siteName && canonicalOutlet(m[2]) === canonicalOutlet(siteName)))) {
      evidence.push({ outlet: canonicalOutlet(m[2]), kind: "masthead", detail: `page title ends "${m[2]}"`, weight: 1 });
      if (title === rawTitle) title = m[1];
    }
  }

  const ldAuthors = ld ? names(ld.author) : [];
  const metaAuthor = meta('meta[name="author"]') ?? meta('meta[name="byl"]') ?? meta('meta[name="dc.creator"]') ?? meta('meta[name="DC.creator"]');
  const authorUrl = meta('meta[property="article:author"]');
  const bylineEl = str($(BYLINE_ELEMENTS).first().text());
  const byline = bylineText(ldAuthors.length ? ldAuthors.join(", ") : metaAuthor ?? (authorUrl && !/^https?:/.test(authorUrl) ? authorUrl : null) ?? bylineEl);

  const dateCandidates = [
    ld ? str(ld.datePublished) ?? str(ld.dateCreated) : null,
    meta('meta[property="article:published_time"]'),
    meta('meta[name="article:published_time"]'),
    meta('meta[itemprop="datePublished"]'),
    str($('[itemprop="datePublished"]').first().attr("datetime")),
    meta('meta[name="pubdate"]'),
    meta('meta[name="publish-date"]'),
    meta('meta[name="date"]'),
    meta('meta[name="dc.date"]'),
    meta('meta[name="DC.date.issued"]'),
    // A union selector ("article time, time") comes back in document order, so the site header's
    // "Today: <time>" would win over the story's own: the story's time is asked for first, then one
    // outside page furniture, then any.
    str($("article time[datetime]").first().attr("datetime")),
    str($("time[datetime]").filter((_, el) => $(el).closest("header, nav, aside, footer").length === 0).first().attr("datetime")),
    str($("time[datetime]").first().attr("datetime")),
  ];
  let published: string | null = null;
  let publishedRaw: string | null = null;
  for (const c of dateCandidates) {
    const d = c ? parseDate(c) : null;
    if (d) {
      published = d.iso;
      publishedRaw = c;
      break;
    }
  }
  if (!published) {
    // No machine date: the story's <time> as it reads ("March 5, 2031"); a day without its year
    // ("May 20") takes the year of a date the page gives otherwise (when it was modified), the day
    // on or closest before it, as a dateline's day takes the mail's.
    const shown = str($("article time").first().text()) ?? str($("time").filter((_, el) => $(el).closest("header, nav, aside, footer").length === 0).first().text());
    const text = shown?.replace(/\s+/g, " ") ?? null;
    const full = text ? parseDate(text, true) : null;
    const day = text && !full ? dayLine(text) : null;
    const anchor = day
      ? [ld ? str(ld.dateModified) : null, meta('meta[property="article:modified_time"]'), meta('meta[property="og:updated_time"]'), meta('meta[name="last-modified"]')]
          .map((c) => (c ? parseDate(c)?.iso ?? null : null))
          .find((d) => d !== null) ?? null
      : null;
    const dated = full ?? (day && anchor ? yearOfDay(day, anchor) : null);
    if (dated && text) {
      published = dated.iso;
      publishedRaw = text;
    }
  }
  return { title, byline, published, publishedRaw, siteName, url, evidence, articleBody: ld ? str(ld.articleBody) : null, decks: deckTexts($), mastheads };
}

/** What storyRoot weighs a paragraph by: the length of its text as blocksOf reads it, and its commas. */
export type Measure = { readonly len: number; readonly commas: number };

const commasIn = (s: string): number => s.match(/,/g)?.length ?? 0;

export const measureBlocks = (el: Element): Measure =>
  blocksOf(el).reduce((m, b) => ({ len: m.len + b.text.length, commas: m.commas + commasIn(b.text) }), { len: 0, commas: 0 });

/**
 * White-space collapse, summed: a string as blocksOf's collapse and trim leave it (`core`
 * characters, `commas` of them commas) and whether it starts or ends with white space (`lead`,
 * `trail`), which decides whether a space stands where it meets the next string. A string of white
 * space only has core 0 and lead = trail = not empty. Two Runs join into the Run of the two strings
 * one after the other, so a subtree's Run is its children's joined, each read once.
 */
type Run = { readonly core: number; readonly lead: boolean; readonly trail: boolean; readonly commas: number };

const EMPTY: Run = { core: 0, lead: false, trail: false, commas: 0 };
/** A space blocksOf draws (a block or <br> inside a credited quotation). */
const SPACE: Run = { core: 0, lead: true, trail: true, commas: 0 };
/** A quotation mark blocksOf draws (one character whichever it is). */
const MARK: Run = { core: 1, lead: false, trail: false, commas: 0 };
/** "— ", drawn before a credit that does not open with a dash. */
const DASH: Run = { core: 1, lead: false, trail: true, commas: 0 };

function join(a: Run, b: Run): Run {
  if (a.core === 0) return { core: b.core, lead: a.lead || b.lead, trail: b.core === 0 ? a.trail || b.trail : b.trail, commas: b.commas };
  if (b.core === 0) return { ...a, trail: a.trail || b.trail };
  return { core: a.core + b.core + (a.trail || b.lead ? 1 : 0), lead: a.lead, trail: b.trail, commas: a.commas + b.commas };
}

const runOf = (s: string): Run => ({
  core: s.replace(/\s+/g, " ").trim().length,
  lead: s.trimStart().length < s.length,
  trail: s.trimEnd().length < s.length,
  commas: commasIn(s),
});

/**
 * A subtree read inside a credited <blockquote> (one paragraph: blocks and <br> are spaces, <q> draws
 * its marks), split where blocksOf draws a mark of its own: before the first word of the first text
 * that holds one (`first`, that word's first character; the opening mark goes before it, or the dash
 * before a credit). With no such text, `before` is the whole and `after` empty.
 */
type Reading = { readonly before: Run; readonly first: string | null; readonly after: Run };

const plain = (r: Run): Reading => ({ before: r, first: null, after: EMPTY });
const whole = (r: Reading): Run => join(r.before, r.after);

function then(a: Reading, b: Reading): Reading {
  if (a.first !== null) return { before: a.before, first: a.first, after: join(a.after, whole(b)) };
  if (b.first !== null) return { before: join(a.before, b.before), first: b.first, after: b.after };
  return plain(join(a.before, b.before));
}

function textReading(data: string): Reading {
  if (!data.trim()) return plain(runOf(data));
  const lead = data.length - data.trimStart().length;
  return { before: lead ? SPACE : EMPTY, first: data[lead], after: runOf(data.slice(lead)) };
}

/** How blocksOf reads `el`'s own markup inside a credited quotation, around its children's reading. */
function wrap(el: Element, kids: Reading): Reading {
  const name = el.name.toLowerCase();
  if (name === "br") return plain(SPACE);
  if (name === "q") return then(then(plain(MARK), kids), plain(MARK));
  return BLOCK.has(name) ? then(plain(SPACE), kids) : kids;
}

/**
 * The Reading of `nodes` one after another, each element's taken from `readings` or made and kept
 * there: children before parents, without recursion (nesting may be thousands deep), so every
 * element is read once however many credited quotations hold it.
 */
function readingOf(nodes: readonly AnyNode[], readings: Map<Element, Reading>): Reading {
  const isEl = (n: AnyNode): n is Element => n.type === "tag";
  const stack: [Element, boolean][] = [];
  for (const n of nodes) if (isEl(n) && !readings.has(n)) stack.push([n, false]);
  while (stack.length) {
    const [el, ready] = stack.pop()!;
    if (readings.has(el)) continue;
    if (!ready) {
      stack.push([el, true]);
      if (el.name.toLowerCase() !== "br") for (const c of el.children) if (isEl(c) && !readings.has(c)) stack.push([c, false]);
      continue;
    }
    readings.set(el, wrap(el, el.name.toLowerCase() === "br" ? plain(EMPTY) : fold(el.children, readings)));
  }
  return fold(nodes, readings);
}

/** `nodes`' Readings one after another; their elements' are in `readings` already. */
function fold(nodes: readonly AnyNode[], readings: ReadonlyMap<Element, Reading>): Reading {
  let r = plain(EMPTY);
  for (const n of nodes) {
    if (n.type === "text") r = then(r, textReading((n as unknown as Positioned).data));
    else if (n.type === "tag") r = then(r, readings.get(n as Element)!);
  }
  return r;
}

/**
 * The Measure of a credited <blockquote> as blocksOf reads it: one paragraph, the opening mark
 * before its first word unless that is a quotation mark already, the closing mark after its last
 * word (white space before it goes), " — " before the credit's first word (" " alone when that is a
 * dash); then what follows a <footer>, as paragraphs of their own.
 */
function creditedMeasure(el: Element, credited: CreditedQuote, memo: ReadonlyMap<Element, Measure>, readings: Map<Element, Reading>): Measure {
  const quote = readingOf(credited.quote, readings);
  const drawn = quote.first !== null && !QUOTE_OPENERS.test(quote.first);
  const words = drawn ? join({ ...join(join(quote.before, MARK), quote.after), trail: false }, MARK) : whole(quote);
  const credit = readingOf(credited.credit, readings);
  const dashed = credited.credit.length > 0 && (credited.credit[0].startIndex ?? -1) >= 0 && credit.first !== null;
  const signed = dashed ? join(join(join(credit.before, SPACE), /[—–―-]/.test(credit.first!) ? EMPTY : DASH), credit.after) : whole(credit);
  const paragraph = join(join(words, signed), credited.coda ? runOf(credited.coda.text) : EMPTY);
  const after = measureNodes(credited.after, memo, readings);
  return { len: paragraph.core + after.len, commas: paragraph.commas + after.commas };
}

/**
 * The Measure of `root`'s blocksOf text, read once: a block element already in `memo` (a nested
 * <blockquote> or <pre>, measured before its ancestors) adds its measure instead of being walked
 * again, so nested block quotations cost the size of the page, not its square. Block elements end a
 * paragraph and are read the same inside `root` as on their own (blocksOf starts and ends each with a
 * flush, and marks change no length), so the sum is exact. A credited <blockquote> is one paragraph
 * whose inner blocks are spaces, not paragraph ends: it is summed from its children's Readings,
 * kept in `readings` for the credited quotations around it.
 */
function measureOf(root: Element, memo: ReadonlyMap<Element, Measure>, readings: Map<Element, Reading>): Measure {
  const credited = root.name.toLowerCase() === "blockquote" ? creditedQuote(root) : null;
  return credited ? creditedMeasure(root, credited, memo, readings) : measureNodes(root.children, memo, readings);
}

/** The Measure of `nodes` read as blocksOf reads a block's children (outside a credited quotation). */
function measureNodes(nodes: readonly AnyNode[], memo: ReadonlyMap<Element, Measure>, readings: Map<Element, Reading>): Measure {
  let len = 0;
  let commas = 0;
  let buf = "";
  const add = (m: Measure) => {
    len += m.len;
    commas += m.commas;
  };
  const flush = () => {
    const t = buf.replace(/\s+/g, " ").trim();
    add({ len: t.length, commas: commasIn(t) });
    buf = "";
  };
  const stack: (AnyNode | { mark: string })[] = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if ("mark" in n) {
      if (n.mark) buf += n.mark;
      else flush();
      continue;
    }
    if (n.type === "text") {
      buf += (n as unknown as Positioned).data;
      continue;
    }
    if (n.type !== "tag") continue; // comments, scripts, styles, directives
    const el = n as Element;
    const name = el.name.toLowerCase();
    if (name === "br") {
      flush();
      continue;
    }
    const known = memo.get(el) ?? (name === "blockquote" ? creditedQuote(el) : null);
    if (known) {
      flush();
      add("len" in known ? known : creditedMeasure(el, known, memo, readings));
      continue;
    }
    // <q> draws a mark at each end (one character each; which one does not change the length).
    if (name === "q") buf += "“";
    const close: { mark: string }[] = name === "q" ? [{ mark: "”" }] : [];
    if (BLOCK.has(name)) {
      flush();
      close.push({ mark: "" });
    }
    stack.push(...close.reverse());
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  flush();
  return { len, commas };
}

/** The Measure of each of `paragraphs` (in document order), innermost first so each is walked once. */
export function paragraphMeasures(paragraphs: readonly Element[]): ReadonlyMap<Element, Measure> {
  const measures = new Map<Element, Measure>();
  const readings = new Map<Element, Reading>();
  for (let i = paragraphs.length - 1; i >= 0; i--) measures.set(paragraphs[i], measureOf(paragraphs[i], measures, readings));
  return measures;
}

/**
 * A page with no <body> tag (a mail's HTML part is often a bare fragment, "<p>…</p><p>…</p>"; HTML5
 * lets a page leave the tag out; htmlparser2 adds none) whose paragraphs stand at the top level:
 * the document itself, without its <head> and <title>. Its paragraphs scored no parent, and the
 * text was lost.
 */
function fragmentRoot($: CheerioAPI): Element {
  $("head, title").remove();
  return $.root()[0] as unknown as Element;
}

/**
 * The element that holds the story: marked up as such, or found as Readability does: each
 * paragraph scores its parent fully and its grandparent and great-grandparent in part (longer
 * text and more commas score more); the best element wins, widened to its parent when a sibling
 * also holds story text (pages that split the story over several columns).
 */
export function storyRoot($: CheerioAPI): Element | null {
  const marked = $('[itemprop="articleBody"], [data-testid="article-body"], .article-body, .story-body, .entry-content, .post-content').toArray() as Element[];
  if (marked.length) return marked[0];
  const articles = $("article").toArray() as Element[];
  if (articles.length === 1) return articles[0];
  const scores = new Map<Element, number>();
  const paragraphs = $("p, pre, blockquote").toArray() as Element[];
  const measures = paragraphMeasures(paragraphs);
  for (const p of paragraphs) {
    const { len, commas } = measures.get(p)!;
    if (len < 25) continue;
    const score = 1 + commas + Math.min(3, Math.floor(len / 100));
    let node = p.parent as Element | null;
    for (const share of [1, 1 / 2, 1 / 3]) {
      if (!node || node.type !== "tag") break;
      scores.set(node, (scores.get(node) ?? 0) + score * share);
      node = node.parent as Element | null;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, sc] of scores) if (sc > bestScore) [best, bestScore] = [el, sc];
  if (!best) return ($("main, [role=main], body").toArray() as Element[])[0] ?? fragmentRoot($);
  // Wrappers that hold nothing but the best element stand for it (<div class="column"><div>…).
  const onlyChild = (el: Element) => el.children.filter((c) => c.type === "tag").length === 1;
  while (best.parent && best.parent.type === "tag" && onlyChild(best.parent as Element) && !/^(?:body|html)$/.test((best.parent as Element).name)) best = best.parent as Element;
  const parent = best.parent as Element | null;
  if (parent && parent.type === "tag" && parent.name !== "body" && parent.name !== "html") {
    const threshold = Math.max(3, bestScore * 0.2);
    // A sibling's score is that of its own best descendant block.
    const scoreOf = (el: Element): number => {
      let m = scores.get(el) ?? 0;
      let cur: Element = el;
      while (onlyChild(cur)) {
        cur = cur.children.find((c) => c.type === "tag") as Element;
        m = Math.max(m, scores.get(cur) ?? 0);
      }
      return m;
    };
    const siblings = parent.children.filter((c): c is Element => c.type === "tag" && c !== best);
    // (Every <p> was measured above.)
    if (siblings.some((c) => scoreOf(c) >= threshold || (c.name === "p" && measures.get(c)!.len >= 25))) best = parent;
  }
  const around = $(best).closest("article, main, [role=main]").toArray() as Element[];
  return around[0] ?? best;
}

export type HtmlStory = {
  paragraphs: string[];
  /** Indices of paragraphs that were headings. */
  headings: number[];
  /** How many paragraphs at the top are the story's deck (html-head.ts). */
  decks: number;
  /** Whether `meta.title` stood over the story as its headline (html-head.ts storyHead), not only in the page's head. */
  titled: boolean;
  /** Offsets of each paragraph's characters in the page source; null when rebuilt from JSON-LD. */
  offsets: Int32Array[] | null;
  meta: PageMeta;
};

/** Take out what never holds the story: scripts, navigation, page furniture (after its metadata is read). */
export function dropFurniture($: CheerioAPI): void {
  $(DROP).remove();
  dropLinkBoxes($);
  // (A <footer> in a <blockquote> is its credit line, html-quotes.ts, not the page's footer.)
  $("header, footer")
    .filter((_, el) => $(el).closest("article, blockquote").length === 0)
    .remove();
  $("[class], [id]")
    .filter((_, el) => {
      const attr = `${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`;
      // As Readability does: a furniture word is forgiven when a story word is there too
      // ("content-with-sidebar" is the story's container, "comments-section" is not).
      return (BOILERPLATE_ATTR.test(attr) && !STORY_ATTR.test(attr)) || CAPTION_ATTR.test(attr);
    })
    .remove();
  // A picture's or a video's <figure> holds its caption, whatever its markup ("“I leave with my head
  // high,” Ruiz told reporters. Photo: Jan Berg"); one that holds a quotation (a tweet embed, a pull
  // quote) is read, as html-quotes.ts reads it.
  $("figure")
    .filter((_, el) => $(el).find("img, picture, amp-img, video, amp-video").length > 0 && $(el).find("blockquote").length === 0)
    .remove();
}

/**
 * The story's paragraphs under `root`, without furniture lines and without the headline, byline and
 * date lines that open it (they are `meta`; a plain "By" line names the byline when `meta` has none).
 */
export function storyOf(root: Element | null, html: string, meta: PageMeta): HtmlStory {
  let blocks = root ? blocksOf(root, false, html) : [];
  blocks = blocks.filter((b) => !(b.text.length < 80 && BOILERPLATE_TEXT.test(b.text)));
  // The labels, headline, byline and date above the story are no story text; its deck leads it (html-head.ts).
  const head = storyHead(blocks, meta);
  blocks = head.blocks;
  let decks = head.decks;
  // A day standing alone ("May 20", "Tue, May 21, 9:30 AM": a <time> without its year) is the
  // story's timestamp wherever it stands, never a line of its text.
  blocks = blocks.filter((b) => !(b.text.length <= 40 && dayLine(b.text)));
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  let mapped = true;
  if (chars < 200 && meta.articleBody && meta.articleBody.length > chars) {
    blocks = meta.articleBody.split(/\n\s*\n|\r?\n/).map((p) => ({ text: p.trim(), heading: false })).filter((b) => b.text);
    mapped = false;
    decks = 0;
  }
  return {
    paragraphs: blocks.map((b) => b.text),
    decks,
    titled: head.titled,
    headings: blocks.flatMap((b, i) => (b.heading ? [i] : [])),
    offsets: mapped ? blocks.map((b) => b.offsets!) : null,
    meta,
  };
}

/**
 * The story of an HTML page as paragraphs, without navigation, scripts, styles, comments or
 * furniture. `publisherNames`: what else names its publisher (an HTML mail's sender), for its masthead.
 */
export function htmlStory(html: string, publisherNames: readonly string[] = []): HtmlStory {
  const $ = parseHtml(html);
  const meta = pageMeta($, publisherNames);
  dropFurniture($);
  return storyOf(storyRoot($), html, meta);
}

/** A Mailman (pipermail) archive page: the post's header and its <pre> body. */
export function pipermailPost(html: string): { body: string; offsets: Int32Array | null; container: Container } {
  const $ = parseHtml(html);
  const subject = str($("h1").first().text())?.replace(/\s+/g, " ") ?? str($("title").first().text())?.replace(/\s+/g, " ") ?? null;
  const sender = str($("body b").first().text())?.replace(/\s+/g, " ") ?? null;
  const address = str($("body a[href^='mailto:']").first().text())?.replace(/\s+/g, " ") ?? null;
  const sentRaw = str($("body i").first().text())?.replace(/\s+/g, " ") ?? null;
  let listName = listNameOf(subject);
  if (!listName) {
    const footer = $("a[href*='listinfo']").first();
    const m = /(?:about the|over de)\s+(.+?)\s+(?:mailing\s*list|maillijst)/i.exec(footer.text().replace(/\s+/g, " "));
    listName = m?.[1] ?? str(/listinfo\/([^/?#]+)/.exec(footer.attr("href") ?? "")?.[1]) ?? null;
  }
  const pre = $("pre").first();
  const blocks = pre.length ? blocksOf(pre[0] as Element, true, html) : [];
  const body = blocks.map((b) => b.text).join("\n");
  const offsets = joinOffsets(blocks, "\n");
  return {
    body,
    offsets,
    container: {
      kind: "mailing-list-post",
      title: subject,
      listName,
      sender: sender ?? (address ? address.replace(/\s+(?:at|op)\s+/i, "@") : null),
      sentOn: sentRaw ? parseDate(sentRaw)?.iso ?? null : null,
      sentRaw,
    },
  };
}

/** Offsets of `blocks` joined by `sep`: each separator character takes the offset before it. */
export function joinOffsets(blocks: readonly { text: string; offsets?: Int32Array }[], sep: string): Int32Array | null {
  if (blocks.some((b) => !b.offsets)) return null;
  const total = blocks.reduce((n, b) => n + b.text.length, 0) + Math.max(0, blocks.length - 1) * sep.length;
  const out = new Int32Array(total);
  let at = 0;
  blocks.forEach((b, i) => {
    if (i > 0) for (let k = 0; k < sep.length; k++, at++) out[at] = out[at - 1] ?? 0;
    out.set(b.offsets!, at);
    at += b.text.length;
  });
  return out;
}
