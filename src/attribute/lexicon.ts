export { KINSHIP_NOUNS, NAME_PARTICLES, NOT_NAMES, PERSON_NOUNS } from "../model/name-words.js";
export { isPlaceName } from "../model/place-names.js";
export { FIRST_NAME_GENDER, type Gender } from "../model/given-names.js";
import { FIRST_NAME_GENDER, type Gender } from "../model/given-names.js";
import { UPPER, classAt, sizeAt } from "../extract/chars.js";
import { TITLE_ABBREVIATIONS } from "../model/abbreviations.js";

/**
 * General English lexicons for attribution: titles, role and person nouns, organisation and outlet
 * words and pronouns (the given names' genders are model/given-names, which conflicts reads too).
 * Nothing here names a person or place from one article.
 */

// The abbreviated titles that stand before several names ("Sens. Ann Lee and Tom Reyes").
const PLURAL_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(["sens", "reps"]);

/**
 * Every other title the sentence splitter reads as an abbreviation ("Pres. Obama", "Adm. Tom Reyes",
 * "Supt.", "Det.", "Atty."), with its stop and no gender: else it was read as the name's first part.
 * Those listed keep their gender; the plurals are PLURAL_TITLES' (no one person is "Sens. Lee").
 */
function withAbbreviatedTitles(titles: Map<string, Gender>): Map<string, Gender> {
  for (const w of TITLE_ABBREVIATIONS) if (!PLURAL_TITLE_ABBREVIATIONS.has(w) && !titles.has(w + ".")) titles.set(w + ".", null);
  return titles;
}

/** Honorifics and titles that stand before a name; gender where the title gives it. */
export const TITLES: ReadonlyMap<string, Gender> = withAbbreviatedTitles(
  new Map<string, Gender>([
    ["mr", "m"], ["mr.", "m"], ["mrs", "f"], ["mrs.", "f"], ["ms", "f"], ["ms.", "f"], ["miss", "f"],
    ["dr", null], ["dr.", null], ["prof", null], ["prof.", null], ["sir", "m"], ["dame", "f"], ["lord", "m"], ["lady", "f"],
    ["sen", null], ["sen.", null], ["rep", null], ["rep.", null], ["gov", null], ["gov.", null], ["gen", null], ["gen.", null],
    ["lt", null], ["lt.", null], ["col", null], ["col.", null], ["capt", null], ["capt.", null], ["sgt", null], ["sgt.", null],
    ["rev", null], ["rev.", null], ["del.", null], ["delegate", null], ["fr", "m"], ["fr.", "m"], ["sheikh", "m"], ["imam", "m"], ["rabbi", null],
    ["president", null], ["senator", null], ["governor", null], ["mayor", null], ["judge", null], ["justice", null],
    ["secretary", null], ["minister", null], ["ambassador", null], ["general", null], ["colonel", null], ["captain", null],
    ["major", null], ["sergeant", null], ["admiral", null], ["chairman", "m"], ["chairwoman", "f"], ["speaker", null], ["leader", null],
    ["director", null], ["commissioner", null], ["congressman", "m"], ["congresswoman", "f"], ["representative", null],
    ["chancellor", null], ["premier", null], ["king", "m"], ["queen", "f"], ["prince", "m"], ["princess", "f"], ["pope", "m"],
    ["father", "m"], ["sister", "f"], ["brother", "m"], ["attorney", null], ["detective", null], ["officer", null],
    ["coach", null], ["professor", null], ["sheriff", null], ["archbishop", "m"], ["bishop", "m"], ["cardinal", "m"], ["ayatollah", "m"],
    // Offices of local government and party posts ("Majority Whip Dick Durbin", "DNC Chair Ann Lee", "Public Advocate Tom Reyes").
    ["whip", null], ["chair", null], ["assemblyman", "m"], ["assemblywoman", "f"], ["alderman", null], ["alderwoman", "f"],
    ["councilman", "m"], ["councilwoman", "f"], ["councilor", null], ["councillor", null], ["advocate", null], ["treasurer", null], ["comptroller", null],
  ]),
);

