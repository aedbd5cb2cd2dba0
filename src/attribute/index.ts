import type { Candidate } from "../extract/index.js";
import { paragraphIndexAt, type Article, type Diagnostic, type Quote, type SpeakerType, type Span } from "../model/index.js";
import { circumstancesAround, clauseDayText, findMedium, findSpokenOn, findToOutlet, mayNameDay, namedAsBody } from "./circumstances.js";
import { previousParagraphSubject } from "./cue-clause-subjects.js";
import { DOCUMENT_NOUNS } from "./cue-words.js";
import { hit, R, type CueHit, type QuoteContext } from "./cue-context.js";
import { relativePronounSource, withoutMediumPhrase } from "./cue-subjects.js";
import { roleOfSource } from "./role-text.js";
import { findReportedSubject, type ReportedSubjectRule } from "./reported-subject.js";
import { possessorOfSpeechNoun } from "./possessor-source.js";
import { otherOccasion } from "./other-occasion.js";
import { creditSentenceFinalCues } from "./sentence-final-cue.js";
import { coordinatedSourceMention } from "./coordinated-source.js";
import { subjectBeforeAside } from "./aside-source.js";
import { addressedAfterCue, nameRightBeforeCue } from "./addressee.js";
import { whoseOwner } from "./whose-owner.js";
import { namesLabel } from "./label-quote.js";
import { findCue, findLastResortCue } from "./cues.js";
import { parseDescription, RoleIndex, type DescriptionResolver, type RoleMatch } from "./roles.js";
import { NO_ANTECEDENTS, ONE_CAPITALISED_WORD, Registry, describedSurname, generationMention, lastPart, placeLineAt, readsAntecedents, resolveMention, surnameKey, type Antecedent, type AntecedentIndex, type Resolved } from "./entities.js";
import { INDEFINITE_PERSONS, NOT_NAMES, ORG_WORDS, PERSON_NOUNS, TITLES, WEEKDAYS, type Gender } from "./lexicon.js";
import { mentionAt, opensNoSubject, parseInvertedSource, remadeMention, type Mention } from "./mention.js";
import { nextSubjectStart, objectAfterTitle, titleAfterClauseOpener } from "./subjects.js";
import { NAME_PART_LETTERS, wordStartAt } from "./tokens.js";
import { DIGIT, LETTER, UPPER, classAt, isSpaceCode, sizeAt } from "../extract/chars.js";
import { NAMING_VERBS, SPEECH_VERBS } from "../extract/lexicon.js";

export { CUE_RULES, LAST_RESORT_RULES } from "./cues.js";

/** Reported-speech candidates may carry these extra spans (see extract/reported.ts). */
type WithSource = Candidate & { readonly sourceSpan?: Span; readonly roleSpan?: Span; readonly toSpan?: Span };

type Attribution = {
  speaker: string | null;
  speakerType: SpeakerType;
  role: string | null;
  mention: string | null;
  mentionSpan: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  toOutlet: string | null;
  medium: string | null;
  spokenOn: string | null;
  ruleId: string;
  reason: string;
};

const CONTINUATION = {
  samePara: { id: "attribution/same-paragraph", reason: "no cue of its own; continues the speaker of the quote beside it in the paragraph (“A,” X said. “B.”)" },
  nextPiece: { id: "attribution/quote-continues", reason: "the quote runs on from the previous paragraph" },
  paragraph: { id: "attribution/paragraph-continuation", reason: "a quote paragraph with no cue continues the previous paragraph's speaker" },
  overNarration: { id: "attribution/paragraph-after-narration", reason: "a quote paragraph with no cue, after one paragraph of narration that credits no one and gives no subject: it goes on with the speaker credited two paragraphs before (X told CNN “…”. ¶ What “…” means is unclear. ¶ “…”)" },
};

const REPORTED_CONTENT = { id: "attribution/reported-content-goes-on", reason: "a quoted phrase inside the clause that a speech verb before an earlier quote of the same sentence reports (X says his “A” Y ran “B”, X said the rules “A” that Y meets the “B” test): the words are still X's report, not the inner clause's subject's" };

// Words that open a new clause or a coordinated one: after them the words are no longer the
// reported clause's own (see reportedContentGoesOn).
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "and", "but", "or", "nor", "yet", "so", "while", "whereas", "although", "though", "because", "as", "when", "whenever",
  "after", "before", "since", "until", "if", "unless", "which", "who", "whom", "whose", "where",
]);

/**
 * "Lee says his “friend” Reyes ran “a fine race”", "Lee said the rules “all point one way” that
 * Reyes meets the “natural born” test": the quote before stands inside the clause its speech verb
 * reports, and the words from it to this quote go on with that clause (no punctuation, no word that
 * opens another clause), so this quote is in the same report and its subject, a person inside the
 * report, is not the source.
 */
function reportedContentGoesOn(text: string, before: Candidate, beforeCue: string | null, c: Candidate): boolean {
  const verb = beforeCue?.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!SPEECH_VERBS.has(verb) || NAMING_VERBS.has(verb)) return false;
  if (/[,.!?;:…]\s*$/.test(text.slice(before.span.start, before.span.end))) return false;
  const between = text.slice(before.outer.end, c.outer.start);
  if (between.length > 120 || /[^\p{L}\p{N}\s'’-]/u.test(between)) return false;
  const words = between.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && !words.some((w) => CLAUSE_OPENERS.has(w));
}

const REPEATED = { id: "attribution/repeated-quote", reason: "the same words are quoted elsewhere in the article with a cue of their own (a headline or teaser repeats a quote from the body); they take that quote's speaker" };

/**
 * A quote's words for comparing repeats: lower case, letters and digits only, the runs of them
 * joined by one space (as .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim() gives it; a test
 * checks the two against each other). By hand: the /u regex replace cost 30 ns a character.
 */
export function repeatKey(s: string): string {
  const l = s.toLowerCase();
  let out = "";
  let from = -1; // where the current run of letters and digits began
  for (let i = 0; i < l.length; ) {
    const c = l.charCodeAt(i);
    const size = c < 128 ? 1 : sizeAt(l, i);
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : (classAt(l, i) & (LETTER | DIGIT)) !== 0) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out += out ? " " + l.slice(from, i) : l.slice(from, i);
      from = -1;
    }
    i += size;
  }
  if (from >= 0) out += out ? " " + l.slice(from) : l.slice(from);
  return out;
}

const PREVIOUS_SUBJECT = { id: "attribution/previous-paragraph-subject", reason: "a quote paragraph with no cue, after a paragraph whose last sentence has a subject that can speak and quotes no one (X praised Y. ¶ “…”)" };


/**
 * Fills the date, outlet and medium of each follow-on quote (`followsOn`) that has none of its own
 * from the nearest earlier quote of the same speaker in its paragraph. In text order, so a chain
 * of follow-ons ("he said, “A.” He paused. “B.”") passes them along.
 */
function carryCircumstances(text: string, out: (Attribution | null)[], followsOn: readonly boolean[], paraOf: readonly number[]): void {
  let para = -1;
  const last = new Map<string, Attribution>();
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (!a?.speaker) continue;
    if (paraOf[i] !== para) {
      para = paraOf[i];
      last.clear();
    }
    const before = last.get(a.speaker);
    // A cue of its own that tells of another time ("as he later explained", "In the coming months,
    // he vowed") is another occasion: the speaker goes on, what the earlier words were given to does not.
    if (before && followsOn[i] && !otherOccasion(text, a.mentionSpan, a.cueSpan)) {
      // A day of its own that differs is another occasion ("He echoed that on Monday"): not the
      // earlier quote's medium or outlet.
      if (!a.toOutlet && !a.medium && !(a.spokenOn && a.spokenOn !== before.spokenOn)) {
        a.toOutlet = before.toOutlet;
        a.medium = before.medium;
      }
      a.spokenOn ??= before.spokenOn;
    }
    last.set(a.speaker, a);
  }
}

/** Speakers and narrative subjects in text order, so a pronoun finds the nearest one before it. */
class Antecedents implements AntecedentIndex {
  readonly list: Antecedent[] = [];
  readonly firstGendered = new Map<string, Antecedent>();
  add(a: Antecedent): void {
    let i = this.list.length;
    while (i > 0 && this.list[i - 1].at > a.at) i--;
    this.list.splice(i, 0, a);
    // (It goes after every one at or before its place, so it is the speaker's first only when that stood later.)
    if (a.gender && !a.byPronoun) {
      const first = this.firstGendered.get(a.speaker);
      if (!first || first.at > a.at) this.firstGendered.set(a.speaker, a);
    }
  }
}

const POSSESSIVE_END = /['’]s?$/;
const isTitleWord = (w: string): boolean => {
  const l = w.toLowerCase();
  if (TITLES.has(l)) return true;
  // Only a word ending in an apostrophe or "s" can lose a possessive ending.
  const e = l.charCodeAt(l.length - 1);
  return (e === 0x73 || e === 0x27 || e === 0x2019) && TITLES.has(l.replace(POSSESSIVE_END, ""));
};

/** Whether a word of `subject` (split at white space, as .split(/\s+/) does) is a title; no array of its words. */
function hasTitleWord(subject: string): boolean {
  for (let i = 0; i < subject.length; ) {
    let j = i;
    while (j < subject.length && !isSpaceCode(subject.charCodeAt(j))) j++;
    if (j > i && isTitleWord(subject.slice(i, j))) return true;
    while (j < subject.length && isSpaceCode(subject.charCodeAt(j))) j++;
    i = j;
  }
  return false;
}

// Prepositions that open a sentence's adverbial ("In Buena Park, …", "At Fort Pierce, …").
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  "in", "on", "at", "from", "after", "before", "during", "since", "until", "near", "outside", "inside", "across",
  "throughout", "under", "with", "without", "by", "among", "amid", "despite", "like", "unlike", "to", "into", "toward", "towards",
]);

