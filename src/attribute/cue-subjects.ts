import { SPEECH_VERBS } from "../extract/lexicon.js";
import { MEDIUM_NOUNS } from "../extract/reported-lexicon.js";
import { isState } from "../extract/states.js";
import { beforeTimePhrase } from "../extract/time-phrase.js";
import type { Span } from "../model/index.js";
import { isCityName, isCountryName, isPlaceName } from "../model/place-names.js";
import { beforeWindow, type QuoteContext } from "./cue-context.js";
import { ADVERBIAL_NEXT, BETWEEN, CLAUSE_JOINERS, CLAUSE_OPENERS, COORDINATORS, cueExtent, DASHES, DETERMINER_WORDS, DOCUMENT_NOUNS, goingOnAbout, hasCueVerbFrom, inClosedAside, isCueVerb, isModifierLike, NOT_SUBJECT_OPENERS, NP_GLUE, OPENING_CONJUNCTIONS, PASSIVE, REDUCED_ASKED_LEADS, RELATIVE_SOURCE, SENTENCE_END, spanOf, SUBJECT_PRONOUNS } from "./cue-words.js";
import { GATHERINGS, INDEFINITE_PERSONS, isLyAdverb, NOT_NAMES, OF_TITLE_HEADS, ORG_WORDS, PERSON_NOUNS, PRONOUNS, STANDALONE_DETERMINERS, TITLES, WEEKDAYS } from "./lexicon.js";
import { isFiniteVerbLike, isLeftoverPredicate, isVerbAt, parseInvertedSource, parseSubject, remadeMention, type Mention } from "./mention.js";
import { isOpeningArticle } from "./foreign-source.js";
import { isPossessive as isPossessiveTok, tokenize, type Tok } from "./tokens.js";

/**
 * Who speaks a cue verb: the subject before it (subjectBeforeVerb, localSubject, leadingSubject), the
 * speaker of the clause before a participle, a relative pronoun's antecedent, the speaker and verb that
 * introduce the quote (adjacentSource, kept for the last quote), the reporter of a cue inside reported
 * content (outerReporter), and whether a subject can speak at all (canSpeak).
 */

/** The subject between `from` and the verb at `v`, allowing auxiliaries and adverbs in between. */
export function subjectBeforeVerb(q: QuoteContext, toks: readonly Tok[], from: number, v: number): Mention | null {
  // "… in Tulsa, Oklahoma, arguing that": a place and its state before a participle end a phrase
  // of the predicate; they are not the participle's subject.
  if (v - 4 >= from && /ing$/.test(toks[v].lower) && toks[v - 1].text === "," && toks[v - 2].cap && toks[v - 3].text === "," && toks[v - 4].cap) return null;
  let e = v;
  // "X responded by saying": the past form and "by" before the participle are the predicate.
  if (v - 2 > from && toks[v - 1].lower === "by" && /ing$/.test(toks[v].lower) && isFiniteVerbLike(toks[v - 2])) e = v - 2;
  // The progressive's auxiliary stands between the subject and the verb too ("X is insisting").
  const progressive = toks[v].lower.endsWith("ing");
  // A capitalised word is a name ("Kelly said", "Will wrote"), never an adverb or auxiliary here.
  // ("A reporter can be heard asking", "a man is seen shouting": a perception passive before the
  // participle is part of the verb group, not of the subject.)
  const perceived = (k: number): boolean => progressive && k - 1 > from && PERCEIVED.has(toks[k].lower) && PASSIVE.has(toks[k - 1].lower);
  // ("Lee kept asking her why …": "keep" or "continue" before the participle is the finite verb;
  // not "began", which as often ends a clause of its own: "as the meeting began vowing to …".)
  while (e > from && !toks[e - 1].cap && (BETWEEN.has(toks[e - 1].lower) || isLyAdverb(toks[e - 1].lower) || (progressive && (PASSIVE.has(toks[e - 1].lower) || KEEP_ON.has(toks[e - 1].lower))) || perceived(e - 1))) e--;
  if (e <= from) return null;
  e = beforeTimePhrase(toks, from, e);
  if (e <= from) return null;
  e = beforeMediumPhrase(toks, from, e);
  e = beforeAddressees(toks, from, e);
  // "The vote comes two days after Lee told …": a subordinator inside the stretch opens the verb's own
  // clause; its subject is what follows it, not the stretch from the sentence's start.
  from = subordinateClauseStart(toks, from, e, toks[v].end <= q.outer.start);
  // "Joel Benenson, whom one insider described as “…”": the object's relative pronoun after the
  // comma opens the clause; its subject follows it. (Not "a question about whom he would call":
  // a preposition's "whom" opens a clause inside a phrase, no cue of the quote's.)
  for (let k = e - 1; k > from && toks[k].text !== ","; k--) {
    if (toks[k].lower !== "whom") continue;
    if (k + 1 < e && toks[k - 1].text === ",") from = k + 1;
    break;
  }
  from = contactClauseSubject(toks, from, e, v);
  // "A spokesman for the brand - a firm pitched as “…” - noted that the company offers": a stretch that opens right
  // after the quote with a finite speech verb ("noted that …") is a predicate whose subject stands before the quote.
  if (!toks[from].cap && !toks[from].lower.endsWith("ing") && isCueVerb(toks, from) && toks[from].start >= q.outer.end && /^[\s,;:—–-]*$/.test(q.text.slice(q.outer.end, toks[from].start))) return null;
  // "…, who in 2010 said": the relative pronoun is left to the relative-clause reading.
  if (toks[e - 1].lower === "who" || toks[e - 1].lower === "which") return null;
  // Include a comma right before the verb so an appositive is read as one ("X, the director, said").
  const endTok = toks[e - 1];
  let m = parseSubject(q.text, { start: toks[from].start, end: endTok.end });
  // A fronted adverbial that the reading above takes for the subject or into it, or that hides it:
  // the titled name that ends the stretch (not when the reading starts after the adverbial, "In
  // May, former Gov. Ann Lee said", and keeps the name).
  const titled = titledNameAfterAdverbial(toks, from, e);
  if (titled > from && (!m || m.span.end <= toks[titled + 1].start || m.span.start <= toks[from].start)) {
    from = titled;
    m = parseSubject(q.text, { start: toks[from].start, end: endTok.end });
  }
  return m && progressive && objectAppositive(toks, from, v, m) ? null : m;
}

// Finite verbs and auxiliaries that open a reported clause with no subject of its own after the cue
// ("a project the mayor said is failing": the clause's subject is the noun the relative clause hangs on).
const SUBJECTLESS_CLAUSE_VERBS: ReadonlySet<string> = new Set(["is", "was", "are", "were", "would", "will", "has", "had", "could", "should", "can", "may", "might"]);
const CONTACT_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my"]);
// Words before a determiner inside one noun phrase or a phrase that holds one ("the mayor of the town",
// "an aide to the governor", "all the members", "Lee and the mayor").
const BEFORE_INNER_DETERMINER: ReadonlySet<string> = new Set([
  "of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "as", "near", "outside", "inside", "behind", "among", "across",
  "under", "over", "into", "through", "between", "like", "than", "against", "toward", "towards", "beside", "after", "before", "during",
  "without", "within", "via", "per", "and", "or", "nor", "but", "all", "both", "half", "such", "quite", "what", "whom", "that", "if", "when",
]);

/**
 * "meddling the California congressman said is designed to “…”", "a project the harbour master said
 * is “falling apart”": a relative clause without "that" (the cue's object is the noun before it, the
 * clause after the cue has no subject). Its subject is the noun phrase after that noun, from its
 * determiner. `from` when the cue opens no such clause.
 */
function contactClauseSubject(toks: readonly Tok[], from: number, e: number, v: number): number {
  if (!SUBJECTLESS_CLAUSE_VERBS.has(toks[v + 1]?.lower ?? "") || e - from < 3) return from;
  const nounBefore = (k: number): boolean => {
    const b = toks[k - 1];
    return b.word && !b.cap && !BEFORE_INNER_DETERMINER.has(b.lower) && !CONTACT_DETERMINERS.has(b.lower) && !PASSIVE.has(b.lower) && !BETWEEN.has(b.lower) && !isCueVerb(toks, k - 1);
  };
  let caps = true; // toks k..e-1 are all capitalised words
  for (let k = e - 1; k > from; k--) {
    const t = toks[k];
    if (!t.word) return from;
    if (!t.cap && CONTACT_DETERMINERS.has(t.lower)) return nounBefore(k) ? k : from;
    caps &&= t.cap;
    // "the ones State now says are “…”", "a plan Ann Lee said is": a name right after the noun.
    if (caps && !toks[k - 1].cap && !CONTACT_DETERMINERS.has(toks[k - 1].lower) && nounBefore(k)) return k;
  }
  return from;
}

const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "at", "during", "via", "over", "through"]);
const MEDIUM_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "his", "her", "their", "its", "our"]);

/**
 * "Ann Lee in a statement said", "Trump in his announcement speech called": a phrase of the medium
 * or occasion (a preposition, then at most four words ending in a medium noun) between the subject
 * and its verb is no part of the subject. After a name, or with an indefinite or possessive
 * determiner ("The group in a statement"); "the man in the video" is a description of its own.
 * Where the subject ends (`e` when there is no such phrase).
 */
