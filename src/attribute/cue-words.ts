import { DASH_TOKENS } from "../extract/chars.js";
import { NAMING_VERBS, SPEECH_VERBS, echoNotSpeech } from "../extract/lexicon.js";
import { TIME_NOUNS } from "../extract/time-phrase.js";
import type { Span } from "../model/index.js";
import { PERSON_NOUNS, PRONOUNS } from "./lexicon.js";
import { isPossessive as isPossessiveTok, type Tok } from "./tokens.js";
import { VERB_ONLY_S } from "../model/speech-forms.js";

/**
 * The word lists and token tests the cue modules share: above all isCueVerb (is a speech verb in the
 * narration a cue, or a noun, a passive, part of a name?), the auxiliaries and adverbs that stand between
 * a subject and its verb, and the clause openers and stops that the subject scans read.
 */

// A lower-case word that may stand inside a role before a name ("mayoral candidate"), not a verb.
export const isModifierLike = (w: string): boolean =>
  !SPEECH_VERBS.has(w) && !BETWEEN.has(w) && !PASSIVE.has(w) && !/(?:ed|ing)$/.test(w) && !NOT_MODIFIERS.has(w);
// Built once: these word lists run for every token the subject scans look at.
const NOT_MODIFIERS: ReadonlySet<string> = new Set(["is", "was", "has", "and", "or", "but", "who", "that", "which"]);
export const ADVERBIAL_NEXT: ReadonlySet<string> = new Set(["in", "on", "at", "by", "later", "ago", "after", "before", "of", "for", "from", "with", "into", "during", "earlier", "the", "a", "an", "this", "last", "since", "until"]);
export const DETERMINER_WORDS: ReadonlySet<string> = new Set(["the", "a", "an", "another", "this", "that", "these", "those", "some", "many", "several", "multiple", "most", "other", "one", "such"]);

export const SENTENCE_END = new Set([".", "!", "?"]);
// Auxiliaries and adverbs that may stand between a subject and its verb ("he later said").
export const BETWEEN = new Set([
  "has", "have", "had", "would", "will", "also", "later", "then", "once", "again", "previously", "recently",
  "repeatedly", "further", "simply", "just", "only", "finally", "even", "still", "did", "could", "can", "may",
  "might", "should", "already", "often", "frequently", "publicly", "privately", "flatly", "bluntly", "quickly",
  "'d", "’d", "'s", "’s", "reportedly", "proudly", "angrily", "quietly", "softly", "first", "now",
]);
export const PASSIVE = new Set(["be", "been", "is", "was", "were", "being", "are", "it's", "it’s"]);