function firstWordLower(s: string): string {
  let sp = 0;
  while (sp < s.length && !isSpaceCode(s.charCodeAt(sp))) sp++;
  return (sp === s.length ? s : s.slice(0, sp)).toLowerCase();
}

const DOT = 46;

// The titles that tell a gender, as they stand before a name's full stop ("Mrs." of "Mrs. Clinton").
const GENDERED_TITLE_WORDS: ReadonlySet<string> = new Set(["Mr", "Mrs", "Ms"]);

/** Where "Mr", "Mrs" or "Ms" starts when it is the word whose full stop is at `dot`; else -1. */
function genderedTitleBefore(text: string, dot: number): number {
  let k = dot;
  while (k > 0 && dot - k < 3 && isAsciiLetterCode(text.charCodeAt(k - 1))) k--;
  if (k > 0 && isAsciiLetterCode(text.charCodeAt(k - 1))) return -1;
  return GENDERED_TITLE_WORDS.has(text.slice(k, dot)) ? k : -1;
}
const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Where the headline ends when the text opens with it as a paragraph of its own (the article's title,
 * as ingest read it, alone on the first line); else 0.
 */
function headlineEnd(article: Article): number {
  const { title, text } = article;
  if (!title || !text.startsWith(title)) return 0;
  const c = text.charCodeAt(title.length);
  return Number.isNaN(c) || c === 0x0a || c === 0x0d ? title.length : 0;
}

/**
 * The sentence subjects of the narration that a later pronoun may mean, added to `into`. `readUntil`:
 * no mention at or after it reads the antecedents (see readsAntecedents), so a subject there is added
 * to no one's use. Such a subject still gives a registered name the gender its title or given name
 * tells (resolveMention's setGender, which every later mention sees), so the names among them are
 * still resolved; the rest (descriptions, whose role index is a pass over every word, and things) are
 * passed over, and the scan stops there once no registered name lacks a gender.
 */
function narrativeSubjects(
  text: string, byline: string | null, headEnd: number,
  registry: Registry, roles: DescriptionResolver | null, into: Antecedents, skip: readonly Span[], readUntil: number,
): void {
  let k = 0;
  for (let m = nextSubjectStart(text, 0); m; m = nextSubjectStart(text, m.index + m[0].length)) {
    // (A subject starts at or after its match; genders are only ever filled in, so none missing stays so.)
    if (m.index >= readUntil && !registry.hasUngendered()) break;
    // "… had instructed Mr. Kerry to …": the full stop was a title's, its name an object.
    if (text.charCodeAt(m.index) === DOT && objectAfterTitle(text, m.index)) continue;
    let at = m.index + m[0].length - m[1].length;
    while (k < skip.length && skip[k].end <= at) k++;
    if (k < skip.length && skip[k].start <= at) continue; // inside a quote
    let subject = m[1];
    // "(CNN) —": a credit in brackets, no sentence the bracket opens.
    if (at > 0 && at + subject.length < text.length && text.charCodeAt(at - 1) === 0x28 && text.charCodeAt(at + subject.length) === 0x29) continue;
    // "In Buena Park last Wednesday, …": a capitalised preposition opens an adverbial (a place, a
    // time), not the sentence's subject.
    if (ADVERBIAL_OPENERS.has(firstWordLower(subject))) continue;
    // "Senate Majority Whip John Cornyn …": the start pattern takes four capitalised words at most;
    // the name goes on past them (else "John" alone, after a title, would stand for him).
    // (Cheap first: a space and then a capital or a non-ASCII letter; most subjects end before a verb.)
    // (Both characters read only inside the text: charCodeAt out of bounds, for a subject that ends
    // it, deoptimised this function once a run.)
    const e = at + subject.length;
    const after = e + 1 < text.length ? text.charCodeAt(e + 1) : -1;
    if (after >= 0 && text.charCodeAt(e) === 0x20 && ((after >= 65 && after <= 90) || after > 127)) {
      MORE_CAPITALS.lastIndex = at + subject.length;
      if (MORE_CAPITALS.test(text)) subject = text.slice(at, MORE_CAPITALS.lastIndex);
    }
    // A possessor opens the subject ("Reyes’s campaign manager, Ann Lee, said …", "Reyes’s
    // Chicago-based firm worked …"): the role's name after a comma is the subject; else the possessor
    // stays what a later pronoun most likely means ("Reyes’s success shows how he …"), but only its
    // own words are the name, not the capitals after it.
    const possessive = hasApostrophe(subject) ? POSSESSIVE_WORD.exec(subject) : null;
    if (possessive) {
      POSSESSOR_ROLE_NAME.lastIndex = at + subject.length;
      const owned = POSSESSOR_ROLE_NAME.exec(text);
      if (owned && (PERSON_NOUNS.has(owned[1]) || TITLES.has(owned[1]))) {
        at = POSSESSOR_ROLE_NAME.lastIndex - owned[2].length;
        subject = owned[2];
      } else {
        // "Fox News’ Bret Baier noticed …", "CNN’s Ann Lee asked …": capitals right after the possessor
        // that the registry knows as a person, and that end in no organisation's or document's noun
        // ("Reyes’s Harbor Company"), are the subject (the possessor is their outlet or party).
        const restAt = possessive.index + possessive[0].length;
        const rest = subject.slice(restAt);
        if (rest.length > 0 && isUpperAt(rest, 0) && !POSSESSIVE_WORD.test(rest) && !isThingHead(lastPart(rest).toLowerCase()) && registry.bySurnameOf(rest, at + restAt)) {
          at += restAt;
          subject = rest;
        } else subject = subject.slice(0, possessive.index + possessive[0].trimEnd().length);
      }
    }
    // "Republican pollster Whit Ayres …", "Radio talk host Ann Lee …": the capitals, a role noun
    // (after up to two lower-case modifiers), then the name.
    ROLE_THEN_NAME.lastIndex = at + subject.length;
    const role = mayBeRoleThenName(text, at + subject.length) && roleWordAhead(text, at + subject.length) ? ROLE_THEN_NAME.exec(text) : null;
    if (role && (PERSON_NOUNS.has(role[2]) || TITLES.has(role[2])) && (role[1] === "" || roleModifiers(role[1], subject, registry))) subject += role[0];
    else if (!role && !hasWhiteSpaceIn(subject) && PERSON_NOUNS.has(subject.toLowerCase()) && mayBeRoleThenName(text, at + subject.length) && nounThenFullName(text, at + subject.length, registry)) {
      // "Conservative icon Phyllis Schlafly, who died Monday, …": a word for a person's leaning or
      // party, a noun no role list holds, then a name the article gives in full: the name is the subject.
      subject += ROLE_THEN_NAME.exec(text)![0];
    } else if (!role && !hasWhiteSpaceIn(subject) && PERSON_NOUNS.has(subject.toLowerCase()) && personNounNext(text, at + subject.length)) {
      // "Conservative voters cheered", "Republican leaders said": the word modifies the noun after it,
      // whose group is the subject; no "he" or "she" means either.
      continue;
    } else {
      // "Maricopa County (Ariz.) Sheriff Joe Arpaio …": a bracketed aside inside the capitals; the
      // subject is the title and name after it (the place before it is no one a pronoun means).
      ASIDE_THEN_NAME.lastIndex = at + subject.length;
      const aside = bracketAfterSpace(text, at + subject.length) ? ASIDE_THEN_NAME.exec(text) : null;
      if (aside) {
        at += subject.length + aside[0].length - aside[1].length;
        subject = aside[1];
      }
    }
    // Cheap test first: only a person noun, a title or a known surname can pass the checks below.
    // The subject's last word; the split into words only when the cheaper tests leave it to the
    // title check.
    const last = lastPart(subject);
    const lastLower = last.toLowerCase();
    const read = at < readUntil;
    // "The Obama administration’s waiver system …", "The Clinton campaign released …": a name that
    // modifies a body's noun after "The" is no person a later "he" or "she" means, only a thing "it" does.
    if (read && subject.charCodeAt(0) === 0x54 && subject.startsWith("The ") && isUpperAt(subject, 4)) {
      THING_TAIL.lastIndex = at + subject.length;
      const tail = THING_TAIL.exec(text);
      if (tail && isThingHead(tail[1])) {
        thingSubject(text, subject + tail[0], at, into);
        continue;
      }
    }
    // ("Someone asked …": nobody a later pronoun can mean.)
    if (INDEFINITE_PERSONS.has(lastLower)) continue;
    if (!PERSON_NOUNS.has(lastLower) && !registry.hasSurname(surnameKey(last)) && !hasTitleWord(subject)) {
      if (!read) continue; // a thing gives no name a gender
      THING_TAIL.lastIndex = at + subject.length;
      const tail = THING_TAIL.exec(text);
      // "The GOP candidate proposes …" is a person, not the party.
      if (tail && PERSON_NOUNS.has(tail[1])) continue;
      if (isThingHead(lastLower)) thingSubject(text, subject, at, into);
      // "The Clinton campaign released …": a capitalised run, then the organisation's noun
      // (not "The average weekly benefit").
      else if (tail && isUpperAt(last, 0) && isThingHead(tail[1])) thingSubject(text, subject + tail[0], at, into);
      continue;
    }
    // A dateline or a heading in capitals ("MIDWAY ATOLL - Seventy-four years ago …") names a place.
    if (placeLineAt(text, at, at + subject.length)) continue;
    // "… after Mrs. Clinton accused him": a name after a title's full stop inside a sentence is read
    // with its title, whose gender tells "Mrs. Clinton" from a "Mr. Clinton" the article also has.
    const titled = text.charCodeAt(m.index) === DOT ? genderedTitleBefore(text, m.index) : -1;
    const mention = mentionAt(text, { start: titled >= 0 && registry.hasSurname(surnameKey(last)) ? titled : at, end: at + subject.length });
    if (!mention) continue;
    if (!read) {
      // Resolved for the gender it gives the registered name alone.
      if (mention.kind === "name" && mention.gender && !mention.plural) resolveMention(text, mention, registry, NO_ANTECEDENTS, at, byline, roles);
      continue;
    }
    if (mention.kind === "description") {
      if (!PERSON_NOUNS.has(lastLower) || mention.plural) continue;
    } else if (mention.kind !== "name") continue;
    const r = resolveMention(text, mention, registry, NO_ANTECEDENTS, at, byline, roles);
    if (!r.speaker) continue;
    // "The candidate …", "The senator …" that no named person's role explains still means someone
    // named: as a pronoun's antecedent it would hide that person. ("The driver …" stands for himself.)
    if (mention.kind === "description" && r.via === "described" && (TITLES.has(lastLower) || OFFICE_SEEKERS.has(lastLower))) continue;
    // Capitalised words that the registry does not know as a person, and that carry no title,
    // are as likely places as people: leave them out.
    if (mention.kind === "name" && !mention.title && !registry.bySurnameOf(mention.name ?? "", at)) continue;
    // A headline's capitals are often its words run together ("Trump Supporter Screams 1 Controversial
    // Word …"): a subject there is an antecedent only when it is someone the story under it names in
    // full ("Clinton says …" over "Hillary Clinton …", "Republican assails …" over "Donald Trump …").
    if (at < headEnd) {
      const p = r.type === "person" ? registry.bySurnameOf(r.speaker, at) : null;
      if (!p || !registry.namedFrom(p, headEnd)) continue;
    }
    const inClause = text.charCodeAt(m.index) === DOT && titleAfterClauseOpener(text, m.index);
    // "(Ann Lee defended her mother. …)": a sentence in brackets.
    const bracketEnd = m[0].includes("(") && BRACKET_LEAD.test(m[0]) ? bracketEndAfter(text, at) : undefined;
    into.add({ at, speaker: r.speaker, mention: subject, type: r.type, gender: r.gender, plural: r.plural, role: null, onlyIt: false, inClause, bracketEnd, byPronoun: false });
  }
}

