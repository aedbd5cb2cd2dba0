import { TITLE_ABBREVIATIONS } from "../model/abbreviations.js";
import { ORG_WORDS, PERSON_NOUNS, TITLES } from "./lexicon.js";
import { NAME_PART_LETTERS } from "./tokens.js";

// Sentence-initial subjects ("Mr. Hariri, the archaeologist, …", "As for the soldier, he …", a
// list item's after its bullet, "-Ann Lee is …", "• Ann Lee …",
// "Expecting to head out, the soldier …": after an opening participle phrase; "First, Ann Lee …",
// "Later, the soldier …", "Last week, Tom Reyes …": after an opening sentence adverb or time and its
// comma; "On Sunday, Tom Reyes …",
// "When asked about the plan, Ann Lee …": after an opening adverbial clause, see OPENING_CLAUSE) that
// a later pronoun may point back to even when they were never quoted. "The" and a lower-case word
// is tried first: the capitalised alternative would take "The" of "The soldier" alone.
const CLAUSE_WORDS = '[^.!?\\n,;:“”"]';
// An opening adverbial clause and its comma, with the subject after it: a preposition's ("In his
// statement Saturday, Lee …", "On the eve of the talks, Lee …", "With the vote near, Lee …"), or a
// conjunction's ("When asked about it, Lee …", "Days after the arrest, Lee …"). A conjunction's
// clause has a lower-case word or a number in it (a verb, a time): "When Ann Lee, the mayor, was
// asked" is no clause before its comma but the subject's appositive. Bounded: 120 characters at most
// ("But after focusing her attention on issues such as the drug epidemic ravaging rural communities,").
// A place's preposition opens such a clause as well ("Outside the plant, a worker …", "Across the
// river, Lee …", "Among the crowd, Lee …"): without it the subject after the comma was never read,
// so a later "he" went to an earlier speaker instead.
const PREPOSITION_OPENERS = ["in", "on", "at", "with", "despite", "during", "outside", "inside", "across", "near", "behind", "among", "amid", "throughout", "beyond", "along", "around", "within", "under", "from", "through"];
const CONJUNCTION_OPENERS = ["when", "while", "after", "before", "since", "once", "as", "if", "although", "though", "because", "until"];
const TIME_BEFORE_CONJUNCTION = "(?:Days|Weeks|Months|Years|Hours|Minutes|Moments|Shortly|Soon|Just|Long|Only|Even)\\s+(?:after|before|when|as|since|while)";
const capitalised = (words: readonly string[]): string => words.map((w) => w[0].toUpperCase() + w.slice(1)).join("|");
/** The clause after its opening word: a conjunction's holds a lower-case word or a number. */
const clauseAfter = (prepositions: string, conjunctions: string): string =>
  `(?:(?:${prepositions})\\s${CLAUSE_WORDS}{1,120}|(?:${conjunctions})(?=${CLAUSE_WORDS}{0,120}?\\s[\\p{Ll}\\p{N}])\\s${CLAUSE_WORDS}{1,120})`;
const OPENING_CLAUSE =
  `(?:(?:But|And)\\s+${clauseAfter(PREPOSITION_OPENERS.join("|"), CONJUNCTION_OPENERS.join("|"))}` +
  `|${clauseAfter(capitalised(PREPOSITION_OPENERS), `${TIME_BEFORE_CONJUNCTION}|${capitalised(CONJUNCTION_OPENERS)}`)}),\\s+`;
// A time before its comma ("Last week, President Lee flew …", "Yesterday, Lee …").
const TIME_OPENER = "(?:(?:Last|This|Next)\\s+(?:week|weekend|month|year|night|morning|spring|summer|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Yesterday|Today|Tonight)";
// (An opening bracket may stand before a sentence: "(Ann Lee defended her mother. …)".)
const SUBJECT_LEAD =
  "(?:^|[.!?]\\s+|\\n(?:[-•*–—][ \\t]*)?)\\(?(?:(?:But|And|As for|For|Then|Yet|Still)\\s+|(?:First|Later|Earlier|Meanwhile|However|Instead|Finally|Separately|Afterward|Afterwards|Now|Still|Then|Yet|" +
  TIME_OPENER +
  "),\\s+|\\p{Lu}\\p{Ll}+ing\\b" +
  `${CLAUSE_WORDS}{0,80},\\s+|${OPENING_CLAUSE})?`;
