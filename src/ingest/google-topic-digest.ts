/**
 * Google Groups' newer plain-text digest ("Topic digest", the text part of the mail Google has sent
 * since about 2016): the group's address and "Topic digest" / "View all topics" at its top, the
 * topics listed with their count ("Pier repairs to start in June - 2 Updates"), then each topic's
 * title on a line of its own, its messages under it, each opened by one line that names its author
 * and the time it was sent ("Ann Vega <ann.v...@example.org>: Mar 08 08:01AM -0800"), a "Back to top"
 * line after each topic, and the footer ("You received this digest because you're subscribed …").
 * No rules of "=", no counters and no "From:" lines: google-digest.ts's older layouts miss it, and the
 * whole digest was one article, every post's author lost. Pure; lines in, line ranges out.
 */

/** A message of a digest: its topic, its header lines, and the lines of its body, [from, to). */
export type DigestPost = { readonly topic: string; readonly headers: readonly (readonly [string, string])[]; readonly from: number; to: number };

// The signs only this layout writes; one of them is in every such digest (the cheap precheck).
const SIGNS = ["Back to top", "You received this digest because", "Topic digest", "View all topics"];
// A message's opening line: "Name <address>: date", or the bare address where Google knows no name.
// The name holds no "<" so the match cannot backtrack over it; the date is checked below.
const AUTHOR_LINE = /^[ \t]*(?:([^<>\n]{1,100})<([^<>\s]{1,160})>|([^<>\s:]{1,80}@[^<>\s:]{1,160})):[ \t]+(\S[^\n]{0,60})$/;
// Google writes a message's time as "Mar 08 08:01AM -0800" (no year), or with its year and weekday.
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}\b/;
const CLOCK = /\b\d{1,2}:\d{2}(?!\d)/;
// A topic as the digest's list at its top gives it: "Pier repairs - 2 Updates" or "Pier repairs [1 Update]".
const LISTED_TOPIC = /^[ \t]*(?:[-*•][ \t]+)?(\S[^\n]{0,200}?) (?:- \d{1,4} Updates?|\[\d{1,4} Updates?\])[ \t]*$/i;
const BACK_TO_TOP = /^[ \t]*Back to top[ \t]*$/;
// Google's footer under the last topic: nothing under it is a message's.
const FOOTER = /^[ \t]*(?:You received this (?:digest|message) because|To unsubscribe from this group)/;

/** Whether `text` holds a sign of the newer layout: the cheap precheck before its lines are read. */
export const hasTopicDigestSign = (text: string): boolean => SIGNS.some((s) => text.includes(s));

/** The author and time an opening line gives, or null when it is none. */
export function authorLine(line: string): { readonly from: string; readonly date: string } | null {
  if (line.length > 400 || !line.includes(":") || !line.includes("@")) return null;
  const m = AUTHOR_LINE.exec(line.trimEnd());
  if (!m) return null;
  const date = m[4].trim();
  if (!MONTH_DAY.test(date) || !CLOCK.test(date)) return null;
  const name = m[1]?.trim().replace(/^"(.*)"$/, "$1");
  return { from: m[3] ?? (name ? `${name} <${m[2]}>` : m[2]), date };
}

/** The topics the digest lists at its top, by title. */
function listedTopics(lines: readonly string[], before: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < before; i++) {
    if (!/update/i.test(lines[i]) || lines[i].length > 300) continue;
    const m = LISTED_TOPIC.exec(lines[i]);
    if (m) out.add(m[1].trim());
  }
  return out;
}

/**
 * The posts of a digest in the newer layout in `lines` (the text's lines, without "\r"), and how many
 * topics held them; null when it is none: one of its signs, and a message line under a topic's title.
 * A topic's title is a line right over a message's opening line, where the list at the top names it,
 * or under "Back to top" or above the first message (a line of the body over the next message's
 * opening line, "Ann", is its sender's signature).
 */
export function topicDigestPosts(text: string, lines: readonly string[]): { readonly posts: DigestPost[]; readonly topics: number } | null {
  if (!hasTopicDigestSign(text)) return null;
  const authors = lines.map(authorLine);
  const first = authors.findIndex((a) => a !== null);
  if (first < 0) return null;
  const listed = listedTopics(lines, first);
  const posts: DigestPost[] = [];
  let topic: string | null = null;
  let topics = 0;
  let open: DigestPost | null = null;
  let lastText = "";
  const close = (i: number): void => {
    if (open) open.to = i;
    open = null;
  };
  // The index of the next line with text after line i; lines.length past the end.
  const nextText = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    return j;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    const author = authors[i];
    if (author) {
      if (topic !== null) {
        close(i);
        open = { topic, headers: [["From", author.from], ["Date", author.date]], from: i + 1, to: lines.length };
        posts.push(open);
      }
    } else if (BACK_TO_TOP.test(line) || FOOTER.test(line)) {
      close(i);
      if (FOOTER.test(line)) break;
    } else if (trimmed && authors[nextText(i)] && (listed.has(trimmed) || BACK_TO_TOP.test(lastText) || (i < first && !open))) {
      close(i);
      topic = trimmed;
      topics++;
    }
    if (trimmed) lastText = line;
  }
  return posts.length ? { posts, topics } : null;
}