// A subject's lead that ends in an opening bracket (see subjects.ts' SUBJECT_LEAD).
const BRACKET_LEAD = /^(?:[.!?]\s+|\n(?:[-•*–—][ \t]*)?)?\(/;

/** Where the brackets open before `at` close: the ")" at or after it, else its paragraph's end. */
function bracketEndAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) !== 0x29 && text.charCodeAt(i) !== 0x0a) i++;
  return i;
}

// "With septuagenarian Donald Trump, …": at a sentence's start, "With", up to two lower-case
// modifiers and a capitalised name (group 1) that a comma closes.
const WITH_TOPIC = /With\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),/uy;

/**
 * "With septuagenarian Donald Trump, there's not much chance of that happening. Just ask him. “…?”
 * he said": a person named in a "With X," opener is what the sentence is about, and a later "he"
 * may mean them though they are no subject (narrativeSubjects reads subjects only). A registered
 * person only; a subject after the comma stands later and is nearer to a later pronoun all the same.
 */
function withTopics(article: Article, registry: Registry, into: Antecedents): void {
  const text = article.text;
  for (let i = text.indexOf("With "); i >= 0; i = text.indexOf("With ", i + 5)) {
    // At a sentence's or a line's start only.
    let b = i - 1;
    while (b >= 0 && (text[b] === " " || text[b] === "\t" || text[b] === "”" || text[b] === '"' || text[b] === "’")) b--;
    if (b >= 0 && text[b] !== "." && text[b] !== "!" && text[b] !== "?" && text[b] !== "\n") continue;
    WITH_TOPIC.lastIndex = i;
    const m = WITH_TOPIC.exec(text);
    if (!m) continue;
    const at = WITH_TOPIC.lastIndex - 1 - m[1].length;
    const mention = mentionAt(text, { start: at, end: at + m[1].length });
    if (!mention || mention.kind !== "name" || !mention.name) continue;
    const person = registry.bySurnameOf(mention.name, at);
    if (!person) continue;
    into.add({ at, speaker: person.name, mention: m[1], type: "person", gender: person.gender, plural: false, role: null, onlyIt: false, inClause: false, bracketEnd: undefined, byPronoun: false });
  }
}

// A word of a subject that ends in a possessive ("Reyes’s", "Reyes’ ", not "O’Neill").
const POSSESSIVE_WORD = /['’]s?(?:\s|$)/;
// What POSSESSIVE_WORD needs: most subjects have no apostrophe, and two searches for one cost less
// than the regex's call.
const hasApostrophe = (s: string): boolean => s.includes("’") || s.includes("'");
// After a possessor: up to two lower-case modifiers, a role noun (group 1), a comma and a name
// (group 2) that a comma closes ("’s campaign manager, Ann Lee,").
const POSSESSOR_ROLE_NAME = /[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?([\p{Ll}-]+),[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3})(?=,)/uy;
// Heads of descriptions that, in news, stand for a person the article names.
const OFFICE_SEEKERS: ReadonlySet<string> = new Set(["candidate", "nominee", "front-runner", "frontrunner", "incumbent", "challenger"]);
// After a subject's capitals: a lower-case role word (with "of"/"for" and one more word: "secretary
// of state"), then a name ("pollster Whit Ayres", "Former US secretary of state Madeleine Albright").
// Up to two lower-case modifiers may stand before the role word ("Radio talk host Rush Lee"): they
// are group 1, tried fewest first so that one role word reads as before; the role word is group 2.
const ROLE_THEN_NAME = /[ \t]+((?:\p{Ll}+[ \t]+){0,2}?)(\p{Ll}+)(?:[ \t]+(?:of|for)[ \t]+\p{Ll}+)?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}/uy;

/**
 * Lower-case words between a sentence's capitals and a role noun that modify the role ("Radio talk
 * host", "Democratic presidential candidate"), not a verb and its object after a name ("Lee told
 * radio host Ann Ruiz", "Lee praised the host"): the capitals are no surname the article knows,
 * and no modifier is a speech verb or a past form.
 */
function roleModifiers(modifiers: string, capitals: string, registry: Registry): boolean {
  if (registry.hasSurname(surnameKey(lastPart(capitals)))) return false;
  for (const w of modifiers.split(/[ \t]+/)) {
    if (!w) continue;
    // A bare form is a modifier ("talk host", "radio host"); a name's verb would be inflected.
    if (((SPEECH_VERBS.has(w) || NAMING_VERBS.has(w)) && /(?:s|ed)$/.test(w)) || /ed$/.test(w) || PAST_FORMS.has(w)) return false;
  }
  return true;
}
// Irregular past forms that may follow a name before a role noun and a name ("Lee met host Ann Ruiz").
const PAST_FORMS: ReadonlySet<string> = new Set(["met", "told", "said", "made", "gave", "sent", "took", "saw", "heard", "hit", "called", "wrote", "spoke"]);
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * Whether ROLE_THEN_NAME can match at `p`, tried first for every sentence subject (most go on with a
 * verb and its object): blanks, then up to five lower-case words (two modifiers, the role word, "of"
 * or "for" and its word) each after blanks, then blanks and a capital. A loop over at most those
 * words; a letter that is no capital counts as lower case here (a superset of \p{Ll}).
 */
export function mayBeRoleThenName(text: string, p: number): boolean {
  let i = p;
  for (let words = 0; words <= 5; words++) {
    const blanks = i;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (i === blanks || i === text.length) return false;
    const k = classAt(text, i);
    if ((k & UPPER) !== 0) return words > 0;
    const word = i;
    while (i < text.length && (classAt(text, i) & (LETTER | UPPER)) === LETTER) i += sizeAt(text, i);
    if (i === word) return false;
  }
  return false;
}

/**
 * Whether one of the first three words at `p` (after blanks, letters that are no capitals) is a person
 * noun or a title. ROLE_THEN_NAME's role word (group 2) is one of them, and a match whose role word is
 * neither is not used: most subjects go on with a verb, and this turns them away before the regex.
 */
export function roleWordAhead(text: string, p: number): boolean {
  let i = p;
  for (let words = 0; words < 3; words++) {
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    const word = i;
    while (i < text.length && (classAt(text, i) & (LETTER | UPPER)) === LETTER) i += sizeAt(text, i);
    if (i === word) return false;
    const w = text.slice(word, i);
    if (PERSON_NOUNS.has(w) || TITLES.has(w)) return true;
  }
  return false;
}