// Words whose "’s" is "is" or "has" ("that’s said", "there’s talk").
const CONTRACTING: ReadonlySet<string> = new Set(["that", "there", "here", "what", "where", "everyone", "nobody", "somebody", "someone"]);
const NOUN_BEFORE = new Set(["his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "whose", "every", "each", "no"]);

/**
 * A bare verb form ("message", "note", "comment") at the end of a noun phrase: after "a/an" and
 * lower-case modifiers ("a new campaign message"), or after a singular determiner phrase whose
 * last word is not plural (a singular subject would take "messages").
 */
function bareFormInNounPhrase(toks: readonly Tok[], i: number): boolean {
  const l = toks[i].lower;
  if (!NOUN_LIKE_CUES.has(l)) return false;
  // (Six words back: "a new and more personal campaign message" has five between "a" and the noun.)
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = toks[k];
    // "Murphy’s conference call ended": a possessive, then modifiers, then the bare form.
    if (isPossessiveTok(w)) return k < i - 1;
    if (!w.word) return false;
    if (w.lower === "a" || w.lower === "an") return true;
    if (w.cap) continue; // "a Donald Trump tweet"
    if (SINGULAR_DETERMINERS.has(w.lower)) return k < i - 1 && !/[^s]s$/.test(toks[i - 1].lower);
    // "a new and more personal campaign message": "and" or "or" between modifiers after "a" stays
    // inside the noun phrase; elsewhere it joins clauses.
    if ((w.lower === "and" || w.lower === "or") && k >= 2 && isModifierLike(toks[k - 1].lower) && (toks[k - 2].lower === "a" || toks[k - 2].lower === "an")) continue;
    if (PRONOUNS.has(w.lower) || BETWEEN.has(w.lower) || PASSIVE.has(w.lower) || w.lower === "to" || w.lower === "and" || w.lower === "or") return false;
  }
  return false;
}
// Adjectives news puts between a possessive and "remarks" or "comments" ("his own remarks"); forms
// in -ing and -ed ("her opening remarks", "his prepared remarks") are read as modifiers there too.
const SPEECH_NOUN_ADJECTIVES: ReadonlySet<string> = new Set(["recent", "public", "private", "final", "initial", "latest", "earlier", "previous", "brief", "formal", "written", "first", "last", "own", "new", "controversial", "later"]);

/**
 * A plural form of a speech noun after a possessive and modifiers only ("in her opening remarks",
 * "his own comments"): a noun, not a verb in -s ("her aide notes that …" has a noun before it).
 */
function pluralNounAfterModifiers(toks: readonly Tok[], i: number): boolean {
  const l = toks[i].lower;
  if (l.length < 4 || !l.endsWith("s")) return false;
  const singular = l.endsWith("ies") ? `${l.slice(0, -3)}y` : l.slice(0, -1);
  if (!NOUN_LIKE_CUES.has(singular) && !SPEECH_NOUNS.has(l) && !NOUN_LIKE_CUES.has(l.slice(0, -2))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = toks[k];
    if (!w.word || w.cap) return false;
    if (NOUN_BEFORE.has(w.lower)) return k < i - 1;
    if (!/(?:ing|ed)$/.test(w.lower) && !SPEECH_NOUN_ADJECTIVES.has(w.lower)) return false;
  }
  return false;
}
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(["have", "are", "were", "do", "don't", "don’t", "haven't", "haven’t", "aren't", "aren’t", "weren't", "weren’t"]);
// Speech verbs whose bare form is as often a noun.
const NOUN_LIKE_CUES = new Set(["message", "note", "comment", "tweet", "post", "report", "claim", "quote", "answer", "reply", "remark", "promise", "pledge", "vow", "call", "boast", "charge", "complaint", "question", "demand", "warning", "statement", "response", "plea", "cry", "chant", "shout", "point", "word", "email", "text", "letter", "memo", "testimony", "interview"]);
// Nouns for something said or written ("the following comment", "this statement").
export const SPEECH_NOUNS = new Set(["comment", "comments", "statement", "remarks", "remark", "message", "words", "tweet", "post", "note", "letter", "email", "e-mail", "response", "reply", "answer", "say"]);
const SINGULAR_DETERMINERS = new Set(["the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "every", "each"]);

// Words before a reduced passive "asked" ("when asked", "if asked"), which has no speaker of its own.
export const REDUCED_ASKED_LEADS: ReadonlySet<string> = new Set(["when", "if", "once"]);

/**
 * "a nurse called Ana Ruiz": "called" after "a" or "an" and a person noun, before a capitalised word,
 * is "named" (a participle in the noun phrase), not the verb of "X called it “…”". ("The mayor called
 * Tom Reyes “…”" keeps its verb: a definite subject names its object so, an indefinite one rarely.)
 */
export function calledAsNamed(toks: readonly Tok[], i: number): boolean {
  if (i < 2 || toks[i].lower !== "called" || !toks[i + 1]?.cap) return false;
  const det = toks[i - 2].lower;
  return (det === "a" || det === "an") && PERSON_NOUNS.has(toks[i - 1].lower);
}

// Verbs of perceiving or recording whose object's participle is still its speech ("a reporter can
// be heard asking", "was caught saying", "was quoted telling").
const PERCEIVED: ReadonlySet<string> = new Set(["heard", "seen", "caught", "overheard", "quoted", "recorded", "filmed", "taped", "videotaped", "captured", "shown", "spotted"]);

/**
 * "“…,” a series of posts that included one saying …": a form in -ing with no form of "be" (or of
 * being heard or seen) before it is a participle that hangs on the noun before it, not a finite verb
 * whose subject spoke the quote before it ("was saying", "can be heard asking" keep their subject).
 */
export function isBareParticiple(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1]?.lower ?? "";
  return toks[i].lower.endsWith("ing") && !PASSIVE.has(prev) && !PERCEIVED.has(prev);
}

/**
 * "a biography written by Ann Lee": a speech verb right after a lower-case noun (no pronoun, no form
 * of "be") with "by" after it is a reduced passive, whose noun is what was written, not a speaker.
 */
export function isReducedPassive(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  return toks[i + 1]?.lower === "by" && !!prev?.word && !prev.cap && !PASSIVE.has(prev.lower) && !SUBJECT_PRONOUNS.has(prev.lower);
}

export const isCueVerb = (toks: readonly Tok[], i: number): boolean => {
  const t = toks[i];
  if (!t.word || !SPEECH_VERBS.has(t.lower)) return false;
  if (calledAsNamed(toks, i)) return false;
  // "The hall echoed with “…”": a sound in a place, not a speaker's verb (as extract reads it).
  if (toks[i + 1]?.word && echoNotSpeech(t.lower, toks[i + 1].lower)) return false;
  const prev = toks[i - 1]?.lower;
  // A capitalised word inside a clause is a name ("the United States"), not a verb.
  if (t.cap && i > 0 && toks[i - 1].word) return false;
  // "is said to", "was told" are passive; "is telling", "was saying" are the progressive of a cue.
  if (prev && PASSIVE.has(prev) && !(t.lower.endsWith("ing") && prev !== "being" && prev !== "be" && prev !== "been")) return false;
  if (prev === "the" || prev === "a" || prev === "an" || prev === "to") return false; // "the said", "an order", "to say" (not a cue by itself)
  // "at one point", "one tweet": after "one" a bare form that is as often a noun is the noun ("no one
  // said" keeps its verb: a past form is no noun).
  if (prev === "one" && NOUN_LIKE_CUES.has(t.lower)) return false;
  // "leads by 29 points", "3 reports": after a number the plural of a noun-like form is the noun
  // ("who in 2010 said" keeps its verb).
  if (prev && prev.charCodeAt(0) >= 48 && prev.charCodeAt(0) <= 57 && t.lower.endsWith("s") && NOUN_LIKE_CUES.has(t.lower.slice(0, -1))) return false;
  // "the problems Lee had answering questions": "had" before a form in -ing makes no tense (that is
  // "had been answering"); the -ing phrase says what the trouble was, and no one answers here.
  if ((prev === "had" || prev === "has" || prev === "have") && t.lower.endsWith("ing")) return false;
  // "who told Congress when asked last month: “…”", "Lee, if asked, …": a reduced passive clause
  // (when he was asked), whose subject is asked, not speaking; the cue is the verb before it.
  if (t.lower === "asked" && REDUCED_ASKED_LEADS.has(prev ?? "")) return false;
  // "It goes without saying", "left without commenting": no one says anything.
  if (prev === "without") return false;
  // "a string of messages", "a series of posts": after "of" a form that is not a gerund is a noun;
  // no finite verb follows a preposition ("accused of saying" keeps its gerund).
  if (prev === "of" && !t.lower.endsWith("ing")) return false;
  // "in order to", "in reply", "in answer to": after "in" a speech word is a noun, unless it is a
  // gerund ("in saying so").
  if (prev === "in" && !t.lower.endsWith("ing")) return false;
  if (soCalled(toks, i)) return false;
  // After a possessive or a demonstrative the word is a noun ("his claim", "their report",
  // "Trump's remarks", "the editors' email").
  // "He’s said" and "who's called" are contractions of is/has, not possessives.
  if (prev && (NOUN_BEFORE.has(prev) || (isPossessiveTok(toks[i - 1]) && i >= 2 && !PRONOUNS.has(toks[i - 2].lower) && !CONTRACTING.has(toks[i - 2].lower)))) return false;
  if (bareFormInNounPhrase(toks, i)) return false;
  if (pluralNounAfterModifiers(toks, i)) return false;
  const next = toks[i + 1]?.lower;
  // "the state’s party convention", "the report's authors": a possessive ending makes it a noun.
  if (next === "’s" || next === "'s") return false;
  // "Trump's confused messages have given", "his fundraising emails have all used": a form in -s
  // with a finite auxiliary right after it is a plural noun, the auxiliary's subject.
  // ("the ones State now says are “…”": a form that is never a plural noun is the verb of a clause
  // that hangs on the noun before it.)
  if (next && /[^s]s$/.test(t.lower) && i > 0 && !toks[i - 1].cap && PLURAL_AUXILIARIES.has(next) && !VERB_ONLY_S.has(t.lower)) return false;
  // "state" is far more often the noun ("his home state", "the state party"): a verb only after a
  // pronoun, an auxiliary or a name, or before "that".
  // "…,” the ad states.": after a document noun at the end of the clause it is the verb too.
  if ((t.lower === "state" || t.lower === "states") && next !== "that" && !(prev && (PRONOUNS.has(prev) || BETWEEN.has(prev) || toks[i - 1].cap || (next === undefined && t.lower === "states" && DOCUMENT_NOUNS.has(prev))))) return false;
  // "added to the list" says nothing; "“…,” Lee added to People." ends on the outlet or person told.
  if ((t.lower === "added" || t.lower === "adds") && next === "to" && !toldNameEnds(toks, i + 2)) return false;
  // "will continue to be “…”", "continued to push": a catenative verb, not "he continued, “…”".
  if (/^continu/.test(t.lower) && next === "to") return false;
  return true;
};

// One-word answers that a speech verb takes as its object ("said yes", "says no"): the verb has its
// own words then, not the quote before it.
export const ANSWER_WORDS: ReadonlySet<string> = new Set(["yes", "no"]);

// Forms of "go" that take "on" as a phrasal verb of talking at length ("went on about", "went on to say").
const GO_FORMS: ReadonlySet<string> = new Set(["go", "goes", "went", "going", "gone"]);

/**
 * The last index of a phrase of going on talking that starts at `v`, or -1: "went on about",
 * "went on and on about", "goes on to say", "went on to call it": the phrase says who speaks the quote
 * after it, as a speech verb does ("as Trump went on about “…”"). "went on to win" is no speech: the
 * verb after "to" must be one of saying (the lexicon's bare forms, "say", "call", "describe").
 */
export function goingOnAbout(toks: readonly Tok[], v: number): number {
  const t = toks[v];
  if (!t.word || t.cap || !GO_FORMS.has(t.lower) || toks[v + 1]?.lower !== "on") return -1;
  let k = v + 2;
  if (toks[k]?.lower === "and" && toks[k + 1]?.lower === "on") k += 2;
  const next = toks[k];
  if (!next) return -1;
  if (next.lower === "about") return k;
  const inf = k + 1 < toks.length ? toks[k + 1] : undefined;
  return k === v + 2 && next.lower === "to" && inf && inf.word && !inf.cap && (SPEECH_VERBS.has(inf.lower) || NAMING_VERBS.has(inf.lower)) ? k + 1 : -1;
}

/** A capitalised name at `i` (not a possessive: "added to Lee’s woes") that ends the clause. */
function toldNameEnds(toks: readonly Tok[], i: number): boolean {
  let e = i;
  while (e < toks.length && toks[e].word && toks[e].cap && !isPossessiveTok(toks[e])) e++;
  return e > i && (e === toks.length || toks[e].text === "," || toks[e].text === ".");
}

export const spanOf = (a: Tok, b: Tok): Span => ({ start: a.start, end: b.end });

/** "the so called “Initiative”" (written without the hyphen): an adjective; no one calls it anything here. */
export const soCalled = (toks: readonly Tok[], i: number): boolean => toks[i].lower === "called" && toks[i - 1]?.lower === "so";

export function hasWord(toks: readonly Tok[], lower: string): boolean {
  for (let i = 0; i < toks.length; i++) if (toks[i].lower === lower) return true;
  return false;
}

export function hasCueVerbFrom(toks: readonly Tok[], from: number): boolean {
  for (let i = from; i < toks.length; i++) if (isCueVerb(toks, i)) return true;
  return false;
}

// Conjunctions that may open a sentence before an inverted cue ("But, said Lee, “…”").
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "but", "so", "yet"]);
export const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "while", "whereas", "yet", "though", "although"]);
export const CLAUSE_JOINERS = new Set(["while", "but", "and", "though", "although", "whereas", "as", "even", "yet"]);