function beforeMediumPhrase(toks: readonly Tok[], from: number, e: number): number {
  if (e - from < 3 || !MEDIUM_NOUNS.has(toks[e - 1].lower)) return e;
  for (let k = e - 2; k > from && e - k <= 6; k--) {
    const t = toks[k];
    if (!t.word) return e;
    if (!MEDIUM_PREPOSITIONS.has(t.lower)) continue;
    const before = toks[k - 1];
    return (before.cap && before.word) || before.text === ")" || MEDIUM_DETERMINERS.has(toks[k + 1].lower) ? k : e;
  }
  return e;
}

/**
 * A source span as extraction gives it for reported speech ("Jeb Bush in a Medium post" of "Jeb Bush
 * in a Medium post said he would …") without the medium phrase at its end (beforeMediumPhrase);
 * the span as it was when it ends in no medium noun (the cheap test, for most spans).
 */
export function withoutMediumPhrase(text: string, span: Span): Span {
  let e = span.end;
  while (e > span.start && !isWordCode(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > span.start && isWordCode(text.charCodeAt(b - 1))) b--;
  if (!MEDIUM_NOUNS.has(text.slice(b, e).toLowerCase())) return span;
  const toks = tokenize(text, span);
  const cut = beforeMediumPhrase(toks, 0, toks.length);
  return cut < toks.length && cut > 0 ? { start: span.start, end: toks[cut - 1].end } : span;
}
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const ADDRESSEE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "the"]);

/**
 * "Lee’s fundraising email to his supporters notes": a document noun and the ones it is sent to
 * ("to his supporters", "to the board") before the verb; the subject ends at the document.
 */
function beforeAddressees(toks: readonly Tok[], from: number, e: number): number {
  for (let k = e - 2; k > from + 1 && e - k <= 3; k--) {
    if (toks[k].lower !== "to") continue;
    return DOCUMENT_NOUNS.has(toks[k - 1].lower) && ADDRESSEE_DETERMINERS.has(toks[k + 1].lower) ? k : e;
  }
  return e;
}

// Participles of perception that a passive puts before a speaking participle ("can be heard saying").
const PERCEIVED: ReadonlySet<string> = new Set(["heard", "seen", "filmed", "recorded", "caught", "shown"]);

// Words that open a fronted adverbial of time or place ("Tuesday at …", "At a rally in …").
const ADVERBIAL_LEADS: ReadonlySet<string> = new Set([...WEEKDAYS, "today", "tonight", "yesterday", "earlier", "later", "at", "in", "on", "after", "during", "speaking"]);
// Words after which a titled name is part of a longer subject ("the wife of Sen. Lee", "Lee and Gov. Ray").
const NAME_JOINERS: ReadonlySet<string> = new Set(["of", "and", "or", "&", "nor", "'s", "’s"]);

/**
 * "Tuesday at Wallace College in Dayton, OH, after winning the primary, Gov. Ann Lee (R-OH), said",
 * "Saturday at the state party convention Sen. Ann Lee (D-MA) said": a fronted adverbial of time or
 * place runs into a titled name that ends the stretch before the verb (a bracketed affiliation and a
 * comma may follow it). The adverbial's places are no subject: the titled name starts it. Else `from`.
 */
function titledNameAfterAdverbial(toks: readonly Tok[], from: number, e: number): number {
  if (e - from < 4 || !toks[from].cap || !ADVERBIAL_LEADS.has(toks[from].lower)) return from;
  let k = e - 1;
  if (toks[k].text === ",") k--;
  if (k > from && toks[k].text === ")") {
    let open = k - 1;
    while (open > from && k - open <= 6 && toks[open].text !== "(") open--;
    if (toks[open].text !== "(") return from;
    k = open - 1;
  }
  // One to four capitalised name words, then a capitalised title ("Gov.", "Sen.", "President").
  let names = 0;
  while (k > from && names < 4 && toks[k].cap && toks[k].word && !TITLES.has(toks[k].lower)) {
    k--;
    names++;
  }
  if (names === 0 || k <= from || !toks[k].cap || !TITLES.has(toks[k].lower) || NAME_JOINERS.has(toks[k - 1].lower)) return from;
  // "At a rally on Tuesday, Sen. Ann Lee endorsed Gov. Tom Reyes, saying": a verb before the titled
  // name makes it an object, not the subject after an adverbial.
  for (let j = from; j < k; j++) if (!toks[j].cap && (isFiniteVerbLike(toks[j]) || isCueVerb(toks, j))) return from;
  return roleStart(toks, from, k);
}

/**
 * "…, Republican vice-presidential nominee Gov. Ann Lee", "…, House Speaker Tom Reyes": the role words
 * right before a title belong to the name — capitalised words (not an organisation's noun, "College"),
 * person nouns ("nominee") and the modifiers before a person noun. Where they start (`k` when none).
 */
function roleStart(toks: readonly Tok[], from: number, k: number): number {
  let j = k;
  let person = false; // a person noun stands after the words taken so far
  // An office written out ("Speaker", "Leader") takes its body's capitals ("House Speaker"); an
  // abbreviated title ("Gov.") does not ("Harbor College Gov. Ann Lee" is a place, then the name).
  let body = !toks[k].text.endsWith(".");
  while (j - 1 > from) {
    const t = toks[j - 1];
    if (!t.word) break;
    if (t.cap) {
      // (A long word in capitals is a heading's: "… DEADLY EXPLOSION Turkish President Ann Lee".)
      if (ADVERBIAL_LEADS.has(t.lower) || (ORG_WORDS.has(t.lower) && !body) || (t.text.length >= 6 && t.text === t.text.toUpperCase())) break;
    } else {
      body = false;
      if (!PERSON_NOUNS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower) && !(person && isModifierLike(t.lower) && !NP_GLUE.has(t.lower) && !DETERMINER_WORDS.has(t.lower))) break;
    }
    if (PERSON_NOUNS.has(t.lower)) person = true;
    j--;
  }
  return j;
}
// Words that stand before a title as part of the role ("former Gov.", "state Sen.").
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(["former", "then", "acting", "late", "retired", "outgoing", "incoming", "state", "fellow", "longtime"]);

/** Subordinators that open a clause with a subject of its own ("after Lee told", "because the mayor said"). */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "because", "although", "though", "until", "when", "while", "since", "once", "whereas", "unless"]);

/**
 * Where the subject before a verb starts (the verb's at `e`): after the last subordinator between `from` and
 * `e` that a lower-case word stands before and only words follow (at most eight back); else `from`.
 * `beforeQuote`: the verb stands before the quote (its window is the one before the opening mark).
 */
function subordinateClauseStart(toks: readonly Tok[], from: number, e: number, beforeQuote: boolean): number {
  // ("Ann Lee, who spoke after the vote, said": a comma before the verb closes an aside; its words are no
  // subject. The subordinator is looked for before the aside: "when Ann Lee, in her speech, called".)
  if (!toks[e - 1].word) {
    if (toks[e - 1].text !== ",") return from;
    let open = e - 2;
    while (open > from && e - open <= 10 && toks[open].text !== ",") open--;
    if (open <= from || toks[open].text !== "," || !toks[open - 1].word) return from;
    // ("a woman in Oakdale, Maine, told him": a state after a place's comma completes the place; no aside.)
    if (isState(textsBetween(toks, open + 1, e - 1))) return from;
    e = open;
  }
  for (let c = e - 2; c > from && e - c <= 8; c--) {
    const t = toks[c];
    if (!t.word) return from;
    // (A clause's subject follows it, a name, a pronoun or a determiner: "since 2010 and most recently said" is a preposition's.)
    const next = toks[c + 1];
    const subject = (next.cap && !/^\d/.test(next.text)) || SUBJECT_PRONOUNS.has(next.lower) || DETERMINER_WORDS.has(next.lower);
    if (CLAUSE_SUBORDINATORS.has(t.lower) && !t.cap && toks[c - 1].word && !toks[c - 1].cap && subject) return c + 1;
    // "…, at which point the crowd chanted “…”", "by which time the mayor had said": a preposition's
    // "which" (and the noun of time it may take) opens a relative clause with its own subject; the
    // sentence's subject before it did not say the words.
    // (Only before the quote: "a video of Lee on “Meet the Press,” in which Lee called …" names a
    // show, and the clause after it is about something else.)
    if (beforeQuote && t.lower === "which" && PREPOSITIONS_BEFORE_WHICH.has(toks[c - 1].lower)) {
      const s = WHICH_TIME_NOUNS.has(next.lower) ? c + 2 : c + 1;
      const first = toks[s];
      if (s < e && first.word && ((first.cap && !/^\d/.test(first.text)) || SUBJECT_PRONOUNS.has(first.lower) || DETERMINER_WORDS.has(first.lower))) return s;
    }
  }
  return from;
}
// Prepositions before a relative "which" that opens a clause of its own ("at which point", "after which").
const PREPOSITIONS_BEFORE_WHICH: ReadonlySet<string> = new Set(["at", "by", "after", "during", "in", "upon", "on"]);
// Nouns of time or occasion a preposition's "which" takes before the clause's subject ("at which point").
const WHICH_TIME_NOUNS: ReadonlySet<string> = new Set(["point", "time", "moment", "stage", "case", "juncture"]);

/**
 * "Lee attacked the mayor, Ann Ruiz, saying “…”": a name set off by commas after a clause that
 * already has its verb is the object's appositive, not the participle's subject (which is the
 * clause's own, further back).
 */
