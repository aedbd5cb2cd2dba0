import { caseInsensitiveCodes, lastNonSpaceAt } from "./chars.js";
import { NAMING_VERBS } from "./lexicon.js";

/**
 * Programme, book and song titles in marks right after their owner or maker: "told NBC’s “Today”",
 * "on Friday’s “PBS NewsHour.”", "Bruce Springsteen’s “American Skin”", "host of “Morning Joe”",
 * "author of “America’s Bitter Pill,”", "the reality show “Home Rules.”". They name a work; nobody is quoted as saying them, even when
 * a speech verb sits beside them ("told ABC’s “This Week”" is where something was said, not what).
 */

// Words a title leaves in lower case; any other word of a title starts with a capital or a digit.
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "vs"]);
// After an owner, a short title may also keep these small ("Neither Here nor There"); "&" is no word to firstWords.
// And "is", as some titles are styled ("“Orange is the New Black” star …", "Netflix's “Orange is the New
// Black”"): PolNeAR train, 2 such runs read as quotations, neither in the gold.
const OWNED_SMALL_WORDS: ReadonlySet<string> = new Set([...TITLE_SMALL_WORDS, "nor", "but", "is"]);
const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
/** At most this many words: longer runs in capitals are more often slogans or quoted headlines. */
const MAX_WORDS = 8;

/**
 * What sits right before a title's opening mark: a capitalised possessive ("CNN’s", "Fox News’s",
 * "Wednesday’s"), the maker's or presenter's role ("host of", "author of"), a channel's or
 * network's possessive ("Fox News channel’s"), or the kind of work it names ("the reality show",
 * "his book", "the podcast", "to the tune of"), also with a comma between ("his memoir, “Tough
 * Choices.”", "One ad, “Balanced Rebellion,”", "a new program, “The Overthrow Show,”"). Measured on
 * PolNeAR train: title-case words in marks after such a noun were a quotation in the gold once in 18;
 * after the noun and a comma, 3 in 10 (session 31: the gold files some titles as quotes).
 */
const WORK_KINDS: readonly string[] = [
  "show", "program", "programme", "series", "sitcom", "film", "movie", "documentary", "book", "novel", "memoir", "song", "album", "podcast", "musical",
  "episode", "segment", "magazine", "ad", "spot", "commercial", "column", "op-ed", "commentary", "editorial", "essay", "play", "poem",
  // Kinds of film, broadcast, song and book named before a title ("the rock classic “All Right Now,”",
  // "the HBO drama “The Wire”", "the anthem “Born in the U.S.A.”", "the sequel “Dirty Dancing 2”").
  "classic", "drama", "comedy", "thriller", "miniseries", "cartoon", "sequel", "prequel", "remake", "reboot", "anthem", "ballad",
  "hymn", "opera", "soundtrack", "bestseller", "best-seller", "biography", "autobiography",
];
export const BEFORE_TITLE = new RegExp(
  String.raw`(?:\b\p{Lu}[\p{L}.&-]*[’']s|\b(?:host|co-host|anchor|author|co-author|creator|editor)s? of|\b(?:channel|network)[’']s|\b(?:${WORK_KINDS.join("|")})s?,?|\btune of|\b(?:broadcast|episode|edition)s? of)\s*$`,
  "u",
);

/**
 * The words BEFORE_TITLE can end on, as the last run of lower-case ASCII letters before its
 * trailing white space (and a kind's comma): "s" (a possessive, "’s"), "of", or a kind of work,
 * singular or plural (its last piece after a hyphen: "ed" of "op-ed"). Each alternative is preceded
 * by \b, so no other lower-case letter stands before the run. Why: the pattern is tried before every
 * quote, and most quotes follow "said", "that" or "the", which this set rules out without a regex.
 */
const BEFORE_TITLE_ENDS: ReadonlySet<string> = new Set([
  "s", "of",
  ...WORK_KINDS.flatMap((k) => {
    const last = k.slice(k.lastIndexOf("-") + 1);
    return [last, `${last}s`];
  }),
]);