export const DASHES: ReadonlySet<string> = DASH_TOKENS;

// Verbs whose cue takes the one spoken to ("told AFP", "asked reporters", "assured me").
// (And naming verbs, whose object is what is named: "called it", "calling him".)
const RECIPIENT_VERBS: ReadonlySet<string> = new Set([
  "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "assure", "assures", "assured", "inform", "informs", "informed",
  "remind", "reminds", "reminded", "warn", "warns", "warned", "urge", "urges", "urged", "promise", "promises", "promised", "promising",
  "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels", "labeled", "labelled", "labeling", "brand", "brands", "branded", "branding",
]);
// Words that open no one spoken to after such a verb ("asks as a man walks in", "told while …").
const NOT_RECIPIENT: ReadonlySet<string> = new Set(["as", "while", "because", "when", "if", "whether", "why", "how", "what", "where", "that", "and", "but", "or", "though", "although", "for"]);
// Nouns of time after "this", "last", "next" ("said this week"; not "said this is").
const TIME_NOUNS_AFTER_DETERMINER: ReadonlySet<string> = new Set([...TIME_NOUNS, "season", "past"]);
const TIME_DETERMINERS: ReadonlySet<string> = new Set(["this", "last", "next", "that"]);
// Words that open what hangs on a cue: where, when, how, of what ("said in a statement", "said
// Monday", "wrote on Facebook", "said of the plan").
const CUE_ADVERBIAL: ReadonlySet<string> = new Set([
  "in", "on", "at", "during", "from", "over", "to", "via", "after", "before", "with", "of", "about", "while", "since", "by", "through", "for", "outside", "inside", "near", "into", "back",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "next", "earlier", "later", "late", "early", "yesterday", "today", "tonight", "recently", "again", "then", "also", "repeatedly", "once",
  "here", "upon", "aboard", "afterward", "afterwards", "under", "amid", "between", "among", "against", "without", "following", "ahead",
]);
// Words that open a reported clause after a cue ("said he would", "says if people", "said the plan was"): the cue ends before them.
const CLAUSE_START: ReadonlySet<string> = new Set(["that", "he", "she", "they", "we", "i", "it", "you", "if", "whether", "why", "how", "what", "when", "where", "who", "there", "this", "these", "those"]);
const CUE_STOPS: ReadonlySet<string> = new Set([",", ":", ";", "“", '"', "(", ...DASH_TOKENS]);
const CUE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "at", "during", "from", "over", "to", "via", "after", "before", "with", "of", "about", "for", "by", "across", "near", "into"]);