function objectAppositive(toks: readonly Tok[], from: number, v: number, m: Mention): boolean {
  // The participle is set off by a comma ("…, recently telling"), not an absolute phrase ("Lee saying").
  let p = v - 1;
  while (p > from && !toks[p].cap && (BETWEEN.has(toks[p].lower) || isLyAdverb(toks[p].lower))) p--;
  if (toks[p].text !== "," || m.whole.end > toks[p].start) return false;
  // The name stands after the clause's first comma, and a verb before that comma gives the clause its predicate.
  let first = from;
  while (first < p && toks[first].text !== ",") first++;
  if (first >= p || toks[first].end > m.whole.start) return false;
  for (let k = from + 1; k < first; k++) if (isVerbAt(toks, k) || isFiniteVerbLike(toks[k]) || isCueVerb(toks, k)) return true;
  return false;
}

const INNER_STOPS: ReadonlySet<string> = new Set(["who", "which", "whom", "whose", "what"]);

/**
 * "Obama said he expected that Americans will say “no”", "Coit said the candidate sees it as a chance
 * to contrast what Democrats offer with “…”", "Lee declared in a heated argument that any new deal
 * would demand “…”": when the subject `m` of the cue at `v` is not a pronoun and stands inside the
 * complement of an earlier speech verb of the same clause (no stop, colon, semicolon, coordinator,
 * clause opener or relative pronoun between them, and no comma right before it), the words are that
 * verb's subject's report. Null when there is no such verb or its subject cannot speak.
 */
export function outerReporter(q: QuoteContext, toks: readonly Tok[], v: number, m: Mention): { mention: Mention; verb: number } | null {
  // "Law enforcement sources have said he said “…”": a singular "he" or "she" under a plural
  // reporter is someone else, whose words the reporter passes on; other pronouns may be the reporter.
  const lone = m.kind === "pronoun" && (m.whole.end - m.whole.start <= 3) && /^(?:he|she)$/i.test(q.text.slice(m.whole.start, m.whole.end));
  if (m.kind === "pronoun" && !lone) return null;
  let s = 0;
  while (s < v && toks[s].end <= m.whole.start) s++;
  if (s < 2 || s >= v) return null;
  // "what it called": a pronoun written for the sentence's subject is that subject's own cue.
  if (!lone && PRONOUNS.has(toks[s].lower)) return null;
  for (let k = s; k < v; k++) if (INNER_STOPS.has(toks[k].lower)) return null;
  const prev = toks[s - 1];
  // "reminds me of Lincoln saying “…”", "a video of Ann Lee saying “…”": the name and its participle are an
  // object, the words the name's (gerundSubject), not passed on by the sentence's speaker.
  if (/ing$/.test(toks[v].lower) && GERUND_SUBJECT_LEADS.has(prev.lower)) return null;
  if (prev.text === "," || prev.text === "(" || prev.lower === "with" || COORDINATORS.has(prev.lower) || CLAUSE_OPENERS.has(prev.lower) && prev.lower !== "that") return null;
  for (let u = s - 1; u >= 1; u--) {
    const t = toks[u];
    if (SENTENCE_END.has(t.text) || DASHES.has(t.text) || t.text === ";" || t.text === ":" || INNER_STOPS.has(t.lower)) return null;
    if (t.text === "," && CLAUSE_JOINERS.has(toks[u + 1].lower)) return null;
    if (!isCueVerb(toks, u) || /ing$/.test(t.lower) || inClosedAside(toks, u)) continue;
    const o = speakerOfClauseBefore(q, toks, u) ?? subjectBeforeVerb(q, toks, 0, u) ?? localSubject(q, toks, u);
    if (!o || !canSpeak(q, o) || (lone && (!o.plural || o.kind === "pronoun"))) return null;
    // "Republicans who agree that …": a relative clause's verb reports nothing the main clause says,
    // and "When Lee noted that Ortiz had …" opens an adverbial clause before the main one.
    if (INNER_STOPS.has(toks[u - 1].lower)) return null;
    let k = 0;
    while (k < u && toks[k].end <= o.whole.start) k++;
    for (k--; k >= 0 && toks[k].text !== ","; k--) if (k === 0 && CLAUSE_OPENERS.has(toks[k].lower) && toks[k].lower !== "that") return null;
    return { mention: o, verb: u };
  }
  return null;
}

/**
 * The speaker and speech verb that introduce the quote (X said, “…”; Said X, “…”), with the verb's
 * index in the before-window; null when there are none. The last quote's answer is kept: two rows
 * ask for it in a row.
 */
type Adjacent = { m: Mention; v: number; cue: Span; clause: Span };
let adjacentOf: QuoteContext | null = null;
let adjacentHit: Adjacent | null = null;
/**
 * "who once called the plan “…”", "Lee once described it as “…”": "once" with only auxiliaries and
 * adverbs between it and the verb at `v` is the adverb (at one time), which opens no clause; the
 * conjunction has a subject of its own after it ("once the vote is in, Lee said").
 */
function adverbOnce(toks: readonly Tok[], b: number, v: number): boolean {
  if (toks[b].lower !== "once") return false;
  for (let k = b + 1; k < v; k++) if (!BETWEEN.has(toks[k].lower) && !PASSIVE.has(toks[k].lower) && !isLyAdverb(toks[k].lower)) return false;
  return true;
}

export function adjacentSource(q: QuoteContext): Adjacent | null {
  if (q !== adjacentOf) {
    adjacentHit = adjacentSourceOf(q);
    adjacentOf = q;
  }
  return adjacentHit;
}

// Verbs that, set off by commas, vouch for the clause around them ("…, says Ada Lind, …").
const ASIDE_VERBS: ReadonlySet<string> = new Set(["said", "says", "added", "adds", "noted", "notes", "argued", "argues", "explained", "explains", "wrote", "writes"]);

/**
 * "The trouble with the pier, says Ada Lind, a historian, is that it was “…”": a speech verb of
 * ASIDE_VERBS after a comma, with its speaker after it up to the last comma before the quote,
 * inside a clause that goes on after that comma in lower case with no cue verb of its own. The
 * speaker vouches for the clause that holds the quote; null when the verb is no such aside.
 */
export function parentheticalSpeaker(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  // The speaker follows the verb at once: a capital or a determiner ("said that online …" reports a clause).
  const first = toks[v + 1];
  if (v < 2 || toks[v - 1].text !== "," || !ASIDE_VERBS.has(toks[v].lower) || !first?.word || !(first.cap || (DETERMINER_WORDS.has(first.lower) && first.lower !== "that"))) return null;
  let c = toks.length - 1;
  while (c > v + 1 && toks[c].text !== ",") c--;
  if (c <= v + 1 || c + 1 >= toks.length || !toks[c + 1].word || toks[c + 1].cap || hasCueVerbFrom(toks, c + 1)) return null;
  const src = parseInvertedSource(q.text, { start: toks[v + 1].start, end: toks[c - 1].end });
  return src && src.kind !== "pronoun" && canSpeak(q, src) ? src : null;
}

function adjacentSourceOf(q: QuoteContext): Adjacent | null {
  const toks = beforeWindow(q);
  if (toks.length < 2) return null;
  // "Said Ann Lee, who grew up there, “…”", "But, said Lee, “…”": the verb opens the sentence
  // (after a conjunction at most) and its speaker, however long, runs to the closing comma or colon.
  let lead = 0;
  const n = toks.length;
  if (OPENING_CONJUNCTIONS.has(toks[0].lower)) lead = toks[1].text === "," ? 2 : 1;
  else if (n >= 5) {
    // "In other words, explained Ann Lee: “…”": an opening adverbial and its comma before the verb.
    const c = toks.findIndex((t) => t.text === ",");
    if (c >= 1 && c + 1 < n && !toks[c + 1].cap && !hasCueVerbFrom(toks.slice(0, c), 0)) lead = c + 1;
  }
  if (n >= lead + 3 && /^[:,]$/.test(toks[n - 1].text) && toks[0].cap && isCueVerb(toks, lead) && !/ing$/.test(toks[lead].lower) && toks[lead].lower !== "asked" && !hasCueVerbFrom(toks, lead + 1)) {
    const src = parseInvertedSource(q.text, { start: toks[lead + 1].start, end: toks[n - 2].end });
    // The source must fill the clause up to the comma or colon before the quote.
    if (src && src.whole.end === toks[n - 2].end) return { m: src, v: lead, cue: spanOf(toks[lead], toks[lead]), clause: { start: toks[lead].start, end: q.outer.start } };
  }
  // The verb's object and adverbials may follow it ("told him:", "said on Monday,").
  let lo = toks.length - 9;
  for (let v = toks.length - 1; v >= 0 && v >= lo; v--) {
    // "who told Congress when asked last month about the inquiry: “…”": a reduced "when asked"
    // clause between the verb and the quote; the verb may stand a few words before it.
    if (v >= 1 && toks[v].lower === "asked" && REDUCED_ASKED_LEADS.has(toks[v - 1].lower)) lo = Math.min(lo, v - 5);
    // "Lee said, but as Reyes went on about “…”": the phrase nearer the quote is its cue (the
    // speech-verb-in-sentence row reads it), not a verb of the clause before.
    if (goingOnAbout(toks, v) >= 0) return null;
    if (!isCueVerb(toks, v) || inClosedAside(toks, v)) continue;
    // (Read in place: a slice mapped to its texts came out of optimised code as another kind of array than
    // before, and the test on it threw this function's optimised code away once a run.)
    let marked = false;
    for (let k = v + 1; k < toks.length && !marked; k++) marked = toks[k].text === "." || toks[k].text === "“" || toks[k].text === '"';
    if (marked) return null;
    // "Said Ellis: “…”", "Added the mayor, “…”": the verb opens the sentence, its speaker follows.
    if (v === 0 && toks[0].cap && toks.length >= 3 && /^[:,]$/.test(toks[toks.length - 1].text)) {
      const src = parseInvertedSource(q.text, { start: toks[1].start, end: toks[toks.length - 2].end });
      if (src) return { m: src, v: 0, cue: spanOf(toks[0], toks[0]), clause: { start: toks[0].start, end: q.outer.start } };
    }
    // "It was three years ago that Ann Lee, who …, said": when the words from the sentence's start
    // are no subject, the clause after the last "that" may hold it.
    const m = parentheticalSpeaker(q, toks, v) ?? withSubject(q, toks, v) ?? gerundSubject(q, toks, v) ?? speakerOfClauseBefore(q, toks, v) ?? subjectBeforeVerb(q, toks, 0, v) ?? relativeSubjectOf(q, toks, v) ?? subjectAfterThat(q, toks, v) ?? localSubject(q, toks, v) ?? subjectAfterWhat(q, toks, v) ?? leadingSubject(q, toks, v);
    if (!m) return null;
    return { m, v, cue: cueExtent(toks, v), clause: { start: toks[v].start, end: q.outer.start } };
  }
  return null;
}

