import type { SpeakerType, Span } from "../model/index.js";
import {
  FIRST_NAME_GENDER, FORCE_ACRONYMS, GATHERINGS, PLURAL_TITLES, INDEFINITE_PERSONS, isHeadingCapsWord, isInitial, isLyAdverb, isHyphenModifier, isMonthSurname, isSaidSurname, isSentenceAdverb, NAME_PARTICLES, NOT_NAMES, NOUN_GENDER, OF_TITLE_HEADS, ORG_WORDS, PERSON_NOUNS, isPlaceName, PRONOUNS, STANDALONE_DETERMINERS, TITLES, type Gender,
} from "./lexicon.js";
import { DOCUMENT_NOUNS, calledAsNamed } from "./cue-words.js";
import { SPEECH_VERBS } from "../extract/lexicon.js";
import { isSpaceCode } from "../extract/chars.js";
import { roleAsWritten } from "./role-text.js";
import { isCap, isPossessive, tokenize, type Tok } from "./tokens.js";
import { HONORIFICS } from "./roles.js";
import { isState } from "../extract/states.js";
import { GROUP_PLURALS } from "../model/name-words.js";

/** The words that name a speaker, read from the text near a cue. */
export type Mention = {
  /** The speaker as written, without the appositive ("Irina Bokova", "he", "one local resident"). */
  readonly span: Span;
  /** The appositive that gives the role ("the director-general of UNESCO"), if any. */
  readonly role: Span | null;
  /** The whole source phrase, appositive included. */
  readonly whole: Span;
  readonly kind: "pronoun" | "name" | "organisation" | "description";
  readonly type: SpeakerType;
  readonly gender: Gender;
  /** For names: the name without titles or role words ("Khaled al-Homsi", "Homsi"). */
  readonly name: string | null;
  /** For names: the title that came with it ("Mr."), which tells the gender. */
  readonly title: string | null;
  readonly plural: boolean;
};

/**
 * `m` with the fields of `patch` in place of its own (a field `patch` leaves undefined stays; null
 * is a value). Every copy is made by this one literal, in Mention's field order: an object spread
 * ({ ...m, whole }) gives each site's copies a hidden class of their own (V8 clones the source's
 * map outside its transition tree), and the 13 spread sites gave PolNeAR train 15 classes of
 * Mention, so the reads of one in fromMention, resolveMention and roleOfSource were megamorphic.
 */
export function remadeMention(m: Mention, patch: Partial<Mention>): Mention {
  return {
    span: patch.span ?? m.span,
    role: patch.role !== undefined ? patch.role : m.role,
    whole: patch.whole ?? m.whole,
    kind: patch.kind ?? m.kind,
    type: patch.type ?? m.type,
    gender: patch.gender !== undefined ? patch.gender : m.gender,
    name: patch.name !== undefined ? patch.name : m.name,
    title: patch.title !== undefined ? patch.title : m.title,
    plural: patch.plural ?? m.plural,
  };
}

const DETERMINERS = new Set([
  "a", "an", "the", "one", "another", "some", "several", "many", "most", "two", "three", "four", "five", "other",
  "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "both", "all", "each",
  "any", "no", "few", "dozens", "hundreds", "thousands", "scores",
]);
const LEAD_JUNK = new Set(["and", "but", "so", "then", "yet", "why", "also", "while", "as", "now", "still", "even", "later", "earlier", "indeed", "meanwhile", "however", "reluctantly", "finally", "instead", "again", "when", "where", "because", "though", "although", "that", "which", "—", "–", "―", "-", ",", ";", ":", "(", ")", "…",
  // A list item's bullet ("• Ann Lee said …").
  "•", "*", "·"]);
// Verbs and auxiliaries that end the clause before a subject (see trimLead).
// Only before "that" or "why" (which open a clause) or a capitalised name: "is one common saying"
// opens no subject at all.
const LEFTOVER_VERBS: ReadonlySet<string> = new Set(["is", "was", "were", "are", "be", "been", "am", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "has", "have", "had", "says", "said", "told", "tells"]);
// ("And will their editors, who …": a question's modal before a determiner is left over too; a modal
// is never a clause's main verb, as "did the best", "is an adaptation" are.)
const MODALS: ReadonlySet<string> = new Set(["will", "would", "could", "should", "can", "may", "might", "must"]);
const ARTICLE_OR_POSSESSIVE: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]);
const leftoverVerb = (t: Tok, next: Tok): boolean =>
  !t.cap && LEFTOVER_VERBS.has(t.lower) && (next.lower === "that" || next.lower === "why" || next.cap || (MODALS.has(t.lower) && ARTICLE_OR_POSSESSIVE.has(next.lower) && !next.cap));