/**
 * Plural titles that stand before a list of names ("Sens. Ann Lee and Tom Reyes", "Reps. …, … and …"):
 * each name's title, no part of the first name. (Not TITLES: no one person is "Sens. Lee".)
 */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(["sens.", "sens", "reps.", "reps", "govs.", "govs", "gens.", "gens"]);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  "observatory", "council", "committee", "ministry", "department", "agency", "army", "party", "university",
  "college", "institute", "foundation", "association", "union", "bank", "group", "center", "centre",
  "commission", "court", "office", "network", "corps", "forces", "guards", "guard", "police", "government",
  "administration", "campaign", "company", "corporation", "corp", "inc", "ltd", "organization",
  "organisation", "coalition", "federation", "league", "society", "church", "museum", "authority", "board",
  "bureau", "service", "services", "house", "senate", "congress", "parliament", "state", "pentagon",
  "times", "post", "news", "journal", "beast", "press", "television", "tv", "radio", "magazine", "herald",
  "tribune", "guardian", "telegraph", "reuters", "afp", "ap", "cnn", "bbc", "msnbc", "nbc", "abc", "cbs", "fox",
  "media", "daily", "gazette", "review", "monitor", "channel", "broadcasting", "wire", "weekly", "fund", "pac",
  "movement", "front", "brigade", "brigades", "battalion", "regime", "embassy", "mission", "nations", "un",
  "unesco", "nato", "who", "isis", "isil", "fbi", "cia", "nsa", "dnc", "rnc", "gop", "sana", "reporters",
  "watch", "amnesty", "international", "chamber", "initiative", "project", "caucus", "delegation", "website", "blog",
  "statement", "report", "spokesman", "spokeswoman", "spokesperson", "newspaper", "publication", "tabloid",
  // A law's name ("the Every Student Succeeds Act") names no person.
  "act",
]);

/** Words that mark a news outlet (for "told X", "in an interview with X"). */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  "times", "post", "news", "journal", "beast", "press", "television", "tv", "radio", "magazine", "herald",
  "tribune", "guardian", "telegraph", "reuters", "afp", "ap", "cnn", "bbc", "msnbc", "nbc", "abc", "cbs", "fox",
  "npr", "pbs", "daily", "gazette", "review", "monitor", "channel", "broadcasting", "wire", "weekly", "bloomberg",
  "politico", "axios", "breitbart", "huffpost", "buzzfeed", "vox", "slate", "salon", "atlantic", "economist",
  "independent", "mirror", "sun", "express", "observer", "standard", "star", "chronicle", "inquirer",
  "dispatch", "courier", "examiner", "bulletin", "jazeera", "arabiya", "sana", "tass", "ria", "xinhua",
  "interfax", "agency", "newspaper", "outlet", "network", "podcast", "show",
]);

// Heads of titles written "X of Y" before a name ("Chief of Staff", "Secretary of Defense", "Supervisor of Elections").
export const OF_TITLE_HEADS: ReadonlySet<string> = new Set([
  "secretary", "chief", "director", "supervisor", "minister", "head", "commissioner", "chairman", "chairwoman", "chair",
  "president", "speaker", "administrator", "superintendent", "clerk", "treasurer", "comptroller", "commander",
  "undersecretary", "inspector", "registrar", "recorder", "auditor", "governor", "mayor", "ambassador", "attorney",
]);

/** A special force's member written as its acronym before a name ("Navy SEAL Rob Lee"): a role, as written (case kept). */
export const FORCE_ACRONYMS: ReadonlySet<string> = new Set(["SEAL", "SEALs", "SEALS"]);