/**
 * The texts of toks[a..b) joined by single spaces. A loop, not a slice mapped and joined: .map's
 * array from optimised code is another kind than before, and the join on it threw its caller's
 * optimised code away once a run.
 */
function textsBetween(toks: readonly Tok[], a: number, b: number): string {
  let out = "";
  for (let k = a; k < b; k++) out += k > a ? " " + toks[k].text : toks[k].text;
  return out;
}

/**
 * "… led to what aide Ann Lee called “…”", "what the mayor described as “…”": a fused relative
 * "what" has its own subject between it and the verb (the sentence's subject is someone else's).
 * Pronouns ("what he called") are localSubject's; "what is called" has none.
 */
export function subjectAfterWhat(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  for (let c = v - 1; c >= 0 && c >= v - 8; c--) {
    if (toks[c].lower !== "what") continue;
    // "what some (wrongly) call “…”": a bare quantifier says the words are in common use, not whose they are.
    if (c + 1 < v && VAGUE_SOURCES.has(toks[c + 1].lower) && toks.slice(c + 2, v).every((t) => isLyAdverb(t.lower))) return null;
    return c + 1 < v ? subjectBeforeVerb(q, toks, c + 1, v) : null;
  }
  return null;
}
const VAGUE_SOURCES: ReadonlySet<string> = new Set(["some", "many", "most", "others", "few", "people"]);

/** The subject between the last "that" before the verb at v and the verb, or null. */
function subjectAfterThat(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  let c = v - 1;
  while (c > 0 && toks[c].lower !== "that") c--;
  return c > 0 && c + 1 < v ? subjectBeforeVerb(q, toks, c + 1, v) : null;
}

// Plurals in -ers/-ors that name things, not people ("members" and "monitors" are PERSON_NOUNS, tested first).
const NOT_AGENTS: ReadonlySet<string> = new Set([
  "numbers", "papers", "letters", "orders", "matters", "powers", "waters", "borders", "quarters", "headquarters",
  "centers", "chambers", "barriers", "offers", "layers", "others", "corners", "towers", "filters",
  "computers", "factors", "sectors", "errors", "colors", "colours", "doors", "floors", "mirrors", "corridors",
  "motors", "tractors", "vectors", "terrors", "horrors", "favors", "favours", "honors", "honours",
  "rumors", "rumours", "flavors", "tremors", "meters", "liters", "litres", "markers", "posters", "banners",
  "stickers", "flyers", "fliers", "mailers", "trailers", "headers", "chapters", "characters", "registers",
]);

// Local governments that news lets speak by their place noun ("The town released a statement saying
// …", "the city said"): a body, like an organisation noun.
const LOCAL_GOVERNMENTS: ReadonlySet<string> = new Set(["city", "town", "county", "village", "township", "borough"]);

/**
 * A subject that can be the source of words: a personal pronoun, or a phrase whose head word is a
 * name, a person noun or an organisation noun ("the timing of the surge", "the final results",
 * "it" are not).
 */
export function canSpeak(q: QuoteContext, m: Mention): boolean {
  const toks = tokenize(q.text, m.span).filter((t) => t.word);
  if (toks.length === 0) return false;
  const head = toks[toks.length - 1];
  if (m.kind === "pronoun") return ["he", "she", "they", "we", "i"].includes(head.lower);
  // "Les élections approchent.": a capitalised article of another language opens a noun phrase, no name.
  if (toks.length === 1 && isOpeningArticle(q.text, head)) return false;
  // "When someone shouted, “…”": an indefinite pronoun that opens the phrase is a person.
  if (m.kind === "description" && INDEFINITE_PERSONS.has(toks[0].lower)) return true;
  // "Both oppose …", "Another featured …": a determiner that stands alone for people named before.
  if (toks.length === 1 && STANDALONE_DETERMINERS.has(head.lower)) return true;
  if (PERSON_NOUNS.has(head.lower) || ORG_WORDS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || GATHERINGS.has(head.lower) || (LOCAL_GOVERNMENTS.has(head.lower) && toks.length === 2 && toks[0].lower === "the")) return true;
  // A title as the head of a description ("the justice", "the pope") is a person.
  if (!head.cap && TITLES.has(head.lower) && toks.length > 1) return true;
  // A plural agent noun the lexicon does not list ("questioners", "demonstrators", "marchers").
  if (!head.cap && toks.length > 1 && /(?:ers|ors|ists|ians)$/.test(head.lower) && !NOT_AGENTS.has(head.lower)) return true;
  // A capitalised head that is not just the sentence's first word ("The", "This", "Media"). (A
  // surname after its particle, "Anwar al-Awlaki", "el-Sisi", is capitalised after the hyphen.)
  const capital = head.cap || (m.kind === "name" && /^(?:al|el)-\p{Lu}/u.test(head.text));
  return capital && !NOT_NAMES.has(head.lower) && (toks.length > 1 || m.kind === "name");
}

/**
 * "…, Spicer said, adding, “…”": a participle right after a speech clause takes that clause's
 * speaker, not the sentence's first subject.
 */
export function speakerOfClauseBefore(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  if (!/ing$/.test(toks[v].lower) || v < 3 || toks[v - 1].text !== ",") return null;
  let s = v - 2;
  while (s > 0 && toks[s - 1].text !== "," && toks[s - 1].text !== ";") s--;
  for (let k = v - 2; k >= s; k--) {
    // "… where about 50 protesters had gathered, chanting “…”", "Lee asks as a guard walks past,
    // saying “…”": an adverbial or relative clause with its own subject and verb right before the
    // participle gives it that subject.
    if (SUBORDINATORS.has(toks[k].lower)) {
      const m = clauseSubjectAfter(q, toks, k + 1, v - 1);
      if (m) return m;
      break;
    }
    if (!isCueVerb(toks, k) || /ing$/.test(toks[k].lower)) continue;
    // "“…,” said Rep. Ann Lee at the time, adding that “…”": the verb opens its clause and its
    // speaker follows it.
    const m = k === s ? (k + 1 < v - 1 ? parseInvertedSource(q.text, spanOf(toks[k + 1], toks[v - 2])) : null) : subjectBeforeVerb(q, toks, s, k);
    return m && (m.kind === "name" || m.kind === "pronoun") ? m : null;
  }
  return pronounClauseBefore(q, toks, s, v - 1);
}

/**
 * "…, though last week he used stronger language, saying “…”", "…, even as he defended the plan,
 * saying “…”": a personal pronoun with a finite verb after it that opens the clause right before
 * the participle (after adverbials, or "as", "while", "though" at most) is the participle's
 * subject, not a noun phrase further back. Not when a verb comes first ("Lee apologized after they
 * came out, saying": the main clause's subject) or a relative or other opener stands before it
 * ("with whom he clashed", "for what he has done", "that he was").
 */
function pronounClauseBefore(q: QuoteContext, toks: readonly Tok[], from: number, to: number): Mention | null {
  for (let j = from; j < to - 1; j++) {
    const t = toks[j];
    if (isFiniteVerbLike(t) || isCueVerb(toks, j) || PRONOUN_CLAUSE_STOPS.has(t.lower)) return null;
    if (!SUBJECT_PRONOUNS.has(t.lower)) continue;
    let k = j + 1;
    while (k < to && (BETWEEN.has(toks[k].lower) || isLyAdverb(toks[k].lower))) k++;
    return k < to && isFiniteVerbLike(toks[k]) && !isCueVerb(toks, k) ? parseSubject(q.text, spanOf(t, t)) : null;
  }
  return null;
}
// Words before a pronoun that put it in a clause other than the one the participle goes with.
const PRONOUN_CLAUSE_STOPS: ReadonlySet<string> = new Set(["who", "whom", "whose", "which", "what", "that", "after", "when", "because", "before", "since", "until", "if", "unless", "once", "whether", "and", "but", "or", "than"]);

