/**
 * Dates as news pages and list archives write them: "MAY 21, 2015", "05.21.15 5:25 AM ET",
 * "Vr mei 22 16:39:47 CEST 2015" (a Dutch Mailman archive), "Fri, 22 May 2015 16:39:47 +0200",
 * "2015-05-21T09:25:00Z". Dates are read as written (local to the writer), never shifted by zone.
 */

// Month names and abbreviations in the languages list archives and news sites commonly use.
const MONTHS: readonly (readonly string[])[] = [
  ["jan", "january", "januari", "januar", "janvier", "enero", "ene", "gennaio", "gen", "janeiro", "jänner", "janv"],
  ["feb", "february", "februari", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev"],
  ["mar", "march", "maart", "mrt", "märz", "mars", "marzo", "março", "marco", "mär"],
  ["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mei", "mai", "mayo", "maggio", "mag", "maio"],
  ["jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho"],
  ["jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
  ["aug", "august", "augustus", "août", "aout", "agosto", "ago"],
  ["sep", "sept", "september", "septembre", "septiembre", "settembre", "set", "setembro"],
  ["oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
  ["nov", "november", "novembre", "noviembre", "novembro"],
  ["dec", "december", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
];

const MONTH_OF = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_OF.set(n, i + 1)));

/** The month (1-12) a word names ("May", "Oct.", "mei"), or null. */
export const monthOf = (word: string): number | null => MONTH_OF.get(word.toLowerCase().replace(/\.$/, "")) ?? null;

// Weekday abbreviations (en, nl, de, fr, es, it, pt): they may lead a date line and are skipped.
const WEEKDAYS = new Set(
  (
    "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday " +
    "ma maandag di dinsdag wo woensdag do donderdag vr vrijdag za zaterdag zo zondag " +
    "mo montag dienstag mi mittwoch donnerstag fr freitag sa samstag so sonntag " +
    "lun lundi mar mardi mer mercredi jeu jeudi ven vendredi sam samedi dim dimanche " +
    "lunes martes mié miercoles miércoles jue jueves vie viernes sáb sabado sábado dom domingo " +
    "lunedì martedì mercoledì giovedì venerdì sabato domenica " +
    "seg segunda ter terça qua quarta qui quinta sex sexta"
  ).split(" "),
);

// Zones written after a time; US ones make an ambiguous "05.06.15" month-first.
const US_ZONES = new Set(["et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt"]);
// "CEST", "GMT", "+0200": a zone after a time.
const ZONE = /^(?:[a-z]{1,4}t|[+-]\d{4}|utc|z)$/;

export type ParsedDate = { readonly iso: string; readonly raw: string };

const ANY_DIGIT = /\d/;

const pad = (n: number) => String(n).padStart(2, "0");

function valid(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const year4 = (y: number) => (y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y);

function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[,()]/g, " ")
    .split(/\s+/)
    .map((t) => t.replace(/\.$/, ""))
    .filter(Boolean);
}

/**
 * Parse a date anywhere in `s` when `whole` is false, or only when the whole string is a date
 * (with optional weekday, time and zone) when `whole` is true. Returns the ISO day as written.
 */
export function parseDate(s: string, whole = false): ParsedDate | null {
  const raw = s.trim();
  if (!raw || raw.length > 80) return null;
  // Every date read below has a digit (its day, or all its numbers). isDateLine asks this of each
  // short line of a text's header blocks, mostly headlines and names: they are no dates, and the
  // test spares them the tokenising below.
  if (!ANY_DIGIT.test(raw)) return null;
  // ISO 8601 (meta tags, JSON-LD, <time datetime>).
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  if (iso) {
    const v = valid(+iso[1], +iso[2], +iso[3]);
    return v ? { iso: v, raw } : null;
  }
  if (!whole) {
    const inner = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(raw);
    if (inner) {
      const v = valid(+inner[1], +inner[2], +inner[3]);
      if (v) return { iso: v, raw };
    }
  }
  const toks = tokens(raw);
  // A label a page or a pasted article writes before its date ("Posted: 03/14/2024 10:15 AM",
  // "Published on March 3, 2024") does not stop the line from being a date line.
  if (toks.length > 1 && /^(?:posted|published):?$/.test(toks[0])) toks.splice(0, toks[1] === "on" ? 2 : 1);
  let month = 0;
  let day = 0;
  let year = 0;
  let numeric: number[] | null = null;
  let usStyle = false;
  let other = 0;
  for (const t of toks) {
    const m = MONTH_OF.get(t);
    if (m && !month) {
      month = m;
      continue;
    }
    if (WEEKDAYS.has(t)) continue;
    if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t) && !day && !numeric) {
      day = parseInt(t, 10);
      continue;
    }
    if (/^\d{4}$/.test(t) && !year) {
      year = +t;
      continue;
    }
    const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(t);
    if (dotted && !numeric) {
      numeric = [+dotted[1], +dotted[2], +dotted[3]];
      continue;
    }
    // "09:30", and "09.30" as British pages write the time ("Tue 5 Mar 2031 09.30 GMT").
    if (/^\d{1,2}[:.]\d{2}(?::\d{2})?$/.test(t)) continue;
    // A separator between the day and the time: "5 March 2031 • 9:30 GMT", "March 5, 2031 | 9:30 AM".
    if (/^[•·|/–—-]$/.test(t)) continue;
    if (t === "am" || t === "pm" || t === "a.m" || t === "p.m") {
      usStyle = true;
      continue;
    }
    if (US_ZONES.has(t)) {
      usStyle = true;
      continue;
    }
    if (ZONE.test(t)) continue;
    if (t === "de" || t === "of" || t === "den" || t === "le" || t === "el") continue;
    other++;
  }
  if (whole && other > 0) return null;
  if (numeric) {
    const [a, b, c] = numeric;
    const y = year4(c);
    // Day first is the European reading; month first when the writer is American (AM/PM, ET).
    const monthFirst = a <= 12 && (b > 12 || usStyle);
    const v = monthFirst ? valid(y, a, b) : valid(y, b, a);
    return v ? { iso: v, raw } : null;
  }
  if (month && day && year) {
    const v = valid(year, month, day);
    return v ? { iso: v, raw } : null;
  }
  return null;
}

