import type { SpeakerType, Span } from "../model/index.js";
import { GROUP_PLURALS } from "../model/name-words.js";
import { BODY_NOUN_ALTERNATION as BODY_NOUN, POST_AT_BODY_ALTERNATION } from "../model/body-nouns.js";
import { abbreviationBefore } from "../model/abbreviations.js";
import { lowerBound } from "../model/sorted.js";
import { outletByName } from "../model/known-outlets.js";
import { FIRST_NAME_GENDER, FORCE_ACRONYMS, GIVEN_TO_BOTH, isHeadingCapsWord, isHyphenModifier, isMonthSurname, isSaidSurname, isSentenceAdverb, isPlaceName, KINSHIP_NOUNS, NAME_PARTICLES, NOT_NAMES, NOUN_GENDER, OF_TITLE_HEADS, ORG_WORDS, PERSON_NOUNS, TITLES, type Gender } from "./lexicon.js";
import type { Mention } from "./mention.js";
import type { DescriptionResolver } from "./roles.js";
import { datelineEnd, isCombiningCode, isMojibakeCode, NAME_PART_LETTERS } from "./tokens.js";
import { DOCUMENT_NOUNS } from "./cue-words.js";
import { DIGIT, LETTER, MARK, UPPER, classAt, classOf, isSpaceCode, sizeAt } from "../extract/chars.js";
import { PREPOSITIONS } from "./subjects.js";

/**
 * The people an article names, keyed by surname, so "Mr. Homsi" and "Homsi" find "Khaled al-Homsi".
 * Only a surname (the last name part) links mentions; a shared first name never does.
 */
export type Person = {
  name: string;
  surname: string;
  gender: Gender;
  /**
   * Whether the text told the gender (a title on the name, "Mrs. Ann Lee"; a noun for a man or a
   * woman before it, "her husband, Tom Lee"; a titled surname that stood for the person), rather than
   * the given-name list guessing it: "Lee", "Kelly", "Joyce" are given to both or are surnames too,
   * so of the guesses only a name given to one sex refuses a titled mention of the other (titleGender:
   * "Mr. Obama" is no "Michelle Obama", "Mrs. Clinton" no "Bill Clinton", "Ms. Epstein" may be "Lee Epstein").
   */
  genderTold: boolean;
  first: number;
  firstName: string;
  /**
   * Set when the text treats the name as a body's ("Wells Fargo CEO John Stumpf", "Carrier's parent
   * company, United Technologies", "the Chicago Sun-Times reported"): a "he" or "she" never means it.
   */
  org?: boolean;
};

const firstWord = (name: string): string => {
  let sp = 0;
  while (sp < name.length && !isWhiteSpace(name.charCodeAt(sp))) sp++;
  return sp === name.length ? name : name.slice(0, sp);
};

/** Lower-case name part without a possessive ending ("Omran’s" -> "omran"). */
function bare(part: string): string {
  return bareLower(part.toLowerCase());
}

function bareLower(l: string): string {
  const n = l.length;
  if (n >= 2 && l.charCodeAt(n - 1) === 0x73 && (l.charCodeAt(n - 2) === 0x27 || l.charCodeAt(n - 2) === 0x2019)) return l.slice(0, n - 2);
  if (n && (l.charCodeAt(n - 1) === 0x27 || l.charCodeAt(n - 1) === 0x2019)) return l.slice(0, n - 1);
  return l;
}

/** Whether the UTF-16 code unit is white space as /\s/ defines it. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `s` holds white space (what /\s/.test(s) tells, without a regex call per mention). */
function hasWhiteSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWhiteSpace(s.charCodeAt(i))) return true;
  return false;
}

/** The number of " " in a name: one less than its parts split at a space. */
function countSpaces(name: string): number {
  let n = 0;
  for (let i = name.indexOf(" "); i >= 0; i = name.indexOf(" ", i + 1)) n++;
  return n;
}

/** The last whitespace-separated part, found from the end without splitting the whole name. */
export function lastPart(name: string): string {
  let e = name.length;
  while (e > 0 && isWhiteSpace(name.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && !isWhiteSpace(name.charCodeAt(b - 1))) b--;
  return name.slice(b, e);
}

// Generational suffixes after a surname ("Harry B. Harris Jr.", "Brent Bozell III"): not the surname.
const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** The generational suffix a name ends with ("jr", "iii"), or "" for none. */
function nameSuffix(name: string): string {
  // (Cheap first: a name whose last character can end no suffix, possessive or stop has none.)
  const c = name.charCodeAt(name.length - 1);
  const e = c | 0x20; // ASCII lower case
  if (e !== 0x72 && e !== 0x69 && e !== 0x76 && c !== 0x2e && e !== 0x73 && c !== 0x2c && c !== 0x27 && c !== 0x2019) return "";
  const last = bare(lastPart(name)).replace(/\.$/, "");
  return NAME_SUFFIXES.has(last) ? last : "";
}

export const surnameKey = (name: string): string => {
  let last = bare(lastPart(name));
  // (No suffix is longer than three characters: most keys are not hashed for the lookup at all.)
  if (last.length <= 3 && NAME_SUFFIXES.has(last)) {
    const rest = name.trimEnd().slice(0, -lastPart(name).length).trimEnd().replace(/,$/, "");
    if (rest) last = bare(lastPart(rest));
  }
  const c0 = last.length >= 3 ? last.charCodeAt(0) : -1;
  if ((c0 === 0x61 || c0 === 0x65) && last.charCodeAt(1) === 0x6c && last.charCodeAt(2) === 0x2d) last = last.slice(3); // al-, el-
  return last;
};

// Initials may run together without spaces ("G.K. Butterfield").
// A name never runs over a line break: in an article's text a newline ends a paragraph ("… in the
// U.S.\n\nChris Christie said" names Chris Christie, not "U.S. Chris Christie").
// Between two name parts stand up to three particles: one that opens the chain (RUN_PARTICLES) and up
// to two that follow one ("Ursula von der Leyen", "Antonio de la Cruz", "Ludwig van den Berg"); each a
// whole word followed by white space (or the hyphen of "al-"), so the chain cannot backtrack.
// A name part's letters: see NAME_PART_LETTERS.
const PART_LETTERS = `${NAME_PART_LETTERS}+`;
const NAME_RUN = new RegExp(
  String.raw`(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.[^\S\n]+)?(?:\p{Lu}${PART_LETTERS}|(?:\p{Lu}\.)+)(?:[^\S\n]+(?:(?:in|van)[^\S\n]+['’]t[^\S\n]+|(?:al|el|bin|ibn|abu|de|da|di|del|van|von|der|le|la|du|dos|das)\b-?[^\S\n]*(?:(?:de|del|la|las|los|le|der|den|van|von|du|da|al|el)\b-?[^\S\n]*){0,2})?(?:(?:al|el)-)?(?:\p{Lu}${PART_LETTERS}|(?:\p{Lu}\.)+))+`,
  "uy",
);
// A superset of the code units that can start a match (\p{Lu}, and the capital of a title):
// [A-Z\u00C0-\u1FFF\u2070-\uFFFF]. The General Punctuation block (U+2000-U+206F: ’ “ ” — …) holds
// no capital, and is most of the non-ASCII text of English news. A table read per code unit: the
// search runs over every article, and a regex search from capital to capital cost half as much again.
const CAPITAL = new Uint8Array(65536);
CAPITAL.fill(1, 65, 91);
CAPITAL.fill(1, 0xc0, 0x2000);
CAPITAL.fill(1, 0x2070, 0x10000);

/** The first code unit at or after `from` that CAPITAL holds, or the text's length. */
function nextCapital(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && CAPITAL[text.charCodeAt(i)] === 0) i++;
  return i;
}

/**
 * Where a run of letters and the marks a name part, an initial or a title holds (' ’ - .) ends,
 * from `at`: a superset of what NAME_RUN's first part (or title) can cover.
 */
export function nameRunEnd(text: string, at: number): number {
  const n = text.length;
  let j = at;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x27 || c === 0x2d || c === 0x2e) j++;
      else break;
    } else if (c === 0x2019 || isMojibakeCode(c) || isCombiningCode(c)) j++;
    else if (classAt(text, j) & LETTER) j += sizeAt(text, j);
    else break;
  }
  return j;
}

// The lower-case words NAME_RUN lets stand between two name parts: its particles, "in" and "van"
// of "in 't" / "van 't", and the "al" / "el" of "al-Homsi".
const RUN_PARTICLES: ReadonlySet<string> = new Set(["al", "el", "bin", "ibn", "abu", "de", "da", "di", "del", "van", "von", "der", "le", "la", "du", "dos", "das", "in"]);

/**
 * Whether NAME_RUN can match at `at`, whose letters run to `runEnd`: its first part (or title) ends
 * where the run does, as only white space may follow it; then comes white space that is not a line
 * break, and a capital or a particle (al, el, bin, ibn, abu, de, …, van, von, le) as a whole word
 * of lower-case ASCII letters. A necessary condition, tried before the regex: most capitals open a
 * sentence or stand alone, and most words after them are no particle ("The bill", "It is").
 */
export function mayOpenName(text: string, runEnd: number): boolean {
  let s = runEnd;
  while (s < text.length && text.charCodeAt(s) !== 0x0a && isWhiteSpace(text.charCodeAt(s))) s++;
  if (s === runEnd || s === text.length) return false;
  const c = text.charCodeAt(s);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) {
    // (Every particle has three letters or fewer, and a word boundary or a hyphen ends it.)
    let e = s + 1;
    while (e < text.length && e - s <= 3 && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
    return e - s <= 3 && RUN_PARTICLES.has(text.slice(s, e));
  }
  if (c < 128) return false;
  return (classAt(text, s) & UPPER) !== 0;
}

const TITLE_PREFIX = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+/;
// Capitalised words that open a name run at a sentence start but belong to none: "Former Obama
// spokesman Robert Gibbs" registered "Former Obama", and every later "Obama" became that.
// Nor does a time noun that ends a title or phrase before the name ("Liar of the Year Ann Lee",
// "Word of the Day Tom Reyes").
const LEADING_NOT_NAMES: ReadonlySet<string> = new Set([
  "former", "ex", "late", "retired", "acting", "outgoing", "incoming", "several", "multiple", "more", "other", "others", "few",
  "year", "month", "week", "day", "decade", "century", "today", "tonight", "tomorrow", "yesterday",
  // Prepositions that open a sentence and are no one's given name, which NOT_NAMES does not hold:
  // "Outside Carrier's plant on …" registered "Outside Carrier", a second person in every paragraph
  // that names the firm.
  "outside", "inside", "across", "throughout", "near", "behind", "beside", "along", "around", "between", "above", "below", "beneath",
  // Numbers that count what the name owns or leads ("Six Gannett newspapers in New Jersey said …").
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
]);

// The word lists the registry's scan asks of every part of every name run, as bits of one table:
// one lookup of a part instead of up to four Set lookups (each hashing and probing the word again).
const NOT_NAME = 1;
const TITLE = 2;
const LEADING_NOT_NAME = 4;
const PERSON_NOUN = 8;
const ORG_WORD = 16;
const WORD_KINDS = new Map<string, number>();
for (const [list, bit] of [[NOT_NAMES, NOT_NAME], [TITLES.keys(), TITLE], [LEADING_NOT_NAMES, LEADING_NOT_NAME], [PERSON_NOUNS, PERSON_NOUN], [ORG_WORDS, ORG_WORD]] as const) {
  for (const w of list) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | bit);
}
/** Which of the lists above hold the lower-case word (0 for none). */
const wordKinds = (lower: string): number => WORD_KINDS.get(lower) ?? 0;
const OF_TITLE_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/u;

const isBlankCode = (c: number): boolean => c !== 0x0a && isWhiteSpace(c);