// (Not "after", "when" or "because": "X changed her story, after her statement was shown false,
// stating …" keeps the main clause's speaker.)
const SUBORDINATORS: ReadonlySet<string> = new Set(["where", "as", "while"]);

/** The subject of the clause in toks[from, to) when it has a subject, then a finite verb; one that can speak. */
function clauseSubjectAfter(q: QuoteContext, toks: readonly Tok[], from: number, to: number): Mention | null {
  for (let j = from + 1; j < to; j++) {
    // (A present form in -s only after a singular noun: "a guard walks", not "50 protesters".)
    const present = /[^s]s$/.test(toks[j].lower) && /^[a-z]+[^s]$/.test(toks[j - 1].lower) && !DETERMINER_WORDS.has(toks[j - 1].lower);
    if (!isVerbAt(toks, j) && !PASSIVE.has(toks[j].lower) && !BETWEEN.has(toks[j].lower) && !present) continue;
    const m = subjectBeforeVerb(q, toks, from, j);
    // (People only: a document or an organisation there is the scene, not the one chanting.)
    if (!m || m.kind === "pronoun" || m.kind === "organisation" || !canSpeak(q, m)) return null;
    return DOCUMENT_NOUNS.has(q.text.slice(m.span.start, m.span.end).split(/\s+/).pop()!.toLowerCase()) ? null : m;
  }
  return null;
}

/**
 * The subject of a finite cue verb inside a later clause ("the crowd booed when he told them …",
 * "…, and Lee said"): the words from the nearest clause opener or comma to the verb. A participle
 * ("…, saying") has no subject of its own and is left to the main clause.
 */
// Verbs that take a participle as their complement ("he keeps talking about “…”").
// Catenatives that go on with an act ("kept asking", "continued saying").
const KEEP_ON: ReadonlySet<string> = new Set(["keep", "keeps", "kept", "keeping", "continued", "continues", "continue"]);
const CATENATIVES: ReadonlySet<string> = new Set(["keep", "keeps", "kept", "keeping", "began", "begins", "begin", "started", "starts", "start", "stopped", "continued", "continues", "quit"]);

export function localSubject(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  // "saying" alone is a participle; "is saying" is a finite progressive with its own subject, and
  // so is "keeps saying", "began talking" (the finite verb before it has the subject).
  const progressive = /ing$/.test(toks[v].lower) && v > 0 && (PASSIVE.has(toks[v - 1].lower) || CATENATIVES.has(toks[v - 1].lower));
  const participle = /ing$/.test(toks[v].lower) && !progressive;
  // A personal pronoun right before the verb is its subject ("… at 7 p.m. He says").
  let p = v - 1;
  while (p >= 0 && (BETWEEN.has(toks[p].lower) || (progressive && (PASSIVE.has(toks[p].lower) || CATENATIVES.has(toks[p].lower))))) p--;
  // "what it calls “…”", "At the bottom it reads": "it" right before a finite cue is an
  // organisation or a document speaking.
  if (!participle && p >= 0 && (SUBJECT_PRONOUNS.has(toks[p].lower) || toks[p].lower === "it")) {
    const pron = parseSubject(q.text, spanOf(toks[p], toks[p]));
    // "The Security Council … pledged sanctions against what it called “…”": "it" is the
    // sentence's organisation subject, written "it".
    if (toks[p].lower === "it" && p > 0) {
      const lead = leadingSubject(q, toks, p);
      if (lead && lead.kind === "organisation") return remadeMention(lead, { role: null, whole: spanOf(toks[p], toks[p]) });
    }
    return pron;
  }
  // "In a Bloomberg interview Trump declared": a name right before the verb, after a lower-case
  // word that ends an opening adverbial written without its comma.
  if (!participle && p >= 1 && toks[p].cap) {
    let n = p;
    while (n > 0 && toks[n - 1].cap && toks[n - 1].word) n--;
    const before = toks[n - 1];
    if (n > 0 && before.word && !before.cap && !DETERMINER_WORDS.has(before.lower) && !NP_GLUE.has(before.lower) && !PERSON_NOUNS.has(before.lower) && !TITLES.has(before.lower) && !ORG_WORDS.has(before.lower) && isModifierLike(before.lower)) {
      const m = parseSubject(q.text, spanOf(toks[n], toks[p]));
      if (m && m.kind === "name") return m;
    }
  }
  // "T-shirts appeared … that said “…”": "that" between a noun and a finite cue that the quote
  // follows at once is a relative pronoun, the source as written ("a letter that says he has “…”"
  // is the writer's report of the letter).
  if (!participle && v >= 2 && toks[v - 1].lower === "that" && !hasWordAfter(toks, v) && toks[v - 2].word && !toks[v - 2].cap && !isCueVerb(toks, v - 2) && !BETWEEN.has(toks[v - 2].lower) && !PASSIVE.has(toks[v - 2].lower) && !CLAUSE_OPENERS.has(toks[v - 2].lower) && !PRONOUNS.has(toks[v - 2].lower)) {
    const r = relativeSource(q, toks, v - 1);
    if (r) return r;
  }
  let b = v - 1;
  while (b >= 0 && v - b <= 8 && toks[b].text !== "," && toks[b].text !== ";" && toks[b].lower !== "with" && !(CLAUSE_OPENERS.has(toks[b].lower) && !adverbOnce(toks, b, v)) && !RELATIVE_SOURCE.has(toks[b].lower)) b--;
  if (b >= 0 && v - b <= 8 && RELATIVE_SOURCE.has(toks[b].lower) && !participle) {
    // "Bannon, who Lee called …": a subject of its own after the pronoun makes it the object.
    let k = b + 1;
    while (k < v && toks[k].cap) k++;
    const own = k > b + 1 ? parseSubject(q.text, spanOf(toks[b + 1], toks[k - 1])) : b + 1 < v ? subjectBeforeVerb(q, toks, b + 1, v) : null;
    if (own && (own.kind === "name" || own.kind === "pronoun")) return own;
    return relativeSource(q, toks, b);
  }
  if (b < 0 || v - b > 8 || b + 1 >= v) return null;
  // "…, with Sen. Ann Lee calling it “…”": a participle has its own subject only after "with".
  if (participle && toks[b].lower !== "with") return null;
  return subjectBeforeVerb(q, toks, b + 1, v);
}

/**
 * The relative pronoun at `pronoun` ("the Huffington Post, which originally said it would …") as the
 * source of reported speech: the pronoun as written, its antecedent (read from `from` on) the speaker.
 * ("The ruling went against Bo Diaz, who said …": a verb phrase no stop word ends runs into the
 * antecedent's stretch, so the name right before the comma is tried too, as for a direct quote's.)
 */
export function relativePronounSource(text: string, from: number, pronoun: Span): Mention | null {
  const toks = tokenize(text, { start: from, end: pronoun.end });
  const r = toks.length - 1;
  if (r < 1 || toks[r].start !== pronoun.start || !RELATIVE_SOURCE.has(toks[r].lower)) return null;
  const q = { text };
  return relativeSource(q, toks, r, toks[r].lower === "who") ?? nameBeforeRelative(q, toks, r);
}
// Prepositions that put a person in a place ("a doctor from Englewood", "a nurse in Dayton").
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "from", "in"]);
/** A state, country or large city named as written ("Boston", "New Hampshire", "Iran"). */
const knownPlace = (written: string): boolean => isPlaceName(written) || isCityName(written) || isCountryName(written);
// Prepositions before the body a person works at or speaks for ("an analyst at Drummonds", "a spokesman for Oakdale Power").
const WORKS_AT: ReadonlySet<string> = new Set(["at", "for", "with"]);
// Prepositions that put a person somewhere ("the man on the bus", "a woman at the gate").
const LOCATIVES: ReadonlySet<string> = new Set(["on", "at", "in", "near", "outside", "inside", "behind", "aboard", "of", "from", "for"]);
/** Tokens s..e are a lower-case noun phrase whose head is no person ("the bus", "the council", "the crowd"). */
function isPlainThing(toks: readonly Tok[], s: number, e: number): boolean {
  for (let k = s; k <= e; k++) if (!toks[k].word || toks[k].cap) return false;
  const head = toks[e].lower;
  return !PERSON_NOUNS.has(head);
}
const NP_STOP = new Set([",", ";", ":", "(", ")", ...DASHES, "of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "that", "as",
  // ("“…,” said Ann Lee, a nurse, who …": the verb before an inverted source is no part of it.)
  "said", "says"]);

/**
 * "Graham contrasted that with Clinton, who is looking to bring “…”", "Lee praised Ann Ruiz, who has
 * vowed to fight because of the board’s “…”": the quote stands inside a relative clause whose
 * pronoun is its subject (auxiliaries and adverbs, then a verb, right after it), and no comma, dash,
 * colon or semicolon closes that clause before the quote. The pronoun is the source as written,
 * its antecedent (a name or an organisation) the speaker (see relativeSource); null otherwise.
 */
