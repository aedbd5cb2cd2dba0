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
  /** A cheap test on the whole text before the pattern runs. */
  readonly hint: (text: string) => boolean;
  /** Global; every match is a run to blank. */
  readonly pattern: RegExp;
};

// The labels a post's or an article's button bar writes ("Flag", "Share", "Tweet", …) and the
// networks a share bar names. Three or more run together are no words of a sentence.
const LABEL = "(?:Flag|Share|Like|Reply|Follow|Embed|Tweet|Email|Print|Save|Comment|Facebook|Twitter|LinkedIn|WhatsApp|Reddit|Pinterest)";

export const WIDGET_RULES: readonly WidgetRule[] = [
  {
    id: "button-bar",
    reason: "three or more button labels run together with no space between them ('FlagShareLikeReply', 'ShareTweetEmail', 'FacebookTwitterEmail'): a button bar's text",
    hint: (t) => t.includes("ShareLike") || t.includes("ShareTweet") || t.includes("TweetEmail") || t.includes("FacebookTwitter") || t.includes("LikeReply"),
    pattern: new RegExp(`${LABEL}${LABEL}${LABEL}+`, "g"),
  },
  {
    id: "live-blog-header",
    reason: "a live blog's comment-system header, from its post count to its sort links ('34 postsGet LivefyreFAQSign in … Newest | Oldest')",
    hint: (t) => t.includes("Newest | Oldest"),
    pattern: /\d{1,5} posts(?=\p{Lu})[^\n]{0,300}?Newest \| Oldest/gu,
  },
  {
    id: "moderator-badge",
    reason: "a comment system's badge glued to a moderator's name and the post's date ('Ani Vrabel 5ptsmoderatorFeatured')",
    hint: (t) => t.includes("ptsmoderator"),
    pattern: /\b\d{1,6}ptsmoderator(?:Featured)?/g,
  },
];

/** The widget runs in `source.slice(from, to)`, in order, each with the rule that found it. */
export function widgetRuns(source: string, from = 0, to = source.length): { readonly span: Span; readonly ruleId: string }[] {
  const text = from === 0 && to === source.length ? source : source.slice(from, to);
  const runs: { span: Span; ruleId: string }[] = [];
  for (const rule of WIDGET_RULES) {
    if (!rule.hint(text)) continue;
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) runs.push({ span: { start: from + m.index, end: from + m.index + m[0].length }, ruleId: `ingest/widget-${rule.id}` });
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
