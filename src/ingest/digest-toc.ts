import type { Span } from "../model/index.js";

/**
 * A mailing list's digest opens with its table of contents: "Today's Topics:" over the posts'
 * subjects, numbered ("   1. Pier repairs (Ann Vega)"), under Mailman's masthead ("Send Harbour
 * mailing list submissions to …"). It is no article: read as one, a digest whose contents came as a
 * text part of their own (its posts attached), or whose one post was not split off, gave an article
 * titled "Today's Topics:" or "Send Harbour mailing list submissions to". Pure.
 */
export type DigestContents = {
  /** From the masthead's first line (or the "Today's Topics:" line when none stands above it) to the last subject's end. */
  readonly span: Span;
  /** How many subjects it lists. */
  readonly subjects: number;
};

// The line over the subjects, as Mailman (2 and 3), Sympa and Google Groups write it; Mailman 3 may
// add the count ("Today's Topics (3 messages)").
const TOPICS_LINE = /^[ \t]*Today['’]s [Tt]opics(?: \(\d+ messages?\))?:?[ \t]*$/m;
// One subject: a number ("1.", "2)") or a bullet, then its words.
const SUBJECT_LINE = /^[ \t]*(?:\d{1,3}[.)]|[*•-])[ \t]+\S/;
// A subject too long for its line goes on, indented, on the next (Google Groups indents the topic's address there).
const GOES_ON = /^(?: {2,}|\t)[ \t]*\S/;
// Mailman's masthead opens the digest: "Send Harbour mailing list submissions to"; Google Groups
// draws a rule of "=" over the contents.
const MASTHEAD_FIRST = /^[ \t]*Send .{1,100} submissions to[ \t]*$/;
const RULE = /^[ \t]*(?:={10,}|-{10,})[ \t]*$/;
// The contents stand at a digest's top: no further than this into the text.
const LOOK_IN = 4000;

/** The digest's contents at `text`'s top, or null when it opens with none. */
export function digestContents(text: string): DigestContents | null {
  const head = text.slice(0, LOOK_IN);
  // Cheap precheck before the line search: most texts never say "Topics".
  if (!head.includes("opics")) return null;
  const m = TOPICS_LINE.exec(head);
  if (!m) return null;
  // Only the masthead, or nothing, stands above the line: else the words are some story's.
  const above = head.slice(0, m.index);
  const firstLine = above.trimStart().split("\n", 1)[0];
  const start = above.trim() === "" ? m.index : MASTHEAD_FIRST.test(firstLine) || (RULE.test(firstLine) && above.trim() === firstLine.trim()) ? above.length - above.trimStart().length : -1;
  if (start < 0) return null;
  let at = m.index + m[0].length;
  let end = -1;
  let subjects = 0;
  // The subjects, after any blank lines under "Today's Topics:", one a line or going on indented.
  while (at < text.length) {
    const nl = text.indexOf("\n", at + 1);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at + 1, lineEnd).replace(/\r$/, "");
    if (SUBJECT_LINE.test(line)) subjects++;
    else if (!(subjects > 0 ? GOES_ON.test(line) : line.trim() === "")) break;
    if (subjects > 0) end = lineEnd;
    at = lineEnd;
  }
  return subjects > 0 ? { span: { start, end }, subjects } : null;
}