/** Whether `before` can match BEFORE_TITLE: its last word before white space and a comma is one BEFORE_TITLE_ENDS holds. */
export function mayEndBeforeTitle(before: string): boolean {
  let end = lastNonSpaceAt(before) + 1;
  if (before.charCodeAt(end - 1) === 44) end--;
  let start = end;
  while (start > 0 && start > end - 12 && isLowerAscii(before.charCodeAt(start - 1))) start--;
  return start < end && BEFORE_TITLE_ENDS.has(before.slice(start, end));
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/**
 * What may follow a programme's title: the kind of broadcast it is ("his “Keepin' It Real” radio
 * program", "“Dateline on Assignment” broadcast on Wednesday"), or what was made of it (the “Fantastic
 * Four” reboot, the “Air Force One” theme song, the “Top Gun” trailer). Measured on PolNeAR train and
 * dev: title-case words in marks before such a noun were a quotation in the gold in none of 4 cases
 * (programmes); of the kinds added in session 34, in 1 of 2 ("the “Star Wars” sequel" is one in the gold).
 */
const AFTER_TITLE =
  /^[,]?\s+(?:(?:radio|TV|television|talk|cable|news)\s+)?(?:show|program|programme|podcast|series|segment|documentary|broadcast|reboot|remake|sequel|prequel|spin-?off|trailer|soundtrack|franchise|miniseries|theme\s+song)s?\b/u;

/**
 * Where someone appeared rather than what they said: a programme named right after "said on",
 * "an appearance (Friday) on", "aired Monday on", "in an interview with", or told as a listener
 * ("told “Fox and Friends”", two title-case words or more). Measured on PolNeAR train: 10 such runs
 * in title case, none a quotation in the gold.
 */
const VENUE_BEFORE =
  /\b(?:(?:said|says|say|saying|told|tells|telling|spoke|speaks|speaking|appearance|appearances|appeared|appearing|appears|interview|interviewed|remarks|comments|aired|airs|broadcast)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|night|evening|today|tonight|yesterday))?\s+on|\binterviews?\s+with)\s*$/iu;
const TOLD_BEFORE = /\b(?:told|tells|telling)\s*$/iu;

/** An actor's credit: "starred in “X”", "roles in “X”", "stars on “X”". */
const CREDIT_BEFORE = /\b(?:starred|starring|stars?|roles?|cameos?)\s+(?:in|on)\s*$/iu;

// The letters the three patterns above can end in ("on", "with"; "in", "on"; "told", "tells",
// "telling"): a window that ends in another is not tried (see lastNonSpaceAt).
const VENUE_LAST = caseInsensitiveCodes("nh");
const CREDIT_LAST = caseInsensitiveCodes("n");
const TOLD_LAST = caseInsensitiveCodes("dsg");

/**
 * A title that names the show of the person after it: "the “Avatar” star", "“Daily Show” host". No
 * comma between, inside the marks or out ("“Thank You,” host Ana Ruiz said" is a quotation). Measured on PolNeAR train: 5 such
 * runs in title case, none a quotation in the gold.
 */
const CREDIT_AFTER = /^\s+(?:star|stars|actor|actress|actors|host|co-host|creator)\b/iu;

/** Every word capitalised (or a digit), but for the small words after the first. */
export function capitalisedWords(ws: readonly string[], small: ReadonlySet<string> = TITLE_SMALL_WORDS): boolean {
  return ws.every((w, i) => (i > 0 && small.has(w)) || CAPITAL_OR_DIGIT_START.test(w));
}

/**
 * Whether the quoted words (`ws`, as scare.ts's firstWords finds them) between the opening mark at
 * `open` and the closing mark's end `close` are a named work's title: an owner or maker right
 * before or the kind of programme right after, title case, no sentence inside
 * (a stop followed by more words) and no ! or ? at the end.
 */