// Words that cannot stand inside a subject before its verb (a clause is in the way).
const CLAUSE_WORDS = new Set([
  "is", "was", "were", "are", "be", "been", "being", "am", "will", "would", "could", "should", "can", "may", "might",
  "must", "did", "does", "do", "not", "to", "if", "than", "because", "there", "it", "we", "you", "i", "they",
  "he", "she", "what", "when", "says", "said", "told", "tells", "asked", "has", "have", "had",
  // Object pronouns belong to a predicate ("called him divisive"), never to a subject.
  "him", "them", "us", "me",
]);
const RELATIVE = new Set(["who", "whose", "whom"]);
// Present-tense verbs that news rarely uses as nouns after a bare noun or name: in a stretch before
// a cue verb they are a clause's own verb ("Marsh claims affirmed “…”", "the poll shows that Lee asked “…”"),
// so the stretch is no subject ("the claims", "Lee’s claims" stay nouns: see presentVerbAt).
const PRESENT_VERBS: ReadonlySet<string> = new Set([
  "gives", "argues", "insists", "believes", "thinks", "wants", "knows", "opposes", "oppose", "blames", "blame",
  "claims", "leads", "shows", "notes", "finds", "suggests", "admits", "concedes", "warns",
  // Verbs of wearing and holding up, before the sign or garment whose words are quoted ("Ada Lind
  // wears a hat that reads “…”": the wearer, not "Ada Lind wears a hat that").
  "wears", "carries", "holds", "sports", "waves",
]);
// Prepositions and adverbs that open an adverbial, never a subject ("In August", "During the debate").
const NOT_SUBJECT_START = new Set([
  "in", "on", "at", "during", "after", "before", "since", "until", "once", "when", "while", "if", "as", "for", "from",
  "with", "without", "by", "of", "to", "into", "over", "under", "about", "against", "through", "among", "despite",
  "according", "like", "unlike", "last", "next", "earlier", "later", "today", "yesterday", "tonight", "asked",
  "speaking", "writing", "then", "there", "here", "why", "how", "what", "where", "but", "and", "or", "so", "yet",
  "instead", "however", "meanwhile", "still", "even", "also", "now", "again", "indeed", "perhaps", "maybe",
  // Sentence adverbs that open a clause ("Shortly after the call ended, …").
  "shortly", "recently", "previously", "finally", "initially", "separately", "similarly", "additionally",
  "ultimately", "specifically", "notably", "reportedly", "publicly", "privately", "earlier", "soon",
  "amid", "amidst", "across", "around", "behind", "beyond", "inside", "outside", "within", "throughout", "toward", "towards", "upon",
  "alongside",
]);
// Words of a time phrase that opens a sentence before its subject ("Earlier this week, Ann Lee, …").
const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([
  "this", "last", "next", "that", "the", "earlier", "later", "early", "late", "week", "weekend", "month", "year", "morning",
  "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
const isTimePhrase = (toks: readonly Tok[]): boolean => toks.length > 0 && toks.length <= 4 && toks.every((t) => TIME_PHRASE_WORDS.has(t.lower));

const APPROXIMATORS: ReadonlySet<string> = new Set(["about", "nearly", "almost", "roughly", "approximately", "over", "under"]);
const COMPARATIVES: ReadonlySet<string> = new Set(["least", "most", "than"]);
const COUNT_WORDS: ReadonlySet<string> = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "half", "dozens", "hundreds", "thousands", "one", "twenty", "thirty", "forty", "fifty"]);
const SPAN_UNITS: ReadonlySet<string> = new Set(["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "miles", "percent", "year", "month", "week", "day", "hour", "minute"]);

/**
 * A count that opens a subject ("about 200 protesters", "At least half of voters", "more than 40
 * lawmakers"), not an adverbial of time or measure ("About 30 minutes later", "Over 40 years").
 */
export function opensQuantity(toks: readonly Tok[], i: number): boolean {
  const f = toks[i]?.lower;
  let n = i + 1;
  if (f === "at" || f === "more" || f === "fewer" || f === "less") {
    if (!COMPARATIVES.has(toks[n]?.lower ?? "")) return false;
    n++;
  } else if (!f || !APPROXIMATORS.has(f)) return false;
  const num = toks[n];
  if (!num || !(/^\d/.test(num.text) || COUNT_WORDS.has(num.lower))) return false;
  for (let k = n + 1; k < toks.length && k <= n + 2; k++) if (SPAN_UNITS.has(toks[k].lower) || !toks[k].word) return false;
  return true;
}

/**
 * A dash between words: "—", "–", "―", or a hyphen standing alone ("2013 - four months after"),
 * which plain-text copies write for a dash (a hyphen inside a word stays in its token, "Texas-based").
 */
const isDashTok = (t: Tok): boolean => t.text === "—" || t.text === "–" || t.text === "―" || t.text === "-";

const OPEN_MARKS: ReadonlySet<string> = new Set(['"', "“", "‘", "'"]);
const CLOSE_MARKS: ReadonlySet<string> = new Set(['"', "”", "’", "'"]);

/**
 * The tokens without a nickname in marks between a name's parts ('Marcia "Cia" Price', 'Ann
 * “Red” Lee'): one or two capitalised words in marks with a capitalised word on each side. The
 * marks ended the name at the given name. The same array when there is none (the common case).
 */
function withoutNicknames(toks: Tok[]): Tok[] {
  let out = toks;
  for (let i = 1; i + 3 < out.length; i++) {
    if (!OPEN_MARKS.has(out[i].text) || !isCap(out[i - 1]) || !out[i - 1].word) continue;
    let j = i + 1;
    while (j < out.length && j - i <= 2 && out[j].word && isCap(out[j])) j++;
    if (j === i + 1 || j + 1 >= out.length || !CLOSE_MARKS.has(out[j].text) || !out[j + 1].word || !isCap(out[j + 1])) continue;
    // (A copy only when there is a nickname: most token lists have none.)
    out = out.slice(0, i).concat(out.slice(j + 1));
  }
  return out;
}

/**
 * "artists, writers, actors and scientists": at the comma `i` after a lower-case plural person noun,
 * a list of such nouns, one word each, that commas join and "and" or "or" closes: one noun phrase's
 * heads, no appositive. The index after the list's last noun, or -1.
 */
export function personNounListEnd(toks: readonly Tok[], i: number): number {
  const pluralNoun = (t: Tok | undefined): boolean => !!t && t.word && !t.cap && PERSON_NOUNS.has(t.lower) && t.lower.endsWith("s");
  // (The first noun may open the sentence: "Artists, writers and scientists signed …".)
  const first = toks[i - 1];
  if (toks[i]?.text !== "," || !first || !first.word || !PERSON_NOUNS.has(first.lower) || !first.lower.endsWith("s")) return -1;
  let k = i;
  for (let n = 0; n < 8 && toks[k]?.text === ","; n++) {
    // ("…, writers, and scientists": a comma before the closing "and" too.)
    const and = toks[k + 1]?.lower === "and" || toks[k + 1]?.lower === "or";
    if (and) return pluralNoun(toks[k + 2]) ? k + 3 : -1;
    if (!pluralNoun(toks[k + 1])) return -1;
    k += 2;
    if (toks[k]?.lower === "and" || toks[k]?.lower === "or") return pluralNoun(toks[k + 1]) ? k + 2 : -1;
  }
  return -1;
}

// Past forms of speech verbs that the "-ed" test of isFiniteVerbLike misses.
const SPEECH_PASTS: ReadonlySet<string> = new Set(["said", "told", "wrote", "written", "sang", "began", "read"]);

/**
 * A speech verb's word that reads as a verb inside a comma list: a past or a present in "-s" ("said",
 * "warns"). Its "-ing" and bare forms are nouns there ("planning, briefing, and security", "print, post
 * and radio"), since the list's commas and closing "and" leave no room for a clause.
 */
const finiteSpeechWord = (w: string): boolean =>
  SPEECH_VERBS.has(w) && !w.endsWith("ing") && (w.endsWith("s") || w.endsWith("ed") || SPEECH_PASTS.has(w));

/**
 * "head of the climate, controls and security division", "director of sales, marketing and design": at
 * the comma `i` after a lower-case word that "the", "of" or "for" leads, a list of single lower-case
 * words (no person noun, verb, determiner or preposition) that commas join and "and" or "or" closes,
 * three at least: one noun phrase's modifiers or objects, no appositive. The index after the list's
 * last word, or -1.
 */
export function wordListEnd(toks: readonly Tok[], i: number): number {
  const item = (t: Tok | undefined): boolean =>
    !!t && t.word && !t.cap && !PERSON_NOUNS.has(t.lower) && !CLAUSE_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !RELATIVE.has(t.lower) && !finiteSpeechWord(t.lower) && !isFiniteVerbLike(t) && t.lower !== "and" && t.lower !== "or";
  const closes = (t: Tok | undefined): boolean => t?.lower === "and" || t?.lower === "or";
  const lead = toks[i - 2]?.lower;
  if (toks[i]?.text !== "," || !item(toks[i - 1]) || (lead !== "the" && lead !== "of" && lead !== "for")) return -1;
  let k = i;
  let n = 1;
  for (let c = 0; c < 8 && toks[k]?.text === ","; c++) {
    // ("sales, marketing, and design": a comma before the closing "and" too.)
    if (closes(toks[k + 1])) return n >= 2 && item(toks[k + 2]) ? k + 3 : -1;
    if (!item(toks[k + 1])) return -1;
    n++;
    k += 2;
    if (closes(toks[k])) return item(toks[k + 1]) ? k + 2 : -1;
  }
  return -1;
}

/** The segments with a list of person nouns (personNounListEnd) or of words (wordListEnd) joined back into the segment it follows. */
function withNounLists(toks: readonly Tok[], segs: Tok[][]): Tok[][] {
  if (segs.length < 2) return segs;
  const out: Tok[][] = [];
  let i = 0;
  while (i < segs.length) {
    const seg = segs[i];
    const last = seg[seg.length - 1];
    const at = last ? toks.indexOf(last) + 1 : -1;
    let end = at > 0 ? personNounListEnd(toks, at) : -1;
    if (end < 0 && at > 0) end = wordListEnd(toks, at);
    if (end < 0) {
      out.push(seg);
      i++;
      continue;
    }
    // The list's tokens (commas left out, as segments leaves them), then what followed it in its segment.
    const joined = [...seg];
    let j = i + 1;
    while (j < segs.length && segs[j].length > 0 && toks.indexOf(segs[j][segs[j].length - 1]) < end) joined.push(...segs[j++]);
    if (j < segs.length && segs[j].length > 0 && toks.indexOf(segs[j][0]) < end) joined.push(...segs[j++]);
    out.push(joined);
    i = j;
  }
  return out;
}

/** Split at top-level commas and dashes (not inside brackets). */
function segments(toks: readonly Tok[]): Tok[][] {
  const out: Tok[][] = [[]];
  let depth = 0;
  const quoted = quoteTracker();
  let prev = "";
  for (const t of toks) {
    // (A doubled hyphen, "--", is one dash: the second opens no empty segment.)
    const again = prev === "-" && t.text === "-";
    prev = t.text;
    if (again) continue;
    if (t.text === "(" || t.text === "[") depth++;
    if (t.text === ")" || t.text === "]") depth = Math.max(0, depth - 1);
    const inQuote = quoted(t);
    if (depth === 0 && !inQuote && (t.text === "," || isDashTok(t))) out.push([]);
    else out[out.length - 1].push(t);
  }
  return out;
}

/**
 * Whether each token in turn stands inside quotation marks (a title: "the co-author of “Going
 * Viral,” a book"), so that a comma there ends no segment. Fed the tokens in order.
 */
function quoteTracker(): (t: Tok) => boolean {
  let curly = false;
  let straight = false;
  return (t) => {
    if (t.text === "“") curly = true;
    else if (t.text === "”") curly = false;
    else if (t.text === '"') straight = !straight;
    return curly || straight;
  };
}

function stripBrackets(toks: readonly Tok[], dropPossessives = false): Tok[] {
  const out: Tok[] = [];
  let depth = 0;
  for (const t of toks) {
    if (t.text === "(" || t.text === "[") depth++;
    else if (t.text === ")" || t.text === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0 && !(dropPossessives && isPossessive(t))) out.push(t);
  }
  return out;
}

/**
 * "That letter demanded …", "That memo said …": "That" with a capital before a noun that can speak is
 * the demonstrative of the subject (as "This letter" is), not a conjunction left over before it.
 */
function demonstrativeThat(toks: readonly Tok[], i: number): boolean {
  const next = toks[i + 1];
  return toks[i].text === "That" && !!next && next.word && !next.cap && (DOCUMENT_NOUNS.has(next.lower) || PERSON_NOUNS.has(next.lower) || ORG_WORDS.has(next.lower));
}

function trimLead(toks: Tok[]): Tok[] {
  let i = 0;
  // "… and said that her campaign …", "That is why critics say …", "has Clinton discussing …": a
  // verb or auxiliary left over from the clause before opens no subject; the noun phrase follows it.
  while (i < toks.length && (LEAD_JUNK.has(toks[i].lower) || (i + 1 < toks.length && leftoverVerb(toks[i], toks[i + 1]))) && !demonstrativeThat(toks, i)) i++;
  if (i < toks.length) i += sentenceOpenerLength(toks, i);
  let j = toks.length;
  // A closing bracket stays when its opening one is kept ("Sen. Ann Lee (D-Ohio)").
  const closesAside = (k: number): boolean => toks[k].text === ")" && toks.slice(i, k).some((t) => t.text === "(");
  // So does a closing mark whose title is kept ("the authors of the “Growth and Opportunity Project,”").
  const closesTitle = (k: number): boolean => toks[k].text === "”" && toks.slice(i, k).some((t) => t.text === "“");
  while (j > i && !toks[j - 1].word && !isPossessive(toks[j - 1]) && !closesAside(j - 1) && !closesTitle(j - 1)) j--;
  return toks.slice(i, j);
}

// Verbs of seeming that "like" follows before a clause ("Looks like someone told him …").
const SEEM_LIKE: ReadonlySet<string> = new Set(["looks", "seems", "sounds", "feels", "looked", "seemed", "sounded", "felt"]);
// Auxiliaries that open a question before its subject ("Does the candidate …, or does …"). Not
// "will", "may" or "can": given names too ("Will Hurd said").
const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(["does", "did", "do", "is", "was", "were", "are", "has", "have", "had", "would", "could", "should"]);

/**
 * The capitalised words at `i` that open the sentence before its subject and are no part of it
 * (their count, 0 when none): "Let" before "me" or "us" (whose object speaks), "Looks like", "No
 * wonder", "No doubt", a question's auxiliary ("Does"); and "an honor" before a given name alone,
 * a noun the name's clause describes ("an honor Donald said he hoped would be …"), not a role.
 */
function sentenceOpenerLength(toks: readonly Tok[], i: number): number {
  const t = toks[i].lower;
  const next = toks[i + 1];
  if (t === "an" || t === "a") return describedNounBeforeName(toks, i);
  if (!toks[i].cap) return 0;
  if (QUESTION_AUXILIARIES.has(t)) return next && !next.word ? 0 : 1;
  if (!next) return 0;
  if (t === "let") return next.lower === "me" || next.lower === "us" ? 1 : 0;
  if (t === "no") return next.lower === "wonder" || next.lower === "doubt" ? 2 : 0;
  return SEEM_LIKE.has(t) && next.lower === "like" ? 2 : 0;
}

/** "an honor Donald": an article and a lower-case noun that is no role (no person noun, organisation, title or participle) before a given name alone, the mention's last word: 2, else 0. */
function describedNounBeforeName(toks: readonly Tok[], i: number): number {
  const next = toks[i + 1];
  const name = toks[i + 2];
  if (!next || !name || toks.length !== i + 3 || next.cap || !next.word || !isCap(name) || !FIRST_NAME_GENDER.has(name.lower)) return 0;
  const noun = next.lower;
  return PERSON_NOUNS.has(noun) || ORG_WORDS.has(noun) || TITLES.has(noun) || /(?:ed|ing|ly)$/.test(noun) ? 0 : 2;
}

/**
 * A lower-case verb form that is left over from a clause's predicate before a noun phrase ("appeared on MSNBC
 * and began by", "echoing some commentators"), not a participle used as an adjective ("retired general",
 * "acting chief").
 */
export function isLeftoverPredicate(t: Tok): boolean {
  return !t.cap && ((isFiniteVerbLike(t) && !ADJECTIVAL_PARTICIPLES.has(t.lower)) || (/ing$/.test(t.lower) && !ADJECTIVAL_ING.has(t.lower) && !PERSON_NOUNS.has(t.lower)));
}

/** Does this run of tokens read as a noun phrase that can say something? */
function isSubjectNP(toks: readonly Tok[]): boolean {
  if (toks.length === 0 || toks.length > 14) return false;
  const first = toks[0];
  if (PRONOUNS.has(first.lower)) return toks.length === 1;
  // An article alone ("the", "a") names no one ("another", "one", "most" may: "Another said").
  if (toks.length === 1 && (first.lower === "the" || first.lower === "a" || first.lower === "an")) return false;
  if (NOT_SUBJECT_START.has(first.lower) && !opensQuantity(toks, 0)) return false;
  // A number alone is a date's year or a count left over from the clause ("on April 18, 1977,
  // declaring …"), not a subject ("500 people" and "31% of voters" have a noun).
  if (toks.length === 1 && /^\p{N}[\p{N},.]*$/u.test(first.text)) return false;
  // A predicate left over from a clause ("appeared on MSNBC and began by", "saying anybody who")
  // does not open a subject; participles used as adjectives do ("retired general", "acting chief").
  if (toks.length > 1 && isLeftoverPredicate(first)) return false;
  // A sentence-initial participle ("Following a meeting", "Boasting 108,000 residents",
  // "Informed of the plan") opens an adverbial, not a name.
  if (toks.length > 1 && opensParticipleClause(toks, 0)) return false;
  // … nor end on a relative pronoun.
  if (toks.length > 1 && RELATIVE.has(toks[toks.length - 1].lower)) return false;
  // Lower-case role words may lead ("former presidential candidate Herman Cain") when a name, a
  // person noun or an organisation follows.
  const anchored = toks.some((t) => isCap(t) || PERSON_NOUNS.has(t.lower) || ORG_WORDS.has(t.lower)) || INDEFINITE_PERSONS.has(first.lower);
  if (!(isCap(first) || DETERMINERS.has(first.lower) || /^\p{N}/u.test(first.text) || anchored)) return false;
  // A noun phrase does not end on a conjunction ("… called him divisive and").
  const lastLower = toks[toks.length - 1].lower;
  if (toks.length > 1 && (lastLower === "and" || lastLower === "or" || lastLower === "but")) return false;
  let inRelative = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (RELATIVE.has(t.lower) && i > 0) inRelative = true;
    if (saidSurnameAt(toks, i)) continue;
    if (!inRelative && i > 0 && CLAUSE_WORDS.has(t.lower) && !isPrepositionTo(toks, i) && !nameModalAt(toks, i)) return false;
    // A name followed by a past-tense verb is a clause ("Obama punctuated his list by"), not a subject;
    // a participle with "by" right after it stays inside the noun phrase ("a letter from the Legion
    // obtained by the AP"), as isVerbAt has it.
    if (!inRelative && i > 0 && toks[i - 1].cap && !DETERMINERS.has(toks[i - 1].lower) && isFiniteVerbLike(t) && !(i + 1 < toks.length && toks[i + 1].lower === "by" && !PAST_ONLY.has(t.lower))) return false;
    if (!inRelative && i > 0 && isVerbAt(toks, i)) return false;
    if (!inRelative && presentVerbAt(toks, i)) return false;
    // A dollar sign before a number stays inside a name ("Fight for $15", a campaign's name).
    if (!t.word && !isPossessive(t) && !/^[.&'’\-/()]$/.test(t.text) && !(t.text === "$" && i > 0 && /^\p{N}/u.test(toks[i + 1]?.text ?? ""))) return false;
  }
  return true;
}

/**
 * “…,” From said: one capitalised word between a quote that runs on (a comma, a question or an
 * exclamation) and its cue verb is a name even when the word is also a preposition or adverb that
 * opens no subject elsewhere ("From", "During"): nothing else stands between a quote and "said"
 * there. A name of one word, resolved like any surname (Al From, named in full earlier).
 */
export function loneNameBeforeCue(text: string, t: Tok): Mention | null {
  if (!t.cap || !NOT_SUBJECT_START.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
  const span = { start: t.start, end: t.end };
  return { span, role: null, whole: span, kind: "name", type: "person", gender: null, name: text.slice(t.start, t.end), title: null, plural: false };
}

/**
 * A capitalised "May" or "Will" inside a subject that is a surname after a given name or an initial
 * ("Prime Minister Theresa May", "columnist George F. Will") or a month before a day or year ("a May
 * 1 letter"), not the modal that would end the subject.
 */
function nameModalAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t.cap || (t.lower !== "may" && t.lower !== "will")) return false;
  const prev = toks[i - 1];
  if (prev && (FIRST_NAME_GENDER.has(prev.lower) || isInitial(prev.text))) return true;
  return t.lower === "may" && /^\p{N}/u.test(toks[i + 1]?.text ?? "");
}

/**
 * A present-tense verb right after a bare noun or name ("Marsh claims", "the poll shows", "39 percent
 * blame"): not after a determiner or possessor, which make it a noun ("the claims", "Lee’s leads",
 * "the Lee claims").
 */
function presentVerbAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (i === 0 || t.cap || !PRESENT_VERBS.has(t.lower)) return false;
  const prev = toks[i - 1];
  if (pronounDeterminerSubject(toks, i)) return true;
  if (!prev.word || DETERMINERS.has(prev.lower) || isPossessive(prev)) return false;
  return !(prev.cap && i >= 2 && DETERMINERS.has(toks[i - 2].lower));
}

// Words besides PERSON_NOUNS that take a "to" phrase inside a noun phrase: adjectives ("a source
// close to the campaign") and nouns of relation ("the successor to Ann Lee").
const TAKES_TO: ReadonlySet<string> = new Set(["close", "closer", "near", "loyal", "attached", "related", "opposed", "friendly", "sympathetic", "allied", "connected", "successor", "heir"]);

/**
 * "to" as a preposition inside a noun phrase, not the mark of an infinitive (a clause): after a
 * person noun or an adjective that takes it, and before a capital or a determiner ("a source close
 * to the campaign", "an adviser to Mr. Cruz", "a spokesman to the governor").
 */
function isPrepositionTo(toks: readonly Tok[], i: number): boolean {
  if (toks[i].lower !== "to" || i === 0) return false;
  const before = toks[i - 1].lower;
  if (!PERSON_NOUNS.has(before) && !TAKES_TO.has(before)) return false;
  const after = toks[i + 1];
  return !!after && (isCap(after) || DETERMINERS.has(after.lower));
}

// Common irregular past forms that follow a subject; regular ones end in -ed.
const IRREGULAR_PAST = new Set([
  "threw", "shot", "sent", "began", "took", "made", "gave", "went", "wrote", "spoke", "came", "got", "put", "ran",
  "won", "lost", "led", "left", "met", "held", "kept", "brought", "bought", "built", "caught", "chose", "drew",
  "fought", "found", "hit", "knew", "laid", "paid", "read", "rose", "saw", "set", "sought", "stood", "struck", "swore",
  "taught", "thought", "tore", "understood", "woke", "wore", "bore", "became", "appears", "appeared", "however", "cast",
  // Regular pasts too short for the "-ed, more than four letters" test below ("he used stronger language").
  "used", "sued", "fled", "owed",
]);

// Irregular past forms that are never participles, so "by" after them does not make an adjective.
const PAST_ONLY = new Set(["threw", "began", "took", "gave", "went", "wrote", "spoke", "came", "ran", "rose", "chose", "drew", "knew", "saw", "swore", "tore", "woke", "wore", "became"]);

// Words that follow a participle opening an adverbial clause ("Following a", "Reading from", "Informed of").
const AFTER_PARTICIPLE = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those", "from", "of", "to", "in", "on", "at", "by", "with", "for", "about", "into", "through", "over", "up", "out", "back", "down", "off"]);

/**
 * A capitalised participle that opens an adverbial clause ("Following a meeting, …", "Boasting
 * 108,000 residents, …"), told from a name in -ed or -ing ("Khaled al-Homsi", "Ted said") by the
 * function word or number after it.
 */
export function opensParticipleClause(toks: readonly Tok[], i: number): boolean {
  const f = toks[i];
  const next = toks[i + 1];
  if (!f?.cap || !next || !/(?:ing|ed)$/.test(f.lower)) return false;
  return AFTER_PARTICIPLE.has(next.lower) || /^\p{N}/u.test(next.text);
}

/** A lower-case word that reads as the verb of a clause: a past form ("celebrated", "threw"). */
export function isFiniteVerbLike(t: Tok): boolean {
  if (!t.word || t.cap || PERSON_NOUNS.has(t.lower) || ORG_WORDS.has(t.lower)) return false;
  if (IRREGULAR_PAST.has(t.lower)) return true;
  return t.lower.length > 4 && t.lower.endsWith("ed") && !t.lower.includes("-");
}

// Adverbs that stand between a subject and its verb, never inside a noun phrase ("X also sent").
const VERB_ADVERBS = new Set(["also", "then", "immediately", "subsequently", "later", "again", "already", "never", "repeatedly", "quickly", "promptly", "recently", "previously", "initially", "reportedly", "publicly", "privately", "directly", "frequently", "often", "soon"]);
// Words before a past participle that make it an adjective ("the newly elected mayor", "a retired general").
const PARTICIPLE_MODIFIERS = new Set(["former", "newly", "recently", "well", "so", "most", "more", "less", "long", "duly", "democratically", "popularly", "senior", "self"]);
// Words in -ing that news uses as adjectives before a noun ("the ruling party", "a leading critic").
const ADJECTIVAL_ING = new Set(["acting", "leading", "ruling", "founding", "outgoing", "incoming", "visiting", "sitting", "ranking", "managing", "presiding", "governing", "opposing", "rising", "striking", "working", "voting", "polling", "fellow", "remaining", "participating", "longstanding", "outstanding", "neighbouring", "neighboring", "dissenting", "competing", "existing", "grieving", "retiring", "during"]);
// Past participles that news uses as adjectives inside a subject ("an unnamed official").
const ADJECTIVAL_PARTICIPLES = new Set(["unnamed", "retired", "elected", "appointed", "based", "related", "concerned", "affected", "armed", "embattled", "beleaguered", "detained", "wounded", "injured", "displaced", "disabled", "married", "unidentified", "named", "sponsored", "backed", "owned", "led", "allied", "united", "advanced", "experienced", "respected", "renowned", "celebrated", "acclaimed", "noted", "indicted", "accused", "convicted", "jailed", "exiled", "ousted", "deposed", "vaunted", "storied",
  // Adjectives in participle form that no verb has: "said undecided Republican voter Ann Lee".
  "undecided", "uncommitted", "unaffiliated", "unemployed", "self-described", "self-proclaimed", "self-styled"]);

// Words that open a verb's object (a determiner or a number): no noun takes them right after it.
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);

