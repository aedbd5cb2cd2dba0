import { parseDate, yearOfDay } from "./dates.js";
import { type DigestPost, hasTopicDigestSign, topicDigestPosts } from "./google-topic-digest.js";

/**
 * Google Groups' plain-text digest (a mail, or the mail saved as text): the table of contents, then
 * each topic under a rule of "=" ("TOPIC: Pier repairs" or "Topic: …", its address under it), and
 * under each topic its messages, each opened by a counter line ("== 1 of 2 ==", or
 * "---------- 1 of 2 ----------" as the 2013 layout writes it, or "Message: 1", the messages then
 * parted by a line of dashes) over its own "From:" and "Date:" lines.
 * Mailman's "Message: N" posts are mail.ts plainDigestMessages'. Read as one text, the digest was one
 * article carried by the digest's sender, its topics' posts run together and every post's author
 * lost. Each message is given back as the bytes of a mail of its own (its topic as the subject, its
 * sender and date, the group as List-Id), for ingest to read as it reads a Mailman digest's posts.
 * The newer layout (a line "Name <address>: date" over each message, no rules) is
 * google-topic-digest.ts'. Pure.
 */

export type GoogleDigest = {
  /** Each message as a mail of its own: header block, blank line, body. */
  readonly messages: readonly Uint8Array[];
  /** The group's name ("harbour-watch"), from the digest's footer, addresses or links; null when none says. */
  readonly listName: string | null;
  /** How many topics held the messages. */
  readonly topics: number;
};

// "TOPIC: Pier repairs to start in June" (Google's 2008-2013 layout) or "Topic: …" (2013's), by a rule.
const TOPIC_LINE = /^(?:TOPIC|Topic):[ \t]*(\S.*)$/;
const RULE_LINE = /^={10,}[ \t]*$/;
// A line of dashes between two messages, over the next one's counter.
const DASH_LINE = /^-{10,}[ \t]*$/;
// A message's counter: "== 1 of 2 ==", "---------- 1 of 2 ----------", or "Message: 1" under a topic.
const COUNTER = /^[ \t]*(?:(?:==|-{3,})[ \t]*\d{1,4} of \d{1,4}[ \t]*(?:==|-{3,})|Message:[ \t]*\d{1,4})[ \t]*$/;
// The first words of Google's footer under the last message's rule.
const FOOTER = /^(?:You received this|You are receiving this|To unsubscribe from this group)/;
// The header lines under a counter: Google writes Date and From (and, from 2013, Url).
const HEADER = /^(Date|From|Url|Subject|To|Cc):[ \t]*(.*)$/i;
// The group's name: the footer's "subscribed to the Google Groups "harbour-watch" group", else its address or links.
const GROUP_NAMED = /subscribed to the Google Groups "([^"\n]{1,80})" group/;
const GROUP_ADDRESS = /([\w.-]{1,80})(?:\+unsubscribe)?@googlegroups\.com/;
const GROUP_LINK = /groups\.google\.com\/group\/([\w.-]{1,80})/;


/** The group a digest comes from, as it names itself. */
function groupName(text: string): string | null {
  if (!text.includes("oogle")) return null;
  return GROUP_NAMED.exec(text)?.[1] ?? GROUP_ADDRESS.exec(text)?.[1] ?? GROUP_LINK.exec(text)?.[1] ?? null;
}

/**
 * A message's date as Google wrote it, with the year the 2013 layout leaves out ("Sep 12 08:01AM
 * -0700") put after the day: the year that puts the day on or closest before the day the digest
 * was sent (`sentIso`), as a dateline's day takes a mail's year. As written when it has its year or
 * no digest's date is known.
 */
export function withYear(date: string, sentIso: string | null): string {
  if (!sentIso || parseDate(date) !== null) return date;
  const m = /^([A-Za-z]{3,9}\.?)[ \t]+(\d{1,2})\b/.exec(date);
  const dated = m ? yearOfDay(`${m[1]} ${m[2]}`, sentIso) : null;
  return dated && m ? `${m[0]} ${dated.iso.slice(0, 4)}${date.slice(m[0].length)}` : date;
}

