/**
 * A page's widgets copied into its text: the labels of a post's button bar run together with no
 * space between them ("FlagShareLikeReply", "ShareTweetEmail"), a comment or live-blog system's
 * header ("34 postsGet LivefyreFAQSign in … Newest | Oldest") and its badge on a moderator's
 * name ("Ani Vrabel 5ptsmoderatorFeatured"). Glued to the names and headlines around them, they
 * made "FlagShareLikeReplyPaige Lavender" a speaker. Each run is blanked in place, a paragraph
 * break and spaces to its length, so every other character keeps its offset and the parts around it
 * stand apart; the document's own text is not changed. Pure.
 */
import type { Span } from "../model/index.js";

export type WidgetRule = {
  readonly id: string;
  readonly reason: string;
  /** A cheap test on the whole text before `find` runs. */
  readonly hint: (text: string) => boolean;
  /** The runs in `text`, as offsets into it. */
  readonly find: (text: string) => readonly Span[];
};

/** Every match of a global pattern. */
const matchesOf = (re: RegExp) => (text: string): Span[] => {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
};

// A live blog's header ends on its sort links; its post count opens it, on the same line and at
// most this far before them. A page has one header: only the first few sort links are read, so a
// text of nothing but them costs no more than a page.
const HEADER_END = "Newest | Oldest";
const HEADER_MAX = 300;
const HEADERS_READ = 8;
const POST_COUNT = /\d{1,5} posts(?=\p{Lu})/u;

function liveBlogHeaders(text: string): Span[] {
  const out: Span[] = [];
  for (let end = text.indexOf(HEADER_END), n = 0; end >= 0 && n < HEADERS_READ; end = text.indexOf(HEADER_END, end + 1), n++) {
    const from = Math.max(end - HEADER_MAX, text.lastIndexOf("\n", end) + 1, out.length ? out[out.length - 1].end : 0);
    const m = POST_COUNT.exec(text.slice(from, end));
    if (m) out.push({ start: from + m.index, end: end + HEADER_END.length });
  }
  return out;
}

// The labels a post's or an article's button bar writes ("Flag", "Share", "Tweet", …) and the
// networks a share bar names. Three or more run together are no words of a sentence.
const LABEL = "(?:Flag|Share|Like|Reply|Follow|Embed|Tweet|Email|Print|Save|Comment|Facebook|Twitter|LinkedIn|WhatsApp|Reddit|Pinterest)";

export const WIDGET_RULES: readonly WidgetRule[] = [
  {
    id: "button-bar",
    reason: "three or more button labels run together with no space between them ('FlagShareLikeReply', 'ShareTweetEmail', 'FacebookTwitterEmail'): a button bar's text",
    hint: (t) => t.includes("ShareLike") || t.includes("ShareTweet") || t.includes("TweetEmail") || t.includes("FacebookTwitter") || t.includes("LikeReply"),
    find: matchesOf(new RegExp(`${LABEL}${LABEL}${LABEL}+`, "g")),
  },
  {
    id: "live-blog-header",
    reason: "a live blog's comment-system header, from its post count to its sort links ('34 postsGet LivefyreFAQSign in … Newest | Oldest')",
    hint: (t) => t.includes(HEADER_END),
    find: liveBlogHeaders,
  },
  {
    id: "moderator-badge",
    reason: "a comment system's badge glued to a moderator's name and the post's date ('Ani Vrabel 5ptsmoderatorFeatured')",
    hint: (t) => t.includes("ptsmoderator"),
    find: matchesOf(/\b\d{1,6}ptsmoderator(?:Featured)?/g),
  },
];

/** The widget runs in `source.slice(from, to)`, in order, each with the rule that found it. */
export function widgetRuns(source: string, from = 0, to = source.length): { readonly span: Span; readonly ruleId: string }[] {
  const text = from === 0 && to === source.length ? source : source.slice(from, to);
  const runs: { span: Span; ruleId: string }[] = [];
  for (const rule of WIDGET_RULES) {
    if (!rule.hint(text)) continue;
    for (const r of rule.find(text)) runs.push({ span: { start: from + r.start, end: from + r.end }, ruleId: `ingest/widget-${rule.id}` });
  }
  return runs.sort((a, b) => a.span.start - b.span.start);
}

/**
 * `source` with each run blanked: a paragraph break (two line breaks: a single one would join the
 * lines again in a hard-wrapped text), then spaces to its length (offsets unchanged).
 */
export function blankRuns(source: string, runs: readonly { readonly span: Span }[]): string {
  if (!runs.length) return source;
  let out = "";
  let at = 0;
  for (const { span } of runs) {
    if (span.start < at) continue; // overlapping runs: the first blanked it
    const size = span.end - span.start;
    out += source.slice(at, span.start) + "\n\n".slice(0, size) + " ".repeat(Math.max(0, size - 2));
    at = span.end;
  }
  return out + source.slice(at);
}