/**
 * "On Social Security, both oppose an inflation formula …", "Another featured five vintage photos
 * …": a determiner that stands alone as the subject (it opens the stretch or follows a comma),
 * then a verb form and its object's determiner or number. In "another featured speaker" or "most
 * claims" the word is the noun phrase's; an object's opener cannot follow a noun there.
 */
function pronounDeterminerSubject(toks: readonly Tok[], i: number): boolean {
  if (i === 0 || !STANDALONE_DETERMINERS.has(toks[i - 1].lower) || (i >= 2 && toks[i - 2].word)) return false;
  const next = toks[i + 1];
  return !!next && next.word && !next.cap && (OBJECT_OPENERS.has(next.lower) || /^\p{N}/u.test(next.text));
}

/** A verb form (a past or a present of PRESENT_VERBS) after a determiner that stands alone as the subject. */
export function determinerSubjectVerbAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  return t.word && !t.cap && (isFiniteVerbLike(t) || PRESENT_VERBS.has(t.lower)) && pronounDeterminerSubject(toks, i);
}

const PREPOSITIONS = new Set(["with", "without", "in", "of", "for", "by", "at", "on", "from", "into", "about", "under", "over", "to"]);

/**
 * Does token i start the predicate of a clause rather than continue a noun phrase? Word lists only
 * (no tagger: this runs on every cue): a negated auxiliary ("didn’t"), an adverb that stands
 * before a verb ("X also sent"), or a past form right after a noun ("the council voted",
 * "the actor held"), unless it is a participle used as an adjective or one with "by" after it
 * ("a letter obtained by the paper").
 */
export function isVerbAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t.word || t.cap || i === 0) return false;
  if (/n['’]t$/.test(t.lower)) return true;
  const prev = toks[i - 1];
  if (VERB_ADVERBS.has(t.lower)) return prev.word && !DETERMINERS.has(prev.lower);
  if (!isFiniteVerbLike(t) || ADJECTIVAL_PARTICIPLES.has(t.lower)) return false;
  // ("a nurse called Ana Ruiz": "named".)
  if (calledAsNamed(toks, i)) return false;
  // "a letter obtained by the paper" is a participle; "began by talking" is a past form all the same.
  if (toks[i + 1]?.lower === "by" && !PAST_ONLY.has(t.lower)) return false;
  // A bracket after a name closes an aside ("Sen. Ann Lee (D-Ohio) called …").
  if (!prev.word && !isPossessive(prev) && prev.text !== ")") return false;
  // "Tom Reyes sharply scolded Lind": a manner adverb between a name and a past form with its
  // object after it is the clause's verb group, not "the newly elected mayor".
  if (isLyAdverb(prev.lower) && i >= 2 && toks[i - 2].cap && toks[i - 2].word && !DETERMINERS.has(toks[i - 2].lower) && toks[i + 1]?.word && toks[i + 1].cap) return true;
  // "the crowd loudly reprised the chant": the same after a determiner and a person or gathering
  // noun, with a determiner opening the object ("the loudly cheered crowd" has no noun before it).
  if (isLyAdverb(prev.lower) && i >= 3 && DETERMINERS.has(toks[i - 3].lower) && (PERSON_NOUNS.has(toks[i - 2].lower) || GATHERINGS.has(toks[i - 2].lower)) && DETERMINERS.has(toks[i + 1]?.lower ?? "")) return true;
  if (pronounDeterminerSubject(toks, i)) return true;
  if (isPossessive(prev) || DETERMINERS.has(prev.lower) || PARTICIPLE_MODIFIERS.has(prev.lower) || isLyAdverb(prev.lower)) return false;
  if (prev.lower === "and" || prev.lower === "or" || isFiniteVerbLike(prev)) return false;
  // After a preposition it modifies a noun ("with unconcealed delight").
  if (PREPOSITIONS.has(prev.lower)) return false;
  return true;
}

/**
 * Where a run of two or more words in capitals at the mention's start ends, when a word in mixed
 * case follows it (so a name in capitals, "JOEL BENENSON", or an acronym, "NBC News", stays); 0 if none.
 */
function headingCapsEnd(toks: readonly Tok[]): number {
  let k = 0;
  while (k < toks.length && toks[k].word && isHeadingCapsWord(toks[k].text)) k++;
  return k >= 2 && k < toks.length && /^\p{Lu}\p{Ll}/u.test(toks[k].text) ? k : 0;
}

/**
 * Where a clause's verb follows a capitalised name inside a mention: a past form ("Obama began
 * …"), or one after a manner adverb ("Obama passionately rebuked …"), as isVerbAt reads it; -1 if none.
 */
function clauseAfterName(toks: readonly Tok[]): number {
  for (let k = 1; k < toks.length; k++) {
    // Only capitals (and "the") before the verb: "wants Ann Lee removed", "16 percent of Democratic
    // registered voters" are no name and its clause.
    const t = toks[k - 1];
    // ("board Chairman Tom Reyes sharply scolded …": a lower-case modifier of the title that opens the name.)
    if (!t.word || (!isCap(t) && !(k === 1 && (t.lower === "the" || titleModifier(toks))))) return -1;
    if (!isCap(t)) continue;
    if (saidSurnameAt(toks, k)) return -1;
    // "Democratic registered voters": a participle before a person noun is an adjective.
    if (PERSON_NOUNS.has(toks[k + 1]?.lower ?? "")) return -1;
    if (isVerbAt(toks, k)) return k;
    if (presentAfterTitledName(toks, k)) return k;
    if (toks[k].lower.endsWith("ly") && !toks[k].cap && k + 1 < toks.length && isFiniteVerbLike(toks[k + 1]) && !ADJECTIVAL_PARTICIPLES.has(toks[k + 1].lower)) return k;
  }
  return -1;
}

/** "board Chairman …", "party Chairwoman …", "former Gov. …": a lower-case word, then a title, opens the tokens. */
const titleModifier = (toks: readonly Tok[]): boolean => toks.length > 2 && isCap(toks[1]) && TITLES.has(toks[1].lower) && (LEADING_ROLE_WORDS.has(toks[0].lower) || ORG_WORDS.has(toks[0].lower));

// Honorifics that make the capitals after them a person's name ("Mrs. Lee"), never a noun's modifier.
const HONORIFIC_TITLES: ReadonlySet<string> = new Set(["mr.", "mrs.", "ms.", "dr."]);

/**
 * "Mrs. Lee offers …": a lower-case word in -s right after an honorific and a name is the present
 * of the clause's verb. (After a bare name it may be a noun the name modifies, "Lee supporters",
 * or the verb of a clause whose subject is another, "Lee gives an account of Ruiz telling …".)
 */
function presentAfterTitledName(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const w = t.lower;
  if (t.cap || !t.word || w.length < 4 || w.charCodeAt(w.length - 1) !== 0x73 || !HONORIFIC_TITLES.has(toks[0].lower)) return false;
  if (w.endsWith("ss") || w.endsWith("us") || PERSON_NOUNS.has(w) || ORG_WORDS.has(w)) return false;
  for (let j = 1; j < k; j++) if (!isCap(toks[j])) return false;
  // One space before it: a possessive dropped between ("Mrs. Lee's confidants") makes it a noun.
  return t.start - toks[k - 1].end === 1;
}

/** A capitalised word right before a past-tense verb: the segment is a clause with its subject. */
function hasNameAndVerb(seg: readonly Tok[]): boolean {
  for (let k = 0; k + 1 < seg.length; k++) if (seg[k].cap && isFiniteVerbLike(seg[k + 1])) return true;
  return false;
}

/** "Theresa May": a month word after a given name or an initial is the surname (isMonthSurname). */
const monthSurnameAt = (toks: readonly Tok[], i: number): boolean => i > 0 && isMonthSurname(toks[i - 1].text, toks[i].text, toks[i + 1]?.text);
/** "Edward Said": the mention's last word, "Said" after a given name or an initial, is the surname (isSaidSurname), not the verb. */
const saidSurnameAt = (toks: readonly Tok[], i: number): boolean => i > 0 && i === toks.length - 1 && isSaidSurname(toks[i - 1].text, toks[i].text);

// Particles that a contracted article follows inside a Dutch name ("Sophie in 't Veld", "Jan van 't Hek").
const CONTRACTED_PARTICLES: ReadonlySet<string> = new Set(["in", "van", "op"]);

/**
 * How many tokens from `k` are a particle and a contracted article inside a name: "in", "van" or "op",
 * then the "t" of "'t" (the apostrophe a token of its own, or already dropped as a possessive's),
 * then a capital ("in 't Veld"); else 0. ("in" alone is a preposition: "said Jan in Amsterdam".)
 */
export function contractedParticleLength(toks: readonly Tok[], k: number, text: string): number {
  const p = toks[k];
  if (!p || !CONTRACTED_PARTICLES.has(p.lower)) return 0;
  let j = k + 1;
  if (toks[j] && (toks[j].text === "'" || toks[j].text === "’")) j++;
  const t = toks[j];
  const next = toks[j + 1];
  if (!t || t.lower !== "t" || !next || !isCap(next)) return 0;
  const apostrophe = text.charCodeAt(t.start - 1);
  return apostrophe === 0x27 || apostrophe === 0x2019 ? j + 1 - k : 0;
}

/** Where a particle and contracted article that end right before `end` start, after a capital; else 0. */
function contractedAt(toks: readonly Tok[], end: number, text: string): number {
  for (let k = end - 2; k >= Math.max(1, end - 3); k--) if (isCap(toks[k - 1]) && contractedParticleLength(toks, k, text) === end - k) return k;
  return 0;
}

function isNameToken(t: Tok): boolean {
  if (!t.word) return false;
  // (The regex only where a hyphen is the third character.)
  if (NAME_PARTICLES.has(t.lower) || (t.text.length > 2 && t.text.charCodeAt(2) === 0x2d && /^(?:al|el)-/i.test(t.text))) return true;
  return isCap(t) && !NOT_NAMES.has(t.lower);
}

// Word lists of the mention readers, built once (they run for every mention).
// A name after one of these is not the head of a description ("A cousin serving in Palmyra").
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "of", "from", "at", "for", "near", "with", "to"]);
// Prepositions that put something in a place and never join a title to its office ("in", not "of").
const IN_PLACE_ONLY: ReadonlySet<string> = new Set(["in", "from", "near", "at"]);
// Prepositions whose object a name is after a lower-case noun ("Lee's earlier missive on Trump",
// "advisers to Obama", "a grudge against Reyes"): the noun before heads the phrase.
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "to", "about", "for", "against", "with", "toward", "towards", "over", "into"]);

/**
 * The name at core[start..) is the object of a preposition of OBJECT_PREPOSITIONS after a lower-case
 * noun ("missive on Trump"). Not after a determiner ("the on …"), a title ("secretary to …"), nor
 * after a person noun when three capitalised words or more follow, which may be the object and a
 * name run together ("spokesman for Clinton Brian Fallon").
 */
function nameIsObject(core: readonly Tok[], start: number, nameLength: number): boolean {
  if (start < 2 || !OBJECT_PREPOSITIONS.has(core[start - 1].lower)) return false;
  const noun = core[start - 2];
  return noun.word && !isCap(noun) && !DETERMINERS.has(noun.lower) && !TITLES.has(noun.lower) && !(PERSON_NOUNS.has(noun.lower) && nameLength >= 3);
}
// Person nouns that are plural without a final "s".
const PLURAL_NOUNS: ReadonlySet<string> = new Set(["people", "men", "women", "police", "children"]);
// Words that open a clause or an adverbial after a source's comma, not an appositive.
const NOT_APPOSITIVE_START: ReadonlySet<string> = new Set(["according", "as", "and", "but", "though", "although", "while", "when", "in", "on", "at", "during", "after", "before", "because", "since", "referring", "speaking", "adding"]);
// Where a long description's head noun phrase ends.
const HEAD_BREAKS: ReadonlySet<string> = new Set(["who", "that", "which", "in", "of", "from", "at", "with", "involved", "serving"]);

