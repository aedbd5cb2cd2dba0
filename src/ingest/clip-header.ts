import { isDateLine, parseDate } from "./dates.js";
import { isWebAddress, MASTHEAD_WORDS, outletByName } from "./outlets.js";
import { lineSpans } from "./reflow.js";

/**
 * The top of a plain text saved from the web, as clipping and read-later tools and news archives
 * write it: header fields ("Title: …", "Source: …", "Published: …", "By: …", "BYLINE: …"), or the
 * outlet's name alone on the first line with the headline under it ("Reuters" / "Storm closes the
 * port"). Their values are the article's title, outlet, date and byline, and the lines are no
 * article text: the body starts under them. Pure; offsets are the source's.
 */
export type ClipHeader = {
  readonly kind: "fields" | "outlet-line";
  /** Where the article's text starts in the source. */
  readonly bodyFrom: number;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly dateRaw: string | null;
  /** A web address among the fields ("URL: https://…"), for the outlet's domain. */
  readonly url: string | null;
  /** The header lines as written, for the diagnostic and the outlet's evidence. */
  readonly lines: readonly string[];
};

type Field = "title" | "outlet" | "date" | "byline" | "url";

/** Header field names, lower-cased, with the article field each fills. */
export const CLIP_FIELDS: readonly { readonly id: Field; readonly names: readonly string[]; readonly reason: string }[] = [
  { id: "title", names: ["title", "headline"], reason: "the headline" },
  { id: "outlet", names: ["source", "outlet", "publication", "publisher", "newspaper", "site", "site name", "publication name"], reason: "the outlet that published it" },
  { id: "date", names: ["date", "published", "publication date", "published on", "date published", "pub date"], reason: "the day it was published" },
  { id: "byline", names: ["by", "author", "authors", "byline", "writer"], reason: "who wrote it" },
  { id: "url", names: ["url", "link", "source url", "original url"], reason: "its address, whose domain may name the outlet" },
];
const FIELD_OF: ReadonlyMap<string, Field> = new Map(CLIP_FIELDS.flatMap((f) => f.names.map((n) => [n, f.id] as const)));

/**
 * Field names of a mail header: a block that holds one is a pasted or forwarded message, which the
 * layout reader takes as such ("Subject:", "From:", "Date:").
 */
const MAIL_FIELDS: ReadonlySet<string> = new Set(["subject", "from", "to", "cc", "sent", "reply-to", "message-id"]);

// "Title: Storm closes the port", "BYLINE: Amber Phillips.", "Section:" (a name of one to three words).
const FIELD_LINE = /^([A-Za-z][A-Za-z-]{0,20}(?: [A-Za-z][A-Za-z-]{0,20}){0,2})\s*:(?:\s+(.*))?$/;

/** The most header lines read at the top; a longer run of "Key: value" lines is no clipping header. */
const MAX_FIELDS = 12;
/** A headline under an outlet line is one line of at most this many characters. */
const HEADLINE_MAX = 160;

type Line = { readonly start: number; readonly text: string };

/** The first `n` lines of the source. Only the head is read: a header stands in its first lines. */
function topLines(source: string, n: number): Line[] {
  return lineSpans(source, 0, Math.min(source.length, 4096))
    .slice(0, n)
    .map((l) => ({ start: l.start, text: source.slice(l.start, l.end).trim() }));
}

/** The index of the first non-blank line at or after `i`, or -1. */
const nextFilled = (lines: readonly Line[], i: number) => {
  for (let k = i; k < lines.length; k++) if (lines[k].text) return k;
  return -1;
};

/**
 * A byline value without its "By" and a full stop a converter put after it ("Amber Phillips."), its
 * names parted by ", " where an archive parts them by ";" ("Wesley Lowery;Kimberly Kindy").
 */
const cleanByline = (v: string) =>
  v
    .replace(/^by\s+/i, "")
    .replace(/\.$/, "")
    .split(/\s*;\s*/)
    .filter(Boolean)
    .join(", ")
    .trim() || null;

