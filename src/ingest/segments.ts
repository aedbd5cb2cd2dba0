import type { Container } from "../model/index.js";
import { isHeadingLike } from "./article.js";
import { isDateLine, isUpdateLine, monthOf, parseDate } from "./dates.js";
import { agencyDateline } from "./agency-dateline.js";
import { mastheadLine } from "./outlets.js";
import { lineSpans } from "./reflow.js";

/**
 * Plain text as list archives and mail carry it: an optional post header (subject, sender, date
 * sent), one or more articles each under a header block (a date line with the headline and byline
 * around it), and a list footer. This module finds those parts by layout, in source offsets.
 */

export type Line = { readonly start: number; readonly end: number; readonly text: string };

/** Header lines of one article found above its body. */
export type ArticleHeader = {
  readonly title: string | null;
  readonly byline: string | null;
  readonly dateLine: string | null;
  readonly published: string | null;
  /** A line naming the paper and the date ("The Valley Courier, March 5, 2031"); its date is `dateLine`. */
  readonly masthead: { readonly outlet: string; readonly line: string } | null;
  /** An "Updated …" line among the header's lines (dates.ts isUpdateLine): no date line, but a bound on the date. */
  readonly updateLine?: string | null;
};

export type Segment = { readonly from: number; readonly to: number; readonly header: ArticleHeader | null };

export type PostLayout = {
  readonly container: Container | null;
  /** Where the body (after the post header, before the footer) starts and ends. */
  readonly bodyFrom: number;
  readonly bodyTo: number;
  readonly segments: readonly Segment[];
  /** Remarks on the layout (text left out and why). */
  readonly notes: readonly string[];
  /** A forwarded message's body starts here; articles from here on may take its subject as headline. */
  readonly forwarded: { readonly from: number; readonly title: string | null } | null;
};

// A note above the first article shorter than this is a cover line, not an article.
export const PREAMBLE_MIN = 300;

export function linesOf(source: string, from = 0, to = source.length): Line[] {
  // Most texts hold no HIDDEN character: one search of the range spares each line the replace.
  const nul = source.indexOf("\u0000", from);
  const hidden = nul >= 0 && nul < to;
  // (Pushed, not .map: a holey array from an optimised .map is another map than a packed one, and the
  // layout readers that walk these lines dropped their optimised code when the other kind reached them.)
  const out: Line[] = [];
  for (const { start, end } of lineSpans(source, from, to)) {
    const line = source.slice(start, end);
    out.push({ start, end, text: (hidden ? line.replace(/\u0000/g, "") : line).trim() });
  }
  return out;
}

// Mailman's footer in its archive pages and in list mail, in the languages Mailman ships.
const LIST_FOOTERS: readonly RegExp[] = [
  /^More information about the (.+?) mailing\s*list\b/i,
  /^Meer informatie over de (.+?) mail(?:ing)?lijst\b/i,
  /^Weitere Informationen über die Mailingliste (.+)$/i,
  /^Plus d'informations sur la liste de diffusion (.+)$/i,
  /^Más información sobre la lista de distribución (.+)$/i,
  /^Ulteriori informazioni sulla lista (.+)$/i,
];
// Lines after which nothing belongs to the post: Mailman's attachment scrubber and list trailer.
const TRAILERS: readonly RegExp[] = [/^-{5,} ?(?:next part|volgend deel|nächster Teil|section suivante)\b/i, /^_{20,}$/];

const SENDER = /^(.+?)\s+(?:at|op|bei|chez|en|a)\s+([\w-]+(?:\.[\w-]+)+)$/i;
const EMAIL = /^(?:(.*?)\s*<)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?$/;
const LIST_TAG = /^\[([^\]]{1,60})\]\s*/;

/** "Jeff Doe op example.nl" (Mailman's address obfuscation) or "Jeff Doe <jeff@example.nl>". */
export function parseSender(line: string): string | null {
  const e = EMAIL.exec(line);
  if (e) return e[1]?.replace(/^"|"$/g, "").trim() || e[2];
  const m = SENDER.exec(line);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  if (words.length === 1) return `${words[0]}@${m[2]}`;
  // "Jane Doe jdoe at x.org": the last word is the address's local part when it cannot be a name.
  if (words.length >= 3 && /[.\d_]|^[a-z]+$/.test(words[words.length - 1])) words.pop();
  return words.join(" ");
}

