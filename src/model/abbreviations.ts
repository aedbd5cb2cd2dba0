import { LETTER, UPPER, classOf } from "./chars.js";
import { STATES as STATE_ABBREVIATIONS } from "./place-names.js";

/**
 * Words whose full stop belongs to the word and ends no sentence ("Mr.", "Feb. 12", "Calif.",
 * "U.S."). One list for every stage that splits sentences or tokens, so they agree on where a
 * sentence ends. Lower-case, without the final stop; grouped so a reader can see what is in it.
 */

/** Titles written abbreviated before a name ("Mr. Lee", "Sen. Lee", "Gov. Lee"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "fr",
  "adm", "cmdr", "maj", "pres", "supt", "det", "hon", "atty",
  "del", // "Del. Stacey Plaskett": a delegate to Congress (and Delaware below)
]);

const NAME_SUFFIXES = ["jr", "sr"];
// "A Feb. 1 letter": months as news abbreviates them.
const MONTHS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
const COMPANIES = ["inc", "corp", "co", "ltd"];
const PLACES = ["st", "mt", "ft", "ave", "blvd", "u.s", "u.n", "u.k", "d.c", "e.u"];
// States as AP style abbreviates them after a town ("Fresno, Calif."): states.ts's one-word
// abbreviations ("N.Y." is initials). Several are words too ("Ill.", "Miss.", "Wash."), which is one
// reason every capitalised abbreviation needs its capital. "Del." stays out: before a name it is a
// delegate's title ("Del. Stacey Lee of Guam"), and a state's stop before a capital ends a sentence.
const STATES: ReadonlySet<string> = new Set(
  [...STATE_ABBREVIATIONS.keys()].filter((w) => w.endsWith(".") && w.indexOf(".") === w.length - 1 && w !== "Del.").map((w) => w.slice(0, -1).toLowerCase()),
);
const OTHERS = ["no", "nos", "dept"]; // "No. 2", "Dept. of State"

/** Abbreviations that count only as written with a capital: "No. 2" but "the answer was no." */
const CAPITALISED: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS, ...NAME_SUFFIXES, ...MONTHS, ...COMPANIES, ...PLACES, ...STATES, ...OTHERS,
]);
/** Abbreviations written in lower case ("Smith vs. Jones", "e.g. this"). */
const LOWER_CASE: ReadonlySet<string> = new Set(["vs", "e.g", "i.e", "approx", "est"]);

/**
 * Whether `word` (as written, without its final stop) is an abbreviation: its stop belongs to the
 * word and, before a name or a date, ends no sentence. `lower` is the word in lower case, passed by callers that have it already.
 */
export function isAbbreviation(word: string, lower: string = word.toLowerCase()): boolean {
  if (LOWER_CASE.has(lower)) return true;
  if (!CAPITALISED.has(lower)) return false;
  return isUpper(word.charCodeAt(0));
}

/**
 * A state's abbreviation ("Calif", "ill"): its stop belongs to it before a comma or inside a
 * dateline ("ORLANDO, Fla. (Reuters)"), but before a new sentence just as often ("… a rally in
 * Springfield, Ill. He said"), so a reader that must tell the two apart asks this first.
 */
export const isStateAbbreviation = (lower: string): boolean => STATES.has(lower);

// BMP code units only: a surrogate half is no letter here, which at worst leaves a stop a sentence end.
const isLetter = (c: number): boolean => (c < 0xd800 || c > 0xdfff) && (classOf(c) & LETTER) !== 0;
const isUpper = (c: number): boolean => (c < 0xd800 || c > 0xdfff) && (classOf(c) & UPPER) !== 0;

/**
 * Whether the full stop at `dot` closes an abbreviation or an initial: the letters and inner stops
 * just before it (read back at most 12 characters) are a word of the list, one capital letter
 * ("Harry M. Reid") or capital initials ("N.Y", "H.W"). The word must start after a character that
 * is no letter ("Taco." is no "Co.") or at `floor`, where the caller's stretch of text begins.
 */
export function abbreviationBefore(text: string, dot: number, floor = 0): boolean {
  const lo = Math.max(floor, dot - 12);
  let k = dot;
  while (k > lo && (isLetter(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 46)) k--;
  if (k === dot || (k > floor && isLetter(text.charCodeAt(k - 1)))) return false;
  while (k < dot && text.charCodeAt(k) === 46) k++;
  const word = text.slice(k, dot);
  return word !== "" && (isAbbreviation(word) || isInitials(word));
}

/** One capital or capitals joined by stops: "M", "N.Y", "H.W". */
function isInitials(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (i % 2 === 0 ? !isUpper(c) : c !== 46) return false;
  }
  return word.length % 2 === 1;
}
