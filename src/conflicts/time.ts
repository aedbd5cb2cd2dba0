/**
 * The day a claim is about, from time words near it ("on Wednesday", "by Thursday night",
 * "yesterday", "May 20", "last November") resolved against the article's publication date. News writes bare weekdays
 * for the past week, so a weekday is the latest such day on or before publication.
 */

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const iso = (d: Date) => d.toISOString().slice(0, 10);

function parseIso(s: string | null): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

const TIME_WORDS = new RegExp(
  String.raw`\b(?:(last|this|next)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b` +
    String.raw`|\b(yesterday|today|tonight|last\s+night|this\s+morning|earlier\s+today)\b` +
    String.raw`|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})\b(?!,?\s*\d{4}\s*(?:people|men|troops))` +
    String.raw`|\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b` +
    String.raw`|\b(\d{4}-\d{2}-\d{2})\b` +
    // "last November": the month before publication, however far back; no day given, so its middle.
    String.raw`|\blast\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?!,?\s*\d)`,
  "gi",
);

/** Every time expression in `text`, resolved to an ISO date where the publication date allows. */
export function timeExpressions(text: string, published: string | null): { raw: string; date: string; index: number }[] {
  const pub = parseIso(published);
  const out: { raw: string; date: string; index: number }[] = [];
  for (const m of text.matchAll(TIME_WORDS)) {
    const raw = m[0];
    let date: Date | null = null;
    if (m[2] && pub) {
      const target = WEEKDAYS.indexOf(m[2].toLowerCase());
      let back = (pub.getUTCDay() - target + 7) % 7;
      const which = m[1]?.toLowerCase();
      if (which === "last" && back === 0) back = 7;
      date = which === "next" ? addDays(pub, (target - pub.getUTCDay() + 7) % 7 || 7) : addDays(pub, -back);
    } else if (m[3] && pub) {
      const w = m[3].toLowerCase().replace(/\s+/g, " ");
      date = w === "yesterday" || w === "last night" ? addDays(pub, -1) : pub;
    } else if ((m[4] && m[5]) || (m[6] && m[7])) {
      const month = MONTHS.indexOf((m[4] ?? m[7]).toLowerCase());
      const day = Number(m[5] ?? m[6]);
      // "may 20" is a date only with a day that exists; the year is the publication's.
      if (pub && day >= 1 && day <= 31) {
        let d = new Date(Date.UTC(pub.getUTCFullYear(), month, day));
        if (d.getTime() > pub.getTime() + 86400000 * 31) d = new Date(Date.UTC(pub.getUTCFullYear() - 1, month, day));
        date = d;
      }
    } else if (m[8]) date = parseIso(m[8]);
    else if (m[9] && pub) {
      const month = MONTHS.indexOf(m[9].toLowerCase());
      const year = pub.getUTCFullYear() - (month >= pub.getUTCMonth() ? 1 : 0);
      date = new Date(Date.UTC(year, month, 15));
    }
    if (date) out.push({ raw, date: iso(date), index: m.index });
  }
  return out;
}