/**
 * The cue verb plus what hangs on it, up to the clause end: where, when and how ("said in a
 * statement", "said Monday night", "wrote on Facebook"), and the one spoken to after a verb that
 * takes one ("told AFP", "told reporters Tuesday"). Not the reported clause that follows a verb
 * with no "that" ("said the group might …", "said he still …", "says if people …"): the cue ends at
 * the verb. When the window of six words ends inside a phrase, the cue ends before its last
 * preposition ("said in a wide-ranging interview with The" -> "said in a wide-ranging interview").
 */
export function cueExtent(toks: readonly Tok[], v: number): Span {
  let i = v + 1;
  const first = toks[i];
  if (!first || CUE_STOPS.has(first.text) || first.lower === "that") return spanOf(toks[v], toks[v]);
  // "said this week" is when; "said this is" opens the report.
  const timeAt = (k: number): boolean => !TIME_DETERMINERS.has(toks[k].lower) || TIME_NOUNS_AFTER_DETERMINER.has(toks[k + 1]?.lower ?? "");
  // ("said two days after the attack", "wrote 43 years ago": a span of time.)
  const span = (/^\d/.test(first.text) || NUMBER_WORDS.has(first.lower)) && SPAN_NOUNS.has(toks[i + 1]?.lower ?? "");
  const adverbial = (CUE_ADVERBIAL.has(first.lower) && timeAt(i)) || (first.word && !first.cap && first.lower.endsWith("ly")) || WEEKDAY_OR_MONTH.test(first.text) || span;
  const recipient = RECIPIENT_VERBS.has(toks[v].lower) && !NOT_RECIPIENT.has(first.lower) && !(CLAUSE_START.has(first.lower) && first.lower !== "you" && first.lower !== "it");
  // A verb goes on only into an adverbial (a place, a time, "-ly") or the one spoken to.
  if (!recipient && !adverbial) return spanOf(toks[v], toks[v]);
  let e = v;
  for (; i < toks.length && i <= v + 6; i++) {
    const t = toks[i];
    if (CUE_STOPS.has(t.text)) break;
    // (A reported clause after the adverbial or the one spoken to: "told CNN he would".)
    if (i > v + 1 && ((CLAUSE_START.has(t.lower) && !t.cap && timeAt(i)) || t.lower === "that" || CLAUSE_JOINING.has(t.lower))) break;
    e = i;
  }
  // The window ran out inside a phrase (a word goes on after it, not a clause's first word): back
  // to before its last preposition, when one is left.
  if (i > v + 6 && i < toks.length && toks[i].word && !CLAUSE_START.has(toks[i].lower)) {
    for (let k = e; k > v + 1; k--) {
      if (CUE_PREPOSITIONS.has(toks[k].lower) && !toks[k].cap) {
        e = k - 1;
        break;
      }
    }
  }
  // (A particle right after the verb stays: "called for", "talks about".)
  while (e > v && (CUE_TAIL_NOT.has(toks[e].lower) || (CUE_PREPOSITIONS.has(toks[e].lower) && !toks[e].cap && !(e === v + 1 && PARTICLES.has(toks[e].lower))))) e--;
  return spanOf(toks[v], toks[e]);
}
const WEEKDAY_OR_MONTH = /^(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)/;
const NUMBER_WORDS: ReadonlySet<string> = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "a", "few"]);
const SPAN_NOUNS: ReadonlySet<string> = new Set(["days", "weeks", "months", "years", "hours", "minutes", "decades", "day", "week", "month", "year", "hour"]);
// Words that join another clause to the cue's ("told reporters as she emerged", "said, while …").
const CLAUSE_JOINING: ReadonlySet<string> = new Set(["as", "while", "because", "although", "though", "but", "so", "even", "until", "unless"]);
const PARTICLES: ReadonlySet<string> = new Set(["for", "about"]);
// Words a cue does not end on ("said in a speech to workers and" -> "… to workers").
const CUE_TAIL_NOT: ReadonlySet<string> = new Set(["and", "or", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]);

