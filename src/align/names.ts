/**
 * Name parsing for speaker identity. A person's name is reduced to the parts that decide identity:
 * given names and a surname key (the last name without particles such as "al-" or "van"), so that
 * "Mr. Homsi", "Homsi" and "Khaled al-Homsi" can be compared while "Khaled Omran" and "Khaled
 * al-Homsi" cannot be confused through their shared first name.
 */
import { isHandle } from "../model/index.js";
import { SURNAME_PARTICLES as PARTICLES } from "../model/name-words.js";

const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
  "gen", "general", "lt", "lieut", "col", "colonel", "maj", "major", "capt", "captain", "cpt", "sgt", "sergeant",
  "adm", "admiral", "cmdr", "commander", "brig", "cpl", "pvt", "rev", "reverend", "fr", "father",
  "sheikh", "sheik", "shaikh", "imam", "ayatollah", "mullah", "rabbi", "bishop", "cardinal", "pope",
  "president", "vice", "pres", "lieutenant", "minister", "prime", "premier", "chancellor", "senator", "sen", "rep",
  "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "judge", "justice",
  "ambassador", "secretary", "king", "queen", "prince", "princess", "emir", "sultan", "chief",
  "herr", "frau", "mme", "mlle", "m", "sr", "sra", "dhr", "mevr",
]);

/** A title or role word that may stand before a name ("Sen.", "Mrs", "President"). */
export const isTitle = (word: string): boolean => TITLES.has(word.replace(/\.$/, "").toLowerCase());

/**
 * A title's abbreviation and the title it stands for: "Pres. Obama" is "President Obama", "Lt. Gov.
 * Newsom" "Lieutenant Governor Newsom", so a form written short carries what the full form stood for.
 * Only abbreviations a title has one reading of ("Rep." is a representative; "Sr." is "Señor" as
 * often as "Senior", so it stays as written).
 */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  pres: "president", gov: "governor", sen: "senator", rep: "representative", gen: "general", lt: "lieutenant",
  lieut: "lieutenant", col: "colonel", maj: "major", capt: "captain", cpt: "captain", sgt: "sergeant", adm: "admiral",
  cmdr: "commander", prof: "professor", rev: "reverend", fr: "father",
};

/** A title word, lower case and without its full stop, written out in full ("Gov." -> "governor"). */
export const fullTitle = (word: string): string => {
  const w = word.replace(/\.$/, "").toLowerCase();
  return TITLE_ABBREVIATIONS[w] ?? w;
};

/** Particles that are given names as well, when they open a name: "Al", "Ben", "Ash", "Van". */
const GIVEN_PARTICLES = new Set(["al", "ben", "ash", "van"]);

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md"]);
/** Suffixes that tell a father from a son ("Donald Trump Jr."): part of who a full name is. */
const GENERATIONAL = new Set(["jr", "sr", "ii", "iii", "iv"]);

export type PersonName = {
  /** Given names, lower-cased, without titles ("khaled"). */
  readonly given: readonly string[];
  /** Surname without particles ("homsi"), or null for a one-word name. */
  readonly surname: string | null;
  /** The one word of a one-word name ("homsi" for "Mr. Homsi", "ahmed" for "Ahmed"). */
  readonly single: string | null;
  /** A title preceded the name, so a single word is a surname ("Mr. Homsi"). */
  readonly titled: boolean;
  /** Full key: given names and surname ("khaled homsi"). */
  readonly key: string;
  /** A generational suffix ("jr", "sr", "ii", "iii", "iv"), or null: "Donald Trump Jr." is not "Donald J. Trump". */
  readonly suffix: string | null;
};

const stripParticles = (w: string): string => {
  const parts = w.split("-").filter(Boolean);
  while (parts.length > 1 && PARTICLES.has(parts[0])) parts.shift();
  return parts.join("-");
};