const ROLE_IN_NAME = /^(?:republican|democrat|democratic|chairman|chairwoman|ranking|leader|whip|secretary|spokesman|spokeswoman)$/i;

const ORG_LINKS: ReadonlySet<string> = new Set(["for", "of", "on"]);

/**
 * "Parks and Recreation", "Law and Justice": where the run of capitals that "and" (right before `start`)
 * joins to the name run at `start` begins, or -1. Only the words of one name, so at most four.
 */
function capsBeforeAnd(toks: readonly Tok[], start: number): number {
  if (start < 2 || toks[start - 1].lower !== "and" || !isCap(toks[start - 2]) || toks[start - 2].lower === "the") return -1;
  let k = start - 2;
  while (k > 0 && start - 1 - k < 4 && isCap(toks[k - 1]) && toks[k - 1].lower !== "the") k--;
  // ("the Council of Farms, Fields and Forests": a list's commas between the capitals, after a body's link.)
  let l = k;
  while (l > 1 && start - l < 12 && toks[l - 1].text === "," && isCap(toks[l - 2]) && toks[l - 2].lower !== "the") {
    l -= 2;
    while (l > 0 && start - l < 12 && isCap(toks[l - 1]) && toks[l - 1].lower !== "the") l--;
  }
  return l < k && l > 0 && ORG_LINKS.has(toks[l - 1].lower) ? l : k;
}

/** The name run at `start` ends a list of capitals ("Iowa, Ohio and Utah") that "in" or "from" opens after a noun. */
function placeListAfterNoun(core: readonly Tok[], start: number, personNoun: boolean): boolean {
  const ls = capsListStart(core, start);
  if (ls === start || ls < 2 || !IN_PLACE_ONLY.has(core[ls - 1].lower) || !core[ls - 2].word || DETERMINERS.has(core[ls - 2].lower)) return false;
  return personNoun || !isCap(core[ls - 2]);
}

/**
 * "voters in Iowa, Ohio and Utah": where the list of capitals that "and" (right before `start`) joins to
 * the name run at `start` begins, with a list's commas; `start` when no "and" stands there. Bounded.
 */
function capsListStart(toks: readonly Tok[], start: number): number {
  if (start < 2 || toks[start - 1].lower !== "and" || !isNameToken(toks[start - 2])) return start;
  let k = start - 2;
  while (k > 0 && start - k < 12) {
    if (isNameToken(toks[k - 1])) k--;
    else if (k >= 2 && toks[k - 1].text === "," && isNameToken(toks[k - 2])) k -= 2;
    else break;
  }
  return k;
}
/** Index of the first capitalised token before `end` other than "the", or -1. */
function firstCapNotThe(toks: readonly Tok[], end: number): number {
  for (let k = 0; k < end; k++) if (isCap(toks[k]) && toks[k].lower !== "the") return k;
  return -1;
}

/** toks[from..to) are all capitalised and one of them is an organisation word. */
function allCapWithOrgWord(toks: readonly Tok[], from: number, to: number): boolean {
  let org = false;
  for (let k = from; k < to; k++) {
    if (!isCap(toks[k])) return false;
    if (ORG_WORDS.has(toks[k].lower)) org = true;
  }
  return org;
}

/**
 * The mention whose speaker is written as `toks`, with its spans: what kind of speaker they name.
 * (It builds the whole mention: spreading a returned kind into each caller's object literal cost a
 * copy and an object per mention.)
 */
// Words that open a name run as a role or party, not as the name ("Former Gov. Ann Lee", "Senate
// Minority Leader …"); a word is looked up in lower case (ASCII words: what the case-insensitive
// /^(?:former|…|u\.s\.)$/i test read).
const LEADING_ROLE_WORDS: ReadonlySet<string> = new Set([
  "former", "republican", "democratic", "democrat", "vice", "deputy", "acting", "chief", "senior", "state", "house", "senate",
  "minority", "majority", "white", "press", "first", "lady", "new", "u.s.",
]);

function classify(toks: readonly Tok[], text: string, span: Span, role: Span | null, whole: Span): Mention {
  const m = classifyWords(toks, text, span, role, whole);
  // "Obama began his presidency by …", "party Chairman Ann Lee sharply scolded …": a name's mention as
  // written ends before the clause run into it. (A description keeps its words: "People briefed on the
  // move" is a participle's phrase.)
  // (Cheap first: most mentions end in the name itself, a capitalised word.)
  if (m.kind !== "name" || m.span.end !== span.end || !m.name || toks.length < 3 || isCap(toks[toks.length - 1])) return m;
  const end = nameClauseEnd(toks);
  if (end <= 0) return m;
  const cut = { start: span.start, end: toks[end - 1].end };
  return remadeMention(m, { span: cut, whole: whole.end === span.end ? { start: whole.start, end: cut.end } : whole });
}

/** Where the name's clause starts in `toks` (as classifyWords reads it), or 0 when none does. */
function nameClauseEnd(toks: readonly Tok[]): number {
  const unheaded = stripBrackets(toks, true);
  const head = headingCapsEnd(unheaded);
  const clause = clauseAfterName(unheaded.slice(head));
  if (clause <= 0) return 0;
  // (The tokens kept: brackets are stripped only as a whole, so an index into `toks` is found by its token.)
  const last = unheaded[head + clause - 1];
  return toks.indexOf(last) + 1;
}

/**
 * The person noun a lower-case word is, or null: the word itself, or the noun after "ex-" or
 * "former-" ("His ex-wife", "the ex-governor" are a person, not a body; the plain word alone was read).
 */
function personNounOf(lower: string): string | null {
  if (PERSON_NOUNS.has(lower)) return lower;
  // (Cheap test first: most words hold no hyphen.)
  if (lower.length < 5 || !lower.includes("-")) return null;
  const rest = lower.startsWith("ex-") ? lower.slice(3) : lower.startsWith("former-") ? lower.slice(7) : null;
  return rest !== null && PERSON_NOUNS.has(rest) ? rest : null;
}

function classifyWords(toks: readonly Tok[], text: string, span: Span, role: Span | null, whole: Span): Mention {
  if (toks.length === 1 && PRONOUNS.has(toks[0].lower)) {
    const p = PRONOUNS.get(toks[0].lower)!;
    return { span, role, whole, kind: "pronoun", type: p.plural ? "group" : p.gender === "n" ? "unknown" : "person", gender: p.gender, name: null, title: null, plural: p.plural };
  }
  // (One pass, no intermediate arrays: classify runs for every candidate mention of every quote.)
  // "ROLL TIDE Alabama beat …", "AT LEAST 10 KILLED IN … Turkish President Ann Lee": a briefing's
  // heading in capitals run into the sentence after it is no part of the name.
  const unheaded = stripBrackets(toks, true);
  const stripped = unheaded.slice(headingCapsEnd(unheaded));
  // "Someone in the audience", "everyone": an indefinite pronoun that opens the phrase is its head,
  // a person nobody names, whatever its capital ("Everyone" a group).
  if (stripped.length > 0 && INDEFINITE_PERSONS.has(stripped[0].lower)) {
    const every = stripped[0].lower.startsWith("every");
    return { span, role, whole, kind: "description", type: every ? "group" : "anonymous", gender: null, name: null, title: null, plural: every };
  }
  // "Obama began his presidency by …", "President Obama passionately rebuked critics who …": a
  // clause run into the mention; the name before its verb is who is meant.
  const clause = clauseAfterName(stripped);
  const core = clause > 0 ? stripped.slice(0, clause) : stripped;
  // A trailing run of capitalised words is a name; what stands before it is a role ("Ohio Gov.").
  let end = core.length;
  while (end > 0 && !isNameToken(core[end - 1]) && !monthSurnameAt(core, end - 1) && !saidSurnameAt(core, end - 1)) end--;
  let start = end;
  for (;;) {
    if (start > 0 && (isNameToken(core[start - 1]) || monthSurnameAt(core, start - 1) || saidSurnameAt(core, start - 1) || isInitial(core[start - 1].text))) start--;
    // "Sophie in 't Veld": the particle and contracted article between given name and surname.
    else if (start >= 3 && core[start - 1].lower === "t" && contractedAt(core, start, text) > 0) start = contractedAt(core, start, text);
    else break;
  }
  const nameToks = core.slice(start, end);
  const orgish = core.some((t) => ORG_WORDS.has(t.lower) && !TITLES.has(t.lower));
  const personNoun = core.find((t) => personNounOf(t.lower) !== null);
  const firstLower = core[0]?.lower ?? "";
  // "A cousin serving in Palmyra", "the soldier": a determiner (other than a capitalised "The"
  // before a name) makes a description, and a name after a preposition is not its head.
  // "a worker named Luis Ortega", "a nurse called Ana Ruiz": the name after a person noun and
  // "named" or "called" is who is meant, not a description of someone.
  const namedAfterNoun = start >= 2 && end === core.length && (core[start - 1].lower === "named" || core[start - 1].lower === "called") && personNounOf(core[start - 2].lower) !== null;
  const described = !namedAfterNoun && (
    (DETERMINERS.has(firstLower) && (firstLower !== "the" || !isCap(core[1] ?? core[0])) && !definiteRoleThenName(core, start, end)) ||
    (start > 0 && (PLACE_PREPOSITIONS.has(core[start - 1].lower) || stateAfterPlace(core, start)) && personNoun !== undefined &&
      // "Secretary of State Ann Lee": a title before "of" belongs to the name.
      !(start >= 2 && (TITLES.has(core[start - 2].lower) || officeOf(core, start, end)))) ||
    // "Six newspapers in New Jersey", "the plants near Dayton": a place after a lower-case noun and "in",
    // "from", "near" or "at" is where the things named are, not a person's name.
    (start >= 2 && IN_PLACE_ONLY.has(core[start - 1].lower) && core[start - 2].word && !isCap(core[start - 2]) && !DETERMINERS.has(core[start - 2].lower)) ||
    // "voters in Iowa, Ohio and Utah", "Republicans from Dover and Troy": a list of places after a person
    // noun and "in" or "from" is where they are, as one place is.
    placeListAfterNoun(core, start, personNoun !== undefined) ||
    // "the Roper Center at Cornell University in New York": a known place after "in", "from", "near" or "at"
    // is where someone or something is, never a name.
    (start >= 1 && end === core.length && IN_PLACE_ONLY.has(core[start - 1].lower) && isPlaceName(text.slice(core[start].start, core[end - 1].end))) ||
    (end === core.length && nameIsObject(core, start, end - start)));
  // "Soldiers told him …", "Residents said …": a capitalised plural person noun opening a sentence
  // is a group, not someone's name.
  const bareNoun = nameToks.length === 1 && start === 0 && PERSON_NOUNS.has(nameToks[0].lower);
  if (nameToks.length > 0 && end === core.length && !described && !bareNoun) {
    // Drop leading titles and role words from the name ("Senate Minority Leader Harry Reid").
    let s = 0;
    let title: string | null = null;
    // A possessor before the name ("North Carolina’s Ana Ruiz", "Germany’s Chancellor Ana Ruiz"):
    // the place or outlet the person belongs to, no part of the name (its possessive was dropped above).
    for (let k = nameToks.length - 2; k > 0; k--) {
      const c = text.charCodeAt(nameToks[k - 1].end);
      if (c === 0x27 || c === 0x2019) {
        s = k;
        break;
      }
    }
    // (And a compound adjective, "Texas-based", or a sentence adverb, "Interestingly", run into the name.)
    // ("Ohioan John Boehner", "Rival Hillary Clinton", "German Chancellor Ana Ruiz": a demonym or an
    // adjective of standing too, when two name parts stay after it.)
    while (s < nameToks.length - 1 && (TITLES.has(nameToks[s].lower) || ORG_WORDS.has(nameToks[s].lower) || isHyphenModifier(nameToks[s].text) || (isSentenceAdverb(nameToks[s].text) && !FIRST_NAME_GENDER.has(nameToks[s].lower)) || LEADING_ROLE_WORDS.has(nameToks[s].lower) || (nameToks.length - s > 2 && leadingModifier(nameToks[s])))) {
      if (TITLES.has(nameToks[s].lower) && !title) title = nameToks[s].text;
      s++;
    }
    // "Moderator Ann Lee", "Pastor Tom Reyes", "Counsel James A. Baker": a role noun run into the
    // name is no part of it, when two name parts stay after it and it is no given name as well
    // ("Guy Cecil": "guy" is a person noun too). Not before a person noun at the end: "Pundit Turns
    // Adviser" is a headline, not a name.
    if (!PERSON_NOUNS.has(nameToks[nameToks.length - 1].lower)) while (nameToks.length - s > 2 && (leadingRoleNoun(nameToks[s]) || compoundRole(nameToks[s]))) s++;
    // "Chief of Staff Ana Ruiz": the word after the office's "of" is the office's, and the name
    // starts at a known given name after it (or right after it). ("Director of Government Affairs
    // Phil Smith": past the body's words the loop above dropped as well.)
    const office = officeOf(core, start, end);
    if (office && (s === 0 || ORG_WORDS.has(nameToks[s - 1].lower))) {
      const from = Math.max(1, s);
      // (With no given name known: the last two words, and an initial before the surname.)
      if (s === 0) s = Math.max(1, nameToks.length - (isInitial(nameToks[nameToks.length - 2].text) ? 3 : 2));
      for (let k = from; k < nameToks.length - 1; k++) {
        if (FIRST_NAME_GENDER.has(nameToks[k].lower)) {
          s = k;
          break;
        }
      }
    }
    const lead = s;
    // A role word further in ("Senate Intelligence Ranking Democrat Dana Frey"): the name follows the last one.
    // (A role noun too, "Clinton Senior Adviser Ann Lee", when two name parts follow it.)
    for (let k = nameToks.length - 2; k > s; k--) {
      if (TITLES.has(nameToks[k].lower) || ROLE_IN_NAME.test(nameToks[k].text) || isHyphenModifier(nameToks[k].text) || (k <= nameToks.length - 3 && (leadingRoleNoun(nameToks[k]) || FORCE_ACRONYMS.has(nameToks[k].text) || compoundRole(nameToks[k])))) {
        if (TITLES.has(nameToks[k].lower) && !title) title = nameToks[k].text;
        s = k + 1;
        break;
      }
    }
    const name = nameToks.slice(s);
    // ("named" of "a worker named Luis Ortega" is no part of the role.)
    const before = core.slice(0, namedAfterNoun ? start - 1 : start);
    if (!title) for (const t of before) if (TITLES.has(t.lower) && TITLES.get(t.lower)) title = t.text;
    // ("the Parks and Recreation Department", "The Institute for Law and Justice": capitals that "and" joins
    // to the name run are part of one body's name.)
    const andFrom = capsBeforeAnd(core, start);
    if (orgish && name.some((t) => ORG_WORDS.has(t.lower)) && !givenNameThenSurname(name)) {
      // An organisation keeps the words the loop above drops from a person's name as roles ("The
      // New York Times", "the State Department", "Fox News", "The Republican National Committee").
      // (Not across a title further in: "Atlantic City Mayor Don Guardian".)
      let o = s === lead ? 0 : s;
      while (o < s && TITLES.has(nameToks[o].lower)) o++;
      // (The capitals before "and" are the body's too.)
      const first = o === 0 && andFrom >= 0 ? core[andFrom] : nameToks[o];
      return { span, role, whole, kind: "organisation", type: "organisation", gender: "n", name: text.slice(first.start, name[name.length - 1].end), title: null, plural: false };
    }
    // "The Syrian Observatory for Human Rights": the organisation word stands before "for/of", so the
    // capitalised run after it is part of the organisation's name, not a person.
    // (Not when a title further in splits a person's name off: "The Council on Harbor Relations Executive
    // Director Ana Ruiz" is the council's director.)
    const titled = s > 0 && s < nameToks.length - 1 && TITLES.has(nameToks[s - 1].lower);
    // ("The Institute for Law and Justice": the link stands before the capitals that "and" joins.)
    const link = andFrom >= 0 ? andFrom - 1 : start - 1;
    const orgHead = link >= 1 && ORG_LINKS.has(core[link].lower) && !office && !titled ? firstCapNotThe(core, link) : -1;
    if (orgHead >= 0 && allCapWithOrgWord(core, orgHead, link)) {
      return { span, role, whole, kind: "organisation", type: "organisation", gender: "n", name: text.slice(core[orgHead].start, name[name.length - 1].end), title: null, plural: false };
    }
    // "Ann Lee and Tom Reyes", "Sen. Ann Lee and former Gov. Tom Reyes": two people who speak together, not the last alone.
    // ("Carson, Fiorina and Huckabee": each name of a list, joined as written.)
    const others = name.some((t) => ORG_WORDS.has(t.lower)) ? null : coordinatedName(core, start, text);
    if (others) {
      // (Joined in a loop: .map's array from optimised code is another kind than before, and the join on
      // it threw this function's optimised code away once a run.)
      let written = "";
      for (let k = 0; k < others.length; k++) written += (k > 0 ? ", " : "") + text.slice(others[k][0].start, others[k][others[k].length - 1].end);
      return { span, role, whole, kind: "name", type: "group", gender: null, name: `${written} and ${text.slice(name[0].start, name[name.length - 1].end)}`, title: null, plural: true };
    }
    const g = (title ? TITLES.get(title.toLowerCase()) : null) ?? FIRST_NAME_GENDER.get(name[0].lower) ?? null;
    // ("Mayor Ann Lee, who pushed for the bridge,": an appositive that is no role, a clause of an act,
    // leaves the role words before the name. rolePrefix first: with no words before the name, the
    // common case, it returns at once, and roleAsWritten's patterns run only when both are there.)
    const prefix = rolePrefix(before, nameToks.slice(0, s));
    const written = role && !isPartyTag(text, role) && !(prefix && roleAsWritten(text.slice(role.start, role.end)) === null) ? role : prefix ?? role;
    return { span, role: written, whole, kind: "name", type: "person", gender: g, name: text.slice(name[0].start, name[name.length - 1].end), title, plural: false };
  }
  if (personNoun) {
    const plural = /s$/.test(personNoun.lower) && !/(ss|us)$/.test(personNoun.lower) && personNoun.lower !== "his" || PLURAL_NOUNS.has(personNoun.lower);
    const anonymous = !core.some(isCap) || described;
    return {
      span,
      role,
      whole,
      kind: "description",
      type: plural ? "group" : anonymous ? "anonymous" : "person",
      gender: NOUN_GENDER.get(personNounOf(personNoun.lower)!) ?? null,
      name: null,
      title: null,
      plural,
    };
  }
  if (orgish || core.some(isCap)) return { span, role, whole, kind: "organisation", type: "organisation", gender: "n", name: null, title: null, plural: false };
  return { span, role, whole, kind: "description", type: "unknown", gender: null, name: null, title: null, plural: /s$/.test(toks[toks.length - 1]?.lower ?? "") };
}