/** A subject as a headline: without "Re:", "Fwd:" and "[List]" tags. */
export function subjectTitle(subject: string | null): string | null {
  return subject?.replace(/^(?:\s*(?:\[[^\]]*\]|(?:re|fwd?|fw|aw|wg|tr|sv|antw)(?:\[\d{1,3}\])?\s*:))+\s*/i, "").trim() || null;
}

// The marks a reply or forward puts before a subject, in the languages mail programs ship ("Re:", "Fwd:",
// "AW:", Outlook's counted "RE[2]:"); each must end on its colon, so a run of them is read once.
const REPLY_MARKS = /^(?:[ \t]*(?:re|fwd?|fw|aw|wg|tr|sv|antw)(?:\[\d{1,3}\])?[ \t]*:)+[ \t]*/i;

/** A subject without the reply and forward marks before it: "Re: Fwd: [List] x" is "[List] x". */
export const withoutReplyMarks = (subject: string): string => subject.replace(REPLY_MARKS, "");

/**
 * The list a subject's "[List]" tag names. A reply's client writes its "Re:" before the tag Mailman
 * added to the first post ("Re: [Newsdesk] Storm …"): the tag still names the list.
 */
export function listNameOf(subject: string | null): string | null {
  if (!subject?.includes("[")) return null;
  const m = LIST_TAG.exec(withoutReplyMarks(subject));
  return m ? m[1].trim() : null;
}

// First words of every footer and trailer above: lines that do not start so are skipped cheaply.
const FOOTER_START = /^(?:More|Meer|Weitere|Plus|Más|Ulteriori|-{5}|_{20})/i;

function footerAt(lines: readonly Line[]): { index: number; listName: string | null } | null {
  for (let i = 0; i < lines.length; i++) {
    if (!FOOTER_START.test(lines[i].text)) continue;
    for (const re of LIST_FOOTERS) {
      const m = re.exec(lines[i].text);
      if (m) return { index: i, listName: m[1].trim() };
    }
    // A list footer may be wrapped over two lines ("More information about the X\nmailing list").
    if (i + 1 < lines.length) {
      const joined = `${lines[i].text} ${lines[i + 1].text}`;
      for (const re of LIST_FOOTERS.slice(0, 2)) {
        const m = re.exec(joined);
        if (m && m.index === 0 && /^(?:More information|Meer informatie)/i.test(lines[i].text)) return { index: i, listName: m[1].trim() };
      }
    }
    for (const re of TRAILERS) if (re.test(lines[i].text)) return { index: i, listName: null };
  }
  return null;
}

// A header field line of a pasted or forwarded message, in the languages mail programs ship.
const HEADER_FIELD = /^(Subject|From|Date|Sent|To|Cc|Onderwerp|Van|Datum|Verzonden|Aan|Betreff|Von|Gesendet|An|Objet|De|Envoyé|À)\s*:\s*(.*)$/i;

/**
 * A post header at the top: the subject line, then the sender and the date it was sent, as an
 * archive page saved as text shows them. Returns the index of the first body line.
 */
function postHeader(lines: readonly Line[]): { container: Omit<Container, "listName"> & { listName: string | null }; next: number } | null {
  const firsts: number[] = [];
  for (let i = 0; i < lines.length && firsts.length < 5; i++) if (lines[i].text) firsts.push(i);
  if (firsts.length < 3) return null;
  // "Subject: x" / "From: y" / "Date: z" header lines of a forwarded or pasted message.
  const fields = new Map<string, number>();
  for (let i = firsts[0]; i < lines.length && i < firsts[0] + 12; i++) {
    const m = HEADER_FIELD.exec(lines[i].text);
    if (m) fields.set(m[1].toLowerCase(), i);
    else if (lines[i].text) break;
  }
  const field = (...names: string[]) => {
    for (const n of names) if (fields.has(n)) return fields.get(n)!;
    return -1;
  };
  const subj = field("subject", "onderwerp", "betreff", "objet");
  const from = field("from", "van", "von", "de");
  const date = field("date", "sent", "datum", "verzonden", "gesendet", "envoyé");
  if (subj >= 0 && (from >= 0 || date >= 0)) {
    const value = (i: number) => (i >= 0 ? lines[i].text.replace(/^[^:]*:\s*/, "") : null);
    const subject = value(subj);
    const sentRaw = value(date);
    return {
      container: {
        kind: listNameOf(subject) ? "mailing-list-post" : "email",
        title: subject,
        listName: listNameOf(subject),
        sender: from >= 0 ? parseSender(value(from)!) ?? value(from) : null,
        sentOn: sentRaw ? parseDate(sentRaw)?.iso ?? null : null,
        sentRaw,
      },
      // The body starts under the last field of the block ("To:" and "Cc:" may follow the subject).
      next: Math.max(...fields.values()) + 1,
    };
  }
  // Archive layout: subject, sender, date (the date line carries a time).
  const [a, b, c] = firsts;
  const sender = parseSender(lines[b].text);
  const sent = parseDate(lines[c].text, true);
  if (sender && sent && /\d:\d\d/.test(lines[c].text) && lines[a].text.length <= 200) {
    const subject = lines[a].text;
    return {
      container: { kind: "mailing-list-post", title: subject, listName: listNameOf(subject), sender, sentOn: sent.iso, sentRaw: lines[c].text },
      next: c + 1,
    };
  }
  return null;
}