export function relativeClauseSource(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  for (let b = toks.length - 1; b >= 1; b--) {
    const t = toks[b];
    if (t.text === "," || t.text === ";" || t.text === ":" || DASHES.has(t.text) || SENTENCE_END.has(t.text)) return null;
    if (!RELATIVE_SOURCE.has(t.lower)) continue;
    let v = b + 1;
    while (v < toks.length && (BETWEEN.has(toks[v].lower) || isLyAdverb(toks[v].lower))) v++;
    if (v >= toks.length) return null;
    const w = toks[v];
    const verb = PASSIVE.has(w.lower) || /^(?:has|have|had|will|would|can|could|may|might|must|should|did|does)$/.test(w.lower) || isFiniteVerbLike(w) || isCueVerb(toks, v) || (w.word && !w.cap && /[^su]s$/.test(w.lower) && !PERSON_NOUNS.has(w.lower) && !ORG_WORDS.has(w.lower));
    if (!verb) return null;
    const r = relativeSource(q, toks, b) ?? nameBeforeRelative(q, toks, b);
    // A name or an organisation: a description before the pronoun is as often a predicate ("…
    // portrayed him as an executive who would be “…”") as someone who speaks.
    return r && (r.kind === "name" || r.kind === "organisation") && canSpeak(q, r) ? r : null;
  }
  return null;
}

// Prepositions before "which" that open a relative clause with a subject of its own ("an
// interview, in which Lee expressed …", "a rally during which the crowd chanted …").
const WHICH_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during", "at", "on", "through", "with", "after", "before"]);

/**
 * "The candidate herself took to the airwaves during an interview, in which Clinton expressed
 * confidence that it would not be an issue “…”": the quote stands in a relative clause that a
 * preposition and "which" open, with a subject of its own before its verb, and nothing closes that
 * clause before the quote. That subject speaks, not the sentence's; null otherwise.
 */
export function prepositionalRelativeSource(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  for (let b = toks.length - 1; b >= 1; b--) {
    const t = toks[b];
    if (t.text === "," || t.text === ";" || t.text === ":" || DASHES.has(t.text) || SENTENCE_END.has(t.text)) return null;
    if (t.lower !== "which" || !WHICH_PREPOSITIONS.has(toks[b - 1].lower)) continue;
    for (let v = b + 2; v < toks.length && v <= b + 8; v++) {
      if (!isFiniteVerbLike(toks[v]) && !isCueVerb(toks, v)) continue;
      const m = subjectBeforeVerb(q, toks, b + 1, v);
      return m && m.kind !== "pronoun" && canSpeak(q, m) ? m : null;
    }
    return null;
  }
  return null;
}

/**
 * "…, with many marchers and spectators chanting “…”": a participle after "with" and a noun
 * phrase (no punctuation between them) has that noun phrase for its subject, not the sentence's.
 */
export function withSubject(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  if (!/ing$/.test(toks[v].lower)) return null;
  let w = v - 1;
  // (A subject with its "of" phrase: "with the campaign of the former senator from Ohio saying".)
  while (w >= 0 && v - w <= 10 && toks[w].word && toks[w].lower !== "with") w--;
  if (w < 0 || toks[w].lower !== "with" || w + 1 >= v) return null;
  const m = parseSubject(q.text, spanOf(toks[w + 1], toks[v - 1]));
  return m && m.kind !== "pronoun" && canSpeak(q, m) ? m : null;
}

// Words after which a name and a participle read as one phrase whose subject is the name: "a video of
// Ann Lee saying …", "reminds me of Lincoln saying …", "heard Ann Lee telling …".
const GERUND_SUBJECT_LEADS: ReadonlySet<string> = new Set([
  "of", "hear", "heard", "hearing", "see", "saw", "seeing", "watch", "watched", "watching", "remember", "remembers",
  "remembered", "recall", "recalls", "recalled", "show", "shows", "showed", "showing", "featuring", "features", "featured",
]);

// What may stand between such a participle and its quote.
const GERUND_TAIL: ReadonlySet<string> = new Set([",", ":", "that"]);

/**
 * "Trump reminds me of Abraham Lincoln saying that “…”", "a video of Ann Lee saying “…”": a participle right
 * after a name (no comma between them) that follows "of" or a verb of perceiving or showing has that name
 * for its subject, not the sentence's; only when the participle is the quote's cue (nothing but a comma, a
 * colon or "that" after it).
 */
export function gerundSubject(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  if (v < 2 || !toks[v].lower.endsWith("ing") || !toks[v - 1].word || !toks[v - 1].cap) return null;
  // Only the quote's own cue ("saying, “…”", "saying that “…”"): "when she saw Mr. Trump talking about it,
  // all she could do was shout “…”" has a later verb and subject of its own.
  for (let k = v + 1; k < toks.length; k++) if (!GERUND_TAIL.has(toks[k].lower)) return null;
  let n = v - 1;
  while (n > 0 && v - n < 4 && toks[n - 1].word && toks[n - 1].cap) n--;
  if (n === 0 || toks[n - 1].cap || !GERUND_SUBJECT_LEADS.has(toks[n - 1].lower)) return null;
  const m = parseSubject(q.text, spanOf(toks[n], toks[v - 1]));
  return m && m.kind === "name" && canSpeak(q, m) ? m : null;
}

/**
 * "… Attorney General Ann Lee, who told Congress last month: “…”", "… Bram Dee, who responds:
 * “…”": the verb's subject is a relative pronoun (adverbs between them at most); the pronoun is
 * the source as written, its antecedent (a name or an organisation) the speaker.
 */
function relativeSubjectOf(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  let p = v - 1;
  while (p >= 0 && !toks[p].cap && (BETWEEN.has(toks[p].lower) || isLyAdverb(toks[p].lower))) p--;
  if (p < 1 || !RELATIVE_SOURCE.has(toks[p].lower)) return null;
  const r = relativeSource(q, toks, p) ?? nameBeforeRelative(q, toks, p);
  return r && (r.kind === "name" || r.kind === "organisation") && canSpeak(q, r) ? r : null;
}

/** "… praised evangelist Ann Ruiz, who": the name right before the pronoun (its capitals) as its antecedent. */
export function nameBeforeRelative(q: Pick<QuoteContext, "text">, toks: readonly Tok[], b: number): Mention | null {
  let e = b - 1;
  const dash = e >= 0 && DASHES.has(toks[e].text);
  if (e >= 0 && (toks[e].text === "," || dash)) e--;
  let s = e;
  while (s > 0 && toks[s - 1].word && toks[s - 1].cap && e - s < 4) s--;
  if (e < 0 || s > e || !toks[e].cap || (s === 0 && e === 0)) return null;
  // "candidates — like front-runner Ann Lee — who say …": a name inside an aside that dashes set off
  // is an example; the clause after the closing dash is the noun's before the aside.
  if (dash) for (let k = s - 1; k >= 0 && k >= s - 5 && toks[k].text !== ","; k--) if (DASHES.has(toks[k].text)) return null;
  const ante = parseSubject(q.text, spanOf(toks[s], toks[e]));
  if (!ante || ante.kind !== "name") return null;
  return remadeMention(ante, { role: null, whole: { start: toks[b].start, end: toks[b].end } });
}

// Prepositions of a phrase of manner or medium after a name ("Santilli on camera, who", "Lee by
// phone, who").
const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "by", "via", "over"]);

/**
 * "Bundy says to Santilli on camera, who responds: “…”": the words before the relative pronoun are a
 * phrase of manner (a preposition, then up to three lower-case words, no determiner) right after a name, which is the
 * antecedent, not the phrase.
 */
function mannerAfterName(toks: readonly Tok[], s: number, e: number): boolean {
  // (No determiner: "by a message that said" is the agent of a passive; no weekday or other word
  // that is never a name: "replaced Thursday by a message".)
  if (s < 2 || e - s > 2 || !MANNER_PREPOSITIONS.has(toks[s - 1].lower) || !toks[s - 2].cap || !toks[s - 2].word || NOT_NAMES.has(toks[s - 2].lower) || DETERMINER_WORDS.has(toks[s].lower)) return false;
  for (let k = s; k <= e; k++) if (!toks[k].word || toks[k].cap) return false;
  return true;
}

/**
 * "McConnell, the Senate leader, who in 2010 said …", "the police department, which reported
 * …": the relative pronoun is the source as written; its antecedent, the noun phrase before it
 * (a name before its appositive), is the speaker.
 */