const MALE_NOUNS = ["man", "father", "son", "brother", "husband", "spokesman", "businessman", "congressman", "chairman", "policeman", "boy", "uncle", "nephew", "dad", "grandfather", "king", "prince", "actor", "guy", "priest", "imam"];
const FEMALE_NOUNS = ["woman", "mother", "daughter", "sister", "wife", "spokeswoman", "businesswoman", "congresswoman", "chairwoman", "girl", "aunt", "niece", "mom", "grandmother", "queen", "princess", "actress", "lady"];
export const NOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...MALE_NOUNS.map((w) => [w, "m"] as [string, Gender]),
  ...FEMALE_NOUNS.map((w) => [w, "f"] as [string, Gender]),
]);

export const PRONOUNS: ReadonlyMap<string, { gender: Gender; plural: boolean; person: 1 | 2 | 3 }> = new Map([
  ["he", { gender: "m" as Gender, plural: false, person: 3 as const }],
  ["she", { gender: "f" as Gender, plural: false, person: 3 as const }],
  ["they", { gender: null, plural: true, person: 3 as const }],
  ["it", { gender: "n" as Gender, plural: false, person: 3 as const }],
  ["i", { gender: null, plural: false, person: 1 as const }],
  ["we", { gender: null, plural: true, person: 1 as const }],
  ["you", { gender: null, plural: false, person: 2 as const }],
  ["who", { gender: null, plural: false, person: 3 as const }],
]);