const hasWhiteSpaceIn = (s: string): boolean => s.includes(" ") || s.includes("\t") || s.includes("\n");

/**
 * Whether ROLE_THEN_NAME matches at `p` (its lastIndex left there) with one lower-case noun before
 * capitals that the registry knows as a person named in full ("icon Phyllis Schlafly").
 */
function nounThenFullName(text: string, p: number, registry: Registry): boolean {
  ROLE_THEN_NAME.lastIndex = p;
  const m = ROLE_THEN_NAME.exec(text);
  if (!m || m[1] !== "") return false;
  const name = m[0].slice(m[0].search(/\p{Lu}/u));
  const person = registry.bySurnameOf(name, p);
  ROLE_THEN_NAME.lastIndex = p;
  return person !== null && person.name === name && hasWhiteSpaceIn(name);
}

/** Whether the next word at `p`, after blanks, is a lower-case noun for a person or people ("voters"). */
function personNounNext(text: string, p: number): boolean {
  THING_TAIL.lastIndex = p;
  const tail = THING_TAIL.exec(text);
  return tail !== null && PERSON_NOUNS.has(tail[1]);
}

/** Whether blanks and an opening bracket stand at `p`: what ASIDE_THEN_NAME needs first. */
function bracketAfterSpace(text: string, p: number): boolean {
  let i = p;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i > p && text.charCodeAt(i) === 0x28;
}

// After a subject's capitals: a short bracketed aside, then more capitals ("(Ariz.) Sheriff Joe Arpaio").
const ASIDE_THEN_NAME = /[ \t]+\([^()\n]{1,24}\)[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})/uy;
// After a subject: the next lower-case word ("campaign" in "The Clinton campaign").
const THING_TAIL = /[ \t]+([\p{Ll}-]+)/uy;
// Capitalised words that go on after a sentence subject's four.
const MORE_CAPITALS = new RegExp(String.raw`(?:[ \t]+\p{Lu}${NAME_PART_LETTERS}+)+`, "uy");
const isUpperAt = (w: string, i: number): boolean => {
  const c = w.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c > 127 && w[i] !== w[i].toLowerCase());
};
const isThingHead = (w: string): boolean => ORG_WORDS.has(w) || DOCUMENT_NOUNS.has(w);

/**
 * "The Business Council of British Columbia opposed …", "The email includes a photo …": an
 * organisation or a document leading a sentence is what a later "it" most likely means.
 */
function thingSubject(text: string, subject: string, at: number, into: Antecedents): void {
  const mention = mentionAt(text, { start: at, end: at + subject.length });
  if (!mention || mention.plural || (mention.kind !== "organisation" && !(mention.kind === "description" && mention.type === "unknown"))) return;
  const speaker = mention.name ?? text.slice(mention.span.start, mention.span.end).replace(/^the\s+/i, "");
  into.add({ at, speaker, mention: subject, type: mention.type, gender: "n", plural: false, role: null, onlyIt: true, inClause: false, bracketEnd: undefined, byPronoun: false });
}

/**
 * What the passes of attributeQuotes share. Each pass is a function of its own, not one body with
 * closures: V8 compiled the single function (with everything inlined) for about a second of
 * background time, and a rare path that deoptimised it threw all of that away (ten compiles over
 * the first 20 MB, the engine not settled before then). Now a rare path costs only its own pass.
 * Made in one place with every field, so the passes see one shape.
 */
type Work = {
  readonly article: Article;
  readonly text: string;
  readonly paras: readonly Span[];
  readonly sorted: readonly Candidate[];
  /** The paragraph of each candidate. */
  readonly paraOf: readonly number[];
  readonly hits: ReadonlyMap<number, CueHit | null>;
  readonly prevSubject: ReadonlyMap<number, PreviousSubject>;
  readonly lastResort: ReadonlyMap<number, CueHit>;
  /** The source of each piece of reported speech, as written. */
  readonly reportedMention: readonly (Mention | null)[];
  /** The attribution rule that found a piece of reported speech's source when extraction gave none. */
  readonly reportedRule: readonly (ReportedSubjectRule | null)[];
  readonly registry: Registry;
  readonly roles: DescriptionResolver | null;
  readonly antecedents: Antecedents;
  readonly out: (Attribution | null)[];
  /**
   * Quotes whose speaker comes from a pronoun or from the quote beside them: they go on with what
   * the speaker said before in the paragraph (see carryCircumstances).
   */
  readonly followsOn: boolean[];
  /** Quotes a rule leaves with no speaker on purpose: they are neither credited nor passed on. */
  readonly noSpeaker: boolean[];
};

type PreviousSubject = { readonly mention: Mention; readonly clause: Span };

/** Every Attribution is made here, so all of them share one shape (field order included). */
function attribution(
  speaker: string | null, speakerType: SpeakerType, role: string | null, mention: string | null, mentionSpan: Span | null,
  cue: string | null, cueSpan: Span | null, toOutlet: string | null, medium: string | null, spokenOn: string | null,
  ruleId: string, reason: string,
): Attribution {
  return { speaker, speakerType, role, mention, mentionSpan, cue, cueSpan, toOutlet, medium, spokenOn, ruleId, reason };
}

/** Credit each candidate to a speaker, with the cue rule that decided it. Pure. */
export function attributeQuotes(article: Article, candidates: readonly Candidate[]): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  // Nothing quoted, nothing to credit. Returned here so that the passes below never see an empty
  // list: to V8 an empty array is another kind of array than one of objects, and the first article
  // without quotes after the passes were optimised deoptimised all eight of them at once.
  if (candidates.length === 0) return { quotes: [], diagnostics: [] };
  const text = article.text;
  // (Read here, on every call, as the text is: ingest's articles come in several hidden classes
  // (their optional fields), and a read first made on a rarer path met another class late and
  // deoptimised this function; narrativeSubjects, one of the engine's largest to compile, is given
  // these rather than the article for the same reason.)
  const byline = article.byline;
  const headEnd = headlineEnd(article);
  const paras = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: text.length }];
  // A copy pushed one by one (packed, as extractQuotes makes it; a spread can come out holey).
  const sorted: Candidate[] = [];
  for (const c of candidates) sorted.push(c);
  sorted.sort((a, b) => a.span.start - b.span.start);
  const paraOf: number[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) paraOf[i] = paragraphIndexAt(paras, sorted[i].outer.start);

  // The direct quotes and scare quotes (by index in `sorted`): neighbouring quotes bound each quote's narration.
  const direct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (sorted[i].kind !== "indirect") direct.push(i);
  const hits = new Map<number, CueHit | null>();
  // A quote no cue rule credits keeps its context for the last-resort rules (after the second pass).
  const uncued = new Map<number, QuoteContext>();
  findCues(text, paras, sorted, paraOf, direct, hits, uncued);
  const prevSubject = previousSubjects(text, paras, sorted, paraOf, direct, hits);
  // The source of each piece of reported speech, as written; the attribution rule that found it
  // when extraction gave none (see reported-subject.ts).
  const reportedRule: (ReportedSubjectRule | null)[] = new Array(sorted.length).fill(null);
  const reportedMention: (Mention | null)[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const m = reportedMentionOf(text, paras, sorted[i] as WithSource, reportedRule, i);
    reportedMention[i] = m ? possessorOfSpeechNoun(text, m) ?? m : null;
  }

  // What the last-resort rules would give each uncued quote (used only for those the second pass
  // leaves without a speaker).
  const lastResort = new Map<number, CueHit>();
  for (const [i, q] of uncued) {
    const h = findLastResortCue(q);
    if (h) lastResort.set(i, h);
  }

  // The article-wide scans are done only when a mention can use them (cue finding and mention
  // reading above do not, so the answers are the same): the registry of full names serves name
  // mentions; the narrative subjects (and the genders they give registered names) serve pronouns
  // alone, as every antecedent does: a description is matched against antecedents' roles, and a
  // narrative subject has none.
  // A definite description ("the senator") needs the registry and the article's role index.
  let names = false;
  let pronouns = false;
  let descriptions = false;
  let readUntil = -1;
  for (let i = 0; i < sorted.length; i++) {
    const m = hits.get(i)?.mention ?? reportedMention[i] ?? prevSubject.get(i)?.mention ?? lastResort.get(i)?.mention;
    const kind = m?.kind;
    if (kind === "name") names = true;
    else if (kind === "pronoun") pronouns = true;
    else if (kind === "description" && /^the\s/i.test(text.slice(m!.span.start, m!.span.end))) descriptions = true;
    // ("the younger Mr. Trump", read as a body's name for its capitals, is one of the registry's namesakes.)
    else if (kind === "organisation" && generationMention(text.slice(m!.span.start, m!.span.end))) names = true;
    // ("May said" after "Theresa May", "Said added" after "Edward Said": a word that is no name part
    // alone, read as a body's name for its capital, may be a registered surname; see resolveMention.)
    else if (kind === "organisation" && m!.name === null && NOT_NAMES.has(text.slice(m!.span.start, m!.span.end).toLowerCase())) names = true;
    // ("A teary-eyed Lee said": describing words before a registered surname; see resolveMention.)
    else if (kind === "organisation" && describedSurname(text.slice(m!.span.start, m!.span.end)) !== null) names = true;
    // ("Major said" after "John Major": a title's word alone may be a registered surname.)
    else if (kind === "description" && ONE_CAPITALISED_WORD.test(text.slice(m!.span.start, m!.span.end))) names = true;
    // Where the last mention that reads the narrative subjects resolves (see fromMention's `at`):
    // every mention the passes may resolve, not only the one that set the flags.
    const c = sorted[i] as WithSource;
    for (const x of [hits.get(i)?.mention, reportedMention[i], prevSubject.get(i)?.mention, lastResort.get(i)?.mention]) {
      if (x && readsAntecedents(x)) readUntil = Math.max(readUntil, x.span.start, x.whole.start, c.kind === "indirect" ? (c.mentionSpan?.start ?? -1) : -1);
    }
  }
  const registry = names || pronouns || descriptions ? Registry.fromText(text) : new Registry();
  const roles: DescriptionResolver | null = pronouns || descriptions ? new LazyRoles(text, registry) : null;
  const antecedents = new Antecedents();
  if (pronouns) {
    const quoted: Span[] = [];
    for (const c of sorted) if (c.kind !== "indirect") quoted.push(c.outer);
    narrativeSubjects(text, byline, headEnd, registry, roles, antecedents, quoted, readUntil);
    withTopics(article, registry, antecedents);
  }

  const w: Work = {
    article, text, paras, sorted, paraOf, hits, prevSubject, lastResort, reportedMention, reportedRule, registry, roles, antecedents,
    out: new Array(sorted.length).fill(null),
    followsOn: new Array(sorted.length).fill(false),
    noSpeaker: new Array(sorted.length).fill(false),
  };
  creditCued(w);
  creditUncued(w);
  for (let i = 0; i < sorted.length; i++) if (sorted[i].kind === "indirect" && !w.out[i]) afterQuote(w, i);
  creditLastResort(w);
  creditRepeats(w);
  // Last pass: "Ahmed said on Wednesday that … But, he said, “…”" — a quote that follows on from the
  // same speaker's earlier words in the paragraph, and says nothing of its own of when, to whom or
  // how, was said on the same occasion: it takes the earlier quote's date, outlet and medium.
  carryCircumstances(text, w.out, w.followsOn, paraOf);
  return quotesOf(article, sorted, w.out);
}