// A name as a masthead or a byline writes it: capitalised words, with the small words names hold.
const NAME_PART = /^(?:\p{Lu}[\p{L}'’.&-]*,?|of|the|and|&|de|la|le|van|von|der|den|du|da|di|al|el|bin)$/u;
const isName = (v: string, most: number) => {
  const words = v.replace(/\.$/, "").split(/\s+/);
  return /^\p{Lu}/u.test(v) && words.length <= most && words.every((w) => NAME_PART.test(w));
};

/**
 * Whether a value is what its field holds: a headline "Newspaper: Defense secretary used personal
 * email" is no outlet field, nor is "Author: unknown sources say" a byline.
 */
function fits(field: Field, v: string): boolean {
  switch (field) {
    case "title":
      return v.length <= 300;
    case "outlet":
      return v.length <= 60 && (outletByName(v) !== null || /^[\w.-]+\.[a-z]{2,}$/i.test(v) || isName(v, 8));
    case "byline":
      return v.length <= 120 && isName(cleanByline(v) ?? "", 14);
    case "date":
      return v.length <= 60 && (isDateLine(v) || parseDate(v, true) !== null);
    case "url":
      return isWebAddress(v);
  }
}


function fieldHeader(lines: readonly Line[], first: number): ClipHeader | null {
  const values = new Map<Field, string>();
  const taken: string[] = [];
  let k = first;
  for (; k < lines.length && lines[k].text && k - first < MAX_FIELDS; k++) {
    const m = FIELD_LINE.exec(lines[k].text);
    if (!m) break;
    const name = m[1].toLowerCase();
    // A mail header, or a web address's "https:" read as a name: not a clipping's fields.
    if (MAIL_FIELDS.has(name)) return null;
    const field = FIELD_OF.get(name);
    const value = (m[2] ?? "").trim();
    if (field && value && !values.has(field) && fits(field, value)) values.set(field, value);
    taken.push(lines[k].text);
  }
  if (k - first >= MAX_FIELDS && k < lines.length && lines[k].text) return null;
  // Two fields it knows, or one naming the headline, outlet or writer ("BYLINE: Amber Phillips."):
  // a lone "Date:" or "Note:" line may open a memo's text.
  const known = [...values.keys()];
  if (!(known.length >= 2 || (known.length === 1 && known[0] !== "date" && known[0] !== "url"))) return null;
  // The header is followed by text (a blank line between or not).
  const body = nextFilled(lines, k);
  if (body < 0) return null;
  return {
    kind: "fields",
    bodyFrom: lines[body].start,
    title: values.get("title") ?? null,
    outlet: values.get("outlet") ?? null,
    byline: values.has("byline") ? cleanByline(values.get("byline")!) : null,
    dateRaw: values.get("date") ?? null,
    url: values.get("url") ?? null,
    lines: taken,
  };
}

const NAME_WORD = /^(?:the|The|of|and|&|\p{Lu}[\p{L}'’&.-]*)$/u;

/**
 * A line that is an outlet's name alone: a known outlet ("Reuters", "The Guardian") or capitalised
 * words ending in a newspaper word ("The Valley Courier"), at most six words.
 */
export function outletNameLine(line: string): string | null {
  const t = line.replace(/\s+/g, " ").trim();
  if (!t || t.length > 60) return null;
  const known = outletByName(t);
  if (known) return known.name;
  const words = t.split(" ");
  if (words.length < 2 || words.length > 6 || !words.every((w) => NAME_WORD.test(w))) return null;
  if (!/^\p{Lu}/u.test(words[0])) return null;
  return MASTHEAD_WORDS.has(words[words.length - 1].toLowerCase()) ? t : null;
}

function outletLineHeader(lines: readonly Line[], first: number): ClipHeader | null {
  const outlet = outletNameLine(lines[first].text);
  if (!outlet) return null;
  const h = nextFilled(lines, first + 1);
  if (h < 0) return null;
  const headline = lines[h].text;
  // The line under it is a headline: one short line, no date or byline, with text below it.
  if (headline.length > HEADLINE_MAX || isDateLine(headline) || /^by\s/i.test(headline) || FIELD_LINE.test(headline) || outletNameLine(headline)) return null;
  if (nextFilled(lines, h + 1) < 0) return null;
  // The headline stays the article's first line, as in any plain text; only the outlet line goes.
  return { kind: "outlet-line", bodyFrom: lines[h].start, title: headline, outlet, byline: null, dateRaw: null, url: null, lines: [lines[first].text] };
}

/** The clipping header at the top of a plain text, or null when it opens on anything else. */
export function clipHeader(source: string): ClipHeader | null {
  const lines = topLines(source, MAX_FIELDS + 4);
  const first = nextFilled(lines, 0);
  if (first < 0) return null;
  return fieldHeader(lines, first) ?? outletLineHeader(lines, first);
}
