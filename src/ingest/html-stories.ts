import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { dayLine, parseDate, yearOfDay } from "./dates.js";
import { BYLINE_ELEMENTS, blocksOf, bylineText, dropFurniture, type HtmlStory, pageMeta, type PageMeta, parseHtml, storyOf, storyRoot, str } from "./html.js";

/**
 * A page that holds several stories, each in an `<article>` of its own (a news site's front page, a
 * live blog, a page of briefs): one story each, with the headline, byline and date its own element
 * gives. Read as one article, the page gave the first story's byline and date to the other's words,
 * or lost all but one of them.
 */

// An <article> with fewer paragraphs of story than this is a teaser (a headline and a summary line
// linking elsewhere), not a story to read on its own.
const STORY_PARAGRAPHS = 2;
const PARAGRAPH_MIN = 40;

type OwnMeta = Pick<PageMeta, "title" | "byline" | "published" | "publishedRaw">;

const oneLine = (s: string | null): string | null => (s ? s.replace(/\s+/g, " ").trim() || null : null);

/**
 * The headline, byline and date an <article> element gives itself (none of the page's). A <time>
 * that writes its day without a year ("May 20") takes the year of `anchor`, the page's own date,
 * as a dateline's day takes the mail's: the day on or closest before it.
 */
function ownMeta($: CheerioAPI, el: Element, anchor: string | null): OwnMeta {
  const $el = $(el);
  const title = oneLine(str($el.find("[itemprop=headline]").first().text()) ?? str($el.find("h1, h2, h3").first().text()));
  const byline = bylineText(str($el.find(BYLINE_ELEMENTS).first().text()));
  const dated = $el.find("[itemprop=datePublished]").first();
  for (const raw of [str(dated.attr("content")), str(dated.attr("datetime")), str($el.find("time[datetime]").first().attr("datetime"))]) {
    const d = raw ? parseDate(raw) : null;
    if (d) return { title, byline, published: d.iso, publishedRaw: raw };
  }
  const shown = oneLine(str($el.find("time").first().text()));
  const full = shown ? parseDate(shown, true) : null;
  if (full) return { title, byline, published: full.iso, publishedRaw: shown };
  const day = shown ? dayLine(shown) : null;
  const completed = day && anchor ? yearOfDay(day, anchor) : null;
  if (completed) return { title, byline, published: completed.iso, publishedRaw: shown };
  return { title, byline, published: null, publishedRaw: null };
}

/** The elements (in document order) that no other of them holds: one pass over the source spans, not a walk up from each. */
function outermost(els: readonly Element[]): Element[] {
  const out: Element[] = [];
  let end = -1;
  for (const el of els) {
    if ((el.startIndex ?? 0) <= end) continue;
    out.push(el);
    end = el.endIndex ?? Number.MAX_SAFE_INTEGER;
  }
  return out;
}

const isStory = (el: Element): boolean => blocksOf(el).filter((b) => !b.heading && b.text.length >= PARAGRAPH_MIN).length >= STORY_PARAGRAPHS;

/**
 * The stories of an HTML page: one for each outermost `<article>` that holds a story when there are
 * two or more (an <article> inside another is its comment or aside), else the page's one story. A
 * story that gives no date of its own takes the page's, unless the page's is another story's own.
 */
export function htmlStories(html: string): { readonly page: PageMeta; readonly stories: readonly HtmlStory[] } {
  const $ = parseHtml(html);
  const page = pageMeta($);
  const outer = outermost($("article").toArray() as Element[]);
  // Read before the furniture goes: a byline's class ("byline", "author") marks it as furniture.
  const own = new Map(outer.length > 1 ? outer.map((el) => [el, ownMeta($, el, page.published)]) : []);
  dropFurniture($);
  const left = new Set($("article").toArray());
  const stories = outer.length > 1 ? outer.filter((el) => left.has(el) && isStory(el)) : [];
  if (stories.length < 2) return { page, stories: [storyOf(storyRoot($), html, page)] };
  const pageDateIsOwn = [...own.values()].some((m) => m.publishedRaw !== null && m.publishedRaw === page.publishedRaw);
  const read = (el: Element): HtmlStory => {
    const m = own.get(el)!;
    const dated = m.published ? m : pageDateIsOwn ? { published: null, publishedRaw: null } : page;
    // The page's JSON-LD body is one story's; the site name, address and outlet evidence are the page's.
    const meta: PageMeta = { ...page, title: m.title, byline: m.byline, published: dated.published, publishedRaw: dated.publishedRaw, articleBody: null, evidence: [...page.evidence] };
    return storyOf(el, html, meta);
  };
  return { page, stories: stories.map(read) };
}