// (A name part's letters as the registry reads them, NAME_PART_LETTERS: "Peña" in decomposed form.)
const NAME_SUBJECT = `(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\\.\\s+)?\\p{Lu}${NAME_PART_LETTERS}+(?:\\s+(?:al-|el-|bin\\s+|de\\s+)?\\p{Lu}${NAME_PART_LETTERS}+){0,3}`;
const SUBJECT_START = new RegExp(`${SUBJECT_LEAD}([Tt]he\\s+[\\p{Ll}-]+|${NAME_SUBJECT})`, "gu");
// The same, with one more subject tried last: up to three lower-case words before the name ("In a
// statement, presidential nominee Ann Lee was …", "Later, former Sen. Tom Reyes …"). Only the
// capitals can open a subject in SUBJECT_START, so this alternative matches only where that pattern
// found no subject after the opener; nextSubjectStart keeps it only when its last lower-case word
// is a title or a noun for a person (ROLE_LEAD_OK), else it reads the lead with SUBJECT_AT.
const ROLE_SUBJECT_AT = new RegExp(`${SUBJECT_LEAD}([Tt]he\\s+[\\p{Ll}-]+|${NAME_SUBJECT}|(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}${NAME_SUBJECT})`, "uy");

const SUBJECT_AT = new RegExp(SUBJECT_START.source, "uy");
const LEAD = /[.!?\n]/g;

/**
 * The sentence subject that starts exactly at `c`, or null: ROLE_SUBJECT_AT's match when its subject
 * opens with a capital, is "the" and a lower-case word, or is a role's lower-case words after an
 * opener that roleLeadOk accepts; else SUBJECT_START's. A match starts only at the text's start or a
 * lead (a stop, "!", "?", a line break).
 */
export function subjectAt(text: string, c: number): RegExpExecArray | null {
  ROLE_SUBJECT_AT.lastIndex = c;
  const r = ROLE_SUBJECT_AT.exec(text);
  if (r && (!isLowerAt(r[1], 0) || THE_LOWER.test(r[1]) || (HAS_LETTER.test(r[0].slice(0, r[0].length - r[1].length)) && roleLeadOk(r[1])))) return r;
  // SUBJECT_START's alternatives are ROLE_SUBJECT_AT's first ones: where that found nothing, neither does it.
  if (!r) return null;
  SUBJECT_AT.lastIndex = c;
  return SUBJECT_AT.exec(text);
}

/**
 * The next subject at or after `from`, as trying subjectAt at every position from there would give.
 * It is tried only where a match can start: the text's start, a stop, a "!" or "?", or a line break;
 * scanning for those with a one-class regex gives the same matches, in the same order, at a fraction
 * of the cost.
 */
export function nextSubjectStart(text: string, from: number): RegExpExecArray | null {
  for (let c = from === 0 ? 0 : nextLead(text, from); c >= 0; c = nextLead(text, c + 1)) {
    if (c > 0 && !mayLeadSubject(text, c)) continue;
    const m = subjectAt(text, c);
    if (m) return m;
  }
  return null;
}

const isLowerAt = (s: string, i: number): boolean => s[i] !== undefined && s[i] !== s[i].toUpperCase();
const LOWER_LEAD = /^(?:\p{Ll}[\p{Ll}-]*\s+){1,3}/u;
// SUBJECT_START's own "the" and a lower-case word ("the soldier").
const THE_LOWER = /^the\s+[\p{Ll}-]+$/u;
// An opener before the subject (a letter between the lead and it): a sentence opens with capitals, so
// lower-case words right after a stop are no sentence's start ("former U.N. secretary general …").
const HAS_LETTER = /\p{L}/u;

/**
 * "presidential nominee Ann Lee", "former Sen. Tom Reyes": the lower-case words that lead a subject
 * end in a title or a noun for a person (or come before a title's abbreviation) and none is a verb
 * of the list (VERB_AFTER_NAME, "officials told Reyes …"), nor a past form ("-ed", "he praised Lee").
 */
