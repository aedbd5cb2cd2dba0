import { OUTLET_WORDS, WEEKDAYS } from "./lexicon.js";

/**
 * To whom, how and when words were given, read from the cue's clause. Each table row is a pattern
 * and what it means; the first row (in order) that matches wins.
 */

type MediumRow = { readonly id: string; readonly re: RegExp; readonly interview: boolean };

export const MEDIUM_RULES: readonly MediumRow[] = [
  { id: "statement", re: /\bin an? (?:written |joint |brief |short |separate |emailed |e-mailed )?(?:statement|press release|communiqué)\b/i, interview: false },
  { id: "via", re: /\bvia (?:Skype|WhatsApp|Facebook Messenger|Messenger|Telegram|Signal|Zoom|FaceTime|e-?mail|text(?: message)?s?|video(?: ?link)?|(?:tele)?phone|satellite phone)\b/i, interview: true },
  { id: "phone", re: /\b(?:by|over the|on the) (?:tele)?phone\b|\b(?:telephone|phone) (?:interview|call|conversation)\b/i, interview: true },
  { id: "texts", re: /\bin (?:a series of |several |a few )?(?:texts|text messages|a text message|a text|messages)\b|\btexted\b/i, interview: true },
  { id: "radio", re: /\bradioed\b|\bover the radio\b|\bby radio\b/i, interview: false },
  { id: "email", re: /\bin an? e-?mail(?:ed)?(?: statement| message)?\b|\be-?mailed\b|\bby e-?mail\b/i, interview: true },
  { id: "interview", re: /\bin an? (?:recent |exclusive |brief |lengthy |television |TV |radio |podcast )?interview\b/i, interview: true },
  { id: "tweet", re: /\bon Twitter\b|\bin an? (?:series of )?tweets?\b|\btweeted\b|\bon X\b/i, interview: false },
  { id: "social", re: /\bon (?:Facebook|Instagram|Telegram|YouTube|TikTok)\b|\bin an? (?:Facebook|Instagram) post\b/i, interview: false },
  { id: "conference", re: /\bat an? (?:press|news) (?:conference|briefing)\b|\bat a briefing\b|\bto reporters\b/i, interview: false },
  { id: "speech", re: /\bin an? speech\b|\bat an? (?:rally|event|campaign event|town hall)\b/i, interview: false },
  { id: "letter", re: /\bin an? (?:letter|memo|op-ed|column|blog post|post)\b/i, interview: false },
];

// Every row above needs one of these words: most clauses have none, and one test rules them all out.
const MEDIUM_WORDS = /statement|press release|communiqu|via |phone|text|messages|radio|e-?mail|interview|twitter|tweet|on X\b|facebook|instagram|telegram|youtube|tiktok|conference|briefing|reporters|speech|rally|event|town hall|letter|memo|op-ed|column|blog|post\b/i;

// The rows as one alternation, each in a group of its own: its leftmost match is the leftmost of
// every row's, and at that place the alternatives are tried in table order, so the earliest match,
// ties going to the earlier row, comes from one search instead of one per row.
const MEDIUM_ANY = new RegExp(MEDIUM_RULES.map((r) => `(${r.re.source})`).join("|"), "i");

export function findMedium(clause: string): { medium: string; interview: boolean } | null {
  if (!MEDIUM_WORDS.test(clause)) return null;
  const m = MEDIUM_ANY.exec(clause);
  if (!m) return null;
  let k = 0;
  while (m[k + 1] === undefined) k++;
  return { medium: m[0], interview: MEDIUM_RULES[k]!.interview };
}

const NAME_SEQ = /((?:[Tt]he )?(?:[\p{Lu}][\p{L}&'’.-]*|[\p{Lu}]{2,})(?:\s+(?:of\s+)?(?:[\p{Lu}][\p{L}&'’.-]*))*)/u;

