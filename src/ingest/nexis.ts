import { isDateLine } from "./dates.js";
import { lineSpans } from "./reflow.js";
import { bylineNames } from "./segments.js";

/**
 * A news archive's text export (LexisNexis Academic, Nexis): a search header, then documents each
 * under an "N of M DOCUMENTS" line, each with its masthead (copyright, the paper's name, the date,
 * the edition), its fields ("SECTION:", "LENGTH:", "HEADLINE:", "BYLINE:", "BODY:"), the story,
 * and closing fields ("LOAD-DATE:", "LANGUAGE:", "PUBLICATION-TYPE:"). Read as plain text, the
 * whole file was a post whose articles opened on the field lines, the edition became the headline
 * and the paper was lost. Pure; offsets are the source's.
 */
export type NexisDocument = {
  /** Where the story's text starts and ends in the source. */
  readonly from: number;
  readonly to: number;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly dateRaw: string | null;
};

// "1 of 161 DOCUMENTS", centred by spaces.
const DOCUMENT_LINE = /^\s*\d{1,6} of \d{1,6} DOCUMENTS?\s*$/;
// A field line: a name in capitals, then a colon ("LOAD-DATE: March 6, 2031", "BODY:").
const FIELD = /^([A-Z][A-Z-]{1,30}):(?:\s+(.*))?$/;
/** Fields that close a story: the text above them is the story's, none below. */
const CLOSING: ReadonlySet<string> = new Set([
  "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "DOCUMENT-TYPE", "GRAPHIC", "CORRECTION-DATE", "CORRECTION", "NOTES", "SUBJECT",
  "ORGANIZATION", "PERSON", "GEOGRAPHIC", "COUNTRY", "CITY", "STATE", "COMPANY", "TICKER", "INDUSTRY", "JOURNAL-CODE", "URL", "DISTRIBUTION",
  "TYPE", "ACC-NO", "SERIES", "CATEGORY",
]);

type Line = { readonly start: number; readonly end: number; readonly text: string };

/** The story's fields above its text: their values, and the line its text starts on. */
function fields(lines: readonly Line[], from: number): { values: Map<string, string>; body: number } {
  const values = new Map<string, string>();
  let body = -1;
  let k = from;
  while (k < lines.length) {
    const m = FIELD.exec(lines[k].text);
    if (!m) {
      // Text under the fields and no "BODY:" line: the story starts here.
      if (lines[k].text && values.size) break;
      k++;
      continue;
    }
    if (CLOSING.has(m[1])) break;
    // A value may go on over the lines under it, to a blank line.
    let value = m[2] ?? "";
    let n = k + 1;
    for (; n < lines.length && lines[n].text && !FIELD.exec(lines[n].text); n++) value += ` ${lines[n].text}`;
    values.set(m[1], value.trim());
    k = n;
    if (m[1] === "BODY") {
      body = k;
      break;
    }
  }
  return { values, body: body >= 0 ? body : k };
}

/** The masthead above the fields: the paper's name (past a copyright notice) and the date line. */
function masthead(lines: readonly Line[], from: number, to: number): { outlet: string | null; dateRaw: string | null } {
  let outlet: string | null = null;
  let dateRaw: string | null = null;
  let inCopyright = false;
  for (let k = from; k < to; k++) {
    const t = lines[k].text;
    if (!t) {
      inCopyright = false;
      continue;
    }
    if (/^(?:Copyright|©|\(c\))/i.test(t)) inCopyright = true;
    if (inCopyright || /^All Rights Reserved$/i.test(t)) continue;
    if (!dateRaw && isDateLine(t)) dateRaw = t;
    else if (!outlet && !dateRaw && t.length <= 80) outlet = t;
  }
  return { outlet, dateRaw };
}

/** The documents of a news archive's export, or null when the text is none. */
export function nexisDocuments(source: string): NexisDocument[] | null {
  // Cheap precheck: no "DOCUMENTS" line, no archive export.
  if (!source.includes(" DOCUMENT")) return null;
  const lines: Line[] = lineSpans(source).map((l) => ({ ...l, text: source.slice(l.start, l.end).trim() }));
  const heads: number[] = [];
  for (let k = 0; k < lines.length; k++) if (DOCUMENT_LINE.test(lines[k].text)) heads.push(k);
  if (!heads.length) return null;
  const out: NexisDocument[] = [];
  heads.forEach((h, i) => {
    const end = i + 1 < heads.length ? heads[i + 1] : lines.length;
    let first = h + 1;
    while (first < end && !FIELD.test(lines[first].text)) first++;
    // A document without fields is no archive document.
    if (first >= end) return;
    const { outlet, dateRaw } = masthead(lines, h + 1, first);
    const { values, body } = fields(lines, first);
    let stop = body;
    while (stop < end && !(FIELD.test(lines[stop].text) && CLOSING.has(FIELD.exec(lines[stop].text)![1]))) stop++;
    if (body >= stop) return;
    // "By JANE ROE;TOM LEE, Staff Writers": the names, without "By" or the desk.
    const names = values.get("BYLINE")?.replace(/^by\s+/i, "").split(/\s*;\s*/).filter(Boolean).join(", ") ?? "";
    const byline = names ? bylineNames(names) : null;
    out.push({ from: lines[body].start, to: lines[stop - 1].end, title: values.get("HEADLINE") || null, outlet, byline: byline || null, dateRaw });
  });
  return out.length ? out : null;
}