// Writings and recordings that news credits with words of their own ("The ad claims “…”", "A letter
// to members calls for “…”"), as it does statements and reports.
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "ad", "ads", "advert", "commercial", "spot", "mailer", "flier", "flyer", "letter", "letters", "editorial", "memo",
  "email", "emails", "e-mail", "poll", "survey", "study", "video", "tweet", "tweets", "article", "piece",
  "column", "filing", "ruling", "order", "lawsuit", "complaint", "petition", "resolution", "platform", "message",
  "document", "transcript", "release", "indictment",
]);

// Words that continue a noun phrase after a name or a noun ("Trump campaign", "Smith of Ohio").
export const NP_GLUE = new Set(["of", "from", "for", "at", "and", "&", "de", "la", "al", "bin", "van", "von", "der"]);

// Openers that start an adverbial or a subordinate clause, never the subject.
export const NOT_SUBJECT_OPENERS = new Set([
  "in", "on", "at", "during", "after", "before", "since", "until", "when", "while", "if", "as", "for", "from", "with",
  "without", "by", "of", "to", "over", "under", "about", "through", "among", "despite", "like", "unlike", "last",
  "earlier", "later", "today", "yesterday", "but", "and", "or", "so", "yet", "instead", "however", "meanwhile",
  "still", "even", "also", "now", "although", "though", "because", "once", "following", "asked", "speaking", "given",
]);