/**
 * The messages of a Google Groups digest in `text`, or null when it is none: in the older layouts at
 * least one topic line by a rule and, under a topic, one counter line with a "From:" or "Date:" line
 * under it; in the newer one (google-topic-digest.ts) a message's line under a topic's title. `sentIso`: the
 * day the digest was sent, for message dates written without their year.
 */
export function googleDigest(text: string, sentIso: string | null = null): GoogleDigest | null {
  // Cheap precheck: every digest of the older layouts has a topic line.
  const ruled = text.includes("TOPIC:") || text.includes("Topic:");
  if (!ruled && !hasTopicDigestSign(text)) return null;
  const lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  const found = (ruled ? ruledPosts(lines) : null) ?? topicDigestPosts(text, lines);
  if (!found) return null;
  const { posts, topics } = found;
  const listName = groupName(text);
  const enc = new TextEncoder();
  const messages = posts.map((p) => {
    const head = [
      `Subject: ${p.topic}`,
      ...p.headers.filter(([name]) => !/^subject$/i.test(name)).map(([name, value]) => `${name}: ${/^date$/i.test(name) ? withYear(value, sentIso) : value}`),
      ...(listName ? [`List-Id: <${listName}.googlegroups.com>`] : []),
    ];
    return enc.encode(`${head.join("\n")}\n\n${lines.slice(p.from, p.to).join("\n")}\n`);
  });
  return { messages, listName, topics };
}

/** The posts of the older layouts (topics under rules, messages under counters), or null. */
function ruledPosts(lines: readonly string[]): { readonly posts: DigestPost[]; readonly topics: number } | null {
  const posts: DigestPost[] = [];
  let topic: string | null = null;
  let topics = 0;
  let open: DigestPost | null = null;
  let lastText = "";
  // The next line with text after line i (k = 1), or the one after that (k = 2); "" past the end.
  const nextText = (i: number, k = 1): string => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() && --k === 0) return lines[j];
    return "";
  };
  const close = (i: number): void => {
    if (open) open.to = i;
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A topic line stands under a rule, or over one (its address may stand between).
    const topicLine = TOPIC_LINE.exec(line);
    if (topicLine && (RULE_LINE.test(lastText) || RULE_LINE.test(nextText(i)) || RULE_LINE.test(nextText(i, 2)))) {
      close(i);
      topic = topicLine[1].trim();
      topics++;
    } else if (RULE_LINE.test(line) || DASH_LINE.test(line)) {
      // A rule ends a message only when the next topic, message, Google's footer or the text's end
      // comes under it: a rule inside a message (a signature's, a table's) is the message's own.
      const next = open ? nextText(i) : "";
      if (open && (next === "" || TOPIC_LINE.test(next) || COUNTER.test(next) || FOOTER.test(next))) close(i);
    } else if (topic !== null && COUNTER.test(line)) {
      const headers: (readonly [string, string])[] = [];
      let j = i + 1;
      // A digest saved as HTML has its <br> lines apart (html-digest.ts): blank lines are skipped
      // over until both Date and From, which Google always writes, are read, never after them.
      const both = () => headers.some(([n]) => /^from$/i.test(n)) && headers.some(([n]) => /^date$/i.test(n));
      const skipBlank = () => {
        let k = j;
        while (k < lines.length && !lines[k].trim()) k++;
        return HEADER.test(lines[k] ?? "") ? k : j;
      };
      j = skipBlank();
      for (let h = HEADER.exec(lines[j] ?? ""); h; h = HEADER.exec(lines[j] ?? "")) {
        headers.push([h[1], h[2].trim()]);
        j++;
        if (!both()) j = skipBlank();
      }
      if (headers.some(([name]) => /^(?:from|date)$/i.test(name))) {
        close(i);
        open = { topic, headers, from: j, to: lines.length };
        posts.push(open);
        i = j - 1;
      }
    }
    if (line.trim()) lastText = line;
  }
  return posts.length ? { posts, topics } : null;
}