// A capitalised word joined to a lower-case one of three letters or more ("Angeles-area", "Texas-based",
// "Co-anchor"): an adjective or a role. ("Dan-el" is a given name: its tail is a particle's length.)
export const HYPHEN_MODIFIER = /^\p{Lu}[\p{L}'’]*-\p{Ll}{3,}$/u;
// Endings of sentence adverbs ("Interestingly", "Reportedly", "Finally", "Clearly"), not of names
// ("Kelly", "Beverly", "Kimberly" end otherwise).
export const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:ingly|edly|ously|ively|fully|ently|antly|ately|utely|ally|arly|ctly|ibly|ably|inly|kely)$/u;
// The two tests as mention parsing asks them of each word that opens a name: a hyphen, or a final
// "ly", first (most words have neither, and need no regex).
export const isHyphenModifier = (w: string): boolean => w.includes("-") && HYPHEN_MODIFIER.test(w);
export const isSentenceAdverb = (w: string): boolean => w.endsWith("ly") && SENTENCE_ADVERB.test(w);
// A word in capitals (or a number) of two characters or more, without stops ("ROLL", "10"; not
// "U.S."): a run of two or more before a word in mixed case is a heading run into the sentence.
const HEADING_CAPS_WORD = /^[\p{Lu}\p{N}][\p{Lu}\p{N}'’-]+$/u;

/** Whether `word` is such a word; a lower-case ASCII second letter rules it out before the regex (most words). */
export function isHeadingCapsWord(word: string): boolean {
  const c = word.length > 1 ? word.charCodeAt(1) : -1;
  return !(c >= 0x61 && c <= 0x7a) && HEADING_CAPS_WORD.test(word);
}

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/**
 * Words in -ly that are nouns or verbs, not adverbs: the subject and verb readers step over an
 * adverb before a verb ("Lee quickly said"), and stepping over one of these lost the subject's head
 * ("Lind's family said" was read as "Lind … said").
 */
const LY_NOT_ADVERBS: ReadonlySet<string> = new Set([
  "ally", "rally", "family", "assembly", "supply", "monopoly", "anomaly", "bully", "belly", "fly", "reply", "rely",
  "apply", "comply", "imply", "multiply", "tally",
]);

/** A lower-case word that reads as an adverb by its -ly ending ("quickly", "only"), not a noun or verb ("family", "reply"). */
export function isLyAdverb(lower: string): boolean {
  return lower.endsWith("ly") && !LY_NOT_ADVERBS.has(lower);
}

// Month words that are also surnames ("Theresa May", "Brian May"): no name part alone, but one
// after a given name.
const MONTH_SURNAMES: ReadonlySet<string> = new Set(["may", "june", "april", "august"]);

/**
 * A capitalised month word right after a known given name or an initial is a surname ("Prime
 * Minister Theresa May said", "Ann May", "T. May"), not the month that ends the name before it;
 * not before a number, which makes it a date ("a visit to Jordan May 12"). Words as written.
 */
export function isMonthSurname(prev: string, word: string, next = ""): boolean {
  // (Cheap first, no lower-case copy: every month surname has three to six letters and starts with M, J or A.)
  const c = word.charCodeAt(0) | 0x20;
  if (word.length < 3 || word.length > 6 || (c !== 0x6d && c !== 0x6a && c !== 0x61)) return false;
  if (!MONTH_SURNAMES.has(word.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(word) || /^\d/.test(next)) return false;
  return (/^\p{Lu}\p{Ll}+$/u.test(prev) && FIRST_NAME_GENDER.has(prev.toLowerCase())) || isInitial(prev);
}

/**
 * "Edward Said", "Edward W. Said", "Khaled Said": the Arabic surname is written as the past of "say",
 * which NOT_NAMES holds so that "Clinton said" never reads as a name. Capitalised and after a known
 * given name or an initial it is the surname; the verb is lower case in a sentence, and a headline's
 * "Clinton Said" has no given name before it. Callers ask it only of a name's last word.
 */
export function isSaidSurname(prev: string, word: string): boolean {
  if (word !== "Said") return false;
  return (/^\p{Lu}\p{Ll}+$/u.test(prev) && FIRST_NAME_GENDER.has(prev.toLowerCase())) || isInitial(prev);
}

/**
 * An initial, one capital and a stop ("J."): what /^\p{Lu}\.$/u tests, read off two code units (the
 * name readers ask it of most words before a surname).
 */
export function isInitial(word: string): boolean {
  const n = word.length;
  return n >= 2 && n <= 3 && word.charCodeAt(n - 1) === 0x2e && sizeAt(word, 0) === n - 1 && (classAt(word, 0) & UPPER) !== 0;
}

// Gatherings that chant, boo and echo words ("the crowd chanted “…”"): they speak as a subject,
// though a later "he" or "she" never means them (they are no PERSON_NOUNS).
export const GATHERINGS: ReadonlySet<string> = new Set(["crowd", "crowds", "audience", "audiences", "throng"]);

// Indefinite pronouns for people ("When someone in the audience shouted, “…”", "Everyone chanted"):
// nobody named, so a description (never a name, "Somebody", nor a body, "Someone in the crowd"), and
// never whom a later "he" means ("… whether anyone leaked it. He says …"). No PERSON_NOUNS: a noun
// phrase they stand inside is no person ("the question of whether someone").
/**
 * Given names of the list that are given to women and men alike, or that many carry as a surname
 * ("Lee Epstein" is a woman, "Kim" a Korean family name): the gender the list guesses from them may be
 * wrong, so it refuses no titled mention of the other ("Ms. Epstein" is Lee Epstein). The list's other
 * names are given to one only, and their guess does refuse one ("Mrs. Clinton" is not Bill Clinton).
 */
export const GIVEN_TO_BOTH: ReadonlySet<string> = new Set([
  "lee", "lindsey", "kelly", "kim", "chris", "alex", "sam", "jesse", "dale", "tracy", "lynn", "stacy", "jackie", "courtney",
  "shelley", "ashley", "erin", "gail", "carmen", "ryan", "hope", "nour", "noor", "amal", "joyce",
]);

export const INDEFINITE_PERSONS: ReadonlySet<string> = new Set(["someone", "somebody", "anyone", "anybody", "everyone", "everybody"]);

// Determiners that also stand alone as a subject, for people named before ("Both oppose …",
// "Another featured …", "Others called it …").
export const STANDALONE_DETERMINERS: ReadonlySet<string> = new Set(["another", "both", "some", "many", "most", "all", "several", "few", "each", "others"]);