function nameTokens(name: string): string[] {
  return name
    .normalize("NFKC")
    .replace(/[’']s$/u, "")
    .replace(/[“”"‘’()[\]]/g, " ")
    .split(/[\s,]+/)
    .map((t) => t.replace(/\.$/, "").replace(/^[’']|[’']$/g, "").toLowerCase())
    .filter(Boolean);
}

/** Accents folded: a name is one person however its letters are typed ("François" and "Francois"). */
export const foldAccents = (w: string): string => w.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");

export function parsePersonName(name: string): PersonName | null {
  let toks = nameTokens(name).map(foldAccents);
  let titled = false;
  while (toks.length > 1 && TITLES.has(toks[0])) {
    toks = toks.slice(1);
    titled = true;
  }
  let suffix: string | null = null;
  while (toks.length > 1 && SUFFIXES.has(toks[toks.length - 1])) {
    const t = toks[toks.length - 1];
    if (GENERATIONAL.has(t)) suffix = t;
    toks = toks.slice(0, -1);
  }
  // Separate particles ("al Homsi") join the surname that follows them.
  const joined: string[] = [];
  for (const t of toks) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && joined.length > 1 && prev.split("-").every((p) => PARTICLES.has(p))) joined[joined.length - 1] = `${prev}-${t}`;
    else joined.push(t);
  }
  if (joined.length === 0) return null;
  if (joined.length === 1) {
    const single = stripParticles(joined[0]);
    return { given: [], surname: null, single, titled, key: single, suffix };
  }
  const surname = stripParticles(joined[joined.length - 1]);
  // A particle that opens the name as a word of its own and is a given name too ("Ash Carter", "Al
  // Gore", "Ben Carson", "Van Jones") is the given name: dropped, it left "Ash Carter" with none, and
  // a full name with no given name joins the one given name its surname has ("Jimmy Carter").
  const given = joined.slice(0, -1).filter((g, i) => !PARTICLES.has(g) || (i === 0 && GIVEN_PARTICLES.has(g)));
  return { given, surname, single: null, titled, key: [...given, surname].join(" "), suffix };
}

/**
 * Two full names given with different generational suffixes ("Donald Trump Jr." and "Donald Trump
 * Sr.") are a son and a father. A suffix on one name only may be dropped by the writer ("James B.
 * Comey Jr." and "James B. Comey"): the names may still be one person (see alignSpeakers).
 */
export const suffixesClash = (a: PersonName, b: PersonName): boolean => !!a.suffix && !!b.suffix && a.suffix !== b.suffix;

/** Two full names are one person when the surnames agree, the given names are compatible and no suffix tells them apart. */
export function sameFullName(a: PersonName, b: PersonName): boolean {
  if (!a.surname || !b.surname || a.surname !== b.surname || suffixesClash(a, b)) return false;
  if (a.given.length === 0 || b.given.length === 0) return true;
  const fa = a.given[0];
  const fb = b.given[0];
  if (fa === fb) return true;
  // An initial ("K. Omran") matches a given name that starts with it.
  if (fa.length === 1) return fb.startsWith(fa);
  if (fb.length === 1) return fa.startsWith(fb);
  return false;
}

const fold = foldAccents;

/**
 * Whether two speakers as credited may be one person: the same surname (accents aside) and no
 * given names that clash, role words before the name allowed ("Mexican President Felipe Calderon"
 * and "Felipe Calderón", "Mr. Obama" and "Barack Obama", "Trump" and "Donald J. Trump"), or a lone
 * name that is the other's given name. Names that are not people's (organisations) must be written
 * alike.
 */
export function mayBeSamePerson(a: string, b: string): boolean {
  if (a === b) return true;
  // An account is credited by its handle where the article does not tie it to a name; it may be
  // the person whose surname it spells ("@realDonaldTrump" and "Donald J. Trump").
  if (isHandle(a) !== isHandle(b)) return handleSpellsSurname(isHandle(a) ? a : b, isHandle(a) ? b : a);
  const x = parsePersonName(a);
  const y = parsePersonName(b);
  if (!x || !y) return false;
  const sx = fold(x.surname ?? x.single ?? "");
  const sy = fold(y.surname ?? y.single ?? "");
  // A lone name without a title may be the other's given name ("Ahmed" and "Ahmed Saleh").
  if (x.single && !x.titled && y.given.map(fold).includes(sx)) return true;
  if (y.single && !y.titled && x.given.map(fold).includes(sy)) return true;
  if (!sx || sx !== sy || suffixesClash(x, y)) return false;
  if (x.given.length === 0 || y.given.length === 0) return true;
  const gx = x.given.map(fold);
  const gy = y.given.map(fold);
  // The other's first given name among this one's (role words may stand before it), or initials.
  const within = (g: readonly string[], first: string) => g.some((w) => w === first || (first.length === 1 && w.startsWith(first)) || (w.length === 1 && first.startsWith(w)));
  return within(gx, gy[0]) || within(gy, gx[0]);
}

/** Whether a handle holds the person's surname (three letters or more, accents folded). */
function handleSpellsSurname(handle: string, name: string): boolean {
  const p = parsePersonName(name);
  const surname = fold(p?.surname ?? p?.single ?? "").toLowerCase().replace(/[^a-z0-9]/g, "");
  return surname.length >= 3 && handle.toLowerCase().includes(surname);
}

/**
 * State media are named many ways ("State television", "the Syrian state news media", "state TV");
 * they are one source per country. Returns "state-media" with the country word, or null.
 */
export function stateMediaKey(name: string): { country: string | null } | null {
  const m = /\b(?:([a-z]+)\s+)?state(?:-run|-owned|-controlled)?\s+(?:news\s+)?(?:television|tv|media|news agency|agency|radio|broadcaster|press|outlets?)\b/i.exec(
    name.replace(/[’']s\b/g, ""),
  );
  if (!m) return null;
  const country = m[1] && !/^(the|a|an|official|national|its|their)$/i.test(m[1]) ? m[1].toLowerCase() : null;
  return { country };
}

export const ORG_STOP: ReadonlySet<string> = new Set(["the", "of", "for", "and", "on", "in", "at", "to", "a", "an", "&"]);

/** Organisation key: lower-cased words without a leading article or possessive. */
export function orgKey(name: string): string {
  return nameTokens(name)
    .filter((t, i) => !(i === 0 && t === "the"))
    .join(" ");
}

/** Initials of an organisation's significant words: "Syrian Observatory for Human Rights" -> "sohr". */
export function acronymOf(name: string): string | null {
  const toks = nameTokens(name).filter((t) => !ORG_STOP.has(t));
  if (toks.length < 2) return null;
  return toks.map((t) => t[0]).join("");
}

/** "one local resident", "Another business owner", "the soldier": a description, not a name. */
export const DESCRIPTION = /^(one|a|an|another|the|his|her|their|its|some|several|two|three|other|local|unnamed|anonymous)\s/i;

/** A speaker written as a description ("the soldier", "current Democratic nominee"), not a name. */
export function isDescriptiveName(name: string): boolean {
  const n = name.trim();
  return DESCRIPTION.test(n) || /^\p{Ll}/u.test(n);
}

/** A post's abbreviation in capitals ("Trump's potential VP", "the CEO"): one person, not a body. */
const POST_ABBREVIATIONS: ReadonlySet<string> = new Set(["VP", "PM", "MP", "DA", "AG", "CEO", "CFO", "COO", "CTO", "GM"]);

/**
 * One word in capitals of two to six letters, a call sign's suffix allowed ("CREW", "ÖVP",
 * "KXAB-TV"): a body's short name, which align types as an organisation and joins to the long name
 * it spells. A post ("VP", "CEO") is one person, no acronym of a body.
 */
export const isAcronym = (name: string): boolean => {
  const n = name.trim();
  return /^\p{Lu}{2,6}(?:-\p{Lu}{2,4})?$/u.test(n) && !POST_ABBREVIATIONS.has(n);
};

/**
 * A website's name ("Factcheck.org", "Tchadinfos.com"): an organisation however the attribution
 * typed it, and one across articles though it is one word.
 */
export const isWebName = (name: string): boolean => name.includes(".") && /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|info|io|co|us|uk|de|fr|nl)$/iu.test(name.trim());

/**
 * Adverbs and quantifiers a credit runs on into after a name ("the Los Angeles Times each ran …",
 * "Right Wing Watch first reported"): never a name's last word, which is capitalised.
 */
const RUN_ON = new Set([
  "each", "both", "all", "alone", "too", "also", "first", "again", "instead", "later", "earlier", "then", "however",
  "though", "meanwhile", "once", "together", "jointly", "separately", "yesterday", "today", "previously", "recently",
  "just", "itself",
]);

/** A name without an adverb or quantifier the credit ran on into ("Los Angeles Times each" -> "Los Angeles Times"). */
export function withoutRunOn(name: string): string {
  const at = name.trimEnd().lastIndexOf(" ");
  if (at < 0) return name;
  const last = name.trimEnd().slice(at + 1);
  if (!RUN_ON.has(last)) return name;
  const rest = name.slice(0, at).trimEnd();
  return /\p{Lu}[\p{L}.’'-]*$/u.test(rest.slice(rest.lastIndexOf(" ") + 1)) ? rest : name;
}
