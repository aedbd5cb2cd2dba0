import type { Span } from "../model/index.js";
import { PARTY_MEMBERS } from "../model/name-words.js";
import { auxiliaryTest } from "../model/auxiliary-words.js";
import {
  AUX_ADVERBS,
  CLAUSE_WORDS,
  DETERMINERS,
  DISCOURSE_ADVERBS,
  LY_NOUNS,
  MEDIUM_NOUNS,
  OBJECT_PRONOUNS,
  PHRASE_PREPOSITIONS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from "./reported-lexicon.js";
import { type Token, joinedTexts, lowerWords } from "./reported-text.js";
import { DASH_TOKENS } from "./chars.js";
import { TIME_NOUNS, beforeTimePhrase } from "./time-phrase.js";
import { tag } from "./reported-nlp.js";
import { isState } from "./states.js";
import { headBeforeGloss } from "./reported-source-head.js";
import { pluralPossessiveAt } from "./reported-possessive.js";
import { subjectAfterFrontedPhrase } from "./reported-fronted-phrase.js";
import { listenerOfPhrase } from "./reported-listener.js";
import { dayOfEnd } from "./reported-day-of.js";

/**
 * Finding the words around a speech verb: the subject noun phrase on its left (with appositives),
 * the listener after "told", the time and medium phrases after the verb. Word lists only; each walk
 * is bounded, so a sentence costs time linear in its length.
 */

/** The source as written: `source` is the whole phrase (with appositives), `mention` its head. */
export type Source = { readonly source: Span; readonly mention: Span; readonly role: Span | null };

const MAX_NP = 16;
/**
 * "The lifelong Republican who wrote the powerful speech delivered by the mother of one of the victims says": a
 * subject with a restrictive relative clause ("who" with no comma before it) carries the clause's own object and
 * may run longer; without one, a walk past MAX_NP words has left the subject.
 */
const MAX_NP_RELATIVE = 24;
const NAME_CONNECTORS = new Set(["of", "for", "the", "de", "al", "al-", "bin", "ibn", "van", "von", "la", "le", "du", "del", "da", "and", "on", "&", "-"]);
const NP_PUNCT = new Set(["-", "&", "$", "%", "’", "'", "."]);
/** A subject pronoun written together with its auxiliary ("he’s said", "they've told"). */
export const PRONOUN_AUX = /^(he|she|they|we|i|you|who)[’'](?:s|ve|d|ll|re)$/;

const span = (toks: readonly Token[], a: number, b: number): Span => ({ start: toks[a].start, end: toks[b - 1].end });

/**
 * Words the subject walk took for a one-word source ("-- having suggested", "which together vowed", "only saying",
 * "seldom told"): a perfect participle's auxiliary or an adverb, which belong to the cue; the subject stands
 * before them.
 */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(["having", "together", "only", "merely", "seldom", "rarely"]);

/** "Trump wasn't so much saying that ...": "much" at k closes a degree phrase ("so much") that belongs to the cue. */
export const degreeMuch = (toks: readonly Token[], k: number, floor: number): boolean =>
  toks[k]?.lower === "much" && k - 1 >= floor && /^(?:so|as|too|very)$/.test(toks[k - 1].lower);

/** Quantifiers that may float after their subject ("they both said") or stand as the subject ("Both said"). */
const FLOATING_QUANTIFIERS = /^(?:all|both|each)$/;

/** First token of the auxiliaries and adverbs before the verb at `vi` ("has repeatedly said"). */
export function auxStart(toks: readonly Token[], vi: number, floor: number): number {
  let k = vi;
  while (k - 1 >= floor) {
    const t = toks[k - 1];
    // (A capitalised word inside the sentence is a name, not an auxiliary: "Theresa May said", "Will said".)
    if (t.cap && k - 1 > floor) break;
    // ("Both have promised ...", "All said ...": a floating quantifier that opens the sentence is its subject.)
    if (k - 1 === 0 && t.cap && FLOATING_QUANTIFIERS.test(t.lower)) break;
    // (Not a noun in -ly: "A Clinton ally suggested", "the organizer of the rally said".)
    const adverb = t.word && !t.cap && t.lower.length > 3 && t.lower.endsWith("ly") && !LY_NOUNS.has(t.lower);
    if (AUX_ADVERBS.has(t.lower) || adverb || CUE_ADVERBS.has(t.lower)) {
      k--;
      continue;
    }
    if (degreeMuch(toks, k - 1, floor)) {
      k -= 2;
      continue;
    }
    // "declined to say", "went on to say": the governing verb belongs to the cue.
    if (t.lower === "to" && k - 2 >= floor && /^(declined|refused|declines|refuses|continued|went|go|goes|began|wanted|wants|had|has|have|used|decided|chose|took|rushed|would|expected)$/.test(toks[k - 2].lower)) {
      k -= 2;
      if (k - 1 >= floor && toks[k].lower === "went") continue;
      continue;
    }
    if (t.lower === "on" && k - 2 >= floor && /^(went|goes|go)$/.test(toks[k - 2].lower)) {
      k -= 2;
      continue;
    }
    break;
  }
  // "also" and "then" alone before a verb can start a clause: keep them in the cue anyway.
  return k;
}

/** Prepositions whose object "it" or "you" can close a subject ("those who voted for it", "people close to you"). */
const OBJECT_PREPOSITIONS = /^(?:on|in|at|by|over|through|to|after|before|from|of|with|for|about|against|behind|among|into|toward|towards|without|like|under|near)$/;

/** A pronoun written together with "is" ("that’s", "it's", "there’s", "here's", "what’s"). */
export const COPULA_CONTRACTION = /^(?:it|that|this|there|here|what|where)[’']s$/;

/** Start of the noun phrase that ends just before `end`, walking left to a clause boundary. */
export function walkNP(toks: readonly Token[], end: number, floor: number): number | null {
  if (end - 1 < floor) return null;
  const last = toks[end - 1];
  // ("Those who voted for it say", "several included on it told": "it" and "you" after a preposition are its object,
  // the end of a longer subject; the walk goes on.)
  const objectPronoun = end - 2 >= floor && (last.lower === "it" || last.lower === "you") && OBJECT_PREPOSITIONS.test(toks[end - 2].lower);
  if (!objectPronoun && last.word && ((SUBJECT_PRONOUNS.has(last.lower) && last.lower !== "that" && last.lower !== "this") || PRONOUN_AUX.test(last.lower))) return end - 1;
  let k = end - 1;
  let n = 0;
  let listHead = -1;
  let relative = false;
  while (k >= floor) {
    const t = toks[k];
    // A short bracket inside a name: "Rep. Stephen Lynch (D-Mass.)".
    if (t.text === ")") {
      let m = k - 1;
      // ("Kasich (who has 25 delegates to date) said": a relative clause in brackets may be longer.)
      while (m >= floor && k - m < 16 && toks[m].text !== "(" && toks[m].text !== ")") m--;
      // A relative clause, an appositive or an added group in brackets sits on any noun, not only a
      // name: "The mayor (who has served a decade) said", "29 percent (and 43 percent of Republicans)
      // said", "Sen. Ann Lee (a Democrat so new she has no office yet) says".
      const aside = m >= floor && /^(?:who|which|and|a|an)$/.test(toks[m + 1]?.lower ?? "");
      if (m >= floor && k - m >= 6 && !aside) m = floor - 1;
      if (m >= floor && toks[m].text === "(" && m > floor && (toks[m - 1].cap || (aside && toks[m - 1].word && !CLAUSE_WORDS.has(toks[m - 1].lower)))) {
        n++; // (the bracket counts as one word of the subject)
        k = m - 1;
        continue;
      }
    }
    if (!t.word && !NP_PUNCT.has(t.text)) break;
    // "In an interview - conducted last week - Lee said": a hyphen with space on both sides is a dash,
    // which ends the subject as "—" does.
    if (t.text === "-" && k > floor && k + 1 < toks.length && toks[k - 1].end < t.start && t.end < toks[k + 1].start) break;
    // ("at this month's debate in Dayton -Mayor Ann Lee said": a hyphen with a space before it and none after opens an
    // aside as a dash does; a word's own hyphen never has a space before it.)
    if (t.text === "-" && k > floor && k + 1 < end && toks[k - 1].end < t.start && t.end === toks[k + 1].start && toks[k + 1].cap) break;
    // "Her campaign workers here said": "here" after a noun and right before the verb belongs to the subject.
    const hereAfterNoun = k === end - 1 && t.lower === "here" && k > floor && toks[k - 1].word && !CLAUSE_WORDS.has(toks[k - 1].lower);
    // "voters in Iowa, Ohio and Utah said", "the Office of Roads and Bridges said": the capitals that "and"
    // ends belong to the noun before them; the walk goes on from the preposition that opens them.
    if (t.lower === "and" && k < end - 1) {
      const list = nameListStart(toks, k, end, floor);
      if (list >= 0) {
        k = list - 1;
        break;
      }
      const link = capitalsListLink(toks, k, end, floor);
      if (link >= 0) {
        n += k - link;
        k = link;
        // (Should the phrase run on too long, it starts at the noun or body the list belongs to.)
        listHead = link - 1;
        continue;
      }
    }
    if (t.word && CLAUSE_WORDS.has(t.lower) && !hereAfterNoun && !(t.cap && k > floor && toks[k - 1].cap && toks[k - 1].word) && !(k < end - 1 && joinsNames(toks, k, floor))) break;
    // ("supporters who came to protest this week's vote say": "this" before a noun inside the walk is its determiner.)
    if (t.word && SUBJECT_PRONOUNS.has(t.lower) && k < end - 1 && t.lower !== "who" && t.lower !== "which" && t.lower !== "this") break;
    // "That’s the takeaway from freshly filed Federal Election Commission reports that ...", "It's a small fraction of
    // the $20 million experts say ...": a pronoun with "’s" (is) before the phrase makes it the complement of "is",
    // no subject.
    if (t.word && k < end - 1 && COPULA_CONTRACTION.test(t.lower)) return null;
    if (t.lower === "who" && k > floor && toks[k - 1].word) relative = true;
    if (++n > (relative ? MAX_NP_RELATIVE : MAX_NP)) {
      if (listHead < 0) return null;
      k = listHead - 1;
      break;
    }
    k--;
  }
  let start = k + 1;
  // "More than 200 economists", "fewer than half": the comparison belongs to the subject.
  if (start - 2 >= floor && toks[start - 1].lower === "than" && /^(?:more|fewer|less)$/.test(toks[start - 2].lower)) return start - 2;
  // "At least a dozen members" is a subject too, not a time phrase before one.
  if (toks[start].lower === "at" && toks[start + 1]?.lower === "least" && start + 2 < end) return start;
  // A time phrase that opens the sentence is not part of the subject ("Last week Trump said").
  while (start < end - 1 && (TIME_WORDS.has(toks[start].lower) || PHRASE_PREPOSITIONS.has(toks[start].lower)) && !DETERMINERS.has(toks[start].lower)) start++;
  if (start >= end) return null;
  if (!toks[start].word && toks[start].text !== "$") return null;
  return start;
}

/** Prepositions that open a list of places that belongs to the noun before it ("voters in Iowa, Ohio and Utah"). */
const LIST_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "from", "across", "throughout"]);
/** A plural noun ("voters", "Republicans", "people"): the head a list of places may belong to. */
const PLURAL_HEAD = /^(?:[a-z-]{2,}[^s'’]s|people|men|women|children)$/;
/** Heads of a body's name whose "of"/"for"/"on" phrase may join capitals with "and" ("the Office of Roads and Bridges"). */
const BODY_HEADS: ReadonlySet<string> = new Set([
  "office", "organization", "organisation", "center", "centre", "institute", "academy", "academies", "department", "council",
  "committee", "association", "foundation", "fund", "society", "league", "bureau", "agency", "commission", "division", "school",
  "college", "university", "federation", "coalition", "alliance", "union", "board", "administration", "ministry", "secretary",
]);

/**
 * "voters in Iowa, Ohio and Utah said", "the Organization for Economic Cooperation and Development said": the
 * "and" at k ends a run of capitals (with a list's commas) that a place preposition after a noun, or a body's
 * "of"/"for"/"on", opens; only capitals stand between the "and" and the walk's `end`. The index of that
 * preposition, where the subject walk goes on; -1 when the "and" is no such list's. (Bounded: eight tokens
 * each side.)
 */
export function capitalsListLink(toks: readonly Token[], k: number, end: number, floor: number): number {
  if (toks[k].lower !== "and" || end - k > 4) return -1;
  for (let m = k + 1; m < end; m++) if (!toks[m].word || !toks[m].cap) return -1;
  let j = k - 1;
  while (j >= floor && k - j <= 8 && ((toks[j].word && toks[j].cap) || (toks[j].text === "," && j - 1 >= floor && toks[j - 1].cap && toks[j - 1].word))) j--;
  if (j === k - 1 || j - 1 < floor) return -1;
  const link = toks[j].lower;
  const head = toks[j - 1];
  // (A place list's noun is a plural of people or things, "voters", "Republicans"; not a verb, "Lee won in Iowa and Reyes said".)
  if (LIST_PLACE_PREPOSITIONS.has(link)) return head.word && PLURAL_HEAD.test(head.lower) && !CLAUSE_WORDS.has(head.lower) && !SPEECH_VERBS.has(head.lower) ? j : -1;
  return (link === "of" || link === "for" || link === "on") && head.cap && BODY_HEADS.has(head.lower) ? j : -1;
}

/** Lower-case role words that may stand before a name ("former Gov. Ann Lee", "state Sen. Tom Reyes"). */
const ROLE_BEFORE_NAME: ReadonlySet<string> = new Set(["former", "state", "then", "fellow", "retired", "longtime", "late"]);

/** A word of a name run: a capitalised word, or the period of an abbreviation after one ("Sen.", "Jr."). */
const nameWord = (toks: readonly Token[], m: number, floor: number): boolean => (toks[m].word && toks[m].cap) || (toks[m].text === "." && m > floor && toks[m - 1].cap && toks[m - 1].word);

/**
 * "Carson, Fiorina and Huckabee said", "Sen. Ann Lee, Gov. Tom Reyes, and Jo Park say": the "and" at k (with only
 * a name between it and the walk's `end`) ends a list of three names or more, each a run of up to four capitalised
 * words, that opens the clause: the sentence's start, a clause word, punctuation or a comma after a lower-case
 * phrase stands before it. The list is one subject, all of them speaking. The index of the list's first word, or
 * -1: not "voters in Iowa, Ohio and Utah" or "the Office of Roads, Parks and Bridges" (a preposition opens the
 * list), nor "candidates such as Lee, Reyes and Park" (examples). Two names are joinsNames's. (Bounded: five names.)
 */
export function nameListStart(toks: readonly Token[], k: number, end: number, floor: number): number {
  if (toks[k].lower !== "and" || end - k > 6 || end <= k + 1 || !toks[end - 1].cap || !toks[end - 1].word) return -1;
  for (let m = k + 1; m < end; m++) if (!nameWord(toks, m, floor) && !ROLE_BEFORE_NAME.has(toks[m].lower)) return -1;
  let j = k - 1;
  // (The serial comma: "Lee, Reyes, and Park".)
  if (j >= floor && toks[j].text === ",") j--;
  let names = 0;
  let first = -1;
  while (j >= floor && names < 5) {
    let m = j;
    let w = 0;
    while (m >= floor && w <= 4 && nameWord(toks, m, floor)) {
      if (toks[m].word) w++;
      m--;
    }
    // (After a comma, a phrase that is no name is the clause's opening: "After the debate, Lee, Reyes and Park said".)
    if (m === j) {
      if (names > 0 && toks[j + 1]?.text === ",") j++;
      break;
    }
    if (w > 4 || PHRASE_PREPOSITIONS.has(toks[m + 1].lower)) return -1;
    while (m >= floor && ROLE_BEFORE_NAME.has(toks[m].lower)) m--;
    names++;
    first = m + 1;
    j = m;
    if (m >= floor && toks[m].text === ",") j = m - 1;
    else break;
  }
  if (names < 2 || first < 0) return -1;
  if (j < floor) return first;
  const b = toks[j];
  if (b.word) return CLAUSE_WORDS.has(b.lower) && b.lower !== "and" && !(b.lower === "as" && toks[j - 1]?.lower === "such") ? first : -1;
  if (b.text === ",") return j - 1 >= floor && toks[j - 1].word && !toks[j - 1].cap ? first : -1;
  return first;
}

/**
 * "Ann Lee and Tom Reyes said", "Sen. Ann Lee and former Gov. Tom Reyes say": the "and" at k joins two names
 * into one subject, when a capitalised word stands on each side of it and the name before it opens the
 * clause (the sentence's start, a clause word or punctuation before it; not "a verb Lee and Reyes said",
 * nor a list, "voters in Iowa, Ohio and Utah said", nor a body's name, "Cooperation and Development").
 */
export function joinsNames(toks: readonly Token[], k: number, floor: number): boolean {
  const next = toks[k + 1] && ROLE_BEFORE_NAME.has(toks[k + 1].lower) ? toks[k + 2] : toks[k + 1];
  if (toks[k].lower !== "and" || k - 1 < floor || !toks[k - 1].cap || !toks[k - 1].word || !next?.cap) return false;
  let j = k - 1;
  while (j - 1 >= floor && k - j < 6 && toks[j - 1].cap && toks[j - 1].word) j--;
  for (let r = 0; r < 2 && j - 1 >= floor && ROLE_BEFORE_NAME.has(toks[j - 1].lower); r++) j--;
  if (j === floor) return true;
  const b = toks[j - 1];
  // ("Republicans such as Gov. Ann Lee and Tom Reyes, wrote": examples of a noun, not a subject.)
  if (b.word) return CLAUSE_WORDS.has(b.lower) && b.lower !== "and" && !(b.lower === "as" && toks[j - 2]?.lower === "such");
  // (A comma after a capitalised word is a list's: "Iowa, Ohio and Utah".)
  return b.text !== "," || j - 2 < floor || !toks[j - 2].cap;
}

/** A proper name ("Mr. Homsi", "The Syrian Observatory for Human Rights") or a pronoun. */
export function isName(toks: readonly Token[], a: number, b: number): boolean {
  if (b - a === 1 && SUBJECT_PRONOUNS.has(toks[a].lower)) return true;
  // "Sen. Ann Lee (R-Tex.)": a short bracketed affiliation after the name is part of it.
  if (b - a > 3 && toks[b - 1].text === ")") {
    let open = b - 2;
    while (open > a && b - open <= 5 && toks[open].text !== "(" && toks[open].text !== ")") open--;
    if (open > a && toks[open].text === "(") b = open;
  }
  if (b - a > 8 || !toks[a].cap || !toks[b - 1].cap) return false;
  if (/^\d/.test(toks[a].text)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!t.cap && !NAME_CONNECTORS.has(t.lower)) return false;
  }
  return true;
}

/** "Republican of South Carolina", "Democrat of California", "independent of Vermont": a party, "of", a place name. */
function isPartyOfPlace(toks: readonly Token[], a: number, b: number): boolean {
  return b - a >= 3 && b - a <= 5 && PARTY_MEMBERS.has(toks[a].lower) && toks[a + 1].lower === "of" && toks[a + 2].cap;
}

/** "R-Utah", "D-N.Y.", "I-Vt.": a party's letter joined to a state, as news tags a member of Congress. */
function isPartyStateTag(toks: readonly Token[], a: number, b: number): boolean {
  const t = toks[a].text;
  if (b - a > 2 || t.length < 4 || t[1] !== "-" || !/^[RDI]$/.test(t[0])) return false;
  return isState(writtenAt(toks, a, b).slice(2));
}

function isRoleBefore(toks: readonly Token[], a: number, b: number): boolean {
  if (b - a > 7) return false;
  const first = toks[a].lower;
  return /[’']s$/.test(first) || first === "his" || first === "her" || first === "their" || first === "its";
}

/**
 * The first token of the role in apposition whose last noun phrase (a..right) follows "and" (at a - 1), or -1: "a senator
 * from Vermont and self-described democratic socialist" (a comma, then an article or a possessor opens the role), or
 * "the head of planning, training, and security", "the director of parks, roads and water", where bare nouns between
 * commas (a list, the serial comma optional) stand between the role's opening and "and". (A list needs its last item
 * bare too: "Ann Lee, a nurse, and her husband said" joins a second person. Bounded: six items.)
 */
function roleBeforeAnd(toks: readonly Token[], a: number, right: number, floor: number): number {
  const serial = toks[a - 2].text === ",";
  let k = serial ? a - 2 : a - 1;
  for (let items = 0; items < 6; items++) {
    const b0 = walkNP(toks, k, floor);
    if (b0 === null || b0 >= k || b0 - 1 <= floor || toks[b0 - 1].text !== ",") return -1;
    if (APPOSITIVE_ARTICLES.has(toks[b0].lower) || isRoleBefore(toks, b0, k)) {
      // (With no list between, only "and" with no comma joins two roles, as before.)
      if (items === 0) return serial ? -1 : b0;
      return bareListItem(toks, a, right) ? b0 : -1;
    }
    if (!bareListItem(toks, b0, k)) return -1;
    k = b0 - 1;
  }
  return -1;
}

/** Whether a..b is a bare noun item of a list: one to three words in lower case, no article or possessor ("training"). */
function bareListItem(toks: readonly Token[], a: number, b: number): boolean {
  if (b - a > 3 || b <= a) return false;
  for (let k = a; k < b; k++) if (!toks[k].word || toks[k].cap || DETERMINERS.has(toks[k].lower) || /[’']s?$/.test(toks[k].text)) return false;
  return true;
}

/**
 * "The director of the European Centre, Ina Kirsch, said": a chunk that an article opens, at the clause's start
 * (the sentence's, or after punctuation or "and"/"but"), before the name chunk next to the verb, describes that
 * person: the role. (Not "After the debate, Ina Kirsch, ...": the walk left out the preposition before "the".)
 */
function describedBefore(toks: readonly Token[], a: number, b: number, floor: number): boolean {
  // ("Another superdelegate, Ann Lee of Dayton, said": "another" opens a description as an article does.)
  if (b - a > 10 || b - a < 2 || !/^(?:the|a|an|another)$/.test(toks[a].lower)) return false;
  const p = toks[a - 1];
  return a === floor || !p.word || p.lower === "and" || p.lower === "but";
}

// Linking phrases between commas after a subject ("Ted Cruz, by contrast, wrote", "Brian Murphy, the
// county chairman, for example, said"): not an appositive, and not the source.
const LINKING_PHRASES: ReadonlySet<string> = new Set(["by contrast", "in contrast", "of course", "on the other hand", "for example", "for instance", "in particular"]);

/** Where the discourse adverb or linking phrase that ends at `b` starts (from `a` or a little before it), or -1. */
function discourseStart(toks: readonly Token[], a: number, b: number): number {
  const words = lowerWords(toks, a, b).join(" ");
  if (DISCOURSE_ADVERBS.has(words)) return a;
  // (The noun-phrase walk leaves out an opening preposition: "by contrast" comes as "contrast".)
  let s = a;
  while (s > 0 && a - s < 3 && toks[s - 1].word) s--;
  if (s > 0 && toks[s - 1].text !== ",") return -1;
  return LINKING_PHRASES.has(lowerWords(toks, s, b).join(" ")) ? s : -1;
}

/** A chunk that is one number, as an age is written after a name ("Jon Mark, 41, said"). */
const isAge = (toks: readonly Token[], a: number, b: number): boolean => b - a === 1 && /^\d{1,3}$/.test(toks[a].text);

/**
 * The subject that ends just before token `end` (the first token of the cue). With a comma there,
 * the subject carries appositives: "Mr. Hariri, the archaeologist, reached again by phone, said".
 */
export function subjectBefore(toks: readonly Token[], end: number, floor: number): Source | null {
  if (end - 1 < floor) return null;
  // "Residents — supporters and opponents of the mayor — said": an appositive between dashes; the
  // subject stands before the opening dash and the appositive is its role.
  if (DASH_TOKENS.has(toks[end - 1].text)) {
    let open = end - 2;
    // Commas may stand inside the appositive ("— including Muslims, Christians, Jews —").
    while (open > floor && end - open < 24 && !DASH_TOKENS.has(toks[open].text) && toks[open].text !== ";") open--;
    if (open > floor && open < end - 2 && DASH_TOKENS.has(toks[open].text)) {
      const a = walkNP(toks, open, floor);
      if (a !== null) return { source: span(toks, a, end - 1), mention: headOf(toks, a, open), role: span(toks, open + 1, end - 1) };
    }
    return null;
  }
  if (toks[end - 1].text !== ",") {
    // "Trump this week also said", "The council earlier this month said", "X, the chairman, this past
    // week announced": a time adverbial between the subject and its verb is not the subject; the
    // subject ends before it.
    const time = beforeTimePhrase(toks, floor, end);
    if (time < end && (toks[time - 1]?.word || toks[time - 1]?.text === ",")) return subjectBefore(toks, time, floor);
    // "families of the victims, many of whom say": the quantifier and "of whom" are the source as written.
    if (end - 3 >= floor && toks[end - 1].lower === "whom" && toks[end - 2].lower === "of" && OF_WHOM_QUANTIFIERS.test(toks[end - 3].lower)) {
      const m = span(toks, end - 3, end);
      return { source: m, mention: m, role: null };
    }
    const a = walkNP(toks, end, floor);
    if (a === null) return null;
    // "a report, which in the wake of the defeat urged", "the council, which after a long debate voted": the walk
    // stopped at the relative pronoun and dropped the preposition of a fronted phrase; the phrase is no subject, the
    // pronoun is.
    if (a - 2 >= floor && PHRASE_PREPOSITIONS.has(toks[a - 1].lower) && (toks[a - 2].lower === "which" || toks[a - 2].lower === "who")) return subjectBefore(toks, a - 1, floor);
    // "Groups that back him say", "Experts that have studied the plan say": the walk stopped at a
    // relative "that"; the subject is the noun phrase it modifies, and the source runs to the verb.
    const rel = nounBeforeThat(toks, a, floor);
    if (rel !== null) return { source: span(toks, rel, end), mention: headOf(toks, rel, a - 1), role: null };
    // "an official she spoke to on camera said", "the voters they polled said": the walk stopped at the subject of a
    // relative clause with no pronoun; the subject is the noun phrase it modifies, and the source runs to the verb.
    const contact = nounBeforeContactClause(toks, a, end, floor);
    if (contact !== null) return { source: span(toks, contact, end), mention: headOf(toks, contact, a - 1), role: null };
    // ("Back on the farm her mother said": a fronted phrase with no comma; see subjectAfterFrontedPhrase.)
    const fronted = subjectAfterFrontedPhrase(toks, a, end, floor);
    if (fronted > a) return subjectBefore(toks, end, fronted);
    // "voters he thinks many experts say": the walk stopped at the subject of the clause the cue's clause is the
    // object of; the cue's own subject is the determiner's phrase after that clause's verb, not the verb.
    if (a - 1 >= floor && a + 2 < end && CONTACT_PRONOUNS.has(toks[a - 1].lower) && !toks[a].cap && DETERMINERS.has(toks[a + 1].lower) && !SUBJECT_PRONOUNS.has(toks[a + 1].lower) && tag(joinedTexts(toks, a - 1, a + 1))[1]?.pos === "VERB") {
      return { source: span(toks, a + 1, end), mention: headOf(toks, a + 1, end), role: null };
    }
    // "he was the first one to say": the walk stopped after a pronoun, at the verb phrase's
    // auxiliary; the subject is what stands before the auxiliary.
    if (a > floor && a < end - 1 && !toks[a].cap && FINITE_AUX.test(toks[a].lower)) return subjectBefore(toks, a, floor);
    const t = toks[end - 1];
    if (a === end - 1 && PRONOUN_AUX.test(t.lower)) {
      // The mention is the pronoun without its auxiliary.
      const m = { start: t.start, end: t.start + t.lower.search(/[’']/) };
      return { source: m, mention: m, role: null };
    }
    // "Caucus-goers were slightly more likely to say", "The faction continues to tell itself": the walk ran
    // over the verb phrase before the cue; the subject ends at its auxiliary (not inside a relative clause,
    // "Those who have seen him say").
    let e = end;
    for (let k = a + 1; k < end - 1; k++) {
      // ("Sen. Ann Lee (a Democrat so young she has been mistaken for an aide) says": an aside in brackets, which the
      // walk took in whole, has verbs of its own; the subject runs on past it.)
      if (toks[k].text === "(") {
        let c = k + 1;
        while (c < end && toks[c].text !== ")" && toks[c].text !== "(") c++;
        if (c < end && toks[c].text === ")") {
          k = c;
          continue;
        }
      }
      const w = toks[k].lower;
      if (w === "who" || w === "which" || w === "that" || w === "whose") break;
      if (!toks[k].cap && (FINITE_AUX.test(w) || w === "continues" || w === "continue")) {
        e = k;
        break;
      }
    }
    // "Sen. Ann Lee (D-Ohio), a supporter of the levy told the Herald": an appositive whose closing comma the
    // writer left out; the name before its opening comma is the subject, the appositive its role. (The name must
    // open its clause: "In Ohio, a supporter said" is a place, then the subject.)
    if (e === end && a - 2 > floor && toks[a - 1].text === "," && APPOSITIVE_ARTICLES.has(toks[a].lower) && toks[a].lower !== "the") {
      const n = walkNP(toks, a - 1, floor);
      if (n !== null && n < a - 1 && isName(toks, n, a - 1) && !SUBJECT_PRONOUNS.has(toks[n].lower) && (n === floor || !toks[n - 1].word || CLAUSE_WORDS.has(toks[n - 1].lower)) && !PHRASE_PREPOSITIONS.has(toks[n - 1]?.lower ?? "")) {
        return { source: span(toks, n, end), mention: span(toks, n, a - 1), role: span(toks, a, end) };
      }
    }
    // ("there were only eight reported incidents": an existential "there" is no one who speaks.)
    if (e === a + 1 && toks[a].lower === "there") return null;
    // ("A news report published Wednesday said": how the source came out is no part of its name, as after the cue.)
    return { source: span(toks, a, e), mention: headBeforeGloss(toks, a, headOf(toks, a, e)), role: null };
  }
  // "Bernie Sanders, who on Tuesday endorsed Clinton, said": a relative clause between the subject
  // and its verb is skipped; the subject is what stands before it.
  // "Trump, speaking at a rally in Wilmington, N.C., warned", "Judge Ann Lee, in her dissent, said", "Ann Lee, who
  // lost her son in Aurora, Colorado, in July 2012, said": likewise an aside that opens with a participle or a
  // preposition of time, place or manner, even with commas of its own inside (the name or date before the last
  // comma is no subject).
  // (Bounded at 40 tokens: "Dr. Ann Lee, who as a Navy captain was the White House physician in the administration of
  // former President Tom Reyes and later retired from the service as a rear admiral, said" runs 30.)
  for (let k = end - 2; k > floor && k > end - 40; k--) {
    if (toks[k].text !== ",") continue;
    const w = toks[k + 1]?.lower ?? "";
    if ((w === "who" || w === "which" || (ASIDE_OPENER.test(w) && !toks[k + 1].cap)) && k + 2 < end - 1) {
      // The source as written runs on through the relative clause to the verb ("Bernie Sanders, who on
      // Tuesday endorsed Clinton,"); the mention and its role stay those before it.
      const r = subjectBefore(toks, k + 1, floor);
      // (A "which" clause comments on the source or the body in its role, "Ann Lee, head of the Riverton Fund, which
      // paid for the study, said", and a participle or a preposition gives the occasion, "Ann Lee, speaking at a
      // rally, said": neither names the source, whose words as written end before them. A "who" clause stays in,
      // as before, and so does an aside inside one.)
      if (r && w !== "who" && !whoBetween(toks, r.source.start, k)) return r;
      return r && { source: { start: r.source.start, end: toks[end - 1].end }, mention: r.mention, role: r.role };
    }
  }
  const related = appositiveWithRelative(toks, end, floor);
  if (related) return related;
  // Comma before the verb: chunks leftwards, separated by commas.
  const chunks: [number, number][] = [];
  let right = end - 1;
  let sourceEnd = toks[end - 1].end;
  while (chunks.length < 4 && right - 1 >= floor) {
    let a = walkNP(toks, right, floor);
    if (a === null) break;
    // "a Navy veteran who now is a civilian employee of the Air Force,": the walk stopped inside a
    // relative clause with no comma before it (at its verb); the chunk runs back to the noun it modifies.
    if (FINITE_AUX.test(toks[a].lower)) {
      let k = a - 1;
      while (k > floor && toks[k].text !== "," && !RELATIVE_WORDS.has(toks[k].lower) && a - k < 6) k--;
      const np = k > floor && RELATIVE_WORDS.has(toks[k].lower) ? walkNP(toks, k, floor) : null;
      if (np !== null && np < k) a = np;
    }
    const ds = discourseStart(toks, a, right);
    if (ds >= 0) {
      if (ds - 1 >= floor && toks[ds - 1].text === ",") {
        right = ds - 1;
        // ("Brian Murphy, the county chairman, for example, said": the source as written ends before it.)
        if (!chunks.length) sourceEnd = toks[ds - 1].start;
        continue;
      }
      break;
    }
    // "Sanders, a senator from Vermont and self-described democratic socialist, said": two roles joined by "and"
    // in one appositive; the walk stopped at "and", and the chunk runs back to the comma before the first role.
    // ("the former governor and Environmental Protection Agency administrator": a role may open with a body's name;
    // a name after "and" is a second person, "the mayor and Tom Reyes".)
    // ("Tom Reyes, the head of planning, training, and security, said": the role ends in a list of bare nouns.)
    if (a - 2 > floor && toks[a - 1].lower === "and" && !isName(toks, a, right)) {
      const b0 = roleBeforeAnd(toks, a, right, floor);
      if (b0 >= 0) a = b0;
    }
    // "Jo Park, 29, of Fresno, Calif., said": a place after an age opens with its preposition, which the walk left out;
    // the chunk takes it in and the walk goes on to the name.
    if (a - 2 > floor && IN_PLACE.has(toks[a - 1].lower) && toks[a - 2].text === "," && toks[a].cap) a--;
    chunks.push([a, right]);
    if (a - 1 < floor || toks[a - 1].text !== ",") break;
    right = a - 1;
  }
  if (!chunks.length) return null;
  let head = -1;
  let place = -1;
  // (A fourth chunk only after an age: "Jo Park, 29, of Fresno, Calif., said".)
  for (let c = 0; c < chunks.length && (c < 3 || isAge(toks, chunks[c - 1][0], chunks[c - 1][1])); c++) {
    const [a, b] = chunks[c];
    if (c + 1 < chunks.length && placeCompletion(toks, chunks[c + 1], a, b)) {
      if (place < 0) place = c;
      continue;
    }
    // ("Senator Ann Lee, Republican of Ohio, said": a party and the state a member of Congress stands for is
    // the appositive, not the name; the name is the chunk before it.)
    // ("Rep. Ann Lee, R-Ohio, said": likewise the party's letter and the state.)
    if (isName(toks, a, b) && !(c + 1 < chunks.length && (isPartyOfPlace(toks, a, b) || isPartyStateTag(toks, a, b)))) {
      head = c;
      break;
    }
  }
  // "Officials familiar with the house in Chappaqua, N.Y., speaking on the condition of anonymity, said": no
  // name, and the first chunk (at the clause's edge) ends in the place the state completes; it is the subject,
  // through the state.
  if (head < 0 && place >= 0 && place + 2 === chunks.length) {
    const [a, b] = chunks[place + 1];
    return { source: span(toks, a, end - 1), mention: { start: headOf(toks, a, b).start, end: toks[chunks[place][1] - 1].end }, role: null };
  }
  if (head < 0) {
    // No name: the chunk next to the verb is the subject if its left edge is a clause boundary.
    const [a, b] = chunks[0];
    if (chunks.length > 1) return null;
    return { source: span(toks, a, b), mention: headOf(toks, a, b), role: null };
  }
  const [ha, hb] = chunks[head];
  let sourceStart = ha;
  const left = chunks[head + 1];
  // ("A superdelegate, Ann Lee of Dayton, Ohio, said": the state that completes the name's place stands between them.)
  const nextToName = head === 0 || (head === 1 && place === 0);
  if (left && (isRoleBefore(toks, left[0], left[1]) || (nextToName && describedBefore(toks, left[0], left[1], floor)))) sourceStart = left[0];
  // ("Jon Mark, 41, a retired teacher, said": an age is no role; the appositive after it is.)
  let r = head - 1;
  // ("Jo Park of Fresno, Calif., said": the state completes the head's own place, no role.)
  const completes = (c: number): boolean => c >= 0 && placeCompletion(toks, chunks[c + 1], chunks[c][0], chunks[c][1]);
  if (completes(r)) r--;
  if (r >= 0 && isAge(toks, chunks[r][0], chunks[r][1])) r--;
  // ("Ann Lee, a nurse from Dayton, Ohio, said": the role runs on through the state that completes its place.)
  const roleEnd = r >= 0 ? chunks[completes(r - 1) ? r - 1 : r][1] : -1;
  const role = head > 0 && r >= 0 ? span(toks, chunks[r][0], roleEnd) : left && sourceStart === left[0] ? span(toks, left[0], left[1]) : null;
  return { source: { start: toks[sourceStart].start, end: sourceEnd }, mention: span(toks, ha, hb), role };
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(["who"]);

/** Relative pronouns that open a clause inside an appositive ("a veteran of the CIA who retired as ..."). */
const APPOSITIVE_RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "whose"]);

/**
 * "Mike Morrell, a 30-year veteran of the CIA who retired as acting director in 2013, said", "Ann Lee, a Republican who
 * described himself as a religious Catholic, said": the comma before the verb (at end - 1) closes an appositive that
 * an article opens after the previous comma and a relative clause ends, with no comma of its own; the walk over the
 * chunk would stop inside the clause ("acting director in 2013"). The subject stands before the appositive's comma, a
 * name, and the appositive is its role. Null for any other shape. (Bounded: 30 tokens back.)
 */
function appositiveWithRelative(toks: readonly Token[], end: number, floor: number): Source | null {
  let c = end - 2;
  let rel = -1;
  while (c > floor && end - c < 30 && toks[c].text !== "," && toks[c].text !== ";" && !DASH_TOKENS.has(toks[c].text)) {
    if (APPOSITIVE_RELATIVES.has(toks[c].lower)) rel = c;
    c--;
  }
  if (c <= floor || toks[c].text !== "," || rel < 0 || !APPOSITIVE_ARTICLES.has(toks[c + 1].lower) || rel <= c + 2) return null;
  const n = walkNP(toks, c, floor);
  if (n === null || !isName(toks, n, c) || SUBJECT_PRONOUNS.has(toks[n].lower)) return null;
  // (The name opens its clause: "In Ohio, a farmer who ..., said" has a place before the subject.)
  if (n > floor && toks[n - 1].word && !CLAUSE_WORDS.has(toks[n - 1].lower)) return null;
  if (PHRASE_PREPOSITIONS.has(toks[n - 1]?.lower ?? "")) return null;
  return { source: span(toks, n, end - 1), mention: span(toks, n, c), role: span(toks, c + 1, end - 1) };
}

/** Whether a "who" clause opens between offset `from` and token k ("Ann Lee, who lost her son in Aurora, in 2012,"). */
function whoBetween(toks: readonly Token[], from: number, k: number): boolean {
  for (let m = k - 1; m >= 0 && toks[m].start >= from; m--) if (toks[m].lower === "who" && toks[m - 1]?.text === ",") return true;
  return false;
}
/** The article that opens a role in apposition ("a senator from Vermont", "the party's leader"). */
const APPOSITIVE_ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** Prepositions that put a person in a place ("a nurse from Tulsa", "a voter in Dayton", "Ann Lee of Dayton"). */
const IN_PLACE: ReadonlySet<string> = new Set(["in", "from", "of", "near", "outside"]);

/**
 * "Ann Lee, a nurse from Dayton, Ohio, said", "Jo Park of Fresno, Calif., said": the chunk a..b, a state,
 * completes the place that the chunk before it (`prev`) ends on after a place preposition ("from Dayton"), so
 * it is no subject of its own.
 */
function placeCompletion(toks: readonly Token[], prev: readonly [number, number], a: number, b: number): boolean {
  if (b - a > 4 || !toks[a].cap) return false;
  let k = prev[1] - 1;
  while (k > prev[0] && toks[k].cap && prev[1] - k <= 3) k--;
  if (k === prev[1] - 1 || !IN_PLACE.has(toks[k].lower)) return false;
  const written = writtenAt(toks, a, b);
  // ("Jo Park of Washington, D.C., said": the federal district completes its city as a state does.)
  return isState(written) || written === "D.C.";
}

/** Tokens a..b as written in a place name: words spaced, an abbreviation's period joined ("N.Y" "." -> "N.Y."). */
function writtenAt(toks: readonly Token[], a: number, b: number): string {
  let written = toks[a].text;
  for (let m = a + 1; m < b; m++) written += (toks[m].text === "." ? "" : " ") + toks[m].text;
  return written;
}

/** Words that open an aside between a subject and its verb: a participle, or a preposition of time, place or manner. */
const ASIDE_OPENER = /^(?:in|at|after|before|during|when|since|despite|like|unlike|speaking|appearing|writing|facing|testifying|responding|addressing|campaigning|standing|sitting|reacting|citing|echoing|both)$/;

const SUBJECT_START_AFTER_THAT: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "he", "she", "it", "we", "they", "you"]);
const NUMBER_TOKEN = /^\d[\d,.]*$/;

/**
 * When token a - 1 is a relative "that" after a noun ("organizations that have endorsed him"), the
 * start of that noun phrase; else null. The tagger tells the noun from a verb or adjective before a
 * complement "that" ("said that", "clear that"); it runs only on this short stretch.
 */
export function nounBeforeThat(toks: readonly Token[], a: number, floor: number): number | null {
  // (A capital is a name's unless the word opens the sentence: "Groups that ...", "Those that ...".)
  if (a - 2 < floor || toks[a - 1].lower !== "that" || !toks[a - 2].word || (toks[a - 2].cap && a - 2 > 0) || SPEECH_VERBS.has(toks[a - 2].lower)) return null;
  // "the emails that the department said", "the plan that he drafted": a determiner, pronoun or
  // number after "that" starts a clause with its own subject, and the tagger never reads one as the
  // verb or adverb asked for below (over all PolNeAR sentences it calls them DET, PRON, NUM only).
  if (SUBJECT_START_AFTER_THAT.has(toks[a].lower) || NUMBER_TOKEN.test(toks[a].text)) return null;
  const b = walkNP(toks, a - 1, floor);
  if (b === null || b >= a - 1) return null;
  const tags = tag(joinedTexts(toks, b, a + 1));
  // (The tagger's tokens must line up with ours for its tags to be read off by position.)
  if (tags.length !== a + 1 - b) return null;
  const noun = tags[tags.length - 3]!.pos;
  // Only a subject relative, whose verb follows "that": in "the emails that the department said it
  // will review" the relative clause has its own subject, and that is who speaks.
  const next = tags[tags.length - 1]!.pos;
  if (next !== "VERB" && next !== "AUX" && next !== "ADV") return null;
  return noun === "NOUN" || noun === "PRON" || noun === "PROPN" || toks[a - 2].lower === "those" ? b : null;
}

/** Subject pronouns that open a relative clause with no relative pronoun ("the official she spoke to"). */
const CONTACT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i", "you"]);

/**
 * When token a - 1 is a subject pronoun after a common noun, and a verb follows it ("an official she spoke to",
 * "the poll they released Tuesday"), the start of that noun phrase, which an article or determiner opens; else
 * null. The tagger tells the noun and the verb; it runs only on this short stretch.
 */
function nounBeforeContactClause(toks: readonly Token[], a: number, end: number, floor: number): number | null {
  if (a - 2 < floor || !CONTACT_PRONOUNS.has(toks[a - 1].lower) || !toks[a - 2].word || toks[a - 2].cap || CLAUSE_WORDS.has(toks[a - 2].lower) || SPEECH_VERBS.has(toks[a - 2].lower)) return null;
  // The clause's object is the noun, so its verb stands before a preposition, a time word or the cue ("spoke to",
  // "polled said", "released Tuesday"); "voters he thinks many experts say" has a subject of its own after the verb.
  const after = toks[a + 1];
  if (a + 1 < end && !(OBJECT_PREPOSITIONS.test(after.lower) || TIME_WORDS.has(after.lower))) return null;
  const w = walkNP(toks, a - 1, floor);
  if (w === null || w >= a - 1) return null;
  // (The phrase opens at its nearest determiner: "In the end the voters they polled said" is "the voters".)
  let b = a - 3;
  while (b >= w && !DETERMINERS.has(toks[b].lower)) b--;
  if (b < w || SUBJECT_PRONOUNS.has(toks[b].lower)) return null;
  const tags = tag(joinedTexts(toks, b, a + 1));
  // (The tagger's tokens must line up with ours for its tags to be read off by position.)
  if (tags.length !== a + 1 - b) return null;
  return tags[tags.length - 3]!.pos === "NOUN" && tags[tags.length - 1]!.pos === "VERB" ? b : null;
}

/** A finite auxiliary or modal: where a verb phrase starts after its subject. */
export const FINITE_AUX = auxiliaryTest("must");

/** The head of a descriptive noun phrase: up to a relative clause or participle ("A young officer serving there"). */
export function headOf(toks: readonly Token[], a: number, b: number): Span {
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    // (An -ing word right after a determiner is an adjective or a noun, no participle: "a publishing
    // executive", "a staggering 56 percent", "a source familiar with the planning".)
    const participle = t.lower.endsWith("ing") && t.lower.length > 5 && !DETERMINERS.has(toks[k - 1].lower);
    if (t.word && !t.cap && (t.lower === "who" || t.lower === "which" || t.lower === "whose" || participle)) {
      // "Kasich (who has ...": the bracket that opens the relative is not the head's.
      if (k > a + 1 && toks[k - 1].text === "(") return span(toks, a, k - 1);
      if (k > a) return span(toks, a, k);
    }
  }
  return span(toks, a, b);
}

/** Nouns that close a programme's name ("NBC's Today show", "The Tonight Show" in lower case). */
const PROGRAMME_NOUNS: ReadonlySet<string> = new Set(["show", "program", "programme", "podcast", "broadcast", "newscast"]);

/** "told NBC's Today show": a programme noun after a name goes with it (the index after it, or k). */
function programmeNounAfter(toks: readonly Token[], k: number, end: number): number {
  return k < end && toks[k].word && PROGRAMME_NOUNS.has(toks[k].lower) ? k + 1 : k;
}

/** The listener after "told": a pronoun, a name, or a short noun phrase. Returns the index after it. */
export function objectAfter(toks: readonly Token[], j: number, end: number): number {
  if (j >= end) return j;
  const t = toks[j];
  // ("told members of Congress that ...": the listener's own "of" phrase goes with it; see listenerOfPhrase.)
  if (OBJECT_PRONOUNS.has(t.lower)) return listenerOfPhrase(toks, j + 1);
  // Up to "that" when it comes soon: "told a cheering crowd in West Virginia that ..."
  for (let k = j; k < Math.min(end, j + 10); k++) {
    if (toks[k].lower === "that") return listenerBeforePhrase(toks, j, k, end);
    // ("told Sanders’ aides that ...": a plural possessive's apostrophe goes on with the listener.)
    if (!toks[k].word && !pluralPossessiveAt(toks, k)) break;
    // "asked Obama what he thought of the prospects that ...": a question word or a subject pronoun
    // opens the content before any later "that".
    if (k > j && /^(?:what|whether|if|how|why|who|whom|when|where|he|she|they|we|i)$/.test(toks[k].lower)) break;
  }
  if (t.cap) {
    let k = j;
    while (k < end && k - j < 8 && (toks[k].cap || (NAME_CONNECTORS.has(toks[k].lower) && k + 1 < end && toks[k + 1].cap)) && toks[k].word) k++;
    // "told CNN’s Jake Tapper"; "told MSNBC's “Morning Joe” that": a programme's title in marks goes with it.
    if (k > j && k < end && opensTitleMark(toks[k].text)) {
      let c = k + 1;
      while (c < end && c - k <= 6 && toks[c].word && (toks[c].cap || (c > k + 1 && TITLE_SMALL_WORDS.test(toks[c].lower)))) c++;
      if (c > k + 1 && c < end && closesTitleMark(toks[c].text)) return c + 1;
    }
    return programmeNounAfter(toks, k, end);
  }
  if (DETERMINERS.has(t.lower)) {
    let k = j + 1;
    // "told the Today show she ...": a capitalised time word after the article is a programme's name, not the time.
    if (k < end && toks[k].cap && TIME_WORDS.has(toks[k].lower) && PROGRAMME_NOUNS.has(toks[k + 1]?.lower ?? "")) return k + 2;
    // "told the Wall Street Journal in July": after an article, a run of capitalised words is a name.
    if ((t.lower === "the" || t.lower === "a") && k < end && toks[k].cap && toks[k].word && k + 1 < end && toks[k + 1].cap && toks[k + 1].word) {
      while (k < end && k - j < 7 && toks[k].cap && toks[k].word) k++;
      return k;
    }
    while (k < end && k - j < 5 && toks[k].word && !SUBJECT_PRONOUNS.has(toks[k].lower) && !CLAUSE_WORDS.has(toks[k].lower) && !PHRASE_PREPOSITIONS.has(toks[k].lower)) {
      k++;
      // A determiner phrase ends at its first plural or capitalised noun, roughly: stop after a
      // word that is followed by a subject pronoun or determiner (the content's subject).
      if (k < end && (SUBJECT_PRONOUNS.has(toks[k].lower) || DETERMINERS.has(toks[k].lower) || toks[k].cap)) break;
    }
    return k;
  }
  return j;
}

/**
 * "told the Wall Street Journal in July that ...", "told CNN on Sunday that ...", "told his supporters in Ohio last week
 * that ...": the listener before "that" at k ends where a phrase of time, medium or place begins that skipAdverbials
 * walks whole up to that "that" (the verb's, not the listener's: the site's rest skips it again). Else k.
 * ("told members of Congress that": "of" and "to" open no such phrase.)
 */
function listenerBeforePhrase(toks: readonly Token[], j: number, k: number, end: number): number {
  for (let p = j + 1; p < k; p++) {
    const t = toks[p];
    if (!t.word) return k;
    // (A capitalised time word right after a capital goes on a name, "told USA Today that", unless it is a weekday.)
    const opens = (PHRASE_PREPOSITIONS.has(t.lower) && t.lower !== "of" && t.lower !== "to") || (TIME_WORDS.has(t.lower) && !(t.cap && toks[p - 1].cap && !WEEKDAY.test(t.lower)) && !/^(?:the|at|before|this|that|once|too|also|may|march)$/.test(t.lower));
    // ("told the Ledger the morning of the debate that": a day's part tied to an event; see dayOfEnd.)
    const day = t.lower === "the" && dayOfEnd(toks, p, end) > 0;
    if ((opens || day) && skipAdverbials(toks, p, end) === k) return p;
  }
  return k;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Subject pronouns that open the content after a listener (lower-cased). */
const CONTENT_PRONOUNS = /^(?:he|she|they|we|i|it|you)$/;

/**
 * "told TheBlaze founder Glenn Beck he would ...", "told a Fox News reporter he would ...", "told the radio host
 * Hugh Hewitt she ...": a listener whose noun phrase changes case (a role noun between an outlet and a name, a
 * name after a role noun) runs on to the subject pronoun that opens the content; objectAfter's walks stop at the
 * first change of case, which left the rest of the listener at the content's start (or, after an article, ran
 * on past the pronoun: "told a Herald reporter they'd lost"). `k` is where objectAfter stopped. Returns the pronoun's index, or -1 unless only noun-phrase words come between (no preposition, time
 * word, relative, auxiliary, determiner or speech verb: "told CNN on Sunday he ..." is left to skipAdverbials).
 * A bounded walk of 9 tokens.
 */
export function listenerBeforePronoun(toks: readonly Token[], j: number, k: number, end: number): number {
  if (k < end && (CONTENT_PRONOUNS.test(toks[k].lower) || PRONOUN_AUX.test(toks[k].lower) || toks[k].lower === "that")) return -1;
  for (let m = j; m < end - 1 && m - j <= 8; m++) {
    const t = toks[m];
    if (m > j && (CONTENT_PRONOUNS.test(t.lower) || PRONOUN_AUX.test(t.lower))) return m === k ? -1 : m;
    if (!t.word) {
      if (/^[’'.&-]$/.test(t.text)) continue;
      return -1;
    }
    // (The listener's own article may open it: "the" is a time word too, as in "the day before".)
    if (m === j && DETERMINERS.has(t.lower)) continue;
    if (DETERMINERS.has(t.lower) || CLAUSE_WORDS.has(t.lower) || PHRASE_PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower) || FINITE_AUX.test(t.lower) || SPEECH_VERBS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * Index after a title in double marks that opens at token k ("“Meet the Press.”", "\"This Week With George
 * Stephanopoulos\""): up to 8 words, each capitalised or a small word of a title after the first, and a period or
 * comma at most before the closing mark; or -1.
 */
function titleInMarksEnd(toks: readonly Token[], k: number, end: number): number {
  if (!opensTitleMark(toks[k].text)) return -1;
  let c = k + 1;
  while (c < end && c - k <= 8 && toks[c].word && (toks[c].cap || (c > k + 1 && TITLE_SMALL_WORDS.test(toks[c].lower)))) c++;
  if (c === k + 1) return -1;
  if (c + 1 < end && (toks[c].text === "." || toks[c].text === ",") && closesTitleMark(toks[c + 1].text)) c++;
  return c < end && closesTitleMark(toks[c].text) ? c + 1 : -1;
}

/**
 * The double marks a programme's title stands in: curly, straight, or the two apostrophes some archives
 * type for them (the tokeniser's "''": "told MSNBC's ''Morning Joe'' that …", NYT style).
 */
const opensTitleMark = (t: string): boolean => t === "“" || t === '"' || t === "''";
const closesTitleMark = (t: string): boolean => t === "”" || t === '"' || t === "''";

/**
 * "that night", "that week" at token k: a time phrase, unless a verb follows ("that year was the worst"); the index just
 * past it, or -1. ("that same day", "that very morning": a word that picks the time out keeps it a time phrase.)
 */
export function timeThatEnd(toks: readonly Token[], k: number): number {
  const n = /^(?:same|very)$/.test(toks[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  return n < toks.length && /^(day|night|morning|afternoon|evening|week|weekend|month|year)$/.test(toks[n].lower) && !/^(was|is|were|are|will|would|had|has|could|should)$/.test(toks[n + 1]?.lower ?? "") ? n + 1 : -1;
}

/** Whether "that" at token k opens a time phrase (see timeThatEnd). */
export const isTimeThat = (toks: readonly Token[], k: number): boolean => timeThatEnd(toks, k) > 0;

/** The nouns a time phrase ends with ("on Friday", "last week"). */
const TIME_NOUN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|weekend|today|yesterday|tonight)$/;
const DURATION_NOUNS = /^(?:days|weeks|months|years|decades|hours|ages)$/;

// Small words inside a title ("Meet the Press", "State of the Union").
const TITLE_SMALL_WORDS = /^(?:the|of|and|a|an|in|on|for|to|with)$/;

const OF_WHOM_QUANTIFIERS = /^(?:many|most|some|all|several|few|both|each|none|half|one|two|three|four|five|dozens|hundreds|thousands)$/;

/** An apostrophe joined to two digits ("’08", "'16"): a year with its century cut off. */
const elidedYear = (toks: readonly Token[], m: number): boolean =>
  /^['’‘]$/.test(toks[m].text) && m + 1 < toks.length && toks[m + 1].start === toks[m].end && /^\d\d$/.test(toks[m + 1].text);

/**
 * Time words that only link a time phrase ("at the time", "before noon"): inside a run of time words after a
 * verb they belong to it only when a time word follows them ("said Monday at a rally in Ohio": "at" opens a
 * phrase of place there). (Not "the": "said last week the plan was dead" would lose its "the" either way, and
 * "responded then the same way that ..." would become a content.)
 */
const LINK_TIME_WORDS = /^(?:at|before)$/;
/** Words that may stand between a linking word and its time noun ("at the time"). */
const TIME_ARTICLE = /^(?:the|this|that)$/;

/** A time word at m, or at m + 1 after an article ("the time"), before `end`. */
function timeNounAhead(toks: readonly Token[], m: number, end: number): boolean {
  const k = m < end && TIME_ARTICLE.test(toks[m].lower) ? m + 1 : m;
  return k < end && k <= m + 1 && TIME_WORDS.has(toks[k].lower) && !LINK_TIME_WORDS.test(toks[k].lower) && !TIME_ARTICLE.test(toks[k].lower);
}

/**
 * "said in a statement the budget would ...": "the" right after a medium noun opens the content, unless
 * a time word follows it ("in an interview the day before").
 */
function mediumThenClause(toks: readonly Token[], m: number): boolean {
  return MEDIUM_NOUNS.has(toks[m].lower) && theOpensClause(toks, m + 1);
}

/**
 * "said in July the pier would close", "told police in 2014 the plan was dead": a month's name or a number that ends a
 * date, with "the" after it that opens the content (theOpensClause), ends the phrase; "the" is no time word there.
 * ("in July the 4th" and "in May the year before" go on: a number or a time noun follows "the".)
 */
function dateThenClause(toks: readonly Token[], m: number, end: number): boolean {
  const t = toks[m];
  if (m + 2 >= end || toks[m + 1].lower !== "the" || !(/^\d+$/.test(t.text) || (t.cap && MONTHS.test(t.lower)))) return false;
  return theOpensClause(toks, m + 1) && !/^\d/.test(toks[m + 2].text);
}
const MONTHS = /^(?:jan\.?|january|feb\.?|february|march|april|may|june|july|aug\.?|august|sept?\.?|september|oct\.?|october|nov\.?|november|dec\.?|december)$/;

/**
 * "said on “Valley Morning Show” that ...", "said on ''Fox and Friends'' that ...": a preposition at k and a programme's
 * title in marks right after it (titleInMarksEnd), before "that" or ", that", is a medium phrase with no noun the
 * phrase walk knows. The index of that "that", or -1.
 */
function programmeInMarksEnd(toks: readonly Token[], k: number, end: number): number {
  if (k + 1 >= end || !/^(?:on|in)$/.test(toks[k].lower) || !opensTitleMark(toks[k + 1].text)) return -1;
  let c = titleInMarksEnd(toks, k + 1, end);
  if (c < 0 || c >= end) return -1;
  if (toks[c].text === "," && toks[c + 1]?.lower === "that") c++;
  return toks[c].lower === "that" ? c : -1;
}

/** Whether "the" at t opens the content: no time or medium noun follows it, or a medium noun with its verb. */
function theOpensClause(toks: readonly Token[], t: number): boolean {
  const n = toks[t + 1];
  return !!n?.word && !TIME_WORDS.has(n.lower) && !TIME_NOUNS.has(n.lower) && (!MEDIUM_NOUNS.has(n.lower) || finiteVerbAt(toks, t + 2));
}

/**
 * "said in a statement the report merits a look", "... the letter was late": a medium noun may be the content's
 * subject when a finite verb follows it: an auxiliary, or a verb in -s before an article or "that". (Not "in an
 * interview the show aired Sunday": a relative clause on the medium noun; nor "the rally organizers praised".)
 */
function finiteVerbAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t?.word || t.cap) return false;
  if (FINITE_AUX.test(t.lower)) return true;
  const nx = toks[k + 1];
  return t.lower.length > 3 && t.lower.endsWith("s") && !t.lower.endsWith("ss") && !!nx && (DETERMINERS.has(nx.lower) || nx.lower === "that");
}

/** Participles that say who put a message out: "a statement released by the campaign". */
const PUT_OUT_PARTICIPLES = /^(?:released|issued|posted|sent|published|distributed|provided|circulated|emailed|e-mailed)$/;

/**
 * "said in a statement released by the Trump campaign the report merits ...": after a medium noun at m, a participle
 * and its "by" phrase (an optional article and one to five words) end before the content's article or "that".
 * Returns the index after the "by" phrase, or -1. Bounded: eight tokens.
 */
function putOutByEnd(toks: readonly Token[], m: number, end: number): number {
  if (!MEDIUM_NOUNS.has(toks[m].lower) || toks[m + 2]?.lower !== "by" || !PUT_OUT_PARTICIPLES.test(toks[m + 1]?.lower ?? "")) return -1;
  let k = m + 3;
  if (k < end && DETERMINERS.has(toks[k].lower)) k++;
  const s0 = k;
  while (k < end && k - s0 < 5 && (toks[k].word || /^[’']$/.test(toks[k].text)) && !DETERMINERS.has(toks[k].lower) && toks[k].lower !== "that" && !CLAUSE_WORDS.has(toks[k].lower) && !SUBJECT_PRONOUNS.has(toks[k].lower)) k++;
  return k > s0 && k < end && (toks[k].lower === "that" || (toks[k].lower === "the" && theOpensClause(toks, k))) ? k : -1;
}

/** A speech verb in the past, in lower case ("announced", "said", "told"): it makes a clause, never a time or medium phrase. */
const pastSpeechVerb = (t: Token): boolean => !t.cap && SPEECH_VERBS.has(t.lower) && (t.lower.endsWith("ed") || /^(?:said|told|wrote|spoke)$/.test(t.lower));

/**
 * Skip a time or medium phrase right after the verb: "said Tuesday", "said on Wednesday", "said in a
 * statement", "told CNN in an interview on Sunday". Returns the index after the phrase(s).
 */
export function skipAdverbials(toks: readonly Token[], j: number, end: number): number {
  let k = j;
  for (let round = 0; round < 4 && k < end; round++) {
    const t = toks[k];
    // "said, however, that"
    if (t.text === "," && k + 2 < end) {
      let close = -1;
      for (let m = k + 1; m < k + 5 && m < toks.length; m++) {
        if (toks[m].text === ",") {
          close = m;
          break;
        }
      }
      if (close > 0 && discourseStart(toks, k + 1, close) === k + 1) {
        k = close + 1;
        continue;
      }
    }
    // "reported that night", "said that week": "that" is a determiner of a time noun, not a complementiser.
    // ("said that year was the best" keeps it: a verb follows the noun there.)
    if (t.lower === "that" && isTimeThat(toks, k)) {
      k = timeThatEnd(toks, k);
      continue;
    }
    // ("said the morning of the debate that ...": see dayOfEnd.)
    if (t.lower === "the") {
      const day = dayOfEnd(toks, k, end);
      if (day > 0) {
        k = day;
        continue;
      }
    }
    // "told reporters here Sunday that ...", "said here that ...": the place adverb of the speech event,
    // only before a time word, "that" or a comma ("said here is where ..." keeps it).
    if (t.lower === "here" && k + 1 < end && (toks[k + 1].lower === "that" || toks[k + 1].text === "," || TIME_WORDS.has(toks[k + 1].lower))) {
      k++;
      continue;
    }
    // "reported just today", "argued only last week": a focusing adverb before a time phrase is part of it.
    if ((t.lower === "just" || t.lower === "only") && k + 1 < end && TIME_WORDS.has(toks[k + 1].lower) && toks[k + 1].lower !== "the") {
      k++;
      continue;
    }
    // "said this week", "said last month"; but "said this is the end": "this", "last" and "next" are
    // time words only before a time noun.
    const timeDeterminer = /^(?:this|last|next)$/.test(t.lower);
    if (TIME_WORDS.has(t.lower) && t.lower !== "the" && t.lower !== "at" && t.lower !== "before" && (!timeDeterminer || (k + 1 < end && (TIME_WORDS.has(toks[k + 1].lower) || /^\d/.test(toks[k + 1].text))))) {
      let m = k + 1;
      while (m < end && m - k < 4 && (TIME_WORDS.has(toks[m].lower) || /^\d/.test(toks[m].text)) && toks[m].lower !== "that" && !(LINK_TIME_WORDS.test(toks[m].lower) && !timeNounAhead(toks, m + 1, end))) {
        if (toks[m].lower === "the") {
          // "said Tuesday the party should act": "the" opens the content; it stays in the time phrase only
          // before a date's number ("Tuesday the 14th"), a time noun ("Friday the same day", cf. timeThatEnd) or
          // a time word ("Friday at the time").
          // ("responded then the same way that ...": "the same" is the verb's manner or object, never a
          // content's subject; it stays in the run as before, and the words after it make no content.)
          const dayEnd = timeThatEnd(toks, m);
          if (dayEnd > 0) m = dayEnd;
          else if (m + 1 < end && /^\d/.test(toks[m + 1].text)) m += 2;
          else if (timeNounAhead(toks, m, end) || (m + 1 < end && toks[m + 1].lower === "same")) {
            m++;
            continue;
          }
          break;
        }
        m++;
      }
      k = m;
      continue;
    }
    // "said for weeks", "has argued for the past two years": a duration.
    if (t.lower === "for") {
      let m = k + 1;
      while (m < end && m - k <= 4 && toks[m].word && !DURATION_NOUNS.test(toks[m].lower) && (DETERMINERS.has(toks[m].lower) || /^(?:past|last|several|\d+|many|few)$/.test(toks[m].lower))) m++;
      if (m < end && DURATION_NOUNS.test(toks[m].lower)) {
        k = m + 1;
        continue;
      }
    }
    if (PHRASE_PREPOSITIONS.has(t.lower) && t.lower !== "of" && t.lower !== "to") {
      // ("said on “Valley Morning Show” that ...": see programmeInMarksEnd.)
      const shown = programmeInMarksEnd(toks, k, end);
      if (shown > 0) {
        k = shown;
        continue;
      }
      // A phrase of up to 8 words with a time or medium noun in it, ending before "that" or a comma.
      let m = k + 1;
      let known = false;
      // (A past speech verb in lower case ends it as no phrase: "said in August after Nabisco announced it was ..." is
      // a clause of its own, whose subject and verb are not the saying's time.)
      while (m < end && m - k <= 8 && (toks[m].word || elidedYear(toks, m) || pluralPossessiveAt(toks, m)) && toks[m].lower !== "that" && !SUBJECT_PRONOUNS.has(toks[m].lower) && !pastSpeechVerb(toks[m])) {
        // ("said on Fox News’ show that": a plural possessive's apostrophe goes on with the phrase.)
        if (pluralPossessiveAt(toks, m)) {
          m++;
          continue;
        }
        // "said in ’08 that": a year written with its century cut off is a time word.
        if (!toks[m].word) {
          known = true;
          m += 2;
          continue;
        }
        if (TIME_WORDS.has(toks[m].lower) || MEDIUM_NOUNS.has(toks[m].lower) || /^\d/.test(toks[m].text) || toks[m].cap) known = true;
        // ("said in July the pier would close", "told police in 2014 the plan was dead": see dateThenClause.)
        if (dateThenClause(toks, m, end)) {
          known = true;
          m++;
          break;
        }
        const putOut = putOutByEnd(toks, m, end);
        if (putOut > 0) {
          m = putOut;
          break;
        }
        if (MEDIUM_NOUNS.has(toks[m].lower) || TIME_WORDS.has(toks[m].lower)) {
          // Stop right after the noun unless "with X" or "on X" continues it.
          // ("the" after the noun opens the content: "announced on Friday the arrest of ...")
          if (m + 1 < end && !/^(with|on|in|at|to)$/.test(toks[m + 1].lower) && !toks[m + 1].cap && (!TIME_WORDS.has(toks[m + 1].lower) || (toks[m + 1].lower === "the" && (TIME_NOUN.test(toks[m].lower) || mediumThenClause(toks, m)))) && !MEDIUM_NOUNS.has(toks[m + 1].lower)) {
            m++;
            break;
          }
        }
        m++;
      }
      if (known && (m >= end || toks[m].lower === "that" || toks[m].text === "," || CLAUSE_WORDS.has(toks[m].lower) || !toks[m].word || SUBJECT_PRONOUNS.has(toks[m].lower) || DETERMINERS.has(toks[m].lower) || toks[m].cap)) {
        k = m;
        // "said on ABC’s “This Week” that ...", "..., he said Sunday on NBC’s “Meet the Press.”": a programme's title
        // in marks after the outlet's name ends the medium phrase; it is no quotation of the content.
        if (k < end && toks[k - 1].cap) {
          const c = titleInMarksEnd(toks, k, end);
          if (c > 0) k = c;
        }
        // "at a stop in Toledo, Ohio, that ...": a state or country after the place, between commas.
        if (k + 2 < end && toks[k].text === "," && toks[k + 1].cap && toks[k + 1].word && toks[k + 2].text === "," && toks[k - 1].cap) k += 2;
        if (k < end && toks[k].text === "," && k + 1 < end && toks[k + 1].lower === "that") k++;
        continue;
      }
    }
    break;
  }
  return k;
}