/** The cue rules' answer for each direct quote (by index in `sorted`), and the context of each that none credits. */
function findCues(
  text: string, paras: readonly Span[], sorted: readonly Candidate[], paraOf: readonly number[], direct: readonly number[],
  hits: Map<number, CueHit | null>, uncued: Map<number, QuoteContext>,
): void {
  for (let d = 0; d < direct.length; d++) {
    const i = direct[d];
    const c = sorted[i];
    if (c.kind === "scare") continue;
    // Scare quotes (titles, words in marks) are narration, not neighbouring quotes: the narration
    // of “She told ABC’s “Good Morning America” … and predicted viewers “…”” runs through them.
    let pd = d - 1;
    while (pd >= 0 && sorted[direct[pd]].kind === "scare") pd--;
    let nd = d + 1;
    while (nd < direct.length && sorted[direct[nd]].kind === "scare") nd++;
    const prev = pd >= 0 ? sorted[direct[pd]] : undefined;
    const next = nd < direct.length ? sorted[direct[nd]] : undefined;
    const para = paras[paraOf[i]];
    // Every field, the label undefined when there is none: the cue rules then see one shape of context.
    const q: QuoteContext = {
      text,
      para,
      outer: c.outer,
      span: c.span,
      prevQuoteEnd: prev && prev.outer.end > para.start ? prev.outer.end : para.start,
      nextQuoteStart: next && next.outer.start < para.end ? next.outer.start : para.end,
      label: c.labelSpan,
      scare: pd + 1 < d ? direct.slice(pd + 1, d).map((k) => sorted[k].outer) : NO_SPANS,
    };
    let h = findCue(q);
    // "The campaign’s statement then declares “…”": the possessor of the words is the source.
    const owner = h?.mention ? possessorOfSpeechNoun(text, h.mention) : null;
    // (Made by hit(), as every cue hit is: a spread's copies get a hidden class of their own.)
    if (h && owner) h = hit(owner, h.cue, h.clause, { id: h.ruleId, reason: h.reason });
    hits.set(i, h);
    if (!h && c.kind === "direct") uncued.set(i, q);
  }
  creditSentenceFinalCues(text, sorted, direct, hits);
}

/**
 * A quote paragraph with no cue: the subject that ends the paragraph before it (used only when
 * no quote or reported speech there gives a speaker, in the second pass).
 */
function previousSubjects(
  text: string, paras: readonly Span[], sorted: readonly Candidate[], paraOf: readonly number[], direct: readonly number[],
  hits: ReadonlyMap<number, CueHit | null>,
): Map<number, PreviousSubject> {
  const prevSubject = new Map<number, PreviousSubject>();
  for (const i of direct) {
    const c = sorted[i];
    if (c.kind !== "direct" || hits.get(i) || c.continuesPrevious) continue;
    const p = paraOf[i];
    if (p === 0 || !isQuoteParagraph(text, paras[p], c)) continue;
    const s = previousParagraphSubject(text, paras[p - 1], scareIn(sorted, i, paras[p - 1]));
    if (s) prevSubject.set(i, s);
  }
  return prevSubject;
}

const NO_SPANS: readonly Span[] = [];

/** The scare quotes (titles, words in marks) in `para`, which lies before candidate `i`. */
function scareIn(sorted: readonly Candidate[], i: number, para: Span): readonly Span[] {
  let out: Span[] | null = null;
  for (let j = i - 1; j >= 0 && sorted[j].outer.end > para.start; j--) {
    if (sorted[j].kind === "scare" && sorted[j].outer.start < para.end) (out ??= []).push(sorted[j].outer);
  }
  return out ?? NO_SPANS;
}