/** Where the blanks (white space but a line break) that end at `to` start. */
function blanksStart(text: string, to: number): number {
  let i = to;
  while (i > 0 && isBlankCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Whether " of " or " of the " (with blanks) ends right at `at`: what OF_TITLE_BEFORE needs before
 * its end, read back from `at` without a regex.
 */
export function ofBefore(text: string, at: number): boolean {
  let e = blanksStart(text, at);
  if (e === at) return false;
  // "… of the ": back over "the" and the blanks before it.
  if (text.startsWith("the", e - 3)) {
    const b = blanksStart(text, e - 3);
    if (b < e - 3 && text.startsWith("of", b - 2)) e = b;
  }
  return text.startsWith("of", e - 2) && e - 3 >= 0 && isBlankCode(text.charCodeAt(e - 3));
}

/** Whether the name run at `at` follows a title's "of" ("Chief of Staff …", "Secretary of the Navy …"). */
function afterOfTitle(text: string, at: number): boolean {
  if (at < 4 || text.charCodeAt(at - 1) !== 0x20) return false;
  // (Cheap first: the regex ran for every name run after "the ", most of them no title's object.)
  if (!ofBefore(text, at)) return false;
  const m = OF_TITLE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return m !== null && OF_TITLE_HEADS.has(m[1].toLowerCase());
}


const INITIAL = /^(?:\p{Lu}\.)+$/u;
/**
 * Where the name starts in a run that opens with a title's object ("Staff Ana Ruiz" after "Chief
 * of"): at the first known given name after the object's first word, else at the last two name
 * parts (with the initials and particles between them).
 */
function nameAfterTitleObject(parts: readonly string[], lowers: readonly string[], s: number): number {
  for (let k = s + 1; k < parts.length - 1; k++) if (FIRST_NAME_GENDER.has(lowers[k])) return k;
  let k = parts.length - 2;
  while (k > s + 1 && (INITIAL.test(parts[k]) || NAME_PARTICLES.has(lowers[k]))) k--;
  return Math.max(k, s + 1);
}

/**
 * Whether a part of the run from `from` on is a word no name holds: an organisation's word, or a
 * word that is no name part (but a month after a given name, "Theresa May"). `end`: where the run ends.
 */
function noName(text: string, parts: readonly string[], lowers: readonly string[], from: number, end: number): boolean {
  for (let k = from; k < parts.length; k++) {
    // ("Sophie in 't Veld": the particle before a contracted article is inside the name.)
    if (k > from && (lowers[k + 1] === "'t" || lowers[k + 1] === "’t")) continue;
    const kinds = wordKinds(lowers[k]);
    // (Without a possessive ending the word is mostly itself: no second lookup.)
    const unowned = bareLower(lowers[k]);
    // ("Prime Minister Theresa May": a month word after a given name is the surname.)
    if ((kinds & NOT_NAME) !== 0 && !(k > from && isMonthSurname(parts[k - 1], withoutPossessive(parts[k]), k + 1 < parts.length ? parts[k + 1] : text.slice(end, end + 3).trim())) && !(k > from && k === parts.length - 1 && saidSurnameEnds(parts[k - 1], parts[k], text, end))) return true;
    if (((unowned === lowers[k] ? kinds : wordKinds(unowned)) & ORG_WORD) !== 0) return true;
  }
  return false;
}

/**
 * "Edward Said" as a name run's last part (lexicon's isSaidSurname), not at the end of a line (`end`:
 * where the run ends), where a headline in title case stops ("What Hillary Said"): a sentence goes on
 * after a name.
 */
function saidSurnameEnds(prev: string, word: string, text: string, end: number): boolean {
  return end < text.length && text.charCodeAt(end) !== 0x0a && isSaidSurname(prev, withoutPossessive(word));
}

/**
 * Where a known given name (FIRST_NAME_GENDER, capitalised) stands after `s` with only its surname
 * after it, or one initial and the surname ("… Sean Hannity", "… Sean P. Hannity"); else -1.
 */
function givenNameTail(parts: readonly string[], lowers: readonly string[], s: number): number {
  const last = parts.length - 1;
  for (const k of [last - 1, last - 2]) {
    if (k <= s || (k === last - 2 && !INITIAL.test(parts[last - 1]))) continue;
    if (FIRST_NAME_GENDER.has(lowers[k]) && /^\p{Lu}\p{Ll}/u.test(parts[k]) && /^\p{Lu}\p{Ll}/u.test(parts[last])) return k;
  }
  return -1;
}

// One capitalised word ("Major", "Guardian").
export const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

// Words of bodies and outlets that are also surnames ("Mayor Don Guardian", "Sen. Frank Church").
const SURNAME_ORG_WORDS: ReadonlySet<string> = new Set(["fox", "guardian", "post", "press", "church", "house", "bank", "court", "guard", "herald"]);

/**
 * "Mayor Don Guardian", "Mr. Ed Fox": after a title, a known given name and a surname that is also a
 * body's or an outlet's word (SURNAME_ORG_WORDS) are a person's name, which noName turns away.
 */
function titledWordSurname(parts: readonly string[], lowers: readonly string[], s: number, title: string | null): boolean {
  if (parts.length - s !== 2 || !SURNAME_ORG_WORDS.has(bareLower(lowers[s + 1])) || !FIRST_NAME_GENDER.has(lowers[s])) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(parts[s]) || !/^\p{Lu}\p{Ll}/u.test(parts[s + 1])) return false;
  return title !== null || (s > 0 && (wordKinds(lowers[s - 1]) & TITLE) !== 0);
}

// One or more initials, each with or without its stop ("J.", "JD", "J.D.").
const INITIALS = /^\p{Lu}\.?(?:\p{Lu}\.?)*$/u;

/** Length of a possessive ending ("’", "'s", "’s") on `name`: 0 when there is none. */
function possessiveLength(name: string): number {
  const n = name.length;
  const e = name.charCodeAt(n - 1);
  if (e === 0x27 || e === 0x2019) return 1;
  return e === 0x73 && n >= 2 && (name.charCodeAt(n - 2) === 0x27 || name.charCodeAt(n - 2) === 0x2019) ? 2 : 0;
}

/** Whether a name part ends in a possessive with a word before it ("Carolina’s", "RealClearPolitics’"); not "O’Neill". */
function endsPossessive(part: string): boolean {
  const p = possessiveLength(part);
  return p > 0 && p < part.length;
}

/** `name` without a possessive ending, as .replace(/['’]s?$/, "") gives it. */
export function withoutPossessive(name: string): string {
  const p = possessiveLength(name);
  return p ? name.slice(0, name.length - p) : name;
}

/**
 * The letter at `at` continues a word (a letter or a digit stands right before it): what
 * /[\p{L}\p{N}]/u tells of the one code unit before, read from the class table (a lone surrogate
 * is neither), without a regex and a one-character string for every name run.
 */
export function midWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return !(c >= 0xd800 && c <= 0xdfff) && (classOf(c) & (LETTER | DIGIT)) !== 0;
}

/**
 * A run of capitals that opens its line as a dateline ("DES MOINES, Iowa — …") or is the whole
 * line, a heading ("FULL TEXT."), or one with "!" and a dash before its blurb: a place or a label,
 * not a person.
 */
export function placeLineAt(text: string, at: number, end: number): boolean {
  if (at > 0 && text.charCodeAt(at - 1) !== 0x0a) return false;
  const run = text.slice(at, end);
  if (run !== run.toUpperCase()) return false;
  if (datelineEnd(text, at) > 0) return true;
  let e = end;
  const bang = text.charCodeAt(e) === 0x21;
  if (text.charCodeAt(e) === 0x2e || text.charCodeAt(e) === 0x3a || bang) e++;
  while (e < text.length && (text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0x09)) e++;
  if (e === text.length || text.charCodeAt(e) === 0x0a) return true;
  // A newsletter's heading with its blurb after a dash ("SIGN UP BY EMAIL! - You can …").
  const d = text.charCodeAt(e);
  return bang && (d === 0x2d || d === 0x2013 || d === 0x2014);
}

// Words between a possessor and a noun for a relative ("his late father", "her older sister").
const KIN_MODIFIERS: ReadonlySet<string> = new Set(["late", "younger", "older", "elder", "eldest", "youngest", "oldest", "former", "estranged"]);

/**
 * The gender a noun for a person right before a name tells ("Her husband, Saeed Abedini", "his
 * daughter Ivanka", "Spokeswoman Ann Lee"): the run's own word before the name, else the word before the
 * run (a comma between).
 */
function nounGenderBefore(text: string, at: number, lowers: readonly string[], s: number): Gender {
  // ("whose husband, Navy SEAL Ty Woods": role words that open the run leave the noun before it.)
  const own = s > 0 ? NOUN_GENDER.get(lowers[s - 1]) : undefined;
  if (own) return own;
  let e = at;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x2c)) e--;
  if (e === at) return null;
  let b = e;
  while (b > 0 && (classBefore(text, b) & LETTER) !== 0) b--;
  return e - b <= 12 ? (NOUN_GENDER.get(text.slice(b, e).toLowerCase()) ?? null) : null;
}

/** The name's parts without a generational suffix at its end ("Harry B. Harris Jr." -> Harry, B., Harris). */
function partsWithoutSuffix(name: string): string[] {
  const parts = name.split(" ");
  if (nameSuffix(name)) {
    parts.pop();
    const last = parts.length - 1;
    if (last >= 0) parts[last] = parts[last].replace(/,$/, "");
  }
  return parts;
}

/**
 * Whether two names of the same given name and surname both give a middle name or initial, and
 * those start with different letters: "George H.W. Bush" and "George W. Bush" are two people;
 * "Donald J. Trump" and "Donald John Trump" one.
 */
function middlesDiffer(a: string, b: string): boolean {
  const pa = partsWithoutSuffix(a);
  const pb = partsWithoutSuffix(b);
  if (pa.length < 3 || pb.length < 3) return false;
  return pa[1].charAt(0).toUpperCase() !== pb[1].charAt(0).toUpperCase();
}

/** Whether a name of two parts or more opens with a particle, whatever its case ("De Blasio", "von der Leyen", "Van Jones"). */
function isParticleLed(name: string): boolean {
  const first = firstWord(name);
  return first.length < name.length && NAME_PARTICLES.has(first.toLowerCase());
}

/**
 * The one person of `list` with more name parts whose full name ends in `tail`, compared without
 * case ("Bill de Blasio" for "De Blasio"); null when none or several do.
 */
function fullerWithTail(list: readonly Person[], tail: string): Person | null {
  const end = " " + tail.toLowerCase();
  let found: Person | null = null;
  for (const x of list) {
    if (x.name.length <= end.length || !x.name.toLowerCase().endsWith(end)) continue;
    if (found && found.name !== x.name) return null;
    found = x;
  }
  return found;
}