export function relativeSource(q: Pick<QuoteContext, "text">, toks: readonly Tok[], r: number, afterPredicate = false): Mention | null {
  let e = r - 1;
  // ("Trump - who said …": a dash sets the relative clause off as a comma does.)
  if (e >= 0 && (toks[e].text === "," || DASHES.has(toks[e].text))) e--;
  const segment = (end: number): [number, number] => {
    let s = end;
    // ("It was Lind who …": a form of "be" before the antecedent ends it too.)
    while (s > 0 && end - s < 8 && !NP_STOP.has(toks[s - 1].lower) && !SENTENCE_END.has(toks[s - 1].text) && !(toks[s - 1].word && !toks[s - 1].cap && PASSIVE.has(toks[s - 1].lower))) s--;
    return [s, end];
  };
  if (e < 0 || !toks[e].word) return null;
  let [s1] = segment(e);
  const allCapFrom = (a: number, b: number): boolean => {
    for (let k = a; k <= b; k++) if (!toks[k].cap) return false;
    return true;
  };
  // "a doctor from Englewood, New Jersey, who": a state or country after a comma completes the
  // place before it, and the noun phrase before "from" (or "in", "of") is the antecedent.
  if (s1 >= 4 && e - s1 < 3 && toks[s1 - 1].text === "," && allCapFrom(s1, e)) {
    const [p0] = segment(s1 - 2);
    if (p0 >= 2 && p0 <= s1 - 2 && allCapFrom(p0, s1 - 2) && PLACE_PREPOSITIONS.has(toks[p0 - 1].lower) && toks[p0 - 2].word) {
      e = p0 - 2;
      [s1] = segment(e);
    }
  }
  // "Nina Ford, 24, from Riverton, who": a place phrase set off by commas after a name (or a name and its
  // age) says where the person is from; "who" is the person's. (Not "came from Ann Lee, who": no comma.)
  if (toks[r]?.lower === "who" && s1 >= 3 && PLACE_PREPOSITIONS.has(toks[s1 - 1].lower) && toks[s1 - 2].text === "," && allCapFrom(s1, e)) {
    let c = s1 - 2;
    if (c >= 3 && /^\d{1,3}$/.test(toks[c - 1].text) && toks[c - 2].text === ",") c -= 2;
    if (toks[c - 1].word && toks[c - 1].cap) [s1] = segment((e = c - 1));
  }
  // "a former aide to the campaign in Boston who": a known place is never "who"; the antecedent is the person
  // noun or name before the phrases of place and body (up to three), or none.
  if (toks[r]?.lower === "who" && s1 >= 2 && LOCATIVES.has(toks[s1 - 1].lower) && knownPlace(q.text.slice(toks[s1].start, toks[e].end))) {
    let found = false;
    for (let n = 0; n < 3 && s1 >= 2 && (LOCATIVES.has(toks[s1 - 1].lower) || WORKS_AT.has(toks[s1 - 1].lower) || toks[s1 - 1].lower === "to") && toks[s1 - 2].word; n++) {
      [s1] = segment((e = s1 - 2));
      if (PERSON_NOUNS.has(toks[e].lower) || (toks[e].cap && !knownPlace(q.text.slice(toks[s1].start, toks[e].end)))) {
        found = true;
        break;
      }
    }
    if (!found) return null;
  }
  // "Sen. Ann Lee of Ohio, who", "the mayor of Oakdale, who", "voters in Oakdale, who": a place
  // after "of", "from" or "in" a name or a person noun ends the antecedent; it is not the antecedent.
  // So does a body after "at", "for" or "with" before "who" ("Ann Lee, a senior analyst at
  // Drummonds, who notes …", "a spokesman for Oakdale Power, who"): where the person works.
  if (s1 >= 2 && (PLACE_PREPOSITIONS.has(toks[s1 - 1].lower) || (toks[r]?.lower === "who" && WORKS_AT.has(toks[s1 - 1].lower))) && toks[s1 - 2].word && (toks[s1 - 2].cap || PERSON_NOUNS.has(toks[s1 - 2].lower))) {
    let allCap = true;
    for (let k = s1; k <= e; k++) if (!toks[k].cap) allCap = false;
    if (allCap) [s1] = segment(s1 - 2);
  }
  // "Ann Lee, Mara Lind and Tom Reyes, who": after a list of names the relative clause is the last name's,
  // not the last two's.
  if (s1 >= 2 && toks[s1 - 1].text === "," && toks[s1 - 2].cap && toks[s1].cap && toks[e].cap) {
    for (let k = e - 1; k > s1; k--) {
      if (toks[k].lower === "and" && toks[k - 1].cap && toks[k + 1].cap) {
        s1 = k + 1;
        break;
      }
    }
  }
  // `afterPredicate` (reported speech by "who"): "…, echoing some commentators who have suggested …", "The
  // mayor praised harbor pilots who said …": the verb whose object the antecedent is stands before it in the
  // same stretch of words; the description starts after it. A participle only opens the stretch or follows a
  // mark ("on “Morning Radio,” echoing ..."; "super PACs supporting candidates, which" keeps it: a modifier of
  // the noun before it); a name after the verb is left to the callers ("praised the preacher Tom Reyes, who");
  // hyphenated words are adjectives ("a flip-flopping politician").
  for (let k = e - 1; afterPredicate && k >= s1; k--) {
    const t = toks[k];
    if (t.cap) break;
    if (!isLeftoverPredicate(t) || t.lower.includes("-") || (/ing$/.test(t.lower) && k > s1 && toks[k - 1].word)) continue;
    s1 = k + 1;
    break;
  }
  // "one Democrat familiar with the discussion, who", "aides close to the mayor who": the phrase after "familiar
  // with" or "close to" is what the person knows or is near; the noun before the adjective is the antecedent.
  if (toks[r]?.lower === "who" && s1 >= 3 && (toks[s1 - 1].lower === "with" || toks[s1 - 1].lower === "to") && /^(?:familiar|close)$/.test(toks[s1 - 2].lower) && toks[s1 - 3].word) [s1] = segment((e = s1 - 3));
  // "tended to support Clinton and those who said": "and those" before a reported "who" opens a phrase of its own,
  // the clause's; "both Democrats and independents who" is one phrase, from "both". (Other lists stay whole:
  // "analysts and activists who said" are both.)
  if (afterPredicate) {
    let both = -1;
    let and = -1;
    for (let k = s1; k < e; k++) {
      if (toks[k].lower === "both" && !toks[k].cap) both = k;
      else if (toks[k].lower === "and" && k > s1 && /^(?:those|these)$/.test(toks[k + 1]?.lower ?? "")) and = k;
    }
    if (both > s1) s1 = both;
    else if (both < 0 && and > s1) s1 = and + 1;
  }
  // "Santilli on camera, who": the name before a phrase of manner (NP_STOP ends the segment at its preposition).
  if (mannerAfterName(toks, s1, e)) [s1] = segment((e = s1 - 2));
  // "the man on the bus, who", "a woman in the crowd, who", "Ann Lee of the council, who": a thing, body
  // or place after a person noun or a name is where the person was or what they belong to, not who spoke;
  // the person noun's whole phrase, or the name alone, is the antecedent. (A lower-case phrase whose head is no person:
  // "the mother of the boy, who" is left alone; "who" only: "a man in a shirt that read …" is the shirt's.)
  if (toks[r]?.lower === "who" && s1 >= 2 && LOCATIVES.has(toks[s1 - 1].lower) && toks[s1 - 2].word && (toks[s1 - 2].cap || PERSON_NOUNS.has(toks[s1 - 2].lower)) && isPlainThing(toks, s1, e)) {
    if (toks[s1 - 2].cap) [s1] = segment((e = s1 - 2));
    else [s1] = segment(s1 - 2);
  }
  let ante = parseSubject(q.text, spanOf(toks[s1], toks[e]));
  // An appositive right before the pronoun: the name before it is the antecedent. (A phrase that
  // opens with a lower-case article is one however many capitals it holds: "Braynard, a South
  // Carolina native who writes …".)
  const described = ante !== null && (ante.kind === "description" || (!toks[s1].cap && (toks[s1].lower === "a" || toks[s1].lower === "an")));
  if (ante && described && s1 >= 2 && toks[s1 - 1].text === ",") {
    // ("Ann Lee, 32, a former aide who": the name stands before the age.)
    const before = s1 >= 4 && /^\d{1,3}$/.test(toks[s1 - 2].text) && toks[s1 - 3].text === "," ? s1 - 4 : s1 - 2;
    const [s2] = segment(before);
    const named = s2 <= before ? parseSubject(q.text, spanOf(toks[s2], toks[before])) : null;
    if (named && named.kind === "name") ante = named;
  }
  if (!ante || ante.kind === "pronoun") return null;
  const who = { start: toks[r].start, end: toks[r].end };
  return remadeMention(ante, { role: null, whole: who });
}

/**
 * The main clause's subject, for cues far from it ("During a speech, Trump attacked Clinton,
 * saying, “…”"): the first clause (sentence start or after a comma) that opens with a name or a
 * pronoun followed by a lower-case word (its verb).
 */