// Prepositions before a capitalised run that make it part of a body's or a place's name, not a person's
// ("the Organization for Economic Cooperation and Development", "the Department of Parks and Recreation").
const NAME_OF_BODY: ReadonlySet<string> = new Set(["of", "for", "on", "in", "at", "from", "to", "with"]);

/**
 * "Ann Lee and Tom Reyes", "Sen. Ann Lee and former Gov. Tom Reyes", "Lee and Reyes", "Carson, Fiorina and
 * Huckabee": the names that "and" and a list's commas join to the name run at `start` (their titles and role words
 * dropped), in order, or null. Not the words of a body's name ("Economic Cooperation and Development" after
 * "for"), nor a name that holds an organisation word.
 */
function coordinatedName(core: readonly Tok[], start: number, text: string): Tok[][] | null {
  const last = coordinatedRun(core, start, text);
  if (!last) return null;
  const runs = [last.run];
  // ("Carson, Fiorina and Huckabee": the runs before the list's commas, each one name; bounded at five.)
  let p = last.from - 1;
  while (runs.length < 5 && p > 0 && core[p].text === ",") {
    let r = p;
    while (r > 0 && p - r < 6 && (isNameToken(core[r - 1]) || isInitial(core[r - 1].text))) r--;
    if (r === p) break;
    let q = r;
    while (q < p - 1 && (TITLES.has(core[q].lower) || PLURAL_TITLES.has(core[q].lower) || LEADING_ROLE_WORDS.has(core[q].lower) || leadingRoleNoun(core[q]))) q++;
    for (let m = q; m < p; m++) if (ORG_WORDS.has(core[m].lower) || TITLES.has(core[m].lower) || NOT_NAMES.has(core[m].lower)) return null;
    runs.unshift(core.slice(q, p));
    p = r - 1;
    while (p > 0 && LEADING_ROLE_WORDS.has(core[p].lower) && !isCap(core[p])) p--;
  }
  return runs;
}

/** The name right before "and" at `start` - 1 ("Ann Lee and ..."), and the index its run (with titles) opens at; or null. */
function coordinatedRun(core: readonly Tok[], start: number, text: string): { readonly run: Tok[]; readonly from: number } | null {
  let k = start - 1;
  // ("… and former Gov. Tom Reyes": lower-case role words before the second name.)
  while (k > 0 && start - k <= 2 && !isCap(core[k]) && LEADING_ROLE_WORDS.has(core[k].lower)) k--;
  if (k < 1 || core[k].lower !== "and") return null;
  // (The serial comma of a list: "Lee, Reyes, and Park".)
  const serial = k > 1 && core[k - 1].text === "," && isNameToken(core[k - 2]);
  if (serial) k--;
  let a = k;
  while (a > 0 && k - a < 6 && (isNameToken(core[a - 1]) || isInitial(core[a - 1].text))) a--;
  // ("the Council of Farms, Fields and Forests": the list of capitals before "and" opens after the body's "of".)
  let listStart = a;
  while (listStart > 1 && core[listStart - 1].text === "," && isNameToken(core[listStart - 2])) {
    listStart -= 2;
    while (listStart > 0 && a - listStart < 12 && isNameToken(core[listStart - 1])) listStart--;
  }
  if (a === k || (serial && listStart === a) || (listStart > 0 && NAME_OF_BODY.has(core[listStart - 1].lower))) return null;
  // Titles and role words open the run ("Former Gov.", "Sen."); a possessor ends before the name ("MSNBC’s").
  let s = a;
  for (let m = a; m < k - 1; m++) {
    const c = text.charCodeAt(core[m].end);
    if (c === 0x27 || c === 0x2019) s = m + 1;
  }
  // ("Maine Sen. Ann Lee": the name follows the last title; "Sens. Ann Lee and …": a plural one too.)
  for (let m = k - 2; m >= s; m--) {
    if (TITLES.has(core[m].lower) || PLURAL_TITLES.has(core[m].lower)) {
      s = m + 1;
      break;
    }
  }
  while (s < k - 1 && (TITLES.has(core[s].lower) || LEADING_ROLE_WORDS.has(core[s].lower) || leadingRoleNoun(core[s]))) s++;
  for (let m = s; m < k; m++) if (ORG_WORDS.has(core[m].lower) || TITLES.has(core[m].lower) || NOT_NAMES.has(core[m].lower)) return null;
  return { run: core.slice(s, k), from: a };
}

/**
 * "officials familiar with the house in Chappaqua, N.Y.": the name run at `start` follows a comma after a
 * place that a place preposition opens, so it completes that place (a state) and is no one's name.
 */
function stateAfterPlace(core: readonly Tok[], start: number): boolean {
  if (start < 3 || core[start - 1].text !== ",") return false;
  let k = start - 2;
  while (k > 0 && start - k <= 4 && isCap(core[k])) k--;
  return k < start - 2 && PLACE_PREPOSITIONS.has(core[k].lower);
}

/**
 * "RNC Chief of Staff Ana Ruiz": a capitalised role noun, "of", and a run of three or more capitals
 * to the end: an office and the name of who holds it ("a cousin of Ana Ruiz", "Friend of Ana Ruiz"
 * are someone described by a relation to the person named).
 */
function officeOf(core: readonly Tok[], start: number, end: number): boolean {
  if (start < 2 || end !== core.length || end - start < 3 || core[start - 1].lower !== "of") return false;
  const office = core[start - 2];
  // (A person noun, or a head of the titles the name registry reads the same way: "Supervisor of
  // Elections Ana Ruiz", "Clerk of Courts Tom Reyes".)
  if (!isCap(office) || !(PERSON_NOUNS.has(office.lower) || OF_TITLE_HEADS.has(office.lower)) || NOUN_GIVEN_NAMES.has(office.lower)) return false;
  // ("CEO of Harbor Restaurant Association": the body the office is of, no one's name; but a known
  // given name with a surname or two after the body's words is the holder's: "Director of
  // Government Affairs Phil Smith".)
  let named = end;
  for (let k = start + 1; k < end - 1; k++) {
    if (end - k <= 3 && FIRST_NAME_GENDER.has(core[k].lower)) {
      named = k;
      break;
    }
  }
  for (let k = named; k < end; k++) if (ORG_WORDS.has(core[k].lower)) return false;
  if (named === end) for (let k = start; k < end; k++) if (ORG_WORDS.has(core[k].lower)) return false;
  return true;
}

// Singular demonyms and faiths, from their plurals ("Ohioan", "Texan", "Evangelical"), and adjectives
// of standing that open a sentence before a name ("Rival Hillary Clinton", "Fellow Senator …"):
// words in front of a name, not part of it. ("Christian" is a given name as well.)
const NAME_MODIFIERS: ReadonlySet<string> = new Set(["rival", "fellow", "longtime", "then", "embattled", "outgoing", "incoming", "retiring"]);
const leadingModifier = (t: Tok): boolean =>
  isCap(t) && !FIRST_NAME_GENDER.has(t.lower) && t.lower !== "christian" && (NAME_MODIFIERS.has(t.lower) || (!PERSON_NOUNS.has(t.lower) && GROUP_PLURALS.has(t.lower + "s")));

// Forms of address, not roles ("Mr. Lee" has no role; "Sen. Lee" has): roles.ts's list, and
// "Lord"/"Lady", which roles.ts keeps as role words ("the first lady") but before a name only address.
const ADDRESS_WORDS: ReadonlySet<string> = new Set([...HONORIFICS, "lord", "lady"]);

/**
 * The role words that stand before a name and that the name drops ("Republican pollster Ann Lee",
 * "Senate Majority Leader Tom Reyes", "actress Ana Ruiz", "the host Ann Lee", "Harbor Chief of
 * Staff Ada Lind"): the role as written when no appositive gives one. `before` are the words before
 * the run of capitals, `dropped` the capitals the name left out. Null when they hold no role: only
 * a form of address ("Mr."), a possessor place ("Ohio’s Ann Lee") or a sentence adverb.
 */
function rolePrefix(before: readonly Tok[], dropped: readonly Tok[]): Span | null {
  const toks = before.length ? [...before, ...dropped] : dropped;
  let a = 0;
  while (a < toks.length && (isSentenceAdverb(toks[a].text) || ADDRESS_WORDS.has(toks[a].lower))) a++;
  // A role is a short noun phrase: not a clause or a phrase that ends on a preposition ("early
  // results of exit polls conducted by", the name being the object, not the person described).
  if (a >= toks.length || toks.length - a > 8 || PREPOSITIONS.has(toks[toks.length - 1].lower) || NP_ENDS_NOT.has(toks[toks.length - 1].lower)) return null;
  let role = false;
  for (let k = a; k < toks.length; k++) {
    const t = toks[k];
    if (ADDRESS_WORDS.has(t.lower)) continue;
    if (isFiniteVerbLike(t) && !ADJECTIVAL_PARTICIPLES.has(t.lower)) return null;
    // A role noun or title, or a lower-case word ("former", "presidential"); not capitals alone.
    if (TITLES.has(t.lower) || PERSON_NOUNS.has(t.lower) || FORCE_ACRONYMS.has(t.text) || ROLE_IN_NAME.test(t.text) || (t.word && !isCap(t) && !DETERMINERS.has(t.lower))) role = true;
  }
  return role ? { start: toks[a].start, end: toks[toks.length - 1].end } : null;
}

// Words a noun phrase before a name does not end on.
const NP_ENDS_NOT: ReadonlySet<string> = new Set(["and", "or", "but", "as", "than", "that", "who", "which", "the", "a", "an"]);
// A party and state after a lawmaker's name ("R-Ky.", "(D-Ohio)"): no role.
const PARTY_TAG = /^\(?[RDI]-[\p{L}. ]+\)?$/u;
const isPartyTag = (text: string, s: Span): boolean => s.end - s.start <= 20 && PARTY_TAG.test(text.slice(s.start, s.end));