export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);

// Words that open a subordinate or coordinate clause: the subject of a finite verb starts after them.
// Words that open a clause of contrast or cause after a quote ("…,” while Lee said …", "…,” whereas
// the mayor said …"): its subject and verb report its own content, not the quote before it.
export const CONTRAST_OPENERS: ReadonlySet<string> = new Set(["while", "whereas", "although", "though", "because"]);
export const CLAUSE_OPENERS = new Set(["when", "as", "after", "before", "because", "while", "if", "since", "that", "and", "but", "where", "though", "although", "until", "once", "whether", "so"]);

export const RELATIVE_SOURCE = new Set(["who", "which"]);

/**
 * The verb at `v` stands in a relative clause or an aside that closes before the quote ("He said
 * that the plan, which some have argued was a ploy, was an “insult”", "the ad, which — as Lee noted
 * — promises to “…”"): it is not the cue of the clause that holds the quote.
 */
export function inClosedAside(toks: readonly Tok[], v: number): boolean {
  let close = "";
  for (let i = v + 1; i < toks.length; i++) {
    if (toks[i].text === "," || DASHES.has(toks[i].text)) {
      close = toks[i].text;
      break;
    }
  }
  if (!close) return false;
  for (let r = v - 1; r >= 1 && v - r <= 10; r--) {
    const t = toks[r].text;
    if (close !== "," && DASHES.has(t)) return true;
    if (t === "," || t === ";" || DASHES.has(t)) return false;
    if (RELATIVE_SOURCE.has(toks[r].lower) && toks[r - 1].text === ",") return r + 1 < v;
  }
  return false;
}