/** The source of a piece of reported speech, as written (null for a direct quote). */
function reportedMentionOf(text: string, paras: readonly Span[], given: WithSource, reportedRule: (ReportedSubjectRule | null)[], i: number): Mention | null {
  if (given.kind !== "indirect") return null;
  if (!given.mentionSpan) return askedBy(text, given) ?? subjectOfCue(text, paras, given, reportedRule, i);
  const w = fromWordStart(text, given as WithSource & { readonly mentionSpan: Span });
  // "…, Ann Lee wrote in a memo to Inspector General Tom Reyes": whom the words went to is no source.
  if (w.cueSpan && addressedAfterCue(text, w.cueSpan, w.mentionSpan)) return nameRightBeforeCue(text, paras[paragraphIndexAt(paras, w.cueSpan.start)], w.cueSpan);
  // "the Huffington Post, which originally said …": the relative pronoun as written; its antecedent speaks.
  if (isRelativePronoun(text, w.mentionSpan)) {
    const r = relativePronounSource(text, paras[paragraphIndexAt(paras, w.mentionSpan.start)].start, w.mentionSpan);
    if (r) return r;
  }
  // ("Jeb Bush in a Medium post said": the medium phrase is how he said it, not who, nor part of
  // the source as written, as for a direct quote's.)
  const timed = withoutTimeTail(text, w.mentionSpan);
  const named = withoutMediumPhrase(text, timed);
  const para = paras[paragraphIndexAt(paras, named.start)];
  // "Lee, also campaigning in Ohio, said …": extraction gave the aside; its subject stands before it.
  const aside = subjectBeforeAside(text, para, named);
  if (aside) return aside;
  // "In a year in which … and vowed", "Perhaps surprisingly, carefully reported": extraction took the
  // sentence's opening word for the source; the cue's own subject, if any, is found as when it gave none.
  // When none is found, a name after the opener ("like top aide Tom Reyes, who …") stays the source as before.
  // (A one-word name right before its cue stays: "From said".)
  const opener = w.cueSpan && text.slice(named.end, w.cueSpan.start).trim() !== "" ? opensNoSubject(text, named) : null;
  if (opener) {
    const subject = subjectOfCue(text, paras, w, reportedRule, i);
    if (subject || opener === "bare") return subject;
  }
  const m = mentionAt(text, named, w.roleSpan ?? null);
  // The source as written at the cue goes on past the role to every appositive and relative clause
  // before the verb ("Roxana M. Leon, 63, an independent voter raised in Chile, said").
  if (!m) return subjectOfCue(text, paras, w, reportedRule, i);
  // "Ann Lee (D-Ohio) and Tom Reyes (R-Utah) said …", "Lee and Reyes sent a letter, asking …":
  // extraction gave one name of the pair that speaks.
  const pair = coordinatedSourceMention(text, para, m);
  if (pair) return pair;
  const src = w.sourceSpan;
  if (!src || src.start > m.whole.end || src.end <= m.whole.end || named !== timed) return m;
  let end = withoutTimeTail(text, src).end;
  while (end > m.whole.end && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  return end > m.whole.end ? remadeMention(m, { whole: { start: m.whole.start, end } }) : m;
}

/**
 * Extraction's source read from the start of its first word ("PeA\u0303\u00b1a Nieto", where its
 * reading broke the word at the sign and gave "a Nieto"); the candidate itself when it starts a word.
 */
function fromWordStart(text: string, w: WithSource & { readonly mentionSpan: Span }): WithSource & { readonly mentionSpan: Span } {
  const m = w.mentionSpan;
  const from = wordStartAt(text, m.start);
  return from < m.start ? { ...w, mentionSpan: { start: from, end: m.end } } : w;
}

/**
 * No source from extraction, or none that reads as a mention ("When" of "When her family moved …,
 * her mother refused …, insisting that …"): the subject of the clause the cue closes, with the rule
 * that found it noted in `reportedRule`.
 */
function subjectOfCue(text: string, paras: readonly Span[], w: WithSource, reportedRule: (ReportedSubjectRule | null)[], i: number): Mention | null {
  if (!w.cueSpan) return null;
  const r = findReportedSubject(text, paras[paragraphIndexAt(paras, w.cueSpan.start)], w.cueSpan, w.span);
  if (r) reportedRule[i] = r.rule;
  return r?.mention ?? null;
}

/**
 * The article's role index is a pass over every word of the article: built on the first description
 * with a role noun for a head ("the senator", not "the campaign"), so most articles never pay for it.
 */
class LazyRoles implements DescriptionResolver {
  private index: RoleIndex | null = null;
  constructor(
    private readonly text: string,
    private readonly registry: Registry,
  ) {}
  resolve(written: string, at: number): RoleMatch | null {
    const d = parseDescription(written);
    return d ? (this.index ??= RoleIndex.fromText(this.text, this.registry)).resolve(written, d, at) : null;
  }
}

// The rest of a programme's title the cue's window stopped in ('said on ABC’s “This Week With'):
// title words up to its closing mark, close by.
const TITLE_REST = /^[^“”"\n.!?;:()]{0,60}?[.,]?[”"]/;

/** The cue as written, with a quoted title it opens closed ('said on “Meet the Press.”'). */
function cueAsWritten(text: string, cue: Span): string {
  const s = text.slice(cue.start, cue.end);
  const curly = s.lastIndexOf("“") > s.lastIndexOf("”");
  // (Most cues hold no straight mark: no array to count them in.)
  if (!curly && (!s.includes('"') || (s.split('"').length - 1) % 2 === 0)) return s;
  const rest = TITLE_REST.exec(text.slice(cue.end, cue.end + 64));
  if (!rest || (curly ? !rest[0].endsWith("”") : !rest[0].endsWith('"'))) return s;
  return s + rest[0];
}

/**
 * "Clinton tried …, portraying Sanders as hypocritical because he had accepted “…”": a later clause's
 * "he" or "she" that a cue rule took as the subject as written (mention.ts keeps the subject's span,
 * the pronoun's as `whole`) but whose gender the resolved speaker's refuses means someone else: the
 * mention as written is the subject's own words.
 */
function pronounOfOtherGender(text: string, m: Mention, gender: Gender): boolean {
  if (m.kind === "pronoun" || (gender !== "m" && gender !== "f") || m.whole.end - m.whole.start > 3 || m.whole.start <= m.span.start) return false;
  const p = text.slice(m.whole.start, m.whole.end).toLowerCase();
  return p === (gender === "m" ? "she" : "he");
}

function fromMention(w: Work, m: Mention, cue: Span | null, clause: Span | null, at: number, ruleId: string, reason: string): Attribution {
  const { text, article } = w;
  const r = ownedByWhose(w, m, resolveMention(text, m, w.registry, w.antecedents, at, article.byline, w.roles));
  // The phrase that opens the sentence before the source ("In an interview Tuesday, Lee said") and
  // an aside after it ("Lee, in a statement, said") tell how and when, though outside the clause.
  const around = clause ? circumstancesAround(text, m.whole, clause.start) : "";
  const clauseText = around + (clause ? text.slice(clause.start, clause.end) : "");
  const med = findMedium(clauseText);
  let toOutlet = findToOutlet(clauseText);
  // "told QRX" where the article tells of QRX's conference: an audience, not an outlet.
  if (toOutlet && namedAsBody(text, toOutlet)) toOutlet = null;
  // An interview the reporter held (via Skype, by phone) was given to the article's outlet, unless
  // the text names whom it was with or sent to ("with the state network RT", "in an email to the
  // NFL Network's Rich Eisen") and findToOutlet could not read that as an outlet.
  if (!toOutlet && med?.interview && article.outlet && !namesOtherPartner(clauseText, med)) toOutlet = article.outlet;
  const role = roleOfSource(text, m);
  // A speaker named in an aside (in brackets) is not who a later "he" means.
  // Nor is the asker of a question the passive names ("Lee was asked by Ann Ruiz, “…?” He said no."):
  // the one asked, the sentence's subject, answers next.
  // Nor is someone nobody names ("Someone shouted, “…” He went on").
  if (r.speaker && m.kind !== "pronoun" && !inBrackets(text, m.span.start) && ruleId !== R.passiveAskedBy.id && !INDEFINITE_PERSONS.has(firstWordLower(text.slice(m.span.start, m.span.end)))) {
    w.antecedents.add({ at: m.span.start, speaker: r.speaker, mention: text.slice(m.span.start, m.span.end), type: r.type, gender: r.gender, plural: r.plural, role, onlyIt: false, inClause: false, bracketEnd: undefined, byPronoun: false });
  } else if (r.speaker && m.kind === "pronoun" && (m.gender === "m" || m.gender === "f") && r.type === "person" && !inBrackets(text, m.span.start)) {
    w.antecedents.add({ at: m.span.start, speaker: r.speaker, mention: text.slice(m.span.start, m.span.end), type: r.type, gender: m.gender, plural: false, role: null, onlyIt: false, inClause: false, bracketEnd: undefined, byPronoun: true });
  }
  const shown = pronounOfOtherGender(text, m, r.gender) ? m.span : m.whole;
  return attribution(
    r.speaker,
    r.type,
    role,
    // The source as written at the cue, appositive included ("Irina Bokova, the director-general of UNESCO").
    text.slice(shown.start, shown.end),
    shown,
    cue ? cueAsWritten(text, cue) : null,
    cue,
    toOutlet,
    med?.medium ?? null,
    // (The day from the words that tell of this speech only, see clauseDayText; the clause's own day
    // before one in the words around it: "dismissed criticism of Saturday's debate, saying Monday".
    // Both are parts of clauseText: when it names no day, neither does, and neither is cut out.)
    !mayNameDay(clauseText) ? null : (clause ? findSpokenOn(clauseDayText(text, clause, m, cue), article.published) : null) ?? findSpokenOn(around, article.published),
    ruleId,
    `${reason}; ${r.via}`,
  );
}

/**
 * "Mayor Ann Lind, whose spokesman said …": "whose" is no one; the speaker is the spokesman of the
 * antecedent, written with its name ("Ann Lind's spokesman") as the article writes "Lind's spokesman".
 * (Cheap test first: the description's first word is "whose".)
 */
function ownedByWhose(w: Work, m: Mention, r: Resolved): Resolved {
  if (m.kind === "pronoun" || !r.speaker || r.speaker.length < 7 || !/^whose\s/i.test(r.speaker)) return r;
  const at = m.span.start;
  const owner = whoseOwner(w.text, w.paras[paragraphIndexAt(w.paras, at)].start, { start: at, end: at + 5 });
  if (!owner) return r;
  const o = resolveMention(w.text, owner, w.registry, NO_ANTECEDENTS, owner.span.start, w.article.byline, w.roles);
  if (!o.speaker) return r;
  return { ...r, speaker: `${o.speaker}'s ${r.speaker.slice(6).trimStart()}`, via: `${r.via}; "whose" -> ${o.speaker}` };
}

/**
 * "“…,” he said, adding that …": a participle whose subject is the speaker of the quote just before
 * (tried again after the second pass, for a quote that takes its speaker from the one beside it).
 */
function afterQuote(w: Work, i: number): boolean {
  const q = quoteBeforeParticiple(w.text, w.sorted, w.out, w.paraOf, i);
  if (q < 0) return false;
  const c = w.sorted[i];
  const from = w.out[q]!;
  const cue = c.cueSpan ?? null;
  w.out[i] = attribution(
    from.speaker, from.speakerType, from.role, from.mention, from.mentionSpan,
    cue ? cueAsWritten(w.text, cue) : null, cue,
    from.toOutlet, from.medium, from.spokenOn,
    PARTICIPLE_AFTER_QUOTE.id, `${PARTICIPLE_AFTER_QUOTE.reason} (${from.speaker ?? from.mention})`,
  );
  w.followsOn[i] = true;
  return true;
}

/** A quote that takes its speaker from another (the first pass for reported content, the second pass). */
function inherit(from: Attribution, rule: { id: string; reason: string }): Attribution {
  return attribution(
    from.speaker, from.speakerType, from.role, from.mention, from.mentionSpan, from.cue, from.cueSpan,
    from.toOutlet, from.medium, from.spokenOn,
    rule.id, `${rule.reason} (${from.speaker ?? from.mention ?? "unresolved"})`,
  );
}

/** First pass, in text order: quotes with a cue of their own, and reported speech. */
function creditCued(w: Work): void {
  const { text, sorted, paras, paraOf, out, followsOn } = w;
  let lastDirect = -1; // the last direct quote before, for reportedContentGoesOn
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as WithSource;
    if (c.kind === "scare") continue;
    if (c.kind === "indirect") {
      // "“…,” he said, adding that …": a participle whose subject is the speaker of the quote just before.
      if (afterQuote(w, i)) continue;
      const m = w.reportedMention[i];
      if (!m) continue;
      const rr = w.reportedRule[i];
      const at = rr ? m.whole : c.mentionSpan ?? m.whole;
      const cue = c.cueSpan ?? null;
      const lo = Math.min(at.start, cue?.start ?? at.start);
      // Content on both sides of its cue ("What X did, she said, was …") ends the clause at the comma
      // after the cue: the words after it are the content's, not where or when it was said ("he
      // said after meeting Thursday with aides, because …" keeps its day).
      const around = cue !== null && c.span.start < cue.start && c.span.end > cue.end;
      const end = cue ? Math.min(paras[paraOf[i]].end, cue.end + 80) : 0;
      const comma = around ? text.slice(cue.end, end).indexOf(",") : -1;
      const hi = cue ? (c.span.start >= cue.end ? Math.min(c.span.start, cue.end + 80) : comma >= 0 ? cue.end + comma : end) : at.end;
      out[i] = fromMention(w, m, cue, { start: lo, end: Math.max(hi, cue?.end ?? lo) }, at.start, rr?.id ?? c.ruleId ?? "attribution/reported", rr?.reason ?? c.reason ?? "reported speech with its source");
      if (m.kind === "pronoun") followsOn[i] = true;
      continue;
    }
    const h = w.hits.get(i);
    // (The quote before in the same sentence: its speech verb may report this quote's clause too.)
    const before = lastDirect >= 0 && paraOf[lastDirect] === paraOf[i] ? out[lastDirect] : null;
    if (h?.ruleId === R.sentenceSubject.id && before?.ruleId === R.beforeAdjacent.id && reportedContentGoesOn(text, sorted[lastDirect], before.cue, c)) {
      out[i] = inherit(before, REPORTED_CONTENT);
      followsOn[i] = true;
    } else if (h?.mention) {
      out[i] = fromMention(w, h.mention, h.cue, h.clause, h.mention.span.start, h.ruleId, h.reason);
      if (h.mention.kind === "pronoun") followsOn[i] = true;
      // What a sign reads is no one's speech: the quotes beside it take nothing from it.
      if (h.ruleId === R.signReads.id) w.noSpeaker[i] = true;
    } else if (h) {
      // A rule that finds no speaker to credit (an agentless passive): the quote keeps none, and
      // the quotes around it take nothing from it.
      out[i] = attribution(null, "unknown", null, null, null, cueAsWritten(text, h.cue), h.cue, null, null, null, h.ruleId, h.reason);
      w.noSpeaker[i] = true;
    }
    lastDirect = i;
  }
}