export function leadingSubject(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  let s = 0;
  while (s < v) {
    // "Then he cut into Bush, calling him …": a linking word that opens the clause stands before its subject.
    if (s + 1 < v && CLAUSE_LEADS.has(toks[s].lower) && isPronounSubject(toks, s + 1, v)) s++;
    let e = s;
    while (e < v && toks[e].word && (/^\p{Lu}/u.test(toks[e].text) || /^(?:al|el)-/.test(toks[e].text))) {
      e++;
      // "Secretary of State Ann Lee": "of" after a title or an organisation word stays inside the name.
      if (e + 1 < v && toks[e].lower === "of" && toks[e + 1].cap && (TITLES.has(toks[e - 1].lower) || ORG_WORDS.has(toks[e - 1].lower))) e++;
    }
    // "The Ohio senator", "A Clinton campaign official": person and organisation nouns after the capitals are the head.
    if (e > s && toks[s].cap) {
      let f = e;
      while (f < v && f - e < 3 && toks[f].word && !toks[f].cap && (PERSON_NOUNS.has(toks[f].lower) || ORG_WORDS.has(toks[f].lower))) f++;
      if (f > e && (PERSON_NOUNS.has(toks[f - 1].lower) || ORG_WORDS.has(toks[f - 1].lower))) e = f;
    }
    if (e === s && toks[s]?.word && isPronounSubject(toks, s, v)) e = s + 1;
    // Role words between capitalised words belong to one subject ("Democratic presidential
    // candidate Bernie Sanders"): run on to the name after them.
    for (;;) {
      let f = e;
      // (A preposition ends the run: "a long, frank interview with journalist Ann Lee" is an
      // adverbial's noun and its object, not a role before a name.)
      while (f < v && f - e < 4 && toks[f].word && !toks[f].cap && isModifierLike(toks[f].lower) && !ROLE_RUN_STOPS.has(toks[f].lower)) f++;
      if (f === e || f >= v || !toks[f].cap || !(PERSON_NOUNS.has(toks[f - 1].lower) || TITLES.has(toks[f - 1].lower))) break;
      let g = f;
      while (g < v && toks[g].word && toks[g].cap) g++;
      e = g;
    }
    // "Trump and Ryan issued a statement, calling …": two names joined by "and", then the verb, are
    // one subject.
    if (e > s && toks[s].cap && !PRONOUNS.has(toks[s].lower) && e + 1 < v && toks[e].lower === "and" && toks[e + 1].word && toks[e + 1].cap) {
      let g = e + 1;
      while (g < v && toks[g].word && toks[g].cap) g++;
      if (g < v && toks[g].word && !toks[g].cap && !isPossessiveTok(toks[g - 1])) e = g;
    }
    // "Netanyahu and other right-wing leaders shunned …": a name, "and other", modifiers and a plural
    // person noun, then the verb, are one subject too.
    if (e > s && toks[s].cap && !PRONOUNS.has(toks[s].lower) && e + 2 < v && toks[e].lower === "and" && toks[e + 1].lower === "other") {
      let g = e + 2;
      while (g < v && g - e < 7 && toks[g].word && !PERSON_NOUNS.has(toks[g].lower) && !isFiniteVerbLike(toks[g])) g++;
      if (g + 1 < v && PERSON_NOUNS.has(toks[g].lower) && /s$/.test(toks[g].lower) && toks[g + 1].word && !toks[g + 1].cap) e = g + 1;
    }
    // A capitalised determiner alone ("The", "Another", "Multiple") opens a description, not a name.
    // A capitalised first word before a lower-case noun ("Small groups of protesters", "Multiple
    // news reports") is an adjective that opens a description, not a name.
    const adjectiveOpener = s === 0 && e === s + 1 && e < v && !NOT_SUBJECT_OPENERS.has(toks[s].lower) && !PREPOSITION_OPENERS.has(toks[s].lower) && toks[e].word && !toks[e].cap && !isPossessiveTok(toks[e]) && !isFiniteVerbLike(toks[e]) && !SPEECH_VERBS.has(toks[e].lower) && !BETWEEN.has(toks[e].lower) && !PASSIVE.has(toks[e].lower) && !ADVERBIAL_NEXT.has(toks[e].lower) && !NP_GLUE.has(toks[e].lower) && !/(?:ly|ing)$/.test(toks[e].lower);
    const lone = e === s + 1 && !PRONOUNS.has(toks[s].lower) && (DETERMINER_WORDS.has(toks[s].lower) || NOT_NAMES.has(toks[s].lower) || adjectiveOpener);
    // "Early in his campaign", "Hours later", "Reached by phone": an adverbial, not a subject.
    // "Given his past comments on …": a word that never opens a subject opens an adverbial.
    const openerWord = e === s + 1 && e < v && NOT_SUBJECT_OPENERS.has(toks[s].lower) && !SUBJECT_PRONOUNS.has(toks[e].lower);
    // ("More importantly, …", "Most notably, …": an adverb in -ly and its comma after the capital.)
    const adverbial = e === s + 1 && e < v && (openerWord || ADVERBIAL_NEXT.has(toks[e].lower) || /(?:ed|ing|ly)$/.test(toks[s].lower) || (isLyAdverb(toks[e].lower) && toks[e + 1]?.text === ","));
    if (adverbial) {
      while (s < v && toks[s].text !== ",") s++;
      s++;
      continue;
    }
    if (lone) {
      // "The billionaire businessman began …": a determiner, a few modifiers and a person or
      // organisation noun as head, then the verb.
      let h = s + 1;
      while (h < v && h - s <= 5 && toks[h].word && !PERSON_NOUNS.has(toks[h].lower) && !ORG_WORDS.has(toks[h].lower)) h++;
      // A compound head ("the union leader", "the party official") ends at its last noun.
      while (h + 1 < v && h - s < 5 && (PERSON_NOUNS.has(toks[h + 1].lower) || ORG_WORDS.has(toks[h + 1].lower))) h++;
      // A noun used as a modifier ("the former Republican presidential candidate"): the head is
      // the person noun a word or two on.
      for (let k = h + 1; h < v && k < v && k <= h + 2 && toks[k].word && !toks[k].cap && !isFiniteVerbLike(toks[k]); k++) {
        if (PERSON_NOUNS.has(toks[k].lower)) {
          h = k;
          break;
        }
      }
      // "The former secretary of state mocked …": an office's "of" and its object are part of the head.
      if (h + 3 < v && toks[h + 1].lower === "of" && OF_TITLE_HEADS.has(toks[h].lower) && toks[h + 2].word && !DETERMINER_WORDS.has(toks[h + 2].lower) && toks[h + 3].word && !toks[h + 3].cap) h += 2;
      const coordinated = coordinatedSubject(toks, s, h, v);
      if (coordinated) return coordinated;
      if (h < v && h - s <= 5 && toks[h].word && h + 1 < v && toks[h + 1].word && !toks[h + 1].cap && !isPossessiveTok(toks[h + 1])) {
        const m = parseSubject(q.text, spanOf(toks[s], toks[h]));
        if (m && m.kind !== "pronoun") return m;
      }
    }
    if (!lone && e > s && e < v && toks[e].word && /^\p{Ll}/u.test(toks[e].text)) {
      const coordinated = coordinatedSubject(toks, s, e - 1, v);
      if (coordinated) return coordinated;
      const m = parseSubject(q.text, spanOf(toks[s], toks[e - 1]));
      if (m && m.kind !== "description") return m;
    }
    // On to the next clause.
    while (s < v && toks[s].text !== ",") s++;
    s++;
  }
  return null;
}

/**
 * "Multiple news reports and a detailed account from the editor’s book, reveal …": the description
 * that opens at `s` (head near `h`) goes on in a plural noun, "and" and a determiner, up to the comma
 * right before the cue verb at `v`, with no verb in it: the two coordinated phrases are one subject,
 * as written (a description of things, no one a later pronoun means). Null for anything else.
 */
function coordinatedSubject(toks: readonly Tok[], s: number, h: number, v: number): Mention | null {
  const a = h + 2;
  if (a + 2 >= v || toks[a].lower !== "and" || !toks[h + 1].lower.endsWith("s") || !DETERMINER_WORDS.has(toks[a + 1].lower) || toks[v - 1].text !== "," || v - s > 25) return null;
  for (let k = s; k < v - 1; k++) {
    const t = toks[k];
    // (A past form after a determiner is an adjective: "a detailed account".)
    const adjective = k > 0 && DETERMINER_WORDS.has(toks[k - 1].lower);
    // (The plural noun before "and" may be a speech verb's form too: "news reports".)
    if (isPossessiveTok(t) || k === h + 1) continue;
    if (t.text === "," || SPEECH_VERBS.has(t.lower) || (isFiniteVerbLike(t) && !adjective) || BETWEEN.has(t.lower) || PASSIVE.has(t.lower) || RELATIVE_SOURCE.has(t.lower) || t.lower === "that") return null;
  }
  const span = spanOf(toks[s], toks[v - 2]);
  return { span, role: null, whole: span, kind: "description", type: "unknown", gender: null, name: null, title: null, plural: true };
}

/**
 * A personal pronoun at `i` that is a clause's subject: he, she, they, we, I, and "it" for an
 * organisation or a document ("Meanwhile, it attacked Trump, saying …"), but not the "it" of
 * "it was clear" or "it seems", which stands for no one.
 */
function isPronounSubject(toks: readonly Tok[], i: number, v: number): boolean {
  if (SUBJECT_PRONOUNS.has(toks[i].lower)) return true;
  return toks[i].lower === "it" && i + 1 < v && toks[i + 1].word && !EXPLETIVE_IT_VERBS.has(toks[i + 1].lower);
}
const EXPLETIVE_IT_VERBS: ReadonlySet<string> = new Set([
  "is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "remains", "remained", "becomes", "became",
  "happened", "happens", "matters", "mattered", "took", "takes", "would", "will", "could", "may", "might", "must",
]);

// Prepositions that end a run of role words before a name (see leadingSubject).
const ROLE_RUN_STOPS: ReadonlySet<string> = new Set(["with", "in", "on", "at", "by", "to", "from", "for", "about", "after", "before", "during", "into", "over", "under", "without", "than", "as", "like", "between", "among"]);

// Linking words that may open a clause before its pronoun subject ("Then he …", "But she …").
const CLAUSE_LEADS: ReadonlySet<string> = new Set(["then", "and", "but", "so", "yet", "now", "later", "still", "also", "instead", "meanwhile", "finally"]);
const PREPOSITION_OPENERS = new Set(["amid", "amidst", "against", "around", "across", "behind", "beyond", "inside", "outside", "within", "throughout", "toward", "towards", "upon", "per", "via", "except", "regarding"]);

/** A word after token `v` in the window (not just punctuation). */
function hasWordAfter(toks: readonly Tok[], v: number): boolean {
  for (let i = v + 1; i < toks.length; i++) if (toks[i].word) return true;
  return false;
}
