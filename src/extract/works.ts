import type { Span } from "../model/index.js";
import { capitalisedWords } from "./titles.js";

/**
 * Words in marks that name a work, a programme, an event or a term rather than quote anyone, told by
 * what stands around them: an article's headline cited with its byline ("“Met accused of …,” by
 * Post's Kathianne Boniello"), a writer's column or commentary named in an appositive ("Ouisa Davis'
 * commentary, “Melania, tell your immigrant story,” is …"), a programme opening the sentence ("On
 * “Face the Nation,” Sen. Sanders …"), an event with its sponsor ("a “Commander-in-Chief Forum”
 * sponsored by NBC News"), a term the sentence defines ("a “targeted employment area,” which is
 * defined as …"). titles.ts finds the titles named after their owner or kind; these are the rest.
 */
export type WorkRow = {
  readonly id: string;
  readonly reason: string;
  /** Whether the row can apply at all: cheap tests on the marks' neighbours, before any pattern. */
  readonly applies: (text: string, outer: Span, quoted: string, ws: readonly string[]) => boolean;
};

// How far before the opening mark and after the closing one the patterns look.
const BEFORE = 90;
const AFTER = 60;

/**
 * Whether the quoted words end with a comma, also before the closing mark of a title nested at their end
 * ("“Matthew Morrison is leaving ‘Neverland,’” by Times' Michael Paulson": the comma is inside both).
 */
const endsWithComma = (quoted: string): boolean => {
  let last = quoted.length - 1;
  const c = quoted.charCodeAt(last);
  if (c === 0x2019 || c === 39) last--;
  return quoted.charCodeAt(last) === 44;
};
const before = (text: string, outer: Span): string => text.slice(Math.max(0, outer.start - BEFORE), outer.start);
const after = (text: string, outer: Span): string => text.slice(outer.end, outer.end + AFTER);

// A byline after a headline: "by DNAinfo's Eddie Small", "by The Wall Street Journal's Jennifer Smith", "by Times' Ben Sisario".
const BYLINE_AFTER = /^,?\s+by\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4}(?:['’]s|s['’]|['’])\s+\p{Lu}/u;

// A letters page's citation in brackets: "(“Romney blasts Trump …,” USATODAY.com, Thursday)".
const CITATION_AFTER =
  /^,?\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3},\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[\p{L}.]*(?:\s+\d{1,2})?(?:,\s+\d{4})?\)/u;

// A named writer's piece, then the title as an appositive: "Ouisa Davis' commentary, ", "In Sen. Jeff
// Sessions' column on Aug. 10, ", "Trump's reality television show, ". The title may be in sentence
// case (op-ed headlines are); the comma that closes it inside the marks says it is an appositive.
const OWNED_WORK_BEFORE =
  /\b\p{Lu}[\p{L}.-]*(?:['’]s|s['’]|['’])\s+(?:[\p{L}-]+\s+){0,2}(?:commentary|column|op-ed|editorial|essay|article|book|memoir|novel|ad|spot|commercial|documentary|film|movie|show|program|programme|podcast|song|album|play|poem)(?:\s+(?:on|in|from|of|last|this)\s+[^,"“”\n]{1,30})?,\s*$/u;

// What follows a title in an appositive: the sentence goes on. A speech verb within a few words of the
// closing mark ("…,” Sessions wrote", "…,” the senator said") makes it a quotation from the piece.
const SAID_AFTER =
  /^,?\s+(?:(?:he|she|they|it|the|a|an|\p{Lu}[\p{L}.'’-]*)\s+){0,3}(?:said|says|wrote|writes|added|adds|argued|argues|noted|notes|declared|declares|told|tells|explained|explains|insisted|insists)\b/u;

// A programme or an event opening the sentence: "On “Face the Nation,” …".
const SENTENCE_ON_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)On\s$/u;

// An event named with its sponsor or host.
const SPONSOR_AFTER = /^,?\s+(?:sponsored|co-sponsored|hosted|co-hosted|organized|organised|moderated)\s+by\b/u;

// A term the sentence defines next.
const DEFINED_AFTER = /^,?\s+(?:which|that)\s+(?:is|are|was|were)\s+(?:legally\s+|officially\s+)?defined\b/u;

/** At most this many words in a title between commas: a longer run is a sentence quoted from the piece. */
const MAX_APPOSITIVE_WORDS = 10;
/** At most this many words in a title that opens a sentence or names an event (as titles.ts's). */
const MAX_TITLE_WORDS = 8;

export const WORK_ROWS: readonly WorkRow[] = [
  {
    id: "headline-byline",
    reason: "a headline cited with its byline (“…,” by Post's Kathianne Boniello): the article's title, not anyone's words",
    applies: (text, outer, quoted) => endsWithComma(quoted) && text.startsWith(" by ", outer.end) && BYLINE_AFTER.test(after(text, outer)),
  },
  {
    id: "headline-citation",
    reason: "a headline cited in brackets with its outlet and day ((“…,” USATODAY.com, Thursday)), as letters pages cite what they answer",
    applies: (text, outer, quoted) => endsWithComma(quoted) && outer.start > 0 && text.charCodeAt(outer.start - 1) === 40 && CITATION_AFTER.test(after(text, outer)),
  },
  {
    id: "owned-work-appositive",
    reason: "a named writer's or maker's piece, then its title between commas (Ouisa Davis' commentary, “Melania, tell your immigrant story,” is …)",
    applies: (text, outer, quoted, ws) =>
      ws.length <= MAX_APPOSITIVE_WORDS &&
      endsWithComma(quoted) &&
      text.charCodeAt(lastBefore(text, outer.start)) === 44 &&
      OWNED_WORK_BEFORE.test(before(text, outer)) &&
      !SAID_AFTER.test(after(text, outer)),
  },
  {
    id: "programme-opens-sentence",
    reason: "a programme in title case opening the sentence (On “Face the Nation,” Sen. Sanders …): where something was said, not what",
    applies: (text, outer, _quoted, ws) =>
      ws.length <= MAX_TITLE_WORDS && text.startsWith("On ", outer.start - 3) && SENTENCE_ON_BEFORE.test(before(text, outer)) && capitalisedWords(ws),
  },
  {
    id: "event-sponsor",
    reason: "an event in title case named with its sponsor or host (a “Commander-in-Chief Forum” sponsored by NBC News)",
    applies: (text, outer, _quoted, ws) => ws.length <= MAX_TITLE_WORDS && SPONSOR_AFTER.test(after(text, outer)) && capitalisedWords(ws),
  },
  {
    id: "defined-term",
    reason: "a term the sentence goes on to define (a “targeted employment area,” which is defined as …): the law's or the trade's name for a thing",
    applies: (text, outer, quoted, ws) => ws.length <= 4 && /^\p{Ll}/u.test(quoted) && after(text, outer).includes("defined") && DEFINED_AFTER.test(after(text, outer)),
  },
];

/** The last character before `at` that is no white space, or -1. */
function lastBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i;
}

/** The row that reads the words in marks at `outer` as a work's or a term's name, or null. `ws` are the quoted words (firstWords). */
export function namedWork(text: string, outer: Span, quoted: string, ws: readonly string[]): WorkRow | null {
  if (ws.length === 0) return null;
  for (const row of WORK_ROWS) if (row.applies(text, outer, quoted, ws)) return row;
  return null;
}