/** Second pass: quotes with no cue take the speaker of a quote beside them, or of the previous paragraph. */
function creditUncued(w: Work): void {
  const { text, sorted, paras, paraOf, out, followsOn, noSpeaker } = w;
  // Nearest attributed direct quote after each position in the same paragraph (one backward sweep,
  // so a paragraph full of unattributed quotes stays linear).
  const nextAttributed: number[] = new Array(sorted.length).fill(-1);
  for (let i = sorted.length - 2; i >= 0; i--) {
    const j = i + 1;
    nextAttributed[i] = paraOf[j] !== paraOf[i] ? -1 : out[j] && !noSpeaker[j] && sorted[j].kind === "direct" ? j : nextAttributed[j];
  }
  let lastInPara = -1; // last attributed direct quote in the current paragraph
  let lastInPrevPara = -1; // last attributed candidate of any kind in the paragraph before
  let lastAny = -1;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const p = paraOf[i];
    if (i > 0 && paraOf[i - 1] !== p) {
      lastInPrevPara = lastAny >= 0 && paraOf[lastAny] === p - 1 ? lastAny : -1;
      lastInPara = -1;
    }
    // "in a box labeled “medical problem,”": the words name a label, which no one beside it spoke.
    if (c.kind === "direct" && !out[i] && namesLabel(text, c.outer.start)) continue;
    if (c.kind === "direct" && !out[i]) {
      let from: Attribution | null = null;
      let rule = CONTINUATION.samePara;
      // "“A,” Obama said. First, Trump identified the judge as “B”": a quoted phrase inside a later
      // sentence of narration whose clause has a subject that can speak is that subject's (the
      // last-resort rules below), not the earlier quote's speaker.
      // So is one in a clause of the same sentence that a conjunction opens right after the quote
      // before, when that one is narration too ("Christie refers to him as “A,” while Trump refers to
      // the governor as “B”"; not inside a report: "Trump said Rubio was “A” while Cruz is “B”").
      const lr = w.lastResort.get(i)?.mention;
      const narrated = lastInPara >= 0 && NARRATION_RULES.has(out[lastInPara]?.ruleId ?? "");
      const ownSubject = lastInPara >= 0 && lr && (!sameSentence(text, sorted[lastInPara], c) || (narrated && joinedRightAfter(text, sorted[lastInPara], lr.whole.start)));
      if (ownSubject) from = null;
      else if (lastInPara >= 0) from = out[lastInPara];
      else if (nextAttributed[i] >= 0) from = out[nextAttributed[i]];
      else if (lastAny >= 0 && paraOf[lastAny] === p && sorted[lastAny].kind === "indirect" && reportedRightBefore(text, sorted[lastAny], c)) {
        // "… reluctant to act, Schiff said. “The other factor …”": the quote goes on from the
        // reported speech that ends the sentence just before it.
        from = out[lastAny];
      }
      if (!from && (c.continuesPrevious || isQuoteParagraph(text, paras[p], c)) && lastInPrevPara >= 0) {
        rule = c.continuesPrevious ? CONTINUATION.nextPiece : CONTINUATION.paragraph;
        from = out[lastInPrevPara];
      }
      if (from) {
        out[i] = inherit(from, rule);
        followsOn[i] = true;
      }
      else if (lastInPrevPara < 0 && w.prevSubject.has(i)) {
        const s = w.prevSubject.get(i)!;
        out[i] = fromMention(w, s.mention, null, s.clause, s.mention.span.start, PREVIOUS_SUBJECT.id, PREVIOUS_SUBJECT.reason);
      }
      else if (lastInPrevPara < 0 && lastAny >= 0 && paraOf[lastAny] === p - 2 && !c.continuesPrevious && isQuoteParagraph(text, paras[p], c)) {
        out[i] = inherit(out[lastAny]!, CONTINUATION.overNarration);
        followsOn[i] = true;
      }
    }
    if (out[i] && !noSpeaker[i]) {
      lastAny = i;
      if (c.kind === "direct") lastInPara = i;
    }
  }
}

/**
 * Last resort: a quoted phrase inside narration that nothing above credits takes the subject of its
 * clause, and the uncredited quotes after it in the same sentence (“Clinton supports “A,” opposes “B””)
 * go on with it.
 */
function creditLastResort(w: Work): void {
  const { text, sorted, paraOf, out } = w;
  let lastResortPrev = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].kind !== "direct") continue;
    const h = w.lastResort.get(i);
    if (!out[i] && h?.mention) {
      out[i] = fromMention(w, h.mention, h.cue, h.clause, h.mention.span.start, h.ruleId, h.reason);
      lastResortPrev = i;
      continue;
    }
    if (!out[i] && lastResortPrev >= 0 && paraOf[lastResortPrev] === paraOf[i] && sameSentence(text, sorted[lastResortPrev], sorted[i])) {
      out[i] = inherit(out[lastResortPrev]!, CONTINUATION.samePara);
      lastResortPrev = i;
      continue;
    }
    lastResortPrev = -1;
  }
}

/**
 * Third pass: a quote with no speaker, or one in a short opening paragraph (a headline, whose
 * words the cue rules read as if they were a sentence), whose words are quoted elsewhere in the
 * article with a cue of their own takes that quote's speaker.
 * The quotes that want a speaker are few, so their keys are made first and the pass stops when
 * there are none: keying every cued quote of every article was ~5% of the engine's time.
 */
function creditRepeats(w: Work): void {
  const { text, sorted, paras, paraOf, out } = w;
  const wanted = new Map<string, number[]>();
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].kind !== "direct" || (out[i] && !(paraOf[i] === 0 && paras[0].end - paras[0].start <= 200) && !(INFERRED.has(out[i]!.ruleId) && quoteAlone(text, paras[paraOf[i]], sorted[i])))) continue;
    const k = repeatKey(text.slice(sorted[i].span.start, sorted[i].span.end));
    // A key is trimmed and single-spaced, so a space means at least two words: one repeated word
    // is too weak a sign that it is the same quote.
    if (!k.includes(" ")) continue;
    const list = wanted.get(k);
    if (list) list.push(i);
    else wanted.set(k, [i]);
  }
  if (!wanted.size) return;
  const taken = new Set<string>();
  for (let j = 0; j < sorted.length && taken.size < wanted.size; j++) {
    if (sorted[j].kind !== "direct" || !w.hits.get(j) || !out[j]?.speaker || paraOf[j] === 0) continue;
    const k = repeatKey(text.slice(sorted[j].span.start, sorted[j].span.end));
    const list = wanted.get(k);
    if (!list || taken.has(k)) continue;
    taken.add(k);
    for (const i of list) out[i] = inherit(out[j]!, REPEATED);
  }
}