// Generational suffixes, eldest first ("Sr." before none before "Jr." or "II").
const GENERATION: ReadonlyMap<string, number> = new Map([["sr", 0], ["", 1], ["jr", 2], ["ii", 2], ["iii", 3], ["iv", 4]]);
// Kinship nouns before a full name that make the name the younger or the elder of two namesakes.
const CHILD_NOUNS: ReadonlySet<string> = new Set(["son", "daughter", "grandson", "granddaughter", "stepson", "stepdaughter"]);
const PARENT_NOUNS: ReadonlySet<string> = new Set(["father", "mother", "grandfather", "grandmother", "stepfather", "stepmother", "dad", "mom"]);
// "the younger Mr. Trump", "the elder Bush", "the older Ms. Lee": which of the namesakes, and the surname.
const GENERATION_MENTION = /^the\s+(younger|elder|older)\s+(?:(Mr|Mrs|Ms)\.?\s+)?(\p{Lu}[\p{L}'’-]+)$/iu;

/** The generation word and surname of a description that tells a namesake by age, or null. */
export function generationMention(written: string): { younger: boolean; gender: Gender; surname: string } | null {
  // (Cheap first: most descriptions name no generation.)
  if (written.length > 40 || !(written.includes("younger") || written.includes("elder") || written.includes("older"))) return null;
  const m = GENERATION_MENTION.exec(written);
  if (!m || !/^\p{Lu}/u.test(m[3])) return null;
  return { younger: m[1].toLowerCase() === "younger", gender: m[2] ? (TITLES.get(m[2].toLowerCase()) ?? null) : null, surname: m[3] };
}

/** How close before a surname mention (in characters, about a paragraph) a full name is still the one meant. */
const NEAR_NAMED = 500;

/**
 * The gender a titled mention ("Mr.", "Mrs.", "Ms.") must agree with to stand for the person: one the
 * text told, or the one the given-name list gives a name only one sex bears ("Bill", "Hillary"); none
 * for a name given to both ("Lee", "Kelly"), nor for a gender only a mention guessed (setGender).
 */
function titleGender(p: Person): Gender {
  if (p.genderTold) return p.gender;
  const first = bare(p.firstName);
  return GIVEN_TO_BOTH.has(first) ? null : FIRST_NAME_GENDER.get(first) ?? null;
}
const refusesTitle = (p: Person, gender: Gender): boolean => {
  const g = titleGender(p);
  return (g === "m" || g === "f") && g !== gender;
};

export class Registry {
  private readonly bySurname = new Map<string, Person[]>();
  /** Where each person's full name stands in the text, in text order (for surnames shared by several people). */
  private readonly seen = new Map<Person, number[]>();
  /** The article's text (empty for a registry built by hand), and which words it writes in lower case. */
  private text = "";
  private bodyAt: number | null = null;
  private readonly lowerWords = new Map<string, boolean>();
  private readonly bodyWords = new Map<string, boolean>();

  /** Collect full names (two or more name parts) from the narration. Linear in the text. */
  static fromText(text: string): Registry {
    const r = new Registry();
    r.text = text;
    // Tried only where a capital letter stands (every match starts with one): the same matches,
    // in the same order, as a scan of every position, at a fraction of the cost.
    const parts: string[] = [];
    const lowers: string[] = [];
    // `next`: where the search for the next capital goes on from.
    for (let at = nextCapital(text, 0), next = at + 1; at < text.length; at = nextCapital(text, next), next = at + 1) {
      const runEnd = nameRunEnd(text, at);
      if (!mayOpenName(text, runEnd)) {
        // Every capital later in the run ends at the same place, before the same text: none can open a name.
        if (runEnd > next) next = runEnd;
        continue;
      }
      NAME_RUN.lastIndex = at;
      // test() and a slice rather than exec(): no match array for each try.
      if (!NAME_RUN.test(text)) continue;
      const matchEnd = NAME_RUN.lastIndex;
      next = matchEnd;
      // A run that starts inside a word ("T. More" in "ABSTRACT. More") or a dateline or heading
      // line in capitals names no one. Inside a word, the name may start after it: "scam PAC. Dan
      // Backer" matched "C. Dan Backer" from the acronym's last letter; the search goes on from there.
      if (midWord(text, at)) {
        next = at + 1;
        continue;
      }
      if (placeLineAt(text, at, matchEnd)) continue;
      let from = at;
      let title: string | null = null;
      // Only "Mr." and its kind put a stop at the third or fourth character.
      if (text.charCodeAt(at + 2) === 0x2e || text.charCodeAt(at + 3) === 0x2e) {
        const tm = TITLE_PREFIX.exec(text.slice(at, matchEnd));
        if (tm) {
          title = tm[1].toLowerCase() + ".";
          from = at + tm[0].length;
        }
      }
      // The name parts (the match has no white space at either end) and their lower-case forms.
      parts.length = 0;
      lowers.length = 0;
      for (let i = from; i < matchEnd; ) {
        let j = i;
        while (j < matchEnd && !isWhiteSpace(text.charCodeAt(j))) j++;
        const part = text.slice(i, j);
        parts.push(part);
        lowers.push(part.toLowerCase());
        while (j < matchEnd && isWhiteSpace(text.charCodeAt(j))) j++;
        i = j;
      }
      // Leading sentence words ("But Khaled Omran") and titles are not part of the name.
      let s = 0;
      // ("Democrats Hillary Clinton and Bernie Sanders": a person noun before the name is no part of it either.)
      while (s < parts.length && (wordKinds(lowers[s]) & (NOT_NAME | TITLE | LEADING_NOT_NAME | PERSON_NOUN)) !== 0) s++;
      // A title or role further in ("U.N. Ambassador John Bolton", "Hewlett-Packard CEO Carly
      // Fiorina", "Navy SEAL Ty Woods"): the name is what follows the last one.
      for (let k = parts.length - 3; k > s; k--) {
        if ((wordKinds(lowers[k]) & (TITLE | PERSON_NOUN)) !== 0 || FORCE_ACRONYMS.has(parts[k])) {
          s = k + 1;
          break;
        }
      }
      // A heading in capitals run into the sentence after it ("ROLL TIDE Alabama beat …").
      let caps = s;
      while (caps < parts.length && isHeadingCapsWord(parts[caps])) caps++;
      if (caps - s >= 2 && caps < parts.length && /^\p{Lu}\p{Ll}/u.test(parts[caps])) s = caps;
      // A compound adjective of place or origin ("Los Angeles-area", "Texas-based", "Korean-born")
      // or a hyphenated role ("Co-anchor") describes the name after it and is no part of it.
      for (let k = parts.length - 2; k >= s; k--) {
        if (isHyphenModifier(parts[k])) {
          s = k + 1;
          break;
        }
      }
      // A possessor before the name ("North Carolina’s Ana Ruiz", "CNBC's Tom Reyes"): a place or an
      // outlet the person belongs to, no part of the name. Before the last part alone ("Reyes’s
      // Chicago-based firm"), what follows is what it owns: no name at all (one part is left).
      for (let k = parts.length - 2; k >= s; k--) {
        if (endsPossessive(parts[k])) {
          s = k + 1;
          break;
        }
      }
      // A sentence adverb run into the name ("Interestingly Blocher said").
      if (s < parts.length - 1 && isSentenceAdverb(parts[s]) && !FIRST_NAME_GENDER.has(lowers[s])) s++;
      // The object of an "X of Y" title ("Chief of Staff Ana Ruiz", "Supervisor of Elections Ana
      // Ruiz", "Director of National Intelligence …"): the run starts after "of", with the object.
      if (afterOfTitle(text, at)) s = nameAfterTitleObject(parts, lowers, s);
      // (Lower-case particles inside the name do not count: "Juan Carlos de la Cruz" has four parts.)
      // "The Rachel Maddow Show": a programme named for its host names the host (a known given name
      // and the surname before "Show"; not "The Steve Harvey Morning Show", whose given name has one before it).
      const show = parts.length - 1;
      if (show - 2 >= s && bareLower(lowers[show]) === "show" && FIRST_NAME_GENDER.has(lowers[show - 2]) && !(show - 3 >= 0 && FIRST_NAME_GENDER.has(lowers[show - 3]))) {
        parts.pop();
        lowers.pop();
      }
      // "Massachusetts Sen. Ann Lee", "Ohio Gov. Tom Reyes": a run cut at a title's stop is a place and
      // the title, no one's name (the name after the stop is a run of its own).
      if (matchEnd < text.length && text.charCodeAt(matchEnd) === 0x2e && TITLES.has(lowers[parts.length - 1] + ".")) continue;
      let n = 0;
      for (let k = s; k < parts.length; k++) if (!(NAME_PARTICLES.has(lowers[k]) && parts[k] === lowers[k])) n++;
      if (n < 2) continue;
      if (n > 4 || noName(text, parts, lowers, s, matchEnd)) {
        // "Fox News Sean Hannity", "Maricopa County Recorder Helen Purcell": an outlet, a body or a
        // long role run into the name; a known given name with its surname ends the run, and is the name.
        const g = givenNameTail(parts, lowers, s);
        if (g >= 0 && !noName(text, parts, lowers, g, matchEnd)) s = g;
        else if (!titledWordSurname(parts, lowers, s, title)) continue;
      }
      // "Young Latinos", "Leading Democrats": a group of people named by its plural, no one's name.
      if (GROUP_PLURALS.has(bareLower(lowers[parts.length - 1]))) continue;
      // "Senior American officials", "Top Iraqi commanders": capitals that modify a person noun after
      // them, with no known given name first, describe the people the noun names; no one's name.
      if (personNounAfter(text, matchEnd) && !FIRST_NAME_GENDER.has(lowers[s])) continue;
      let name = parts[s];
      for (let k = s + 1; k < parts.length; k++) name += " " + parts[k];
      name = withoutPossessive(name);
      // "New Hampshire", "United States": a place, whatever a later "he" or "she" means.
      if (isPlaceName(name)) continue;
      // "Harry B. Harris Jr.": the suffix keeps its stop, which the name run leaves out.
      if (matchEnd < text.length && text.charCodeAt(matchEnd) === 0x2e && (name.endsWith(" Jr") || name.endsWith(" Sr"))) name += ".";
      // (A title or a noun the text writes tells the gender; the given-name list only guesses it.)
      const told = (title ? TITLES.get(title) : null) ?? nounGenderBefore(text, at, lowers, s);
      r.add(name, told ?? FIRST_NAME_GENDER.get(lowers[s]) ?? null, at, told !== null);
    }
    r.linkSuffixedGivenNames();
    r.linkParticleSurnames();
    r.addTitledSurnamesOfOtherGender();
    r.markOrganisations();
    return r;
  }

  /**
   * A name the text uses as a body's (ORG_SIGNS: a corporate noun after it, "Wells Fargo CEO", "United
   * Technologies' board"; an appositive or a noun for a body before it, ", a company", "parent company,
   * X"; a definite article before it with nothing after but a stop or a verb of publishing, "the
   * Chicago Sun-Times reported") is an organisation the name pattern took for a person. A known given
   * name first keeps it a person ("the Hillary Clinton" is a slip or a headline's words).
   */
  private markOrganisations(): void {
    const text = this.text;
    // (Cheapest tests first. A person kept under two keys, see linkSuffixedGivenNames, is marked once.)
    const names = new Set<Person>();
    for (const list of this.bySurname.values()) {
      for (const p of list) if (!p.genderTold && !p.org && hasWhiteSpace(p.name) && !FIRST_NAME_GENDER.has(bare(p.firstName))) names.add(p);
    }
    // One scan of the text a name is cheapest for the few names an article has; a story naming
    // thousands made that quadratic (bench (e), quotes-one-paragraph), so past a few the text's word
    // starts are filed once and each name looks up its first word. Both find the same places.
    const starts = names.size > NAMES_BEFORE_WORD_INDEX ? wordStarts(text) : null;
    for (const p of names) {
      for (const i of placesOf(text, p.name, starts)) {
        if (orgSignAt(text, i, i + p.name.length)) {
          p.org = true;
          break;
        }
      }
    }
  }

  /**
   * "Mr. Obama" again and again in an article that names only "the first lady, Michelle Obama" in
   * full: the titled surname is a man the article never names in full, not her. When everyone
   * registered under a surname is of one gender that refuses a title (titleGender: told by the text,
   * or by a given name only one sex bears, "Bill Clinton"), and a titled surname (Mr., Mrs., Ms.,
   * Miss) of the other gender stands in it, that surname is registered as a person of its own, seen
   * where the titled surname stands; so "Mr. Obama" finds him, and a bare "Obama" the one named most
   * before it. (A name given to both, "Lee Epstein", refuses no one: "Ms. Epstein" is her.)
   */
  private addTitledSurnamesOfOtherGender(): void {
    let keys: Set<string> | null = null;
    for (const [key, list] of this.bySurname) {
      const g = list.length > 0 ? titleGender(list[0]) : null;
      if ((g === "m" || g === "f") && list.every((p) => titleGender(p) === g)) (keys ??= new Set()).add(key);
    }
    if (!keys) return;
    const found: { surname: string; gender: Gender; at: number }[] = [];
    for (const [title, gender] of GENDERED_TITLES) {
      for (let i = this.text.indexOf(title); i >= 0; i = this.text.indexOf(title, i + title.length)) {
        if ((classBefore(this.text, i) & LETTER) !== 0) continue;
        const surname = titledSurnameAt(this.text, i + title.length);
        if (!surname || !keys.has(surnameKey(surname))) continue;
        const list = this.bySurname.get(surnameKey(surname))!;
        if (refusesTitle(list[0], gender)) found.push({ surname, gender, at: i + title.length });
      }
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) this.add(f.surname, f.gender, f.at, true);
  }

  /**
   * "De Blasio said" at a sentence's start, "Van Hollen said" (a surname that opens with its particle,
   * registered as if the particle were a given name) is the one person the article names in full with
   * that surname ("Bill de Blasio", "Chris Van Hollen"): that person stands for it instead. A name
   * that no fuller name ends in stays a person of its own ("Van Jones").
   */
  private linkParticleSurnames(): void {
    for (const list of this.bySurname.values()) {
      if (list.length < 2) continue;
      for (let i = 0; i < list.length; i++) {
        const p = list[i];
        if (!isParticleLed(p.name)) continue;
        const full = fullerWithTail(list, p.name);
        if (!full) continue;
        const at = this.seen.get(full) ?? [];
        for (const x of this.seen.get(p) ?? []) at.push(x);
        at.sort((a, b) => a - b);
        this.seen.set(full, at);
        this.seen.delete(p);
        full.first = Math.min(full.first, p.first);
        list.splice(i--, 1);
      }
    }
  }

  /**
   * "His son Donald Jr. announced …" (a given name and a generational suffix only, keyed by the given
   * name) is the one person the article names in full with that given name and suffix ("Donald Trump
   * Jr."), wherever it does: that person stands under the key instead, so the short form resolves to
   * the full name.
   */
  private linkSuffixedGivenNames(): void {
    for (const list of this.bySurname.values()) {
      for (let i = 0; i < list.length; i++) {
        const p = list[i];
        const suffix = nameSuffix(p.name);
        if (!suffix || countSpaces(p.name) !== 1) continue;
        // ("Trump Jr. said": the surname and suffix alone are the one namesake under that key with the
        // suffix; else "Donald Jr." is a given name and a suffix.)
        const namesakes = list.filter((x) => x !== p && nameSuffix(x.name) === suffix && countSpaces(x.name) >= 2);
        if (namesakes.length === 0 && !FIRST_NAME_GENDER.has(bare(p.firstName))) continue;
        const full = namesakes.length > 0 ? namesakes : this.people().filter((x) => x !== p && x.firstName === p.firstName && nameSuffix(x.name) === suffix && countSpaces(x.name) >= 2);
        if (full.length !== 1) continue;
        const f = full[0];
        list[i] = f;
        const at = this.seen.get(f) ?? [];
        for (const x of this.seen.get(p) ?? []) at.push(x);
        at.sort((a, b) => a - b);
        this.seen.set(f, at);
        this.seen.delete(p);
        if ((!f.gender || (p.genderTold && !f.genderTold)) && p.gender) {
          f.gender = p.gender;
          f.genderTold = p.genderTold;
        }
        f.first = Math.min(f.first, p.first);
        if (list.indexOf(f) !== i) list.splice(i--, 1);
      }
    }
  }

  /** Register a full name seen at `at`; `told`: the text told its gender (see Person.genderTold). */
  add(name: string, gender: Gender, at: number, told = false): void {
    const key = surnameKey(name);
    // A particle written in lower case is no surname ("de"); one written with its capital at a full
    // name's end is ("Tran Le", "Minh Da": surnames that are particles in "Marine Le Pen").
    if (!key || (NAME_PARTICLES.has(key) && !/^\p{Lu}/u.test(lastPart(name)))) return;
    const first = firstWord(name);
    const list = this.bySurname.get(key);
    if (list) {
      // (A father and son share a given name: "Charles Elliott Jr." is not "Charles Elliott III".)
      const suffix = nameSuffix(name);
      // (Nor is "George W. Bush" his father "George H.W. Bush": a middle name or initial that differs.)
      const same = list.find((p) => (p.name === name || (p.firstName === first && !middlesDiffer(p.name, name))) && nameSuffix(p.name) === suffix);
      if (same) {
        if (gender) this.tellGender(same, gender, told);
        this.seen.get(same)?.push(at);
        return;
      }
    }
    const p = { name, surname: key, gender, genderTold: told && gender !== null, first: at, firstName: first };
    if (list) list.push(p);
    else this.bySurname.set(key, [p]);
    this.seen.set(p, [at]);
  }

  /**
   * How often the person's full name stands at or before `at`, and where it last does (-1 when it
   * does not yet). `add` records the places in text order.
   */
  private seenBefore(p: Person, at: number): { times: number; last: number } {
    let times = 0;
    let last = -1;
    for (const x of this.seen.get(p) ?? []) {
      if (x > at) break;
      times++;
      last = x;
    }
    return { times, last };
  }

  /** Whether the person's full name stands at or after `from` (the story under a headline names them too). */
  namedFrom(p: Person, from: number): boolean {
    const at = this.seen.get(p);
    return at !== undefined && at.length > 0 && at[at.length - 1] >= from;
  }

  /** Everyone registered, by surname in first-seen order (for tests). */
  people(): Person[] {
    return [...this.bySurname.values()].flat();
  }

  /** The people registered under a surname key (as surnameKey gives it). */
  peopleWithKey(key: string): readonly Person[] {
    return this.bySurname.get(key) ?? [];
  }

  /**
   * Whether a one-word name ("Jefferies", "Carrier") stands somewhere in the article where only a
   * body's name does (ORG_SIGNS: "a senior analyst at Jefferies", "Carrier's board", "Carrier's parent
   * company, …", "Carrier, a company …"): a firm the name pattern, which reads two words or more, never
   * saw, and no "he" or "she". Each word is looked for once an article.
   */
  namesBody(word: string): boolean {
    let known = this.bodyWords.get(word);
    if (known === undefined) {
      known = false;
      const text = this.text;
      for (const i of placesOf(text, word, null)) {
        const e = i + word.length;
        // (The whole word: "at Jeffersonville" is no sign for "Jefferson".)
        if (e < text.length && (classAt(text, e) & WORD_CHAR) !== 0) continue;
        if (orgSignAt(text, i, e)) {
          known = true;
          break;
        }
      }
      this.bodyWords.set(word, known);
    }
    return known;
  }

  /** Is any person with this surname known (a cheap test before parsing a mention)? */
  hasSurname(key: string): boolean {
    return this.bySurname.has(key);
  }

  /**
   * The person a surname (or titled surname) mention stands for, when only one person fits.
   * `gender`, from the mention's title ("Mrs. Clinton"), rules out a namesake of the other gender;
   * with `told` (the title told it, not a given-name guess), even the only namesake, when the text told
   * that person's gender too or a given name only the other sex bears does (titleGender: "Mr. Obama" in
   * an article that names only "the first lady, Michelle Obama", "Mrs. Clinton" in one that names only
   * "Bill Clinton", is no one the registry knows).
   */
  bySurnameOf(mentionName: string, at: number, gender: Gender = null, key: string = surnameKey(mentionName), told = false): Person | null {
    let list = this.bySurname.get(key);
    if (!list || list.length === 0) return null;
    // A mention with its own given name ("Jeh Johnson") is only the person with that given name
    // (or its initial), never another who shares the surname ("Gary Johnson").
    const trimmed = mentionName.trim();
    // "de Blasio", "von der Leyen": a surname with its particle is the one person whose full name ends in it.
    const particled = hasWhiteSpace(trimmed) && isParticleLed(trimmed) ? fullerWithTail(list, withoutPossessive(trimmed)) : null;
    if (particled) return particled;
    if (hasWhiteSpace(trimmed)) {
      const given = firstWord(trimmed);
      // (A lower-case ASCII second letter, as most given names have, makes no initials.)
      const c1 = given.charCodeAt(1);
      const initial = !(c1 >= 0x61 && c1 <= 0x7a) && INITIALS.test(given) ? given[0] : null;
      const suffix = nameSuffix(mentionName);
      // "Trump Jr.": the surname and a suffix are the namesake with that suffix, whatever his given name.
      const surnameOnly = suffix !== "" && countSpaces(trimmed) === 1 && bare(given) === key;
      list = list.filter((p) => p.name === mentionName || (surnameOnly ? nameSuffix(p.name) === suffix : initial ? p.firstName.startsWith(initial) : p.firstName === given));
      if (list.length === 0) return null;
      // "Donald Trump Jr." is the one with that suffix, not his father of the same given name.
      const same = list.filter((p) => nameSuffix(p.name) === suffix);
      if (same.length > 0) list = same;
      // "George W. Bush" is the one so named, not "George H.W. Bush" who shares given and surname.
      const exact = list.filter((p) => p.name === trimmed);
      if (exact.length === 1) return exact[0];
    }
    if (told && gender) {
      list = list.filter((p) => !refusesTitle(p, gender));
      if (list.length === 0) return null;
    }
    if (list.length === 1) return list[0];
    if (gender) {
      const fits = list.filter((p) => !p.gender || p.gender === gender);
      if (fits.length > 0) list = fits;
      if (list.length === 1) return list[0];
    }
    // A namesake whose "first name" is a word the article also writes in lower case ("See Sexton" from
    // "(See Sexton's full timeline …)", "Understated Perez" from a headline) is a sentence or headline
    // word run into the surname, not a person: the others with that surname stand for it.
    if (this.text) {
      const named = list.filter((p) => !this.ordinaryWord(p.firstName));
      if (named.length > 0 && named.length < list.length) list = named;
      if (list.length === 1) return list[0];
    }
    // Several people share the surname: the one whose full name the article gives most often before
    // the mention (the story's subject: "Ted Cruz" over his father "Rafael Edward Cruz" named once;
    // "Marco Rubio" over a "Mario Rubio" slip). Of those named equally often, the one the story
    // brought in first: a lede names its subject before a relative ("Hillary Clinton … her husband,
    // Bill Clinton … Clinton said"); a known given name before an unknown one, which may be a word
    // run into the surname ("Team Trump"). Names first seen in the headline are often its words run
    // together ("Understated Perez"): they come last, and between those the nearest wins. A name
    // given in full just before the mention (within NEAR_NAMED) is still the one meant: "Secretary
    // Jeh Johnson says … Johnson tells MSNBC" in a blog whose earlier entry named Gary Johnson.
    let best: Person | null = null;
    let bestAt = -1;
    let bestN = 0;
    let tied = false;
    const body = this.bodyStart();
    const lead = (p: Person) => (p.first < body ? Infinity : (FIRST_NAME_GENDER.has(bare(p.firstName)) ? 0 : this.text.length) + p.first);
    let nearest: Person | null = null;
    let nearestAt = -1;
    for (const p of list) {
      const { times, last } = this.seenBefore(p, at);
      if (last > nearestAt) {
        nearest = p;
        nearestAt = last;
      }
      if (last < 0) continue;
      if (times === bestN) tied = true;
      if (times > bestN) tied = false;
      const earlier = best !== null && (lead(p) < lead(best) || (lead(p) === Infinity && lead(best) === Infinity && last > bestAt));
      if (times > bestN || (times === bestN && (best === null || earlier))) {
        best = p;
        bestAt = last;
        bestN = times;
      }
    }
    // (Not a relative the story brought in by kinship after it had already called its subject by the
    // bare surname: "Brent Bozell III … Bozell was five then, and his father, Brent Bozell, Jr., was …
    // “…,” Bozell says" goes on with the subject; news style names the relative in full.)
    if (tied && nearest && nearest !== best && at - nearestAt <= NEAR_NAMED && this.seenBefore(nearest, at).times === bestN && !(best && this.namedAsRelative(nearest, nearestAt) && this.surnameAloneBetween(best, nearestAt))) best = nearest;
    // A titled mention ("Mr. Trump") with namesakes of its gender named equally often: news style
    // keeps the title and surname for the story's subject and tells a relative apart by given name
    // alone ("his brother Freddy … Freddy confided"). The one whose given name stands alone least
    // often is the subject; nearest stays the reading when they are even.
    if (tied && gender && this.text && best) {
      let fewest = this.givenAlone(best);
      for (const p of list) {
        const { times, last } = this.seenBefore(p, at);
        if (p === best || last < 0 || times !== bestN) continue;
        const n = this.givenAlone(p);
        if (n < fewest) {
          fewest = n;
          best = p;
        }
      }
    }
    return best;
  }

  /**
   * "Mr. Lou" for "Lou Jiwei", "Ms. Tsai" for "Tsai Ing-wen": a titled name that no one registered
   * bears as a surname is the one person whose full name opens with it (a family name written first),
   * when that word is no known given name ("Mr. Tom" is no "Tom Reyes").
   */
  byFamilyNameFirst(word: string): Person | null {
    const lower = bare(word);
    if (FIRST_NAME_GENDER.has(lower) || this.bySurname.has(lower)) return null;
    let found: Person | null = null;
    for (const list of this.bySurname.values()) {
      for (const p of list) {
        if (p === found || bare(p.firstName) !== lower) continue;
        if (found) return null;
        found = p;
      }
    }
    return found;
  }

  /**
   * "the younger Mr. Trump", "the elder Bush": of the namesakes the article names (two or more, of
   * the title's gender), the one the article tells is the younger or the elder. Namesakes of one given
   * name are told apart by their suffixes ("Donald Trump Jr." is younger than "Donald J. Trump", "Sr."
   * older than none); others by a kinship noun before a full name ("his son George W. Bush" is the
   * younger, "her father, Tom Lee" the elder). Null when the article tells neither.
   */
  byGeneration(surname: string, younger: boolean, gender: Gender): Person | null {
    let list = [...new Set(this.bySurname.get(surnameKey(surname)) ?? [])];
    if (gender) list = list.filter((p) => !p.gender || p.gender === gender);
    if (list.length < 2) return null;
    const suffixes = list.every((p) => p.firstName === list[0].firstName) ? list.map((p) => GENERATION.get(nameSuffix(p.name)) ?? 1) : [];
    const ranks = suffixes.some((r) => r !== suffixes[0]) ? suffixes : list.map((p) => this.kinGeneration(p));
    const want = younger ? Math.max(...ranks) : Math.min(...ranks);
    const at = ranks.flatMap((r, i) => (r === want ? [i] : []));
    // (Unique, and told apart from the rest: all of one rank tells nothing.)
    return at.length === 1 && ranks.some((r) => r !== want) ? list[at[0]] : null;
  }

  /** 2 for a person the article brings in as a child ("his son X"), 0 as a parent ("her father, X"), else 1. */
  private kinGeneration(p: Person): number {
    let rank = 1;
    for (const at of this.seen.get(p) ?? []) {
      const words = this.text.slice(Math.max(0, at - 40), at).split(/[\s,]+/).filter((w) => w !== "");
      const noun = (words.at(-1) ?? "").toLowerCase();
      const owner = (words.at(-2) ?? "").toLowerCase();
      if (!(owner === "his" || owner === "her" || owner === "their" || /['’]s?$/.test(owner))) continue;
      if (CHILD_NOUNS.has(noun)) rank = 2;
      else if (PARENT_NOUNS.has(noun)) rank = 0;
    }
    return rank;
  }

  /**
   * Whether the person's full name at `at` (where its run starts) stands right after a possessor and a
   * noun for a relative ("his father, Brent Bozell", "her husband Bill Clinton", "Lee's son, Tom
   * Lee"): the name brings in a relative of someone the story is about.
   */
  private namedAsRelative(p: Person, at: number): boolean {
    const nameAt = this.text.indexOf(p.firstName, at);
    if (nameAt < 0 || nameAt - at > 40) return false;
    const words = this.text.slice(Math.max(0, nameAt - 60), nameAt).split(/[\s,]+/).filter((w) => w !== "");
    let k = words.length - 1;
    if (k < 1 || !KINSHIP_NOUNS.has(words[k].toLowerCase())) return false;
    // ("his late father", "her younger brother")
    if (k >= 2 && KIN_MODIFIERS.has(words[k - 1].toLowerCase())) k--;
    const owner = words[k - 1].toLowerCase();
    return owner === "his" || owner === "her" || owner === "their" || /['’]s?$/.test(owner);
  }

  /**
   * Whether the person's surname stands alone ("Bozell was …", "Mr. Bozell"; not after a given name)
   * between the person's first full name and `to`: the article already calls them by it.
   */
  private surnameAloneBetween(p: Person, to: number): boolean {
    const from = this.seen.get(p)?.[0] ?? to;
    let surname = "";
    for (const part of p.name.split(" ")) if (surnameKey(part) === p.surname || bare(part) === p.surname) surname = withoutPossessive(part);
    if (!surname || !/^\p{Lu}/u.test(surname)) return false;
    for (let i = this.text.indexOf(surname, from); i >= 0 && i < to; i = this.text.indexOf(surname, i + 1)) {
      const e = i + surname.length;
      if (e < this.text.length && (classAt(this.text, e) & (LETTER | DIGIT)) !== 0) continue;
      if ((classBefore(this.text, i) & (LETTER | DIGIT)) !== 0) continue;
      // After a given name or an initial it is a full name again ("Brent Bozell"), not the surname alone.
      // (A word that ends a sentence, "News.", or a title, "Mr.", is none; a line break ends any name.)
      const c = i > 0 ? this.text.charCodeAt(i - 1) : 0;
      const before = lastPart(this.text.slice(Math.max(0, i - 30), i));
      if ((c === 0x20 || c === 0x09 || c === 0xa0) && /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)$/u.test(before)) continue;
      return true;
    }
    return false;
  }

  /** Where the text after its first line starts when that line is a headline (short, no full stop at its end); else 0. */
  private bodyStart(): number {
    // (Once a text: asked once a surname looked up, the search for a line break ran through the
    // whole of a story that has none, quadratic in it: bench (e), many-speakers.)
    if (this.bodyAt === null) {
      const nl = this.text.indexOf("\n");
      this.bodyAt = nl > 0 && nl <= 300 && !/\.\s*$/.test(this.text.slice(0, nl)) ? nl : 0;
    }
    return this.bodyAt;
  }

  /** How often the person's given name stands alone, not followed by another capitalised word. */
  private givenAlone(p: Person): number {
    const g = p.firstName;
    if (!/^\p{Lu}\p{Ll}+$/u.test(g)) return 0;
    return wordCount(this.text, g, true, false);
  }

  /**
   * Whether a capitalised first name part also stands in the article in lower case, as a word of
   * its own: an ordinary word ("see", "understated"), not a given name. Known given names are
   * exempt ("bill", "will", "mark" are words too).
   */
  private ordinaryWord(first: string): boolean {
    const lower = bare(first);
    if (NOT_NAMES.has(lower)) return true; // "Tuesday's New Hampshire"
    if (FIRST_NAME_GENDER.has(lower) || !/^\p{Ll}[\p{Ll}'’-]*$/u.test(lower)) return false;
    let known = this.lowerWords.get(lower);
    if (known === undefined) {
      known = wordCount(this.text, lower, false, true) > 0;
      this.lowerWords.set(lower, known);
    }
    return known;
  }

  /** Whether someone registered has no gender yet: only then can setGender change the registry. */
  hasUngendered(): boolean {
    for (const list of this.bySurname.values()) for (const p of list) if (!p.gender) return true;
    return false;
  }

  /** Give the person the gender a mention of them guesses, when none is known. */
  setGender(name: string, gender: Gender): void {
    const p = this.bySurname.get(surnameKey(name))?.find((x) => x.name === name);
    if (p && gender) this.tellGender(p, gender, false);
  }

  /** A gender the text tells replaces one the given-name list guessed; a guess only fills a gap. */
  private tellGender(p: Person, gender: Gender, told: boolean): void {
    if (p.gender && (p.genderTold || !told)) return;
    p.gender = gender;
    p.genderTold = told;
  }
}

// A post and "at" right before a name (POSTS_AT_BODIES), as ORG_SIGNS reads it on the 30 characters before.
const POST_AT = new RegExp(String.raw`\b(?:${POST_AT_BODY_ALTERNATION})\s+at\s+$`);

/**
 * Whether a row of ORG_SIGNS matches around the name at [start, end). Each row needs one of two
 * things first: a row with `after` alone, white space, an apostrophe or a comma right after the name;
 * a row with `before`, white space before the name and a comma, the "e" of "the" or the "t" of "at" before that. Most
 * places of a name (before "said" or a full stop, after a verb) have neither, and are turned away
 * before the slices and the patterns.
 */
function orgSignAt(text: string, start: number, end: number): boolean {
  const a = end < text.length ? text.charCodeAt(end) : -1;
  const afterFirst = a >= 0 && (isWhiteSpace(a) || a === 0x27 || a === 0x2019 || a === 0x2c);
  let b = start;
  while (b > 0 && start - b <= 30 && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  // (",", the "e" of "the", the "t" of "at".)
  const beforeFirst = b < start && b > 0 && (text.charCodeAt(b - 1) === 0x2c || text.charCodeAt(b - 1) === 0x65 || text.charCodeAt(b - 1) === 0x74);
  if (!afterFirst && !beforeFirst) return false;
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 30), start);
  return ORG_SIGNS.some((r) => r.after?.test(after) !== false && r.before?.test(before) !== false);
}

// The line breaks of the last text asked about (a cache of one: nothing outlives the next article).
let breaksOf: { readonly text: string; readonly at: readonly number[] } | null = null;

/**
 * Where the line holding `at` starts: text.lastIndexOf("\n", at - 1) + 1, from the text's line
 * breaks found once. Asked once a pronoun and antecedent, the search back through a long paragraph
 * made a story of one paragraph quadratic (bench (e), many-speakers).
 */
function lineStart(text: string, at: number): number {
  if (breaksOf?.text !== text) {
    const found: number[] = [];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) found.push(i);
    breaksOf = { text, at: found };
  }
  const breaks = breaksOf.at;
  // (The breaks at or before at - 1: the last of them ends the line before.)
  const n = lowerBound(breaks, Math.max(at - 1, 0) + 1);
  return n > 0 ? breaks[n - 1]! + 1 : 0;
}

/** Names an article may have before markOrganisations files its words instead of scanning for each. */
const NAMES_BEFORE_WORD_INDEX = 24;
const WORD_CHAR = LETTER | DIGIT | MARK;

/**
 * Whether a lower-case person noun follows the name run that ends at `end`, after one space
 * ("Senior American officials"). (Cheap test first: a space, then a lower-case ASCII letter.)
 */
function personNounAfter(text: string, end: number): boolean {
  if (end + 1 >= text.length || text.charCodeAt(end) !== 0x20) return false;
  const c = text.charCodeAt(end + 1);
  if (c < 0x61 || c > 0x7a) return false;
  let e = end + 2;
  while (e < text.length && text.charCodeAt(e) >= 0x61 && text.charCodeAt(e) <= 0x7a) e++;
  return PERSON_NOUNS.has(text.slice(end + 1, e));
}

/** Where each word (a run of letters, digits and marks) of `text` starts, by the word. */
function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  let i = 0;
  while (i < text.length) {
    if ((classAt(text, i) & WORD_CHAR) === 0) {
      i += sizeAt(text, i);
      continue;
    }
    const from = i;
    while (i < text.length && (classAt(text, i) & WORD_CHAR) !== 0) i += sizeAt(text, i);
    const word = text.slice(from, i);
    const list = starts.get(word);
    if (list) list.push(from);
    else starts.set(word, [from]);
  }
  return starts;
}

/**
 * Where `name` stands in `text` at the start of a word (no letter, digit or mark right before it), in
 * order: from `starts` (wordStarts) when given and the name opens with a word, else by scanning.
 */
function placesOf(text: string, name: string, starts: ReadonlyMap<string, readonly number[]> | null): number[] {
  let lead = 0;
  while (lead < name.length && (classAt(name, lead) & WORD_CHAR) !== 0) lead += sizeAt(name, lead);
  if (starts && lead > 0 && lead < name.length) return (starts.get(name.slice(0, lead)) ?? []).filter((i) => text.startsWith(name, i));
  const places: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if ((classBefore(text, i) & WORD_CHAR) === 0) places.push(i);
  return places;
}

/**
 * Words around a full name that make it a body's, not a person's (markOrganisations). Each row needs
 * all the patterns it has: `after` on the 40 characters after the name, `before` on the 30 before.
 */
// (Every row gives both patterns, null for none, in one order: one hidden class, so orgSignAt's read of
// `before`, reached only past a row's `after`, met a row of another class late and deoptimised.)
const ORG_SIGNS: readonly { readonly id: string; readonly reason: string; readonly before: RegExp | null; readonly after: RegExp | null }[] = [
  { id: "corporate-noun-after", reason: "a noun only a company has, right after its name: 'Wells Fargo CEO', 'Morgan Stanley executives', 'the Carrier plant'", before: null, after: /^\s+(?:CEO|chief executive|board member|employees|executives|shareholders|headquarters|bankers|subsidiary|plant|plants|factory|factories)\b/ },
  { id: "possessed-board", reason: "a board, shareholders or a parent company the name owns: 'United Technologies' board', 'Carrier's parent company' (a person's 'stock' may be political)", before: null, after: /^['’]s?\s+(?:board|shareholders|headquarters|CEO|chief executive|parent company|subsidiary)\b/ },
  { id: "body-appositive", reason: "an appositive that says what body it is: 'United Technologies, a company with revenue of …'", before: null, after: new RegExp(String.raw`^,\s+(?:a|the)\s+(?:${BODY_NOUN})\b`) },
  { id: "body-noun-before", reason: "a noun for a body in apposition before it: 'Carrier's parent company, United Technologies'", before: new RegExp(String.raw`\b(?:${BODY_NOUN}),\s+$`), after: null },
  { id: "post-at-body", reason: "a post held at it, before its name: 'a senior analyst at Jefferies' (not a person's possessive: 'a partner at Ann Lee's firm')", before: POST_AT, after: /^(?!['’])/ },
  { id: "definite-then-stop", reason: "'the' before it and a stop or a verb of publishing after ('the Chicago Sun-Times reported'): people take no article", before: /\bthe\s+$/, after: /^(?:\s*[,.;:)]|\s+(?:reported|reports|wrote|writes|published|found|noted|announced)\b)/ },
];

// Titles that tell a gender, as written before a surname ("Mr. Obama", "Miss Lee"), with the space after.
const GENDERED_TITLES: readonly (readonly [string, Gender])[] = [["Mr. ", "m"], ["Mrs. ", "f"], ["Ms. ", "f"], ["Miss ", "f"], ["Mr ", "m"], ["Mrs ", "f"], ["Ms ", "f"]];

/**
 * The surname a title stands before at `from` ("Obama" of "Mr. Obama said", "Mr. Obama’s"): one
 * capitalised word, its possessive dropped, not followed by another capitalised word on its line
 * (a full name, "Mr. Barack Obama", is the name run's); null for anything else.
 */
function titledSurnameAt(text: string, from: number): string | null {
  if (from >= text.length || (classAt(text, from) & UPPER) === 0) return null;
  let e = from + 1;
  while (e < text.length && ((classAt(text, e) & LETTER) !== 0 || text.charCodeAt(e) === 0x2d)) e += sizeAt(text, e);
  const word = text.slice(from, e);
  let j = e;
  if (j < text.length && (text.charCodeAt(j) === 0x27 || text.charCodeAt(j) === 0x2019)) {
    j++;
    if (text.charCodeAt(j) === 0x73) j++;
  }
  if (j < text.length && (classAt(text, j) & LETTER) !== 0) return null; // "O’Neill": the mark is inside the word
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  if (j > e && j < text.length && (classAt(text, j) & UPPER) !== 0) return null;
  return word.length >= 2 ? word : null;
}

/** Classes (chars.ts) of the code point that ends right before `i`; 0 at the text's start. */
function classBefore(text: string, i: number): number {
  if (i === 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return classAt(text, i - 2);
  }
  return classAt(text, i - 1);
}

/**
 * How often `word` (letters, ' ’ and - only) stands in `text` as a word of its own: no letter, digit,
 * ' ’ or - (nor "." when `given`) right before it, no letter or digit right after it; and when
 * `given`, not followed on its line by white space and a capital (a given name alone, not "Ann Lee").
 * With `first`, stops at the first (1 or 0). What the /u patterns
 * (?<![\p{L}\p{N}'’-])word(?![\p{L}\p{N}]) and (?<![\p{L}\p{N}.'’-])word(?![\p{L}\p{N}])(?![^\S\n]+\p{Lu})
 * count (a test checks them against each other): a pattern compiled for each word ran once,
 * interpreted, over the whole article, ~1.5% of the engine's time.
 */
export function wordCount(text: string, word: string, given: boolean, first: boolean): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const b = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (b === 0x27 || b === 0x2019 || b === 0x2d || (given && b === 0x2e) || (classBefore(text, i) & (LETTER | DIGIT)) !== 0) continue;
    const e = i + word.length;
    if (e < text.length && (classAt(text, e) & (LETTER | DIGIT)) !== 0) continue;
    if (given) {
      let j = e;
      while (j < text.length && text.charCodeAt(j) !== 0x0a && isWhiteSpace(text.charCodeAt(j))) j++;
      if (j > e && j < text.length && (classAt(text, j) & UPPER) !== 0) continue;
    }
    n++;
    if (first) break;
  }
  return n;
}

/** A speaker the article has credited, kept so pronouns and continuations can find it. */
export type Antecedent = {
  readonly at: number;
  readonly speaker: string;
  readonly mention: string;
  readonly type: SpeakerType;
  readonly gender: Gender;
  readonly plural: boolean;
  readonly role: string | null;
  // Every literal gives the four below too (false, undefined when absent), in this order: the
  // pronoun search reads them on every antecedent, and literals with other keys are other hidden classes.
  /**
   * Set on an organisation or a thing the narration made a sentence's subject ("The group …",
   * "The email includes …") without quoting it: only a later "it" may point back to it, not
   * "they", which reads organisations only when they spoke.
   */
  readonly onlyIt?: boolean;
  /**
   * Set on the subject of a clause a conjunction opens inside a sentence ("Mr. Reyes said he went only
   * because Mr. Lee agreed"): a "he" in a later sentence means the main clause's subject before it.
   */
  readonly inClause?: boolean;
  /**
   * Where the brackets close that hold the sentence of this subject ("(Ann Lee defended her mother.
   * “…,” she said.)"): an aside, whose subject no pronoun after it means.
   */
  readonly bracketEnd?: number;
  /**
   * Set on a "he" or "she" credited to the person it was read to mean: it carries that person on to
   * a later paragraph's pronoun ("state Rep. Karlee Macer …, she said. ¶ “…,” she said"), and is of the
   * pronoun's gender, but tells the article nothing of the person's gender (firstGendered): a pronoun
   * read wrong would refuse the person every later pronoun of their own.
   */
  readonly byPronoun?: boolean;
};

/**
 * The antecedents read so far, sorted by position, and for each speaker the first of them (in that
 * order) that tells a gender, kept as they are added: a pronoun's knownGender read the whole list
 * from its start once an antecedent, quadratic in a story of thousands of speakers (bench (e),
 * many-speakers).
 */
export type AntecedentIndex = { readonly list: readonly Antecedent[]; readonly firstGendered: ReadonlyMap<string, Antecedent> };
export const NO_ANTECEDENTS: AntecedentIndex = { list: [], firstGendered: new Map() };

export type Resolved = { speaker: string | null; type: SpeakerType; gender: Gender; plural: boolean; via: string };

/**
 * Whether resolveMention may read, for `m`, antecedents that have no role: a pronoun's nearest
 * compatible speaker, and a surname that is no name part alone ("From" of "Al From") credited before
 * under its full name. (A definite description reads only antecedents with a role.)
 */
export function readsAntecedents(m: Mention): boolean {
  if (m.kind === "pronoun") return true;
  return m.kind === "name" && !!m.name && !m.plural && !hasWhiteSpace(m.name) && NOT_NAMES.has(m.name.toLowerCase());
}

/** Canonical speaker for a mention: a full name through the registry, or the description itself. */
export function resolveMention(
  text: string,
  m: Mention,
  registry: Registry,
  index: AntecedentIndex,
  at: number,
  byline: string | null,
  roles: DescriptionResolver | null = null,
): Resolved {
  const antecedents = index.list;
  const written = withoutPossessive(text.slice(m.span.start, m.span.end));
  if (m.kind === "pronoun") {
    const p = written.toLowerCase();
    if (p === "i" || p === "we") return { speaker: byline, type: "person", gender: null, plural: p === "we", via: "first person: the writer" };
    const a = nearestCompatible(index, at, m.gender, m.plural, text, registry);
    if (a) return { speaker: a.speaker, type: a.type, gender: a.gender ?? m.gender, plural: a.plural, via: `pronoun "${written}" -> nearest compatible speaker ${a.speaker}` };
    return { speaker: null, type: m.type, gender: m.gender, plural: m.plural, via: `pronoun "${written}" with no speaker before it` };
  }
  if (m.kind === "name" && m.name && m.plural) {
    // "Lee and Reyes": each name as the article gave it in full ("Ann Lee and Tom Reyes"), the two a group; so
    // each of a list ("Carson, Fiorina and Huckabee").
    const full = m.name.split(/, | and /).map((part) => {
      const person = registry.bySurnameOf(part, at);
      return person && countSpaces(person.name) >= countSpaces(part) ? person.name : part;
    });
    const speaker = full.length > 2 ? `${full.slice(0, -1).join(", ")} and ${full[full.length - 1]}` : full.join(" and ");
    return { speaker, type: "group", gender: null, plural: true, via: speaker === m.name ? "named together" : `names "${m.name}" -> ${speaker}` };
  }
  if (m.kind === "name" && m.name) {
    // ("Mr. Lou" after "Lou Jiwei": a titled surname that is another's first name part.)
    // (A title's gender is told by the text; a given name's, "Kelly", only guessed.)
    const told = m.title !== null && m.gender !== null && TITLES.get(m.title.toLowerCase()) === m.gender;
    const person = registry.bySurnameOf(m.name, at, m.gender, surnameKey(m.name), told) ?? (m.title && !hasWhiteSpace(m.name.trim()) ? registry.byFamilyNameFirst(m.name.trim()) : null);
    // A surname alone that is also a given name ("Henry" of "Mary Kay Henry") tells no gender of its
    // own: the registered person's, or a title's, does.
    const gender = person?.gender && !m.title && !hasWhiteSpace(m.name.trim()) ? person.gender : m.gender ?? person?.gender ?? null;
    if (person) {
      // (As a guess: the surname may have found the wrong namesake, "Mr. Khan" for the one named
      // "Khizr and Ghazala Khan", and a told gender would then refuse "Ms. Khan" her own name.)
      if (m.gender) registry.setGender(person.name, m.gender);
      const full = countSpaces(person.name) >= countSpaces(m.name) ? person.name : m.name;
      if (person.org && !m.title) return { speaker: full, type: "organisation", gender: "n", plural: false, via: `"${m.name}" -> ${full}, an organisation` };
      return { speaker: full, type: "person", gender, plural: false, via: full === m.name ? "named in full" : `surname "${m.name}" -> ${full}` };
    }
    // “…,” From said after “said Al From”: a surname the registry does not keep (a word that is no
    // name part alone) is the person credited earlier under a full name that ends in it.
    const credited = !hasWhiteSpace(m.name) && NOT_NAMES.has(m.name.toLowerCase()) ? creditedWithSurname(antecedents, at, m.name) : null;
    if (credited) return { speaker: credited.speaker, type: "person", gender: credited.gender ?? gender, plural: false, via: `surname "${m.name}" -> ${credited.speaker}` };
    // "Jefferies said" after "a senior analyst at Jefferies": a one-word name the article writes as a body's.
    // (Not a plural for a group, "the Muslims", "the Republicans": people, if not one person.)
    if (!m.title && !hasWhiteSpace(m.name) && !GROUP_PLURALS.has(m.name.toLowerCase()) && registry.namesBody(m.name)) return { speaker: m.name, type: "organisation", gender: "n", plural: false, via: `"${m.name}", a body's name (the article writes it as one)` };
    // "Politico reported …": a known outlet's one-word name that no one the article names bears is the
    // outlet, never a "he" or "she" (not a name that is also a word or a surname, "Forbes", "Time").
    const outlet = !m.title && !hasWhiteSpace(m.name) ? outletByName(m.name) : null;
    if (outlet && !outlet.plainWord) return { speaker: m.name, type: "organisation", gender: "n", plural: false, via: `"${m.name}", an outlet` };
    // "Allies say …", "Research suggests …": a lone word the sentence start capitalised, which the
    // article also writes in lower case ("an ally", "her research"), is a common noun: a group or
    // a thing, never a "he" or "she" later.
    const common = !m.title && !hasWhiteSpace(m.name) ? commonNounOpener(text, m.span.start, m.name) : null;
    if (common) return { speaker: m.name, type: common.plural ? "group" : "unknown", gender: null, plural: common.plural, via: `"${m.name}", a common noun at a sentence start` };
    return { speaker: m.name, type: "person", gender, plural: false, via: "named" };
  }
  // "the younger Mr. Trump" (read as a description, or as a body's name for its capitals): the
  // namesake the article tells is the younger.
  const generation = m.kind === "description" || m.kind === "organisation" ? generationMention(written) : null;
  const kin = generation ? registry.byGeneration(generation.surname, generation.younger, generation.gender) : null;
  if (generation && kin) return { speaker: kin.name, type: "person", gender: kin.gender ?? generation.gender, plural: false, via: `"${written}" -> ${kin.name} (the ${generation.younger ? "younger" : "elder"} namesake)` };
  if (m.kind === "organisation") {
    // "May said" after "Prime Minister Theresa May", "Guardian said" after "Mayor Don Guardian": a word
    // that is no name part alone (a month), or a body's or an outlet's word, is the surname of someone
    // the article named in full with it.
    const lower = written.toLowerCase();
    if (ONE_CAPITALISED_WORD.test(written) && ((!m.name && NOT_NAMES.has(lower)) || (SURNAME_ORG_WORDS.has(lower) && (!m.name || m.name === written)))) {
      const person = registry.bySurnameOf(written, at);
      if (person) return { speaker: person.name, type: "person", gender: person.gender, plural: false, via: `surname "${written}" -> ${person.name}` };
    }
    // "A teary-eyed Lee said", "An upbeat Reyes said": the capitals are a surname the article gave
    // someone in full, the words before it describe that person's mood; no body is named.
    const described = describedSurname(written);
    const moody = described ? registry.bySurnameOf(described, at) : null;
    if (moody && !moody.org) return { speaker: moody.name, type: "person", gender: moody.gender, plural: false, via: `"${written}" -> ${moody.name} (a surname after describing words)` };
    return { speaker: m.name ?? written.replace(/^the\s+/i, ""), type: "organisation", gender: "n", plural: false, via: "organisation" };
  }
  // "Major said" after "John Major": a title's word alone, capitalised, is the surname of someone the
  // article named in full with it.
  if (m.kind === "description" && ONE_CAPITALISED_WORD.test(written)) {
    const person = registry.bySurnameOf(written, at);
    if (person && hasWhiteSpace(person.name)) return { speaker: person.name, type: "person", gender: person.gender, plural: false, via: `surname "${written}" -> ${person.name}` };
  }
  // A description stands for itself; a definite one ("the archaeologist") may point back to a
  // named speaker whose role was given that way.
  if (/^the\s/i.test(written)) {
    const noun = written.split(/\s+/).pop()!.toLowerCase();
    // The noun as a whole word of the role (only a noun of word characters is looked for).
    const inRole = /^\w+$/.test(noun);
    // "the governor" after "Ann Lee, the former governor, said": one who held the post is no bare
    // "the <post>" while someone else may hold it; only when no one else fits (below).
    const formerMeant = FORMER_WORDS.some((w) => hasWholeWord(written.toLowerCase(), w));
    let former: Antecedent | null = null;
    for (let i = antecedents.length - 1; i >= 0 && inRole; i--) {
      const a = antecedents[i];
      if (a.at >= at) continue;
      if (a.role && a.type === "person" && hasWholeWord(a.role.toLowerCase(), noun)) {
        if (!formerMeant && heldFormerly(a.role.toLowerCase(), noun)) {
          former ??= a;
          continue;
        }
        return { speaker: a.speaker, type: a.type, gender: a.gender, plural: false, via: `"${written}" -> ${a.speaker} (role)` };
      }
    }
    // Else the person the article's narration gave that role ("Sen. Marco Rubio" for "the senator").
    const r = roles?.resolve(written, m.span.start);
    if (r) return { speaker: r.speaker, type: "person", gender: m.gender ?? registry.bySurnameOf(r.speaker, at)?.gender ?? null, plural: false, via: r.via };
    if (former) return { speaker: former.speaker, type: former.type, gender: former.gender, plural: false, via: `"${written}" -> ${former.speaker} (role, held formerly; no one else holds it)` };
  }
  return { speaker: written, type: m.type, gender: m.gender, plural: m.plural, via: "described" };
}

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
// Words that join a noun to a name after it ("an analysis by Epstein", "a team from Perry"): the name
// is not the one described.
const LINKING_WORDS: ReadonlySet<string> = new Set(["by", "from", "for", "of", "in", "at", "with", "on", "to", "and", "or"]);

/**
 * The surname in "A teary-eyed Lee", "an upbeat Reyes": "a" or "an", one to three lower-case words
 * (hyphens kept, none a preposition), then one capitalised word, which it returns; null for any other
 * shape ("a national Gallup Poll", "a producer for Yahoo Studios" are bodies' or things' names).
 * (Split on spaces, no pattern over the whole phrase.)
 */
export function describedSurname(written: string): string | null {
  const words = written.split(" ");
  const first = words[0].toLowerCase();
  if (words.length < 3 || words.length > 5 || (first !== "a" && first !== "an")) return null;
  for (let k = 1; k < words.length - 1; k++) if (!LOWER_WORD.test(words[k]) || LINKING_WORDS.has(words[k])) return null;
  const last = words[words.length - 1];
  return ONE_CAPITALISED_WORD.test(last) ? last : null;
}

// Words that make a role one held before ("the former governor", "an ex-senator", "the onetime aide").
const FORMER_WORDS: readonly string[] = ["former", "onetime", "erstwhile", "ex"];

/** Whether `noun`, as a whole word of the role, comes after a word that makes it a post held before ("the former New Jersey governor"). */
function heldFormerly(role: string, noun: string): boolean {
  const i = wholeWordAt(role, noun);
  if (i < 0) return false;
  const before = role.slice(0, i);
  return FORMER_WORDS.some((w) => hasWholeWord(before, w));
}

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether `word` stands in `hay` with no word character (\w) on either side: what
 * /(?:^|\W)word(?:\W|$)/ tests, without compiling a pattern for each mention.
 */
export function hasWholeWord(hay: string, word: string): boolean {
  return wholeWordAt(hay, word) >= 0;
}

/** Where `word` first stands in `hay` as a whole word (no word character either side), or -1. */
function wholeWordAt(hay: string, word: string): number {
  for (let i = hay.indexOf(word); i >= 0; i = hay.indexOf(word, i + 1)) {
    const e = i + word.length;
    if ((i === 0 || !isWordCode(hay.charCodeAt(i - 1))) && (e === hay.length || !isWordCode(hay.charCodeAt(e)))) return i;
  }
  return -1;
}

// Heads of descriptions that name a thing or a body, besides organisation and document nouns.
const THING_NOUNS: ReadonlySet<string> = new Set(["paper", "book", "bill", "law", "site", "page", "analysis", "note", "sign"]);
const DESCRIPTION_START = /^(?:the|a|an|another|one)\s/i;

// Nouns for a crowd of people that speaks as one ("“No!” the crowd cried"): never "he" or "she".
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(["crowd", "audience", "mob", "chorus", "congregation", "gathering", "public", "room", "hall"]);
// Endings of abstract nouns ("frustration", "a little trepidation", "the announcement"), never a person.
const ABSTRACT_ENDING = /(?:tion|sion|ment)$/;

/**
 * "the email", "Thursday's memo", "the Clinton campaign", "the crowd", "a little trepidation": a
 * mention whose head is a thing, a body, a crowd or an abstract noun.
 */
function isThingMention(mention: string): boolean {
  const head = (/[\p{L}-]+(?=\W*$)/u.exec(mention)?.[0] ?? "").toLowerCase();
  return ORG_WORDS.has(head) || DOCUMENT_NOUNS.has(head) || THING_NOUNS.has(head) || COLLECTIVE_NOUNS.has(head) || (ABSTRACT_ENDING.test(head) && !PERSON_NOUNS.has(head));
}

/** The latest speaker credited before `at` whose name is longer and ends in `surname` ("Al From" for "From"). */
function creditedWithSurname(antecedents: readonly Antecedent[], at: number, surname: string): Antecedent | null {
  for (let i = antecedents.length - 1; i >= 0; i--) {
    const a = antecedents[i];
    // (A name that ends in such a word may have been read as an organisation's: "Al From".)
    if (a.at < at && (a.type === "person" || a.type === "organisation") && a.speaker.length > surname.length + 1 && a.speaker.endsWith(" " + surname)) return a;
  }
  return null;
}

/** The gender credited to `speaker` before `at` (the first credit that tells one), else null. */
function knownGender(index: AntecedentIndex, speaker: string, at: number): Gender {
  // (The first that tells one, if it stands before `at`: every later one stands later still.)
  const a = index.firstGendered.get(speaker);
  return a && a.at < at ? a.gender : null;
}

// A capitalised word (a name part) in the narration, for namedInParagraph.
const CAPITALISED_WORD = /\p{Lu}[\p{Ll}'’-]+/gu;

/**
 * "Sen. Sherrod Brown (D-Ohio) is on deck …" (an earlier paragraph) "Coal miners are still smarting
 * from remarks Clinton made earlier this year. When she was talking …, she offered …": when a
 * pronoun's nearest antecedent (of unknown gender) stands in an earlier paragraph, and the pronoun's
 * own paragraph names, before it, one person only, whom the registry knows to be of the pronoun's
 * gender, the pronoun is that person's (a possessor or an object is no antecedent of its own, but
 * the only person its paragraph names is the one it goes on about). A preposition's object ("with
 * President Tom Reyes") is not counted: it is no one the sentences after it are about.
 */
function namedInParagraph(text: string, registry: Registry, antecedentAt: number, at: number, gender: "m" | "f"): Person | null {
  const para = lineStart(text, at);
  if (antecedentAt >= para) return null;
  let found: Person | null = null;
  // Whether the walk from `para` to the current word is inside quotation marks: a name the quoted
  // words hold ("“If Donald Trump becomes president …,” he said") is no one the narration names.
  let inQuote = false;
  let pos = para;
  // Where the last capitalised word after "the" (or run on from one) ends; -1 when the last was none.
  let theRunEnd = -1;
  CAPITALISED_WORD.lastIndex = para;
  for (let m = CAPITALISED_WORD.exec(text); m && m.index < at; m = CAPITALISED_WORD.exec(text)) {
    for (; pos < m.index; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 0x201c) inQuote = true;
      else if (c === 0x201d) inQuote = false;
      else if (c === 0x22) inQuote = !inQuote;
      // ('' as some archives write a quotation mark: "''You know, I think the American people …,'' he said".)
      else if (c === 0x27 && text.charCodeAt(pos + 1) === 0x27) {
        inQuote = !inQuote;
        pos++;
      }
    }
    // (Only a whole word: not the capital inside "McCain" nor a word after an apostrophe.)
    if (inQuote || (m.index > 0 && /[\p{L}'’-]/u.test(text[m.index - 1]))) continue;
    // Capitals right after "the", and those run on from them ("a professor at the Fletcher School",
    // "The Reyes administration’s plan"), name a body or a place, or modify a noun: no person ("the
    // Rev. Al Sharpton" has a title between).
    if (theBefore(text, m.index) || (theRunEnd >= 0 && blanksOnly(text, theRunEnd, m.index))) {
      theRunEnd = m.index + m[0].length;
      continue;
    }
    theRunEnd = -1;
    const word = withoutPossessive(m[0]);
    if (!registry.hasSurname(surnameKey(word))) continue;
    const before = wordBeforeNameRun(text, m.index);
    // A preposition's object ("with President Tom Reyes", "Democrats such as Joe Manchin") is no one
    // the sentences after it are about.
    if (PREPOSITIONS.has(before) || (before === "as" && SUCH_AS_RUN.test(text.slice(Math.max(para, m.index - 80), m.index)))) continue;
    const p = registry.bySurnameOf(word, m.index);
    // A second person named, or one the registry cannot tell apart: no single person.
    if (!p || (found && p !== found)) return null;
    // "He says Trump's call …": a pronoun of the gender before the name goes on with the earlier
    // antecedent, and so does the paragraph.
    if (!found && (gender === "m" ? HE_WORD : SHE_WORD).test(text.slice(para, m.index))) return null;
    found = p;
  }
  // (A person of unknown gender, "state Rep. Karlee Macer", a given name no list holds: the one
  // person the paragraph names is likelier meant than an antecedent in an earlier one, whose gender
  // is no better known; see compatible and nearestCompatible, which ask only then.)
  return found && (found.gender === gender || found.gender === null) ? found : null;
}
// How far into its paragraph a pronoun with no antecedent reads back for the one person named:
// longer than a news paragraph, short enough that a text of one paragraph stays linear.
const PARAGRAPH_READ_BACK = 3000;
// "such as" and the capitalised words of a name before the current one ("such as Ann ").
const SUCH_AS_RUN = /\bsuch\s+as\s+(?:\p{Lu}[^\s]*\s+){0,4}$/u;
const HE_WORD = /\b(?:he|him|his|himself)\b/i;
const SHE_WORD = /\b(?:she|her|hers|herself)\b/i;

/** Whether only spaces or tabs stand between `from` and `to` (one or more). */
function blanksOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x09) return false;
  return true;
}

/** Whether the word right before `at`, across white space on its line, is "the" or "The". */
function theBefore(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && (text.charCodeAt(j - 1) === 0x20 || text.charCodeAt(j - 1) === 0x09 || text.charCodeAt(j - 1) === 0xa0)) j--;
  if (j === at || j < 3 || (text.charCodeAt(j - 1) | 0x20) !== 0x65 || (text.charCodeAt(j - 2) | 0x20) !== 0x68 || (text.charCodeAt(j - 3) | 0x20) !== 0x74) return false;
  return j === 3 || (classAt(text, j - 4) & LETTER) === 0;
}

/**
 * The lower-case word before the run of capitalised words and initials that ends at the word at
 * `at` ("with" for "with President Tom K. Reyes"), past a "the" that opens the run ("with" for "with
 * the Rev. Al Sharpton"; "the" when no lower-case word stands before it); "" when there is none within a few words.
 */
function wordBeforeNameRun(text: string, at: number): string {
  let start = at;
  let theSeen = false;
  for (let words = 0; words < 6; words++) {
    let j = start - 1;
    while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
    let w = j;
    while (w >= 0 && !isSpaceCode(text.charCodeAt(w))) w--;
    const word = text.slice(w + 1, j + 1);
    if (word.length === 0) return theSeen ? "the" : "";
    const c = word.charCodeAt(0);
    // ("with the Rev. Al Sharpton": the article's preposition, before it, is the word asked for.)
    if (word === "the" && !theSeen) {
      theSeen = true;
      start = w + 1;
      continue;
    }
    if (c >= 97 && c <= 122) return word;
    if (theSeen) return "the";
    // (A capitalised word or an initial goes on the run; anything else ends the search.)
    if (!(c >= 65 && c <= 90) || /[,;:!?"“”]$/.test(word) || (word.endsWith(".") && word.length > 4)) return "";
    start = w + 1;
  }
  return "";
}

/**
 * `word` at `at` when a sentence opens with it and the article writes it, or its singular ("allies"
 * -> "ally", "audiences" -> "audience"), in lower case as a whole word elsewhere: a common noun the
 * sentence start capitalised; plural when it ends in a single "s". A known given name is left a
 * name ("Rose said" beside "prices rose"). Null otherwise.
 */
function commonNounOpener(text: string, at: number, word: string): { plural: boolean } | null {
  if (word.length < 3 || !opensSentence(text, at)) return null;
  const lower = word.toLowerCase();
  if (lower === word || FIRST_NAME_GENDER.has(lower)) return null;
  const plural = lower.endsWith("s") && !lower.endsWith("ss");
  const forms = [lower];
  if (plural) {
    if (lower.endsWith("ies")) forms.push(lower.slice(0, -3) + "y");
    forms.push(lower.slice(0, -1));
  }
  return forms.some((f) => writtenInLowerCase(text, f)) ? { plural } : null;
}

/** Whether a sentence opens at `at`: the text's start, a line break, or a stop, "!" or "?" (no abbreviation's) before it and its gap. */
function opensSentence(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
  if (j < 0 || text.charCodeAt(j) === 0x0a) return true;
  // (A closing mark after the stop: "… he said.” Allies say".)
  if (j > 0 && isSentenceGap(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x20) j--;
  const c = text.charCodeAt(j);
  return (c === 0x2e || c === 0x21 || c === 0x3f) && !(c === 0x2e && abbreviationBefore(text, j));
}

// The lower-case words of the last text asked about, found so far (a cache of one text, as lineStart's).
let lowerWordsOf: { readonly text: string; readonly seen: Map<string, boolean> } | null = null;

/** Whether `lower` stands in `text` as a whole word, written in lower case. Each word is searched for once a text. */
function writtenInLowerCase(text: string, lower: string): boolean {
  if (lowerWordsOf?.text !== text) lowerWordsOf = { text, seen: new Map() };
  const known = lowerWordsOf.seen.get(lower);
  if (known !== undefined) return known;
  let found = false;
  for (let i = text.indexOf(lower); i >= 0 && !found; i = text.indexOf(lower, i + 1)) {
    const e = i + lower.length;
    found = (classBefore(text, i) & LETTER) === 0 && (e >= text.length || (classAt(text, e) & LETTER) === 0);
  }
  lowerWordsOf.seen.set(lower, found);
  return found;
}

function nearestCompatible(index: AntecedentIndex, at: number, gender: Gender, plural: boolean, text: string, registry: Registry): Antecedent | null {
  const antecedents = index.list;
  for (let i = antecedents.length - 1; i >= 0; i--) {
    const a = antecedents[i];
    if (a.at >= at) continue;
    if (at - a.at > 6000) break;
    const fit = compatible(index, a, at, gender, plural, text, registry);
    if (!fit) continue;
    // "Mr. Reyes said he went only because Mr. Lee agreed. (“…,” he said.)": the subject of a clause
    // inside the sentence before gives way to its main clause's subject (or speaker) that fits; in the
    // pronoun's own sentence the nearest stays ("… that when Mr. Lee agreed, he wrote").
    if (a.inClause && sentenceEndBetween(text, a.at, at)) {
      const from = sentenceStartBefore(text, a.at);
      for (let j = i - 1; j >= 0 && antecedents[j].at >= from; j--) {
        const b = antecedents[j];
        if (b.inClause || b.at === a.at) continue;
        const main = compatible(index, b, at, gender, plural, text, registry);
        // (Only a name, or one whose gender fits, outranks the nearer: not "Allies say that …".)
        if (main && (main.gender === gender || hasWhiteSpace(main.speaker))) return main;
      }
    }
    return fit;
  }
  // No speaker before it that it may mean ("CLEVELAND - Donald Trump painted …, a class that he argued
  // …": a dateline hides the subject from the narrative scan): the one person its paragraph names
  // before it, when the registry knows that person's gender to be the pronoun's.
  // (Only within PARAGRAPH_READ_BACK characters of the paragraph's start: with no antecedent to stop
  // it, every such pronoun of one long paragraph would walk it again from its start, quadratic.)
  const para = lineStart(text, at);
  if ((gender === "m" || gender === "f") && at - para <= PARAGRAPH_READ_BACK) {
    const p = namedInParagraph(text, registry, -1, at, gender);
    if (p) return { at: para, speaker: p.name, mention: p.name, type: "person", gender, plural: false, role: null, onlyIt: false, inClause: false, bracketEnd: undefined, byPronoun: false };
  }
  return null;
}

/** `a` (or the one person its paragraph names) when a pronoun of that gender and number may mean it. */
function compatible(index: AntecedentIndex, a: Antecedent, at: number, gender: Gender, plural: boolean, text: string, registry: Registry): Antecedent | null {
  if (a.bracketEnd !== undefined && at > a.bracketEnd) return null;
  if (plural) return !a.onlyIt && (a.plural || a.type === "organisation" || a.type === "group") ? a : null;
  if (a.plural || a.type === "group") return null;
  if (gender === "n") {
    // "it": an organisation, or a thing that spoke ("the email read …") or led a sentence.
    return a.type === "organisation" || (a.type === "unknown" && (a.onlyIt || isThingMention(a.mention))) ? a : null;
  }
  if (a.onlyIt) return null;
  // "he" or "she" is not "the email", nor a stretch the cue rules misread as a subject ("2012",
  // "has been"); a description of no known person noun ("the retired neurosurgeon") may be.
  if (a.type === "unknown" && (isThingMention(a.mention) || !DESCRIPTION_START.test(a.mention))) return null;
  if (a.type === "organisation") return null;
  const g = a.gender ?? (gender === "m" || gender === "f" ? knownGender(index, a.speaker, at) : null);
  if (!g && (gender === "m" || gender === "f")) {
    const p = namedInParagraph(text, registry, a.at, at, gender);
    if (p) return { at: a.at, speaker: p.name, mention: p.name, type: "person", gender, plural: false, role: null, onlyIt: false, inClause: false, bracketEnd: undefined, byPronoun: false };
  }
  return !g || g === gender ? a : null;
}

/**
 * Whether a sentence ends between `from` and `to`: a line break, or a stop, "!" or "?" before white
 * space, a closing mark or bracket, not an abbreviation's. (Past 1,000 characters one surely does.)
 */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  if (to - from > 1000) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || stopEndsSentence(text, i, c)) return true;
  }
  return false;
}

/** Where the sentence that holds `at` starts: after the last sentence end before it, at most 400 characters back. */
function sentenceStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - 400);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || stopEndsSentence(text, i, c)) return i + 1;
  }
  return floor;
}

/** Whether `c`, the code unit at `i`, is a stop, "!" or "?" that ends a sentence: a gap after it, no abbreviation's. */
const stopEndsSentence = (text: string, i: number, c: number): boolean =>
  (c === 0x2e || c === 0x21 || c === 0x3f) && isSentenceGap(text.charCodeAt(i + 1)) && !(c === 0x2e && abbreviationBefore(text, i));

// White space, a closing mark or bracket after a sentence's stop.
const isSentenceGap = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x27 || c === 0x29;

export const spanText = (text: string, s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);