function outletLike(name: string): boolean {
  const ws = name.replace(/['’]s$/, "").split(/\s+/);
  return ws.some((w) => OUTLET_WORDS.has(w.toLowerCase().replace(/[.'’]/g, ""))) || (ws.length === 1 && /^\p{Lu}{2,6}$/u.test(ws[0]));
}

const OUTLET_CUES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:told|telling|tells|tell)\s+` + NAME_SEQ.source, "u"),
  new RegExp(String.raw`\bin an? (?:\w+ )?interview (?:with|on)\s+` + NAME_SEQ.source, "u"),
  new RegExp(String.raw`\b(?:said|says|told|speaking|spoke|appearing|wrote)\s+(?:on|to|in)\s+` + NAME_SEQ.source, "u"),
];

/** "told AFP", "told The Daily Beast", "in an interview with CNN" -> the outlet as written. */
// What every OUTLET_CUES row needs before its name: a quick test that rules most clauses out.
const OUTLET_CUE_WORDS = /\btell|\btold\s|\binterview (?:with|on)\s|\b(?:said|says|speaking|spoke|appearing|wrote)\s+(?:on|to|in)\s/;

const PERSON_NAME = /^(?!The )\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u;
const SENTENCE_AFTER = /^(.*?\p{L}{4})\.\s+\p{Lu}.*$/u;
const TRAILING_WEEKDAY = /\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;

export function findToOutlet(clause: string): string | null {
  if (!OUTLET_CUE_WORDS.test(clause)) return null;
  for (const re of OUTLET_CUES) {
    const m = re.exec(clause);
    if (!m) continue;
    // "told CNN Tuesday": the day is when, not to whom. "told POLITICO. Such …": a full stop after
    // a word (not an initial, "U.S. News") ends the sentence and the name.
    const name = m[1].replace(SENTENCE_AFTER, "$1").replace(/['’]s?$/, "").replace(/[.,]$/, "").replace(TRAILING_WEEKDAY, "");
    // "told CNN’s Jake Tapper" -> CNN
    const poss = /^(.*?)['’]s\b/.exec(m[1]);
    // "told Megyn Kelly of Fox News" -> Fox News: a person's name before "of" is the host, the
    // outlet follows ("the Voice of Oakdale Radio" stays whole).
    const of = / of (.+)$/.exec(name);
    const host = of && PERSON_NAME.test(name.slice(0, of.index)) && outletLike(of[1]);
    const candidate = poss && outletLike(poss[1]) ? poss[1] : host ? of[1] : name;
    if (outletLike(candidate)) return candidate.replace(/^the /, "The ");
  }
  return null;
}

const DAY_MS = 86_400_000;
const DAY_WORDS = /day|night|morning|afternoon|evening/i;

/**
 * The day the words were said, from a weekday or a relative word in the cue's clause and the
 * article's publication date: a weekday is the latest such day on or before publication.
 */
export function findSpokenOn(clause: string, published: string | null): string | null {
  // Every weekday and relative word below holds one of these: most cue clauses name no day, and
  // one test rules them out before the date is parsed (this runs for every credited quote).
  if (!DAY_WORDS.test(clause)) return null;
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const pub = Date.parse(published + "T00:00:00Z");
  if (Number.isNaN(pub)) return null;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const wd = /\b(?:on |last |this |early |late )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(clause);
  const rel = /\b(yesterday|last night|today|this morning|this afternoon|this evening|tonight|earlier today)\b/i.exec(clause);
  if (wd && (!rel || wd.index < rel.index)) {
    const target = WEEKDAYS.indexOf(wd[1].toLowerCase() as (typeof WEEKDAYS)[number]);
    const pubDay = new Date(pub).getUTCDay();
    let back = (pubDay - target + 7) % 7;
    if (/^last /.test(wd[0]) && back === 0) back = 7;
    return iso(pub - back * DAY_MS);
  }
  if (rel) return iso(/yesterday|last night/i.test(rel[1]) ? pub - DAY_MS : pub);
  return null;
}