/** The quotes and the diagnostics for those left without a speaker. */
function quotesOf(article: Article, sorted: readonly Candidate[], out: readonly (Attribution | null)[]): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const text = article.text;
  const diagnostics: Diagnostic[] = [];
  // Built field by field: object spread of these records is many times slower in V8.
  const quotes: Quote[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const a = out[i];
    if (!a && c.kind !== "scare") {
      diagnostics.push({
        reason: "speaker unresolved for quote",
        documentId: article.documentId,
        articleId: article.id,
        span: c.span,
        ruleId: "attribution/no-cue",
        stage: "attribute",
        severity: "info",
      });
    }
    quotes[i] = {
      id: `${article.id}:q${i + 1}`,
      documentId: article.documentId,
      articleId: article.id,
      kind: c.kind,
      text: text.slice(c.span.start, c.span.end),
      span: c.span,
      truncated: c.truncated,
      speaker: a ? a.speaker : null,
      speakerType: a ? a.speakerType : "unknown",
      role: a ? a.role : null,
      mention: a ? a.mention : null,
      mentionSpan: a ? a.mentionSpan : null,
      cue: a ? a.cue : null,
      cueSpan: a ? a.cueSpan : null,
      toOutlet: a ? a.toOutlet : null,
      medium: a ? a.medium : null,
      spokenOn: a ? a.spokenOn : null,
      ruleId: a ? a.ruleId : c.kind === "scare" ? "attribution/scare" : "attribution/no-cue",
      reason: a
        ? a.reason
        : c.kind === "scare"
          ? "words in marks with no speech cue (scare quotes or a title)"
          : "no cue, no quote beside it and no speaker in the previous paragraph",
    };
  }
  return { quotes, diagnostics };
}

const PARTICIPLE_AFTER_QUOTE = {
  id: "attribution/participle-after-quote",
  reason: "reported speech after a participle that follows a quote's cue (“…,” X said, adding that …; “…,” he said at the rally, insisting that …): its subject is the quote's speaker",
};

// A time phrase between a named source and its verb ("Sen. Ann Lee on Wednesday morning said", "Rep.
// Ann Lee (D-Ohio) last month joked", "The Trump campaign on Tuesday responded"): when, not who. After
// another noun it stays, as the annotators keep it ("a poll released last week", "filing on Saturday").
const CAPITALISED_WEEKDAYS = WEEKDAYS.map((d) => d[0].toUpperCase() + d.slice(1)).join("|");
const TIME_TAIL = new RegExp(`\\s+(?:on\\s+(?:${CAPITALISED_WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|this|this past)\\s+(?:week|weekend|month|year))$`);

/** The span without a time phrase after a name at its end. */
function withoutTimeTail(text: string, s: Span): Span {
  const t = text.slice(s.start, s.end);
  const m = TIME_TAIL.exec(t);
  if (!m || m.index === 0) return s;
  const before = lastPart(t.slice(0, m.index));
  if (!/^\p{Lu}|\)$/u.test(before) && !ORG_WORDS.has(before.toLowerCase()) && !PERSON_NOUNS.has(before.toLowerCase())) return s;
  return { start: s.start, end: s.start + m.index };
}

const RELATIVE_PRONOUN = /^(?:who|which)$/i;
const isRelativePronoun = (text: string, s: Span): boolean => s.end - s.start <= 5 && RELATIVE_PRONOUN.test(text.slice(s.start, s.end));

/** "When asked by a reporter whether …", "Asked by Matt Lauer if …": the asker is the source of the question. */
function askedBy(text: string, c: WithSource): Mention | null {
  const cue = c.cueSpan;
  if (!cue || cue.end > c.span.start || c.span.start - cue.end > 80) return null;
  if (!/\basked$/i.test(text.slice(cue.start, cue.end))) return null;
  const by = /^\s+by\s+/.exec(text.slice(cue.end, c.span.start));
  if (!by) return null;
  return parseInvertedSource(text, { start: cue.end + by[0].length, end: c.span.start });
}

// Narration between a quote's cue and a participle that goes on with the same speaker: one clause, no
// sentence end ("said at the time, adding", "told the hosts of ''Morning Joe,'' adding", "said, while arguing").
const CUE_TO_PARTICIPLE = /^[^!?;:“”"]{0,120},\s*(?:''|”|")?\s*(?:while\s+|and\s+)?$/;
const SENTENCE_STOP = /\b[a-z]{2,}\.\s/;

/**
 * A reported clause after a participle ("adding", "noting") whose extractor found no subject, or one
 * inside the quote before it: when the participle follows the cue of the direct quote just before
 * it in the same sentence, the index of that quote, else -1.
 */
function quoteBeforeParticiple(text: string, sorted: readonly Candidate[], out: readonly (Attribution | null)[], paraOf: readonly number[], i: number): number {
  const c = sorted[i] as WithSource;
  const cue = c.cueSpan;
  if (!cue || c.span.start < cue.end || !/ing$/.test(text.slice(cue.start, cue.end))) return -1;
  let j = i - 1;
  while (j >= 0 && paraOf[j] === paraOf[i] && sorted[j].kind !== "direct") j--;
  if (j < 0 || paraOf[j] !== paraOf[i]) return -1;
  const d = sorted[j];
  const a = out[j];
  if (!a || (!a.speaker && !a.mention) || d.outer.end > cue.start) return -1;
  // The extractor's own source stands: unless it lies inside the quote ("“We’re going …,” he said, adding").
  if (c.mentionSpan && !(c.mentionSpan.start >= d.outer.start && c.mentionSpan.end <= d.outer.end)) return -1;
  let from = d.outer.end;
  for (const s of [a.cueSpan, a.mentionSpan]) if (s && s.start >= d.outer.end && s.end <= cue.start) from = Math.max(from, s.end);
  const gap = text.slice(from, cue.start);
  // ("…,” adding that …": the comma stands inside the closing mark.)
  const commaInside = /^\s*$/.test(gap) && /,\s*$/.test(text.slice(d.span.start, d.span.end));
  if (!commaInside && (!CUE_TO_PARTICIPLE.test(gap) || SENTENCE_STOP.test(gap))) return -1;
  return j;
}

/** The reported speech's sentence ends right before the quote ("…, Lee said. “…”"). */
function reportedRightBefore(text: string, reported: Candidate, c: Candidate): boolean {
  const end = Math.max(reported.span.end, reported.cueSpan?.end ?? 0, reported.mentionSpan?.end ?? 0);
  if (end > c.outer.start || c.outer.start - end > 40) return false;
  return /^[^.!?“”"]*[.!?]\s*$/.test(text.slice(end, c.outer.start));
}

/** No sentence ends between two quotes: not at the end of the first one's words, nor in the narration after it. */
function sameSentence(text: string, a: Candidate, b: Candidate): boolean {
  const from = a.outer.end;
  const to = b.outer.start;
  return to - from <= 200 && !/[.!?;]\s*$/.test(text.slice(a.span.start, a.span.end)) && !/[.!?;]/.test(text.slice(from, to));
}

// Rules that credit a quoted phrase in narration to the subject of its clause (no speech verb).
const NARRATION_RULES: ReadonlySet<string> = new Set([R.sentenceSubject.id, R.clauseSubject.id]);
// Conjunctions that open a clause of its own subject after a quote ("“A,” while Lee …").
const JOINED_AFTER_QUOTE = /^[\s,]*(?:while|whereas|but|although|though)\s+$/;

/** Only a comma and a conjunction stand between the quote `a` and the subject at `at`. */
function joinedRightAfter(text: string, a: Candidate, at: number): boolean {
  return at > a.outer.end && at - a.outer.end <= 16 && JOINED_AFTER_QUOTE.test(text.slice(a.outer.end, at));
}

function inBrackets(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 400; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29 || c === 0x0a) return false; // ")" or a line break
    if (c === 0x28) return true; // "("
  }
  return false;
}

/**
 * A paragraph that is the quote alone (a subheading that quotes the body, "‘We’re vetting VP
 * candidates!’"), with at most a stop after the closing mark.
 */
function quoteAlone(text: string, para: Span, c: Candidate): boolean {
  return isQuoteParagraph(text, para, c) && /^[\s.!?…]*$/.test(text.slice(c.outer.end, para.end));
}

// The rules that credit a quote with no cue of its own from the paragraphs before it: a quote
// that is its paragraph alone and is quoted again with a cue takes that cue's speaker instead.
const INFERRED: ReadonlySet<string> = new Set([CONTINUATION.paragraph.id, CONTINUATION.overNarration.id, PREVIOUS_SUBJECT.id]);

/** The paragraph opens with the quote: it is a quote paragraph, not narration quoting a phrase. */
function isQuoteParagraph(text: string, para: Span, c: Candidate): boolean {
  return text.slice(para.start, c.outer.start).trim().length === 0;
}

// "with"/"to" right after the medium names its partner; the reporter, "us" or "me" is the publisher.
const OTHER_PARTNER = /^,?\s+(?:with|to)\s+(?!(?:this|the|a|our) (?:reporter|newspaper|paper|writer|author|correspondent|magazine|site|website|publication)\b|(?:us|me|him|her|them)\b)\S/i;
function namesOtherPartner(clause: string, med: { readonly medium: string; readonly at: number }): boolean {
  const after = med.at + med.medium.length;
  return OTHER_PARTNER.test(clause.slice(after, after + 40));
}