export function isOwnedTitle(text: string, open: number, close: number, quoted: string, ws: readonly string[]): boolean {
  if (ws.length === 0) return false;
  let words = ws;
  if (ws.length > MAX_WORDS) {
    const long = subtitledWork(text, open, quoted);
    if (long === null) return false;
    words = long;
  }
  if (!ownerBefore(text, open, words.length) && !kindAfter(text, close, quoted)) return false;
  if (/[.!?]\s+\S/u.test(quoted)) return false;
  // A ! or ? ends a title only right after the kind of work it names ("the Syfy movie “Sharknado 3: Oh
  // Hell No!”", "the musical “Oklahoma!”"); after an owner it is more often someone's cry.
  if (/[!?]\s*$/u.test(quoted) && !KIND_BEFORE.test(text.slice(Math.max(0, open - 24), open))) return false;
  return capitalisedWords(words, OWNED_SMALL_WORDS);
}

/**
 * A book's or a film's title with its subtitle after a colon runs longer than a title alone ("in Peter
 * Burrows's book “Backfire: Carly Fiorina's High-Stakes Battle for the Soul of Hewlett-Packard.”"): at
 * most this many words, the title before the colon no longer than MAX_WORDS, and only right after the
 * kind of work it names (an owner alone is not enough for so long a run). PolNeAR train: 1 such run was
 * read as a quotation, not one in the gold; dev none.
 */
const MAX_SUBTITLED_WORDS = 16;
const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of a subtitled title right after its kind of work (as firstWords finds them), or null. */
function subtitledWork(text: string, open: number, quoted: string): string[] | null {
  const colon = quoted.indexOf(": ");
  if (colon < 0 || quoted.length > 200 || !KIND_BEFORE.test(text.slice(Math.max(0, open - 24), open))) return null;
  const head = quoted.slice(0, colon).match(TITLE_WORD)?.length ?? 0;
  const all = quoted.match(TITLE_WORD) ?? [];
  return head > 0 && head <= MAX_WORDS && all.length <= MAX_SUBTITLED_WORDS ? all : null;
}

// The kind of work right before the opening mark ("the musical ", "his memoir, ").
const KIND_BEFORE = new RegExp(String.raw`\b(?:${WORK_KINDS.join("|")})s?,?\s*$`, "iu");

/**
 * A naming verb whose object is the kind of work: "called the movie “A Total Disaster.”", "dubbed the
 * song “The Worst Ever”". The words in marks are the speaker's name for it, not its title. At most two
 * words between the determiner and the kind ("labeled Trump's new book"). Not "name" or "describe":
 * "named the show “Madam Secretary” as her favorite" names a title.
 */
const CHARACTERISING_VERBS = [...NAMING_VERBS].filter((v) => !v.startsWith("name") && !v.startsWith("describ"));
const NAMED_KIND_BEFORE = new RegExp(
  String.raw`\b(?:${CHARACTERISING_VERBS.join("|")})\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:${WORK_KINDS.join("|")})s?,?\s*$`,
  "iu",
);

/** An owner, maker, venue or credit right before the opening mark at `open` (see the regexes above). */
function ownerBefore(text: string, open: number, words: number): boolean {
  // Every pattern ends in a letter and white space (or the mark right after a word).
  const before = text.slice(Math.max(0, open - 40), open);
  const near = before.slice(-24);
  if (mayEndBeforeTitle(near) && BEFORE_TITLE.test(near)) return !NAMED_KIND_BEFORE.test(before);
  const last = before.charCodeAt(before.length - 1);
  if (before.length === 0 || (last !== 32 && last !== 0xa0 && last !== 10)) return false;
  const end = before.charCodeAt(lastNonSpaceAt(before));
  return (VENUE_LAST.has(end) && VENUE_BEFORE.test(before)) || (CREDIT_LAST.has(end) && CREDIT_BEFORE.test(before)) || (words >= 2 && TOLD_LAST.has(end) && TOLD_BEFORE.test(before));
}

/**
 * The kind of programme, or a credit, right after the closing mark's end `close`. A credit follows the
 * title with no punctuation: a comma or a stop inside the marks ends a quotation ("“Thank You,” host …").
 */
function kindAfter(text: string, close: number, quoted: string): boolean {
  const after = text.slice(close, close + 40);
  return AFTER_TITLE.test(after) || (!/[,;:.!?…]$/u.test(quoted) && CREDIT_AFTER.test(after));
}