function roleLeadOk(subject: string): boolean {
  const lead = LOWER_LEAD.exec(subject);
  if (!lead) return false;
  const words = lead[0].trim().split(/\s+/);
  // "a worker named Luis Ortega", "a nurse called Ana Ruiz": a person noun, then "named" or "called".
  const n = words.length;
  if (n >= 2 && (words[n - 1] === "named" || words[n - 1] === "called") && PERSON_NOUNS.has(words[n - 2])) return true;
  // "the Business Council …": "the" and a body's name, whose last word is an organisation's noun. ("the
  // Kentucky Republican" is a description of someone named, which no antecedent may stand for.)
  if (words.length === 1 && words[0] === "the") return ORG_WORDS.has(subject.slice(subject.lastIndexOf(" ") + 1).toLowerCase());
  for (const w of words) if (VERB_AFTER_NAME.has(w) || (w.endsWith("ed") && w !== "retired")) return false;
  const last = words[words.length - 1];
  if (TITLES.has(last) || PERSON_NOUNS.has(last)) return true;
  // "former Sen. Tom Reyes": the title's abbreviation after the lower-case words.
  const rest = subject.slice(lead[0].length);
  const dot = rest.indexOf(".");
  return dot > 0 && dot <= 4 && TITLES.has(rest.slice(0, dot + 1).toLowerCase()) && words.every((w) => w === "former" || w === "then" || w === "state" || w === "late");
}

// Lower-case words after which a title and a name still open a clause ("that Mr. Lee", "as Mr. Lee
// suggested"), follow a copula ("it was Mr. Lee who"), name a passive's agent ("backed by Sen. Lee")
// or modify the title inside the subject ("former Gov. Lee", "state Sen. Lee").
const SUBJECT_BEFORE_TITLE: ReadonlySet<string> = new Set([
  "that", "and", "but", "or", "nor", "yet", "so", "as", "when", "whenever", "if", "while", "whereas", "after", "before", "because",
  "though", "although", "since", "until", "once", "unless", "whether", "where", "why", "how", "what", "which", "who", "even",
  "said", "says", "is", "was", "are", "were", "be", "been", "by",
  "former", "then", "fellow", "state", "late", "retired", "longtime", "veteran", "freshman", "senior", "junior",
]);
// Prepositions: a title and a name after one are its object, whatever follows ("with Mr. Lee's
// plan", "his friendship with Mr. Lee was …": the verb is the head noun's).
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "of", "to", "for", "with", "from", "on", "in", "at", "against", "about", "like", "unlike", "than", "over", "between", "under",
  "behind", "toward", "towards", "into", "onto", "upon", "among", "without", "within", "including", "via", "near", "around",
  "through", "despite", "beside", "alongside",
]);
// Lower-case words right after a name that make it the subject of a clause ("… suggest Mr. Lee is
// running") rather than a verb's object ("instructed Mr. Lee to …").
const VERB_AFTER_NAME: ReadonlySet<string> = new Set([
  "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might", "must",
  "did", "does", "do", "said", "says", "told",
]);
const NAME_WORD = /\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3}/uy;
const NEXT_WORD = /\s+(\p{Ll}+)/uy;

/**
 * A SUBJECT_START match whose "stop" is no sentence's end but a title's abbreviation: in "Mr. Obama
 * said he had instructed Mr. Kerry to …" the match after "Mr." is Kerry, an object, and no subject
 * a later "he" points back to. Whether the full stop at `dot` ends a title's abbreviation ("Mr.",
 * read back at most five letters) after a lower-case word that takes the name as its object: a
 * preposition ("with Sen. Lee"), or a verb ("instructed Mr. Lee to") unless a verb follows the
 * name ("… suggest Mr. Lee is running": the subject of the reported clause). Words of
 * SUBJECT_BEFORE_TITLE, and a relative clause after the name (", who …"), leave it a subject. An
 * initial's full stop is read the same way, back over the name's first words ("under President
 * George W. Bush").
 */