// Words that may open a verb group before its verb: auxiliaries, negation and adverbs that stand
// between a subject and its verb ("has also called", "is backing", "did not say").
const AUXILIARIES: ReadonlySet<string> = new Set(["do", "does", "did", "must", "shall", "not", "never", "always", "now", "ever", "since"]);
// Words that cannot be a verb: after them the group has no verb of its own.
const NOT_VERBS: ReadonlySet<string> = new Set(["a", "an", "the", "to", "as", "than", "if", "when", "while", "whose", "who", "which", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "that", "this", "his", "her", "their", "its", "our", "my"]);

const isAuxiliary = (t: Tok): boolean =>
  t.word && !t.cap && (BETWEEN.has(t.lower) || PASSIVE.has(t.lower) || AUXILIARIES.has(t.lower) || /n['’]t$/.test(t.lower) || (t.lower.length > 3 && t.lower.endsWith("ly")));

/**
 * The verb group of the predicate after a subject that ends at `end` (an offset), as the cue of the
 * rules that credit a quote to the subject of its clause ("Lee likened the budget to “…”": the cue
 * is "likened", not the name): past an aside between commas ("The PAC, which Lee founded, launched")
 * and a relative pronoun ("Lee, who has called it “…”"), the auxiliaries and adverbs, then the verb.
 * Null when no lower-case word follows the subject.
 */
export function predicateCue(toks: readonly Tok[], end: number): Span | null {
  let i = 0;
  while (i < toks.length && toks[i].start < end) i++;
  const next = toks[i + 1];
  if (toks[i]?.text === "," && next && next.word && !next.cap && !RELATIVE_SOURCE.has(next.lower) && !NOT_VERBS.has(next.lower)) {
    // The comma that closes an appositive of the subject ("Lee, who was elected in May, praised").
    i++;
  } else if (toks[i]?.text === ",") {
    // An aside that closes goes before the verb; one that runs on to the quote is a relative
    // clause that holds it ("Lee, who has called it “…”").
    let j = i + 1;
    while (j < toks.length && j - i <= 30 && toks[j].text !== ",") j++;
    if (toks[j]?.text === ",") i = j + 1;
    else if (RELATIVE_SOURCE.has(toks[i + 1]?.lower ?? "")) i += 2;
    else return null;
  } else if (RELATIVE_SOURCE.has(toks[i]?.lower ?? "")) i++;
  const from = i;
  while (i < toks.length && isAuxiliary(toks[i])) i++;
  const t = toks[i];
  if (!(t && t.word && !t.cap && !NOT_VERBS.has(t.lower))) return i > from ? spanOf(toks[from], toks[i - 1]) : null;
  // "went on to say", "tried to portray": the verb the infinitive after it names is the act.
  let k = i + 1;
  if (toks[k]?.lower === "on") k++;
  const inf = toks[k + 1];
  if (toks[k]?.lower === "to" && inf && inf.word && !inf.cap && !NOT_VERBS.has(inf.lower)) return spanOf(toks[from], inf);
  return spanOf(toks[from], t);
}