// Possessive determiners that open a role before a name as "the" does ("his campaign manager Jeff Weaver").
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/**
 * "the host Ann Lee", "the conservative radio host Tom Reyes", "the district party Chairman Ana
 * Ruiz", "his campaign manager Tom Reyes": "the" or a possessive, words of a role (no preposition,
 * no verb), then a role noun or title right before a name of two or more parts that ends the
 * phrase: the name is the speaker, the rest its role.
 */
function definiteRoleThenName(core: readonly Tok[], start: number, end: number): boolean {
  if ((core[0].lower !== "the" && !POSSESSIVE_DETERMINERS.has(core[0].lower)) || end !== core.length || start < 2) return false;
  let k = start - 1;
  // The role noun may be the name run's own first capital ("Chairman Ana Ruiz").
  if (!PERSON_NOUNS.has(core[k].lower) && !TITLES.has(core[k].lower)) {
    k = start;
    while (k < end - 2 && !PERSON_NOUNS.has(core[k].lower) && !TITLES.has(core[k].lower)) k++;
    if (k >= end - 2) return false;
  } else if (end - start < 2) return false;
  for (let j = 1; j < Math.min(k, start); j++) {
    const t = core[j];
    if (!t.word || PREPOSITIONS.has(t.lower) || CLAUSE_WORDS.has(t.lower) || RELATIVE.has(t.lower) || isFiniteVerbLike(t) || /ing$/.test(t.lower)) return false;
  }
  return true;
}

// Person nouns that are given names too ("Guy Cecil", "Major Garrett" is a title besides).
const NOUN_GIVEN_NAMES: ReadonlySet<string> = new Set(["guy", "major", "general", "private", "local", "son", "fan", "rebel", "victim"]);
const leadingRoleNoun = (t: Tok): boolean => PERSON_NOUNS.has(t.lower) && !NOUN_GIVEN_NAMES.has(t.lower) && !FIRST_NAME_GENDER.has(t.lower);

/**
 * Two posts joined by a hyphen ("Secretary-Treasurer", "Editor-Publisher"): each part a title or a
 * person noun, so a role, not a double-barrelled surname ("Lee-Reyes").
 */
function compoundRole(t: Tok): boolean {
  const h = t.lower.indexOf("-");
  if (h <= 0 || !isCap(t)) return false;
  const a = t.lower.slice(0, h);
  const b = t.lower.slice(h + 1);
  return (TITLES.has(a) || PERSON_NOUNS.has(a)) && (TITLES.has(b) || PERSON_NOUNS.has(b));
}

/**
 * A known given name, initials at most, then one last word that is an organisation word too: a
 * person whose surname is an outlet's or a body's word ("Dan Fox", "Michael J. Fox", "Ann
 * Post"), not an organisation ("Fox News", "Christian Science Monitor" have more than that).
 */
function givenNameThenSurname(name: readonly Tok[]): boolean {
  if (name.length < 2 || name.length > 3 || !FIRST_NAME_GENDER.has(name[0].lower)) return false;
  for (let k = 1; k < name.length - 1; k++) if (!isInitial(name[k].text)) return false;
  return true;
}

const spanOf = (toks: readonly Tok[]): Span => ({ start: toks[0].start, end: toks[toks.length - 1].end });

/**
 * A role written without a determiner after a name ("research director of the institute",
 * "co-founder of the group"): lower-case words and no verb, with a person noun, title or "of".
 */
// Prepositions that open an adverbial after a source ("…, about Comey's statement"), not a role.
const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = new Set(["about", "on", "at", "in", "to", "with", "for", "after", "before", "during", "over", "against", "regarding", "amid", "by", "via", "while"]);

// Connective adverbs set off by commas after a source ("Lee, however, said"): no role, though
// some end like role nouns ("however", "moreover").
const CONNECTIVES: ReadonlySet<string> = new Set(["however", "moreover", "though", "therefore", "meanwhile", "nevertheless", "furthermore", "further", "rather", "too", "also", "instead", "again", "together"]);

function isBareRole(seg: readonly Tok[]): boolean {
  if (seg.length === 0 || seg.length > 16 || (seg.length === 1 && CONNECTIVES.has(seg[0].lower))) return false;
  if (ADVERBIAL_PREPOSITIONS.has(seg[0].lower)) return false;
  let roleWord = false;
  for (let i = 0; i < seg.length; i++) {
    const t = seg[i];
    if (!t.word && !isPossessive(t) && !/^[&()-]$/.test(t.text)) return false;
    if (CLAUSE_WORDS.has(t.lower) || RELATIVE.has(t.lower) || t.lower === "that" || t.lower === "which" || isVerbAt(seg, i)) return false;
    if (PERSON_NOUNS.has(t.lower) || TITLES.has(t.lower) || t.lower === "of" || /(?:er|or|ist|ian|ant|ent)$/.test(t.lower)) roleWord = true;
  }
  return roleWord && !/(?:ing|ed)$/.test(seg[0].lower);
}

// Nouns of a body a person works at ("at the Brookings Institution", "with a consulting firm").
const AFFILIATION_HEADS: ReadonlySet<string> = new Set([
  "institute", "institution", "university", "college", "school", "firm", "company", "center", "centre", "foundation",
  "bank", "agency", "council", "committee", "association", "society", "league", "union", "network", "newspaper",
  "magazine", "group", "organization", "organisation", "department", "commission", "project", "program", "programme",
]);

/**
 * "Ann Lee, at the Oakdale Policy Institute,", "Tom Reyes, with a consulting firm called Harbor
 * Analytics,": a phrase after a name that places the person in a body: part of the source as
 * written, like a role. (Not "at a rally in Ohio" or "at the White House": a place or an event.)
 */
function isAffiliation(seg: readonly Tok[]): boolean {
  if (seg.length < 2 || seg.length > 10 || (seg[0].lower !== "at" && seg[0].lower !== "with")) return false;
  let body = false;
  for (const t of seg) {
    if (CLAUSE_WORDS.has(t.lower) || RELATIVE.has(t.lower) || t.lower === "which" || (!t.word && !isPossessive(t) && !/^[&()-]$/.test(t.text))) return false;
    if (AFFILIATION_HEADS.has(t.lower)) body = true;
  }
  return body;
}

// Words after a present participle that open its phrase ("wearing a", "speaking on").
const AFTER_ASIDE_PARTICIPLE: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "their", "its", "in", "on", "at", "with", "from", "for"]);
// Of those, the ones that open the participle's object.
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "their", "its"]);

/**
 * "wearing a cowboy hat", "obtained by The Post", "led by Ann Lee": a segment that opens with a
 * lower-case present participle and a preposition or determiner, or with a past one and its
 * agent's "by" (a past form before anything else, "poked at", "issued a statement", is as likely
 * the predicate the caller's span ran into), with no relative pronoun or clause word in it
 * (those hold a predicate of their own).
 */
function participleAside(seg: readonly Tok[]): boolean {
  if (seg.length < 3 || seg.length > 14) return false;
  const f = seg[0];
  if (!f.word || f.cap) return false;
  // "Sen. Ann Lee, noting the size of the crowd, said": a speech verb's participle with its object
  // reports what the source said (reported speech of its own), it does not describe the source
  // ("writing for the majority" does).
  const reports = SPEECH_VERBS.has(f.lower) && OBJECT_DETERMINERS.has(seg[1].lower);
  const present = /ing$/.test(f.lower) && !PERSON_NOUNS.has(f.lower) && !reports && AFTER_ASIDE_PARTICIPLE.has(seg[1].lower);
  if (!present && !(isFiniteVerbLike(f) && !PAST_ONLY.has(f.lower) && seg[1].lower === "by")) return false;
  for (const t of seg) if (CLAUSE_WORDS.has(t.lower) || RELATIVE.has(t.lower) || t.lower === "which") return false;
  return true;
}

/**
 * "CNN, Cruz said, called it …", "The plan, she added, is …": a name or a personal pronoun and a
 * speech verb between commas credits the clause to someone; it is neither the subject's role nor
 * part of the subject as written.
 */
function isCreditAside(seg: readonly Tok[]): boolean {
  if (seg.length < 2 || seg.length > 4) return false;
  const v = seg[seg.length - 1];
  if (!v.word || v.cap || !SPEECH_VERBS.has(v.lower) || v.lower.endsWith("ing")) return false;
  if (seg.length === 2 && PRONOUNS.has(seg[0].lower) && seg[0].lower !== "it") return true;
  for (let k = 0; k < seg.length - 1; k++) if (!seg[k].word || !isCap(seg[k])) return false;
  return true;
}

function isRoleSegment(seg: readonly Tok[]): boolean {
  if (seg.length === 0) return false;
  const f = seg[0];
  if (/^\p{N}+$/u.test(f.text) && seg.length === 1) return true; // an age: "Mr. Homsi, 32,"
  if (DETERMINERS.has(f.lower) || isCap(f) || f.lower === "who" || f.lower === "of" || f.lower === "whose" || PERSON_NOUNS.has(f.lower) || /^(?:former|longtime|veteran|senior|chief|deputy)$/.test(f.lower)) return true;
  // "technical adviser to …", "political science professor at …": one or two lower-case modifiers
  // before a person noun.
  for (let k = 1; k <= 2 && k < seg.length; k++) {
    const m = seg[k - 1];
    if (!m.word || isCap(m) || /(?:ing|ed|ly)$/.test(m.lower) || CLAUSE_WORDS.has(m.lower) || RELATIVE.has(m.lower) || ADVERBIAL_PREPOSITIONS.has(m.lower) || DETERMINERS.has(m.lower)) return false;
    // ("about the mayor’s statement": a possessor is no role.)
    if (PERSON_NOUNS.has(seg[k].lower)) return !(seg[k + 1] && isPossessive(seg[k + 1]));
  }
  return false;
}

/**
 * Read the source from the words between a clause boundary and the cue verb:
 * "Irina Bokova, the director-general of UNESCO," -> Irina Bokova + role;
 * "…to hang on, one local resident" -> one local resident.
 */
/**
 * Whether the span ends, before white space, in a comma or a dash, or in a hyphen or two after white
 * space: what /(?:[,—–―]|\s--?)\s*$/ tests of its text, read back from its end (the regex, anchored
 * at the end, was tried from every position of every subject).
 */
export function endsWithCommaOrDash(text: string, span: Span): boolean {
  let i = span.end - 1;
  while (i >= span.start && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < span.start) return false;
  const c = text.charCodeAt(i);
  if (c === 0x2c || c === 0x2014 || c === 0x2013 || c === 0x2015) return true;
  if (c !== 0x2d) return false;
  if (i - 1 >= span.start && isSpaceCode(text.charCodeAt(i - 1))) return true;
  return i - 2 >= span.start && text.charCodeAt(i - 1) === 0x2d && isSpaceCode(text.charCodeAt(i - 2));
}

export function parseSubject(text: string, span: Span): Mention | null {
  const toks = withoutNicknames(tokenize(text, span));
  if (toks.length === 0) return null;
  const endsWithComma = endsWithCommaOrDash(text, span);
  const segs = withNounLists(toks, segments(toks));
  while (segs.length && segs[segs.length - 1].length === 0) segs.pop();
  if (segs.length === 0) return null;
  if (endsWithComma && segs.length >= 2) {
    // Appositive: the first segment that reads as a noun phrase names the speaker.
    for (let i = 0; i < segs.length - 1; i++) {
      const head = trimLead(segs[i]);
      if (!isSubjectNP(head) || isTimePhrase(head)) continue;
      const rest = segs.slice(i + 1);
      // "In Ohio, Lee went after Park," is an adverbial and a clause, not a name and its role.
      if (rest.some(hasNameAndVerb)) break;
      // "The mayor, Alice Brown, said": the name in apposition speaks, the description is its role.
      const named = rest[0] ? trimLead(rest[0]) : [];
      const person = named.length ? nameInApposition(head, named, rest.slice(1), text) : null;
      if (person) return person;
      const roleSegs: Tok[][] = [];
      for (const r of rest) {
        if (isCreditAside(r) || (!isRoleSegment(r) && !isBareRole(r) && !isAffiliation(r))) break;
        roleSegs.push(r);
      }
      // (A loop, not filter and flat: flat() is a slow generic path, and this runs for every appositive.)
      const roleToks: Tok[] = [];
      for (const r of roleSegs) if (!(r.length === 1 && /^\p{N}+$/u.test(r[0].text))) for (const t of r) roleToks.push(t);
      const role = roleToks.length ? spanOf(roleToks) : null;
      // "One such document, obtained by The Post, includes", "Purple PAC, steered by Ed Crane, began":
      // a participle's phrase that closes the subject's asides describes it: part of the source as
      // written, never its role (README: no aside is a role).
      const aside = rest.length === roleSegs.length + 1 ? rest[roleSegs.length] : null;
      const wholeEnd = aside && participleAside(aside) ? aside : roleSegs.length ? roleSegs[roleSegs.length - 1] : head;
      const core = withoutTrailingAdverbs(head.slice(0, ofPostmodifierAt(head)));
      return classify(core, text, spanOf(core), role, { start: head[0].start, end: wholeEnd[wholeEnd.length - 1].end });
    }
  }
  // "… after a woman in Worcester, Massachusetts, told him": a state or country after the comma
  // completes the place the segment before it ends on; the subject is the noun phrase that holds
  // the place, or there is none (never the state alone).
  // (With no comma after the state too, when it is a state: "Ann Lee of Dayton, Ohio says".)
  // ("voters in Iowa, Ohio and Utah said": a list of places, each a segment, the last joined by "and".)
  const tail = placeListTail(segs);
  if (tail > 0 && placeTail(segs[tail - 1], segs[tail]) && (endsWithComma || tail < segs.length - 1 || segs[tail].some((t) => t.lower === "and") || isStateSegment(text, segs[segs.length - 1]))) {
    const prev = segs[tail - 1];
    let from = prev.length - 1;
    while (from > 0 && !PLACE_NP_STOPS.has(prev[from - 1].lower) && prev.length - from < 10) from--;
    const np = trimLead([...prev.slice(from), ...segs.slice(tail).flat()]);
    const head = trimLead(prev.slice(from, placePrepositionAt(prev)));
    if (head.length === 0 || !isSubjectNP(head)) return null;
    const core = withoutTrailingAdverbs(head.slice(0, postmodifierAt(head)));
    return classify(core, text, spanOf(core), null, spanOf(np));
  }
  const last = trimLead(segs[segs.length - 1]);
  if (!isSubjectNP(last)) return null;
  // "Republican presidential candidate Donald Trump" keeps its role words; the name is within.
  // "Sen. Ann Lee of Ohio": the name is the speaker, the whole phrase the source as written.
  const named = last.slice(0, ofPostmodifierAt(last));
  // "Protesters marching through the streets", "people who live nearby": the head stops before
  // the participle or relative clause that modifies it.
  const core = withoutTrailingAdverbs(named.slice(0, postmodifierAt(named)));
  return classify(core, text, spanOf(core), null, spanOf(last));
}