export function objectAfterTitle(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k < 5 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  if (k === dot || k < 2 || text.charCodeAt(k - 1) !== 32) return false;
  const initial = dot - k === 1 && isAsciiUpper(text.charCodeAt(k));
  if (!initial && !TITLE_ABBREVIATIONS.has(text.slice(k, dot).toLowerCase())) return false;
  // "under President George W. Bush": back over the capitalised words before the title or initial.
  let j = k - 1;
  for (let words = 0; words < 4 && j > 0; words++) {
    let w = j;
    while (w > 0 && j - w < 20 && (isAsciiLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 46)) w--;
    if (w === j || !isAsciiUpper(text.charCodeAt(w)) || w === 0 || text.charCodeAt(w - 1) !== 32) break;
    // A word's full stop other than a title's or an initial's ends a sentence: "… met Obama. Mr. Lee …".
    if (text.charCodeAt(j - 1) === 46 && j - 1 - w > 1 && !TITLE_ABBREVIATIONS.has(text.slice(w, j - 1).toLowerCase())) break;
    j = w - 1;
  }
  // An initial after no capitalised word ("a B. …") is no name's.
  if (initial && j === k - 1) return false;
  let b = j;
  while (b > 0 && j - b < 30 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  const before = text.slice(b, j);
  if (before.length === 0) return false;
  // (Read only when there is a word: charCodeAt out of bounds deoptimised this function once a run.)
  const first = before.charCodeAt(0);
  if (first < 97 || first > 122 || SUBJECT_BEFORE_TITLE.has(before)) return false;
  // The name, then what follows it: a relative clause on the person ("… would involve Attorney
  // General Ann B. Lee, who told Congress …") makes the person what the next sentences are about.
  let at = dot + 1;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  NAME_WORD.lastIndex = at;
  if (!NAME_WORD.exec(text)) return true;
  if (text.startsWith(", who ", NAME_WORD.lastIndex)) return false;
  if (PREPOSITIONS.has(before)) return true;
  // After a verb: a verb after the name makes it the subject of the reported clause.
  NEXT_WORD.lastIndex = NAME_WORD.lastIndex;
  const next = NEXT_WORD.exec(text);
  return !(next && (VERB_AFTER_NAME.has(next[1]) || next[1].endsWith("ed")));
}

// Words that open a clause inside a sentence: the subject after one is no main clause's.
const SUBORDINATORS: ReadonlySet<string> = new Set([
  "that", "because", "when", "whenever", "if", "while", "whereas", "after", "before", "though", "although", "since", "until",
  "once", "unless", "whether", "where", "why", "how", "what", "which", "who", "as",
]);

/**
 * Whether the full stop at `dot` ends a title's abbreviation after a word that opens a clause inside
 * the sentence ("Mr. Reyes said he went only because Mr. Lee agreed"): the name after it is that
 * clause's subject, which a pronoun in a later sentence means less often than the main clause's.
 */
export function titleAfterClauseOpener(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k < 5 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  if (k === dot || k < 2 || text.charCodeAt(k - 1) !== 32 || !TITLE_ABBREVIATIONS.has(text.slice(k, dot).toLowerCase())) return false;
  let j = k - 1;
  while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
  let b = j;
  while (b > 0 && j - b < 12 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return b < j && SUBORDINATORS.has(text.slice(b, j).toLowerCase());
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether SUBJECT_START can match at the lead `c` (a stop, "!", "?" or a line break), by the character
 * after it: a stop needs white space after it, a line break a word or a bullet. About half the leads
 * fail there (the stops of "U.S." and "3.5", the blank lines between paragraphs), and the test is
 * much cheaper than the regex's call. It only rules out what the pattern cannot match: an ASCII
 * character that is no white space after a stop, ASCII white space after a line break.
 */
function mayLeadSubject(text: string, c: number): boolean {
  // (-1 past the text's end, not charCodeAt's NaN: a read out of bounds deoptimised this function
  // and nextSubjectStart, which inlines it, once a run.)
  const next = c + 1 < text.length ? text.charCodeAt(c + 1) : -1;
  if (text.charCodeAt(c) === 10) return !(next === 32 || (next >= 9 && next <= 13));
  return !(next > 32 && next < 127);
}

function nextLead(text: string, from: number): number {
  LEAD.lastIndex = from;
  return LEAD.test(text) ? LEAD.lastIndex - 1 : -1;
}