// The line a mail program writes above a forwarded message's own header (Gmail, Outlook, Apple Mail,
// Thunderbird), in the languages they ship.
const FORWARD_MARK =
  /^(?:-{2,}\s*(?:Forwarded message|Original Message|Doorgestuurd bericht|Oorspronkelijk bericht|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Message transféré|Message d'origine|Mensaje reenviado|Mensaje original)\s*-{2,}|Begin forwarded message:?|Anfang der weitergeleiteten Nachricht:?)$/i;

/**
 * A forwarded message inside a body: the mark line, then its own From/Date/Subject header. The
 * article below it came in that message, so its subject and sender are the article's provenance.
 * Without a mark, a block of header fields naming subject, sender and date counts too. Returns the
 * line range the mark and header take (`at` to `next`) and the forwarded message as a container.
 */
function forwardedHeader(lines: readonly Line[], from: number, to: number): { at: number; next: number; container: Container } | null {
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    const marked = FORWARD_MARK.test(text);
    // Outlook quotes a forwarded header without any mark above it.
    if (!marked && !HEADER_FIELD.test(text)) continue;
    const head = postHeader(lines.slice(marked ? i + 1 : i, to));
    if (!head) continue;
    const c = head.container;
    // An unmarked block must name all three: a lone "From:" line in prose is not a header.
    if (!marked && !(c.title && c.sender && c.sentRaw)) continue;
    return { at: i, next: (marked ? i + 1 : i) + head.next, container: { ...c, kind: "email", listName: null } };
  }
  return null;
}

type Block = { first: number; last: number; blanksBefore: number };

function blocksOf(lines: readonly Line[], from: number, to: number): Block[] {
  const out: Block[] = [];
  let blanks = 0;
  for (let i = from; i < to; i++) {
    if (!lines[i].text) {
      blanks++;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.last === i - 1) prev.last = i;
    else out.push({ first: i, last: i, blanksBefore: blanks });
    blanks = 0;
  }
  return out;
}

const SENTENCE_END = /[.!?…:;"”»]$/u;
const BYLINE = /^(?:By|Door|Von|Par|Por|Di)\s+(\p{Lu}[\p{L}.'’ -]+(?:(?:,| and| en| und| et| y) \p{Lu}[\p{L}.'’ -]+)*)$/u;
// A person's name standing alone: two to four capitalised words (particles allowed), no digits.
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?: (?:(?:van|von|de|der|den|la|le|al|el|bin|ibn|da|di|du)\b|\p{Lu}[\p{L}'’.-]*)){1,3}$/u;

// A post or desk after the names ("Ana Ruiz, Staff Writer", "Sam Ortiz and Lee Park, Gazette Staff"):
// not who wrote it, and the byline is who a first-person quote ("I", "we") is credited to.
const JOB_TAIL = /,\s*(?:[\p{L}.'’-]+\s+){0,3}(?:staff|writer|reporter|correspondent|editor|contributor|columnist)s?\s*$/iu;

// The post alone on the line under a byline ("Staff writer", "Senior Political Correspondent"):
// the writer's, neither a headline nor a name.
const JOB_LINE = /^(?:[\p{L}.'’-]+\s+){0,3}(?:staff|writer|reporter|correspondent|editor|contributor|columnist)s?$/iu;

/** A byline without the post or desk after the names. */
export const bylineNames = (byline: string): string => byline.replace(JOB_TAIL, "").trim() || byline;

export function bylineOf(line: string): string | null {
  const m = BYLINE.exec(line);
  if (m) return bylineNames(m[1].trim());
  if (line.length <= 40 && NAME_LINE.test(line) && !isDateLine(line)) return line;
  return null;
}

// The words of writers' names: capitalised, or a particle or a joiner between names.
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|and|en|und|et|y|van|von|de|der|den|la|le|da|di|du|al|el|bin|ibn)$/u;
/**
 * A "By" line that names its writers ("By Jane Roe", "By Ana Ruiz and Tom Lee"), not a sentence
 * ("By Monday the river had risen."): the plain text's headline marks and the HTML story's top both ask.
 */
export function isByLine(p: string | undefined): boolean {
  if (p === undefined || !/^(?:By|Door|Von|Par)\s/.test(p)) return false;
  const names = bylineOf(p);
  const words = names?.split(/[\s,]+/).filter(Boolean) ?? [];
  return words.length > 0 && words.length <= 10 && words.every((w) => NAME_WORD.test(w));
}

const shortLine = (l: Line) => l.text.length <= 120;

/**
 * Is this block an article header? Short lines that include a date standing alone, or a "By ..."
 * line under a headline after a clear gap. Returns the parsed header, or null.
 */
function headerOf(lines: readonly Line[], b: Block): ArticleHeader | null {
  const ls = lines.slice(b.first, b.last + 1);
  if (ls.length > 5 || !ls.every(shortLine)) return null;
  let dateIdx = ls.findIndex((l) => isDateLine(l.text));
  // No date line alone: a masthead line ("The Valley Courier, March 5, 2031") dates the article and names its paper.
  let mast: ReturnType<typeof mastheadLine> = null;
  let mastIdx = -1;
  for (let k = 0; dateIdx < 0 && k < ls.length && !mast; k++) if ((mast = mastheadLine(ls[k].text))) mastIdx = k;
  if (mast) dateIdx = mastIdx;
  const byIdx = ls.findIndex((l) => BYLINE.test(l.text));
  if (dateIdx < 0 && (byIdx < 0 || ls.length < 2)) return null;
  const rest = ls.filter((_, k) => k !== dateIdx);
  // Body text in a header would end its sentence; headlines and names do not (a headline may end on a quote).
  if (rest.some((l) => /[.!?]$/.test(l.text) && (l.text.split(" ").length > 12 || !isHeadingLike(l.text)))) return null;
  let title: string | null = null;
  let byline: string | null = null;
  rest.forEach((l, k) => {
    const by = BYLINE.exec(l.text) ? bylineOf(l.text) : null;
    if (by) byline ??= by;
    else if (k > 0 && BYLINE.test(rest[k - 1].text) && JOB_LINE.test(l.text)) return;
    else if (title === null) title = l.text;
    else byline ??= bylineOf(l.text);
  });
  const dateLine = mast ? mast.dateRaw : dateIdx >= 0 ? ls[dateIdx].text : null;
  const masthead = mast ? { outlet: mast.outlet, line: ls[mastIdx].text } : null;
  return { title, byline, dateLine, published: dateLine ? parseDate(dateLine, true)?.iso ?? null : null, masthead };
}

/** Find the post header, footer and the articles of a plain-text post. */
export function layoutOf(source: string, from = 0, to = source.length, given: Container | null = null): PostLayout {
  const lines = linesOf(source, from, to);
  let start = 0;
  let end = lines.length;
  const head = given ? null : postHeader(lines);
  if (head) start = head.next;
  const foot = footerAt(lines.slice(start));
  if (foot) end = start + foot.index;
  let container: Container | null = given ?? (head ? { ...head.container } : null);
  if (container && !container.listName && foot?.listName) container = { ...container, listName: foot.listName, kind: "mailing-list-post" };
  if (!container && foot?.listName) container = { kind: "mailing-list-post", title: null, listName: foot.listName, sender: null, sentOn: null, sentRaw: null };
  let fwd = forwardedHeader(lines, start, end);
  // A forward of a forward ("Passing this on." above another forwarded header): the story is the
  // innermost message's, so its header is the provenance; each header between and the short notes
  // under them stay out, as the outer ones do. A note long enough to carry claims stops the descent.
  let layers = 0;
  for (let inner = fwd ? forwardedHeader(lines, fwd.next, end) : null; fwd && inner; inner = forwardedHeader(lines, fwd.next, end)) {
    let between = 0;
    for (let i = fwd.next; i < inner.at; i++) between += lines[i].text.length;
    if (between >= PREAMBLE_MIN) break;
    fwd = { at: fwd.at, next: inner.next, container: inner.container };
    layers++;
  }
  if (fwd) container = container ? { ...container, forwarded: fwd.container } : fwd.container;

  // The forwarded message's mark and header lines are neither the poster's note nor article text.
  const blocks = fwd ? [...blocksOf(lines, start, fwd.at), ...blocksOf(lines, fwd.next, end)] : blocksOf(lines, start, end);
  const firstForwarded = fwd ? blocks.findIndex((b) => b.first >= fwd.next) : -1;
  const starts: { block: number; last: number; header: ArticleHeader }[] = [];
  const textOf = (i: number) => lines[blocks[i].first].text;
  const oneLine = (i: number) => i >= 0 && i < blocks.length && blocks[i].first === blocks[i].last && shortLine(lines[blocks[i].first]);
  const opensAt = (i: number) => blocks[i].blanksBefore >= 2 || i === 0 || i === firstForwarded;
  const bylineAt = (i: number) => (oneLine(i) && BYLINE.test(textOf(i)) ? bylineOf(textOf(i)) : null);
  let taken = -1;
  blocks.forEach((b, k) => {
    // A header needs a body after it, and a new article below the first one needs a clear gap.
    if (k === blocks.length - 1 || k <= taken) return;
    if (starts.length > 0 && b.blanksBefore < 1) return;
    const h = headerOf(lines, b);
    if (!h) return;
    // A headline may sit alone just above a date-only block ("Headline\n\nMAY 21, 2015"), with a
    // byline alone between them ("Headline\n\nBy Ana Ruiz\n\nMarch 3, 2024").
    let header = h;
    let first = k;
    if (!h.title && k > 0) {
      // An "Updated …" line between the headline and the date is the header's too (dates.ts isUpdateLine).
      const above = oneLine(k - 1) && isUpdateLine(textOf(k - 1)) ? k - 1 : k;
      const byAbove = h.byline ? null : bylineAt(above - 1);
      const t = byAbove ? above - 2 : above - 1;
      // A headline that ends on a full stop ("Storm closes the port.") is one at the text's top over a
      // byline; elsewhere such a line may be the end of the text above.
      const headline = (i: number) => !SENTENCE_END.test(textOf(i)) || (i === 0 && byAbove !== null && /[^.!?][.!?]$/.test(textOf(i)) && !/[.!?] \p{Lu}/u.test(textOf(i)));
      if (oneLine(t) && headline(t) && !BYLINE.test(textOf(t)) && opensAt(t)) {
        header = { ...h, title: textOf(t), byline: byAbove ?? h.byline, updateLine: above < k ? textOf(above) : null };
        first = t;
      } else if (byAbove && opensAt(above - 1)) {
        header = { ...h, byline: byAbove, updateLine: above < k ? textOf(above) : null };
        first = above - 1;
      }
    }
    // A lone date line inside a story (a diary entry, a letter's date) does not start a new
    // article unless a clear gap or a headline marks it.
    const lone = first === k && b.first === b.last && header.title === null && header.byline === null;
    if (lone && starts.length > 0 && b.blanksBefore < 2) return;
    // The byline or the date may stand alone just below the header ("Headline\n\nMarch 3, 2024\n\nBy
    // Ana Ruiz"), before the story; each is the header's, not the story's first paragraph.
    let last = k;
    for (let n = 0; n < 2 && last + 2 < blocks.length; n++) {
      const by = header.byline ? null : bylineAt(last + 1);
      const date = !header.dateLine && oneLine(last + 1) && isDateLine(textOf(last + 1)) ? textOf(last + 1) : null;
      if (by) header = { ...header, byline: by };
      else if (date) header = { ...header, dateLine: date, published: parseDate(date, true)?.iso ?? null };
      else if (oneLine(last + 1) && isUpdateLine(textOf(last + 1))) header = { ...header, updateLine: header.updateLine ?? textOf(last + 1) };
      else break;
      last++;
    }
    taken = last;
    starts.push({ block: first, last, header });
  });

  const bodyFrom = start < lines.length ? lines[start].start : to;
  const bodyTo = end < lines.length ? lines[end].start : to;
  const segments: Segment[] = [];
  const notes: string[] = [];
  if (layers) notes.push(`a forward of ${layers > 1 ? `${layers + 1} forwarded messages, one inside another` : "a forwarded message"}: the innermost one's header is the article's provenance, the headers and short notes between left out`);
  if (!starts.length && firstForwarded >= 0) {
    // No article header: the forwarded message's body is the article; the note above it is one
    // only when it is long enough to carry claims.
    const fwdFrom = lines[blocks[firstForwarded].first].start;
    const preChars = blocks.slice(0, firstForwarded).reduce((n, b) => n + lines.slice(b.first, b.last + 1).reduce((m, l) => m + l.text.length, 0), 0);
    if (preChars >= PREAMBLE_MIN) segments.push({ from: bodyFrom, to: lines[fwd!.at].start, header: null });
    else if (preChars > 0) notes.push(`the poster's note above the forwarded message (${preChars} characters) is not an article; left out`);
    segments.push({ from: fwdFrom, to: bodyTo, header: null });
  } else if (!starts.length) {
    segments.push({ from: bodyFrom, to: bodyTo, header: null });
  } else {
    // Text before the first header is the poster's own note ("Forwarding this from today's
    // paper"): an article of its own only when it is long enough to carry claims.
    const firstHeaderLine = lines[blocks[starts[0].block].first].start;
    const preChars = blocks
      .filter((b) => lines[b.first].start < firstHeaderLine)
      .reduce((n, b) => n + lines.slice(b.first, b.last + 1).reduce((m, l) => m + l.text.length, 0), 0);
    if (preChars >= PREAMBLE_MIN) segments.push({ from: bodyFrom, to: fwd && lines[fwd.at].start < firstHeaderLine ? lines[fwd.at].start : firstHeaderLine, header: null });
    else if (preChars > 0) notes.push(`the poster's note above the first article (${preChars} characters) is not an article; left out`);
    starts.forEach((s, n) => {
      // The body starts after the header's blocks (a headline, byline or date block merged into it).
      const bodyBlock = s.last + 1;
      const segFrom = bodyBlock < blocks.length ? lines[blocks[bodyBlock].first].start : bodyTo;
      const segTo = n + 1 < starts.length ? lines[blocks[starts[n + 1].block].first].start : bodyTo;
      if (segFrom < segTo) segments.push({ from: segFrom, to: segTo, header: s.header });
    });
  }
  const forwarded = fwd && firstForwarded >= 0 ? { from: lines[blocks[firstForwarded].first].start, title: subjectTitle(fwd.container.title) } : null;
  return { container, bodyFrom, bodyTo, segments, notes, forwarded };
}

/**
 * "BEIRUT, Lebanon — The ...": the place line that opens a news story, with the day a wire writes
 * after the place ("FLINT, Mich., Oct. 4 (UPI) —"); the place is the dateline.
 */
const DATELINE = /^((?:\p{Lu}[\p{Lu}.'’-]+)(?: \p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)*)?)(?:,\s*(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}))?\s*(?:\([^)\n]{1,30}\)\s*)?(?:[—–]|--?)\s+/u;
// A dateline of the day alone ("May 20 — The ...", "Oct. 4 (AP) — ..."), as some papers print it.
const DAY_DATELINE = /^(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})\s*(?:\([^)\n]{1,30}\)\s*)?(?:[—–]|--?)\s+/u;

export function datelineOf(text: string): string | null {
  const m = DATELINE.exec(text.slice(0, 200));
  // A place in mixed case is a dateline when an outlet's credit follows it ("Cleveland (AFP) –").
  if (!m) return agencyDateline(text)?.place ?? null;
  const place = m[1];
  // The first word must be a place in capitals, not an acronym-led sentence ("ISIS — ...").
  if (!/^\p{Lu}{3,}|^\p{Lu}\.?\p{Lu}/u.test(place) || place.length > 60) return null;
  return place;
}

/**
 * The day a dateline gives, as written, without a year ("Oct. 4" in "FLINT, Mich., Oct. 4 (UPI) —",
 * "May 20" in "May 20 —"); null when it gives none or the word before the number is no month.
 */
export function datelineDay(text: string): string | null {
  const head = text.slice(0, 200);
  const day = (datelineOf(head) ? DATELINE.exec(head)?.[2] ?? agencyDateline(head)?.day : null) ?? DAY_DATELINE.exec(head)?.[1] ?? null;
  return day && monthOf(day.split(/\s+/)[0]) ? day : null;
}