// Prepositions that put a person in a place ("a woman in Worcester", "voters from Tulsa").
const IN_PLACE: ReadonlySet<string> = new Set(["in", "of", "from", "near", "outside"]);
// Words before which a noun phrase that ends in a place cannot start.
const PLACE_NP_STOPS: ReadonlySet<string> = new Set(["after", "before", "when", "while", "as", "because", "since", "until", "if", "that", "and", "but", "said", "says", "told", "than", "where", "though", "although"]);

/** Where the place preposition of a segment that ends on "in Worcester" stands, or the length. */
function placePrepositionAt(seg: readonly Tok[]): number {
  let k = seg.length - 1;
  while (k > 0 && isCap(seg[k])) k--;
  return k < seg.length - 1 && IN_PLACE.has(seg[k].lower) ? k : seg.length;
}

/** The segment is a state's name or abbreviation ("Ohio", "South Carolina", "Calif."). */
function isStateSegment(text: string, seg: readonly Tok[]): boolean {
  return seg.length > 0 && seg.length <= 3 && isState(text.slice(seg[0].start, seg[seg.length - 1].end));
}

/**
 * The first of the segments at the end that are the items of a list of places ("Ohio", "Utah and Iowa"):
 * short runs of capitals, the last of them two joined by "and". The last segment's index when only it
 * may be one; 0 when there are too few segments.
 */
function placeListTail(segs: readonly Tok[][]): number {
  const n = segs.length;
  if (n < 2) return 0;
  const last = segs[n - 1];
  const and = last.findIndex((t) => t.lower === "and");
  if (and <= 0 || and === last.length - 1 || last.length > 7 || !last.every((t, k) => k === and || isCap(t) || t.text === ".")) return n - 1;
  let i = n - 1;
  while (i - 1 >= 1 && segs[i - 1].length > 0 && segs[i - 1].length <= 3 && segs[i - 1].every((t) => isCap(t) || t.text === ".")) i--;
  return i;
}

/** "… in Worcester" + "Massachusetts": a short capitalised segment after a place that ends the one before. */
function placeTail(prev: readonly Tok[], last: readonly Tok[]): boolean {
  const and = last.findIndex((t) => t.lower === "and");
  if (last.length === 0 || last.length > (and > 0 ? 7 : 3) || !last.every((t, k) => (k === and && and > 0 && k < last.length - 1) || isCap(t) || t.text === ".")) return false;
  const k = placePrepositionAt(prev);
  return k < prev.length && k > 0 && prev.length - k <= 4;
}

/**
 * Where an "of/from X" postmodifier starts after a person's name ("Sen. Ann Lee of Ohio",
 * "Tom Reyes from the port authority"), or the length when there is none. A title or an
 * organisation before "of" is part of the name ("Secretary of State John Kerry", "the University of Utah").
 */
export function ofPostmodifierAt(toks: readonly Tok[]): number {
  for (let k = 2; k + 1 < toks.length; k++) {
    const w = toks[k].lower;
    if (w !== "of" && w !== "from") continue;
    const before = toks[k - 1];
    // "of the anti-Trump National Review": one lower-case modifier may stand before the name.
    let after = toks[k + 1].lower === "the" ? toks[k + 2] : toks[k + 1];
    if (after && !isCap(after) && toks[k + 1].lower === "the" && toks[k + 3] && isCap(toks[k + 3])) after = toks[k + 3];
    if (!after || !isCap(after) || !isNameToken(before) || !isNameToken(toks[k - 2])) return toks.length;
    // (A title word after a given name or an initial is a surname: "Rep. Tom B. King of Ohio".)
    if ((TITLES.has(before.lower) && !afterGivenName(toks, k - 1)) || ORG_WORDS.has(before.lower) || TITLES.has(toks[k - 2].lower) && k === 2) return toks.length;
    // "RNC Chief of Staff Katie Walsh", "Communications Workers of America": a role or group noun
    // before "of" heads the phrase; "Supervisor of Elections Susan Bucher": the person comes after.
    if (PERSON_NOUNS.has(before.lower)) return toks.length;
    // (The phrase ends with a first name and one or two more capitalised words: "West Virginia" and
    // "the James Martin Center for …" do not.)
    for (let j = Math.max(k + 1, toks.length - 3); j < toks.length - 1; j++) {
      if (FIRST_NAME_GENDER.has(toks[j].lower) && toks.slice(j + 1).every(isCap)) return toks.length;
    }
    return k;
  }
  return toks.length;
}

/** The title word at k follows a given name or an initial, so it is a surname ("Tom B. King", "Ada Bishop"). */
function afterGivenName(toks: readonly Tok[], k: number): boolean {
  return k > 0 && (FIRST_NAME_GENDER.has(toks[k - 1].lower) || isInitial(toks[k - 1].text));
}

// Job nouns that an -ing word compounds with before a name ("organizing director Ann Lee", "policy
// planning director", "marketing executive"): the -ing word names the field, it is no participle.
const GERUND_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  "director", "manager", "editor", "officer", "official", "executive", "strategist", "consultant", "analyst", "adviser",
  "advisor", "coordinator", "chief", "expert", "specialist", "professor", "instructor", "chairman", "chairwoman", "chair",
  "secretary", "producer", "staffer", "operative", "aide", "engineer", "counsel", "commissioner", "administrator",
]);

/** Where a lower-case participle or a relative pronoun starts a postmodifier after a noun, or the length. */
function postmodifierAt(toks: readonly Tok[]): number {
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k];
    if (t.cap || !toks[k - 1].word) continue;
    if (RELATIVE.has(t.lower) || t.lower === "that" || t.lower === "which") return k;
    if (/ing$/.test(t.lower) && !ADJECTIVAL_ING.has(t.lower) && !PERSON_NOUNS.has(t.lower) && !DETERMINERS.has(toks[k - 1].lower) && !GERUND_COMPOUND_HEADS.has(toks[k + 1].lower)) return k;
  }
  return toks.length;
}

// Where a source after its verb ends: an adverbial's first word (after a name), or punctuation.
// Built once (parseInvertedSource runs for many quotes).
const INVERTED_STOP: ReadonlySet<string> = new Set(["for", "in", "on", "at", "during", "after", "before", "while", "when", "as", "via", "by", "to", "from", "with", "about", "last", "this", "earlier", "later", "adding", "noting", "referring", "who", "and", "but", "that", "told", "said", "according", "yesterday", "today", "tonight", "of"]);
const INVERTED_HARD_STOP: ReadonlySet<string> = new Set([",", ".", ";", "—", "–", "-", "“", "”", '"', "…", ":"]);

// Words after which a title in marks is the object inside a source ("the authors of the “…”").
const BEFORE_TITLE: ReadonlySet<string> = new Set(["of", "the", "for", "from", "at", "on"]);

/**
 * The index of the closing mark of a title in marks that opens at `open` right after a lower-case
 * "of", "the" … ending `head`: a capitalised first word, up to eight words (a comma or stop at its
 * end only), then the closing mark. -1 otherwise.
 */
function titleInMarksEnd(toks: readonly Tok[], open: number, head: readonly Tok[]): number {
  const before = head[head.length - 1];
  if (!before || isCap(before) || !BEFORE_TITLE.has(before.lower) || !isCap(toks[open + 1] ?? before)) return -1;
  for (let k = open + 1; k < toks.length && k <= open + 10; k++) {
    const t = toks[k].text;
    if (t === "”" || t === '"') return k > open + 1 ? k : -1;
    if (!toks[k].word && !((t === "," || t === ".") && (toks[k + 1]?.text === "”" || toks[k + 1]?.text === '"')) && t !== "&" && t !== "'" && t !== "’") return -1;
  }
  return -1;
}

/**
 * "said the Parks and Recreation Department", "said the Institute for Law and Justice": the "and" at
 * `i` joins two parts of one body's name, not two sources: the capitals after it end in an
 * organisation word, or the name so far is an organisation word's "for/of/on" phrase.
 */
function bodyGoesOn(head: readonly Tok[], toks: readonly Tok[], i: number): boolean {
  if (!isCap(head[head.length - 1]) || !isCap(toks[i + 1] ?? toks[i])) return false;
  for (let k = i + 1; k < toks.length && k <= i + 4 && isCap(toks[k]); k++) if (ORG_WORDS.has(toks[k].lower)) return true;
  for (let k = head.length - 2; k >= 1 && isCap(head[k + 1]); k--) if (ORG_LINKS.has(head[k].lower)) return ORG_WORDS.has(head[k - 1].lower);
  return false;
}

/** Read a source that follows its verb: "said Khaled al-Homsi, a member of …", "said he". */
export function parseInvertedSource(text: string, span: Span): Mention | null {
  const toks = withoutNicknames(tokenize(text, span));
  if (toks.length === 0) return null;
  if (PRONOUNS.has(toks[0].lower)) return classify([toks[0]], text, spanOf([toks[0]]), null, spanOf([toks[0]]));
  // A name ends at an adverbial ("said Mayor Ana Ruiz in an interview"); a description runs on
  // ("said a source involved in the talks"): see INVERTED_STOP.
  const head: Tok[] = [];
  let i = 0;
  let depth = 0;
  // A name's closing bracket ("Rep. Ann Lee (D-Ohio)") ends it as its last capital would.
  const nameLike = () => head.length > 0 && (isCap(head[head.length - 1]) || head[head.length - 1].text === ")");
  for (; i < toks.length; i++) {
    const t = toks[i];
    if (t.text === "(") depth++;
    if (depth > 0) {
      if (t.text === ")") depth--;
      head.push(t);
      continue;
    }
    // "wrote the authors of the “Growth and Opportunity Project,”", "said the host of “Morning Joe”":
    // a title in marks after "of" or "the" is part of the source, not where it ends.
    const title = t.text === "“" || t.text === '"' ? titleInMarksEnd(toks, i, head) : -1;
    if (title > 0) {
      for (; i <= title; i++) head.push(toks[i]);
      // (A comma or stop inside the closing mark, "“Morning Joe,” adding …", ends the source there.)
      if (toks[title - 1].text === "," || toks[title - 1].text === ".") break;
      i--;
      continue;
    }
    if (INVERTED_HARD_STOP.has(t.text)) break;
    // "said Sophie in 't Veld": a particle and contracted article go on with the name, not an adverbial.
    const particle = nameLike() ? contractedParticleLength(toks, i, text) : 0;
    if (particle > 0) {
      for (let n = 0; n < particle; n++) head.push(toks[i + n]);
      i += particle - 1;
      continue;
    }
    // "Secretary of State John Kerry": "of" after a title or an organisation word is inside the name.
    // ("said Harbor Chief of Staff Ada Lind", "said Supervisor of Elections Ada Lind": "of" after a
    // capitalised role noun or head of an "X of Y" office, as after a title.)
    const prevTok = head[head.length - 1];
    const titleOf = (t.lower === "of" || t.lower === "for") && head.length > 0 && ((TITLES.has(prevTok.lower) && !afterGivenName(head, head.length - 1)) || ORG_WORDS.has(prevTok.lower) || (t.lower === "of" && isCap(prevTok) && (PERSON_NOUNS.has(prevTok.lower) || OF_TITLE_HEADS.has(prevTok.lower)) && isCap(toks[i + 1] ?? t)));
    if (!isCap(t) && INVERTED_STOP.has(t.lower) && head.length > 0 && !titleOf && !(t.lower === "and" && bodyGoesOn(head, toks, i)) && (nameLike() || TIME_OR_MEDIUM.test(text.slice(t.start, t.start + 40)))) break;
    if (head.length >= 24) break;
    head.push(t);
  }
  const np = trimLead(head);
  const core = np.filter((t, k) => k < 14);
  if (!isSubjectNP(stripBrackets(core)) && !(core.length && isSubjectNP(stripBrackets(core.slice(0, firstBreak(core)))))) return null;
  const headToks = isSubjectNP(stripBrackets(core)) ? core : core.slice(0, firstBreak(core));
  let role: Span | null = null;
  let wholeEnd = np[np.length - 1].end;
  // "said Sen. Ann Lee of Ohio": the place or body after the name belongs to the source as written.
  const ofTok = toks[i];
  if (ofTok && (ofTok.lower === "of" || ofTok.lower === "from") && nameLike() && headToks.length === np.length) {
    let j = i + 1;
    if (toks[j]?.lower === "the") j++;
    // "of digital consulting firm Orbix", "of the non-partisan Lee Political Report": a few
    // lower-case modifiers before the body's name, when that name ends the phrase.
    j = pastModifiers(toks, j);
    const capStart = j;
    while (j < toks.length && (isCap(toks[j]) || (j > capStart && (toks[j].lower === "and" || toks[j].lower === "&" || toks[j].lower === "of") && isCap(toks[j + 1] ?? toks[j])) || /^[()-]$/.test(toks[j].text))) j++;
    // "of the New York state Assembly": a lower-case organisation word after the capitals stays in.
    if (j > capStart && toks[j] && ORG_WORDS.has(toks[j].lower)) j++;
    if (j > capStart) {
      wholeEnd = toks[j - 1].end;
      i = j;
    }
  }
  // "said Sen. Ann Lee who represents the port": a relative clause right after the name, with no
  // comma, belongs to the source as written (not one that reports speech of its own).
  if (RELATIVE.has(toks[i]?.lower ?? "") && toks[i].lower !== "whom" && nameLike() && headToks.length === np.length) {
    let j = i + 1;
    while (j < toks.length && !INVERTED_HARD_STOP.has(toks[j].text)) j++;
    const clause = toks.slice(i, j);
    if (clause.length >= 3 && reportingRelativeAt(clause) < 0 && !isCap(clause[1])) {
      wholeEnd = clause[clause.length - 1].end;
      i = j;
    }
  }
  // What the last segment taken was: the name itself, an age, a role, or a relative clause.
  let last: "name" | "age" | "role" | "relative" = "name";
  // Appositives after the name, each to the next comma, until a participle or adverbial clause.
  while (toks[i]?.text === ",") {
    const rest: Tok[] = [];
    let j = i + 1;
    const quoted = quoteTracker();
    for (; j < toks.length; j++) {
      const t = toks[j];
      // (A comma inside a quoted title, "author of “Bitter Pill,” a history", ends nothing; nor does
      // one inside a list of words, "head of the climate, controls and security division".)
      const list = t.text === "," && !quoted(t) ? wordListEnd(toks, j) : -1;
      if (list > 0) {
        for (let k = j + 1; k < list; k++) if (toks[k].text !== ",") rest.push(toks[k]);
        j = list - 1;
        continue;
      }
      if (!quoted(t) && (t.text === "," || t.text === "." || t.text === ";" || isDashTok(t))) break;
      rest.push(t);
    }
    // "said Ann Lee, a nurse, who said the ward was full": a relative clause that reports speech of
    // its own is another report (extraction finds it), not part of who this source is.
    const reports = reportingRelativeAt(rest);
    if (reports === 0) break;
    if (reports > 0) {
      rest.length = reports;
      j = toks.length; // the source as written ends here
    }
    if (!rest.length) break;
    // "who, like all respondents, answered anonymously": a relative pronoun alone before an aside
    // goes on past it to its verb.
    if (rest.length === 1 && RELATIVE.has(rest[0].lower) && reports < 0) {
      const more = relativeAfterAside(toks, j);
      if (more < 0) break;
      for (; j < more; j++) rest.push(toks[j]);
    }
    const f = rest[0];
    // "said Ann Lee, a nurse, of the plan": "of" after a role or a clause opens what was spoken of.
    if ((f.lower === "of" || f.lower === "from") && (last === "role" || last === "relative")) break;
    // "…, a pollster who worked for Cruz's rival, then-governor Tom Reyes": another person's name
    // after a role is in apposition to a word of the role, not to the source.
    if ((last === "role" || last === "relative") && namesAPerson(rest)) break;
    const affiliation = isAffiliation(rest);
    if (/ing$/.test(f.lower) || (NOT_APPOSITIVE_START.has(f.lower) && !affiliation)) break;
    if (!isRoleSegment(rest) && !/^(?:of|from)$/.test(f.lower) && !(rest.length <= 3 && rest.every(isCap)) && !isBareRole(rest) && !affiliation) break;
    // "said the mayor, Alice Brown, on Monday": the name in apposition speaks, as in parseSubject.
    if (!role && headToks.length === np.length) {
      const after: Tok[][] = [];
      for (let k = j; toks[k]?.text === ","; ) {
        const seg: Tok[] = [];
        for (k++; k < toks.length && !/^[,.;—–-]$/.test(toks[k].text); k++) seg.push(toks[k]);
        if (!seg.length) break;
        after.push(seg);
      }
      const person = nameInApposition(np, rest, after, text);
      if (person) return person;
    }
    const age = rest.length === 1 && /^\p{N}+$/u.test(f.text);
    if (!role && !age) role = spanOf(rest);
    last = age ? "age" : RELATIVE.has(f.lower) ? "relative" : "role";
    wholeEnd = rest[rest.length - 1].end;
    i = j;
  }
  // "said one former executive who requested anonymity": an indefinite description names its
  // speaker by its head noun phrase; the relative clause after it stays in the source as written.
  // (A definite one keeps it: "the man who built the pier" may be all that tells who he is.)
  const rel = INDEFINITE_LEADS.has(headToks[0].lower) ? headToks.findIndex((t, k) => k >= 2 && RELATIVE.has(t.lower)) : -1;
  const speakerToks = rel > 0 ? headToks.slice(0, rel) : headToks;
  return classify(speakerToks, text, spanOf(speakerToks), role, { start: np[0].start, end: wholeEnd });
}