/**
 * A line that is a day without its year and nothing else but a weekday, a time and a zone ("May 20",
 * "Tue, May 21, 9:30 AM ET", "20 mei", "Updated May 20"), as a story's <time> shows it: the month and
 * day as "May 20", for yearOfDay. Null for a line with a year (a full date) or with any other word.
 */
export function dayLine(line: string): string | null {
  const raw = line.trim();
  if (!raw || raw.length > 60) return null;
  const toks = tokens(raw);
  if (toks.length > 1 && /^(?:posted|published|updated):?$/.test(toks[0])) toks.splice(0, toks[1] === "on" ? 2 : 1);
  let month = "";
  let day = "";
  for (const t of toks) {
    if (!month && MONTH_OF.has(t)) month = t;
    else if (!day && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t)) day = t;
    else if (!(WEEKDAYS.has(t) || /^\d{1,2}:\d{2}(?::\d{2})?$/.test(t) || /^(?:am|pm|a\.m|p\.m|at)$/.test(t) || US_ZONES.has(t) || ZONE.test(t))) return null;
  }
  return month && day ? `${month} ${day}` : null;
}

/** True when the line is nothing but a date (with optional weekday, time and zone). */
export const isDateLine = (line: string): boolean => parseDate(line, true) !== null;

// The label a web page writes before the time it last changed a story ("Updated", "Last updated:").
const UPDATE_LABEL = /^(?:last\s+)?updated:?\s+/i;

/**
 * A line that says when the story was last changed and nothing else ("Updated 4:12 p.m. ET, March 9,
 * 2031", "Last updated: May 20"): a header line of a story copied from the web, not its text. An
 * update is not the publication (parseDate reads no date in it as a date line's), so the line is no
 * date line; it dates the story only when nothing else does (updateDate).
 */
export function isUpdateLine(line: string): boolean {
  const m = UPDATE_LABEL.exec(line.trim());
  if (!m) return false;
  const rest = line.trim().slice(m[0].length);
  return isDateLine(rest) || dayLine(rest) !== null;
}

/**
 * The day an "Updated …" line gives in full ("Updated 3:15 p.m. ET, Thu May 21, 2015" gives
 * 2015-05-21), `raw` the whole line; null for any other line and for a day without its year
 * ("Updated May 20, 9:30 AM"). A story was out on or before its last update: the day bounds its
 * publication from above, as a mail's date does (build.ts publishedFrom "update-line").
 */
export function updateDate(line: string): ParsedDate | null {
  const raw = line.trim();
  const m = UPDATE_LABEL.exec(raw);
  const day = m ? parseDate(raw.slice(m[0].length), true) : null;
  return day ? { iso: day.iso, raw } : null;
}

/** The month and day an "Updated …" line gives without its year ("Updated May 20, 9:30 AM" gives "may 20"), for yearOfDay; else null. */
export function updateDay(line: string): string | null {
  const raw = line.trim();
  const m = UPDATE_LABEL.exec(raw);
  return m ? dayLine(raw.slice(m[0].length)) : null;
}

// A date written into a file name: 2016-09-08, 2016_09_08, 2016.09.08 or 20160908, not inside a longer number.
const NAME_DATE = /(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)/g;

/**
 * The publication date a file's name gives ("nyt_2016-09-16_clinton-plan.txt"), for a text that
 * states none: people who save articles often name them by date. Null when the name carries no
 * valid date or two different ones (then it is not clear which is the article's).
 */
export function dateInFileName(path: string): ParsedDate | null {
  const name = path.split(/[\\/]/).pop() ?? "";
  const found = new Set<string>();
  for (const m of name.matchAll(NAME_DATE)) {
    const v = valid(+m[1], +m[3], +m[4]);
    if (v) found.add(v);
  }
  return found.size === 1 ? { iso: [...found][0], raw: name } : null;
}

const DAY_MS = 86_400_000;

/**
 * A day written without its year ("May 20", "Oct. 4", "20 mei"), dated by a day known to come on
 * or after it (the date a mail carrying the story was sent): the year that puts it on that day or
 * the closest before it (one day after is allowed, for time zones). "Dec. 31" in a mail sent on
 * 2 January is the year before. Null when the text is no month and day.
 */
export function yearOfDay(monthDay: string, anchorIso: string): ParsedDate | null {
  let month = 0;
  let day = 0;
  for (const t of tokens(monthDay)) {
    const m = monthOf(t);
    if (m && !month) month = m;
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t) && !day) day = parseInt(t, 10);
    else return null;
  }
  const anchor = Date.parse(`${anchorIso}T00:00:00Z`);
  if (!month || !day || Number.isNaN(anchor)) return null;
  const year = +anchorIso.slice(0, 4);
  let best: string | null = null;
  for (const y of [year + 1, year, year - 1]) {
    const v = valid(y, month, day);
    if (v && Date.parse(`${v}T00:00:00Z`) <= anchor + DAY_MS) {
      best = v;
      break;
    }
  }
  return best ? { iso: best, raw: monthDay } : null;
}