/**
 * Past up to three lower-case modifiers at toks[at] that stand before a capitalised name which ends
 * the phrase (a stop or the end after it) and is no person's (no known first name): the name's
 * index; else `at`.
 */
function pastModifiers(toks: readonly Tok[], at: number): number {
  let k = at;
  while (k < toks.length && k - at < 3 && toks[k].word && !isCap(toks[k]) && !CLAUSE_WORDS.has(toks[k].lower) && !PREPOSITIONS.has(toks[k].lower) && !DETERMINERS.has(toks[k].lower) && !RELATIVE.has(toks[k].lower) && !INVERTED_STOP.has(toks[k].lower) && !isFiniteVerbLike(toks[k])) k++;
  if (k === at || k >= toks.length || !isCap(toks[k]) || FIRST_NAME_GENDER.has(toks[k].lower)) return at;
  let e = k;
  while (e < toks.length && isCap(toks[e])) e++;
  return e === toks.length || INVERTED_HARD_STOP.has(toks[e].text) ? k : at;
}

// Words that open an aside inside a relative clause ("who, like all respondents, answered …").
const ASIDE_OPENERS: ReadonlySet<string> = new Set(["like", "unlike", "as", "in", "at", "for", "after", "before", "since", "by", "with", "under", "however", "too", "though"]);

/**
 * After a lone relative pronoun and its comma at toks[at] ("who, like all respondents, answered
 * anonymously"): where the clause ends, past one aside to its verb; -1 when no aside and verb follow.
 */
function relativeAfterAside(toks: readonly Tok[], at: number): number {
  const segEnd = (k: number): number => {
    while (k < toks.length && !/^[,.;—–-]$/.test(toks[k].text)) k++;
    return k;
  };
  if (toks[at]?.text !== "," || !ASIDE_OPENERS.has(toks[at + 1]?.lower ?? "")) return -1;
  const asideEnd = segEnd(at + 1);
  if (toks[asideEnd]?.text !== "," || asideEnd - at > 8) return -1;
  const verb = toks[asideEnd + 1];
  if (!verb || verb.cap || !verb.word || DETERMINERS.has(verb.lower) || ASIDE_OPENERS.has(verb.lower)) return -1;
  return segEnd(asideEnd + 1);
}

/**
 * A segment that names a person of its own with a role before the name ("then-governor Tom
 * Reyes", "former mayor Ann Lee"): two or more capitalised words at its end, a known first name
 * among them, lower-case words before them, and no determiner. (A bare name, "…, its president,
 * Ann Lee", renames the noun right before it and stays with it.)
 */
function namesAPerson(seg: readonly Tok[]): boolean {
  let k = seg.length;
  while (k > 0 && isNameToken(seg[k - 1]) && isCap(seg[k - 1])) k--;
  const name = seg.slice(k);
  if (k === 0 || name.length < 2 || isCap(seg[0]) || seg.some((t) => DETERMINERS.has(t.lower) || RELATIVE.has(t.lower))) return false;
  return name.some((t) => FIRST_NAME_GENDER.has(t.lower));
}

// Determiners of an indefinite description ("a source", "one former aide", "another official").
const INDEFINITE_LEADS: ReadonlySet<string> = new Set(["a", "an", "one", "another", "some", "several", "two", "three"]);

/**
 * Where a relative clause that reports speech starts in an appositive ("who said the ward was full",
 * "who also added that …"): its pronoun's index, or -1.
 */
function reportingRelativeAt(seg: readonly Tok[]): number {
  for (let k = 0; k < seg.length; k++) {
    if (!RELATIVE.has(seg[k].lower) || seg[k].lower === "whose") continue;
    let v = k + 1;
    while (v < seg.length && v <= k + 3 && VERB_ADVERBS.has(seg[v].lower)) v++;
    if (v < seg.length && REPORTING_VERBS.has(seg[v].lower)) return k;
  }
  return -1;
}

// Verbs that report what someone said ("who said the ward was full", "who added that …"); not those
// that are as often something else ("who observed voting", "who advised the campaign").
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "say", "says", "said", "add", "adds", "added", "tell", "tells", "told", "insist", "insists", "insisted",
  "claim", "claims", "claimed", "argue", "argues", "argued", "note", "notes", "noted", "warn", "warns", "warned",
  "explain", "explains", "explained", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
  "contend", "contends", "contended", "predict", "predicts", "predicted", "stress", "stresses", "stressed",
  "complain", "complains", "complained", "concede", "concedes", "conceded", "declare", "declares", "declared",
]);

// Lower-case words before a title in an appositive name ("state Del. Ann Lee", "former Gov. Tom Reyes").
const APPOSED_TITLE_MODIFIERS: ReadonlySet<string> = new Set(["state", "former", "then", "acting", "retired", "late"]);

/**
 * "former Secretary of State Ann Lee", "former Colorado Rep. Ann Lee": a name of two to four words
 * after role words that a title ends (a lower-case modifier first, "of" inside the title), up to
 * eight words in all; nothing else (no verb, no clause) stands in it.
 */
function titledName(toks: readonly Tok[]): boolean {
  if (toks.length > 8) return false;
  let k = 0;
  while (k < toks.length && !isCap(toks[k]) && APPOSED_TITLE_MODIFIERS.has(toks[k].lower)) k++;
  let title = -1;
  for (let j = k; j < toks.length; j++) {
    const t = toks[j];
    if (t.lower === "of" && j > k && isCap(toks[j - 1]) && isCap(toks[j + 1] ?? t)) continue;
    if (!isCap(t) || !t.word) return false;
    if (TITLES.has(t.lower) || TITLES.has(t.lower.replace(/\.$/, ""))) title = j;
  }
  const name = toks.length - 1 - title;
  return title >= k && name >= 2 && name <= 4;
}

/**
 * "The mayor, Alice Brown, said", "said her spokesman, Tom Reyes,": a description (or a lower-case
 * organisation word such as "the chancellor") with a short name in apposition after it. The name
 * speaks and the description is its role; the description gives the name its gender when the name
 * alone does not ("his wife, Mara Lazar"); an age or role after the name stays in the source as
 * written; an opening participle clause ("Appearing before supporters, Ada Lind") is no role.
 * Null when the words are not such a pair.
 */
function nameInApposition(head: readonly Tok[], named: readonly Tok[], after: readonly (readonly Tok[])[], text: string): Mention | null {
  // ("the mayor's niece, state Del. Ann Lee (D-Dover)": a party tag in brackets and a lower-case word
  // before a title are the name's too.)
  const bare = stripBrackets(named);
  let lead = 0;
  while (lead < bare.length - 2 && APPOSED_TITLE_MODIFIERS.has(bare[lead].text) && TITLES.has(bare[lead + 1].lower)) lead++;
  const caps = bare.slice(lead);
  if (caps.length < 2 || (caps.length > 4 ? !titledName(bare) : !caps.every(isCap))) return null;
  const headMention = classify(head, text, spanOf(head), null, spanOf(head));
  const described = headMention.kind === "description" || (headMention.kind === "organisation" && head.slice(1).every((t) => !isCap(t)));
  if (!described) return null;
  let end = named[named.length - 1].end;
  for (const r of after) {
    if (!isRoleSegment(r) && !isBareRole(r)) break;
    end = r[r.length - 1].end;
  }
  const opener = /ing$/.test(head[0].lower);
  const person = classify(named, text, spanOf(named), opener ? null : spanOf(head), { start: (opener ? named : head)[0].start, end });
  if (person.kind !== "name") return null;
  return person.gender === null ? remadeMention(person, { gender: headMention.gender }) : person;
}

const TIME_OR_MEDIUM = /^(?:on|in|at|during|via|by|last|this|earlier|later|yesterday|today|tonight)\s+(?:(?:a|an|the)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|statement|interview|telephone|phone|email|e-mail|speech|press|news|tweet|Twitter|Facebook|Skype|radio|television|TV|rally|event|conference|call|morning|afternoon|evening|night|week|weekend|month|year|recent|brief|series|written|text|letter)/i;

/** Where a long description's head noun phrase ends (before a relative clause or a preposition). */
function firstBreak(toks: readonly Tok[]): number {
  for (let k = 1; k < toks.length; k++) if (HEAD_BREAKS.has(toks[k].lower)) return k;
  return toks.length;
}

// Adverbs and intensifying pronouns that can end the stretch before a verb but are no part of who
// speaks ("Cruz himself said", "A guy just said", "Her campaign workers here said", "Russians now say").
const TRAILING_ADVERBS: ReadonlySet<string> = new Set(["himself", "herself", "themselves", "itself", "just", "now", "here", "there", "also", "too", "already", "again", "then"]);

/** The speaker's words without such trailing words (the source as written keeps them). */
function withoutTrailingAdverbs(toks: Tok[]): Tok[] {
  let e = toks.length;
  while (e > 1 && !toks[e - 1].cap && TRAILING_ADVERBS.has(toks[e - 1].lower)) e--;
  return e === toks.length ? toks : toks.slice(0, e);
}

/** Classify a mention span another stage found (reported speech carries its own). */
/**
 * "In" (of "In a year in which …"), "Perhaps surprisingly", "A" (an interview's "A:"): a span that opens with
 * a preposition or sentence adverb, or is an article alone, opens no noun phrase that can speak (a
 * quantity, "About 40 voters", does). "bare" when no capitalised word follows the opener, "before-capitals"
 * when one does ("like top aide Tom Reyes": the name the preposition governs may be one of those who
 * speak), null for a span that may be a subject. The caller keeps a one-word name right before its cue ("From said").
 */
export function opensNoSubject(text: string, span: Span): "bare" | "before-capitals" | null {
  const toks = trimLead(tokenize(text, span));
  if (toks.length === 0) return null;
  const first = toks[0].lower;
  if (toks.length === 1 && (first === "a" || first === "an" || first === "the")) return "bare";
  if (!NOT_SUBJECT_START.has(first) || opensQuantity(toks, 0)) return null;
  for (let k = 1; k < toks.length; k++) if (isCap(toks[k])) return "before-capitals";
  return "bare";
}

export function mentionAt(text: string, span: Span, role: Span | null = null): Mention | null {
  const toks = trimLead(tokenize(text, span));
  if (toks.length === 0) return null;
  // "David Woodard of Clemson University said that …": the speaker is the person; the place or
  // organisation after "of" stays in the source as written.
  const core = withoutTrailingAdverbs(toks.slice(0, ofPostmodifierAt(toks)));
  const s = spanOf(core);
  const all = spanOf(toks);
  return classify(core, text, s, role, role ? { start: all.start, end: Math.max(all.end, role.end) } : all);
}
