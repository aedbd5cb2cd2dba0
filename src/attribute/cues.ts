import { NAMING_VERBS, SPEECH_VERBS } from "../extract/lexicon.js";
import type { Span } from "../model/index.js";
import { NOT_NAMES, ORG_WORDS, PERSON_NOUNS, PRONOUNS, TITLES } from "./lexicon.js";
import { isFiniteVerbLike, isVerbAt, opensParticipleClause, opensQuantity, parseInvertedSource, parseSubject, type Mention } from "./mention.js";
import { datelineEnd, isPossessive as isPossessiveTok, sentenceTail, tokenize, type Tok } from "./tokens.js";

/** What a direct quote's surroundings look like to the cue rules. */
export type QuoteContext = {
  readonly text: string;
  readonly para: Span;
  /** The quote with its marks. */
  readonly outer: Span;
  /** The quoted words. */
  readonly span: Span;
  /** Where the narration around the quote stops: the neighbouring quotes in the paragraph. */
  readonly prevQuoteEnd: number;
  readonly nextQuoteStart: number;
  /** A transcript's speaker label inside the marks (“PENCE: …”), when extraction found one. */
  readonly label?: Span;
};

export type CueHit = {
  /** Null when the rule finds that the quote has no speaker to credit (see `noSpeaker`). */
  readonly mention: Mention | null;
  readonly cue: Span;
  /** The narration that holds the cue: where to read to whom, how and when. */
  readonly clause: Span;
  readonly ruleId: string;
  readonly reason: string;
};

/** A cue rule: a row of the table, tried in order; the first that matches decides. */
export type CueRule = {
  readonly id: string;
  readonly reason: string;
  /** Made-up examples of what it must and must not match (the tests read these). */
  readonly must: readonly string[];
  readonly mustNot: readonly string[];
  /** The row decides that the quote has no speaker: its hits carry no mention. */
  readonly noSpeaker?: boolean;
  readonly match: (q: QuoteContext) => CueHit | null;
};

// A lower-case word that may stand inside a role before a name ("mayoral candidate"), not a verb.
const isModifierLike = (w: string): boolean =>
  !SPEECH_VERBS.has(w) && !BETWEEN.has(w) && !PASSIVE.has(w) && !/(?:ed|ing)$/.test(w) && !NOT_MODIFIERS.has(w);
// Built once: these word lists run for every token the subject scans look at.
const NOT_MODIFIERS: ReadonlySet<string> = new Set(["is", "was", "has", "and", "or", "but", "who", "that", "which"]);
const ADVERBIAL_NEXT: ReadonlySet<string> = new Set(["in", "on", "at", "by", "later", "ago", "after", "before", "of", "for", "from", "with", "into", "during", "earlier", "the", "a", "an", "this", "last", "since", "until"]);
const DETERMINER_WORDS: ReadonlySet<string> = new Set(["the", "a", "an", "another", "this", "that", "these", "those", "some", "many", "several", "multiple", "most", "other", "one", "such"]);

const SENTENCE_END = new Set([".", "!", "?"]);
// Auxiliaries and adverbs that may stand between a subject and its verb ("he later said").
const BETWEEN = new Set([
  "has", "have", "had", "would", "will", "also", "later", "then", "once", "again", "previously", "recently",
  "repeatedly", "further", "simply", "just", "only", "finally", "even", "still", "did", "could", "can", "may",
  "might", "should", "already", "often", "frequently", "publicly", "privately", "flatly", "bluntly", "quickly",
  "'d", "’d", "'s", "’s", "reportedly", "proudly", "angrily", "quietly", "softly", "first",
]);
const PASSIVE = new Set(["be", "been", "is", "was", "were", "being", "are", "it's", "it’s"]);

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
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const w = toks[k];
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
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(["have", "are", "were", "do", "don't", "don’t", "haven't", "haven’t", "aren't", "aren’t", "weren't", "weren’t"]);
// Speech verbs whose bare form is as often a noun.
const NOUN_LIKE_CUES = new Set(["message", "note", "comment", "tweet", "post", "report", "claim", "quote", "answer", "reply", "remark", "promise", "pledge", "vow", "call", "boast", "charge", "complaint", "question", "demand", "warning", "statement", "response", "plea", "cry", "word", "email", "text", "letter", "memo", "testimony", "interview"]);
// Nouns for something said or written ("the following comment", "this statement").
const SPEECH_NOUNS = new Set(["comment", "comments", "statement", "remarks", "remark", "message", "words", "tweet", "post", "note", "letter", "email", "e-mail", "response", "reply", "answer", "say"]);
const SINGULAR_DETERMINERS = new Set(["the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "every", "each"]);

const isCueVerb = (toks: readonly Tok[], i: number): boolean => {
  const t = toks[i];
  if (!t.word || !SPEECH_VERBS.has(t.lower)) return false;
  const prev = toks[i - 1]?.lower;
  // A capitalised word inside a clause is a name ("the United States"), not a verb.
  if (t.cap && i > 0 && toks[i - 1].word) return false;
  // "is said to", "was told" are passive; "is telling", "was saying" are the progressive of a cue.
  if (prev && PASSIVE.has(prev) && !(t.lower.endsWith("ing") && prev !== "being" && prev !== "be" && prev !== "been")) return false;
  if (prev === "the" || prev === "a" || prev === "to") return false; // "the said", "to say" (not a cue by itself)
  if (soCalled(toks, i)) return false;
  // After a possessive or a demonstrative the word is a noun ("his claim", "their report",
  // "Trump's remarks", "the editors' email").
  // "He’s said" and "who's called" are contractions of is/has, not possessives.
  if (prev && (NOUN_BEFORE.has(prev) || (isPossessiveTok(toks[i - 1]) && i >= 2 && !PRONOUNS.has(toks[i - 2].lower) && !CONTRACTING.has(toks[i - 2].lower)))) return false;
  if (bareFormInNounPhrase(toks, i)) return false;
  const next = toks[i + 1]?.lower;
  // "Trump's confused messages have given", "his fundraising emails have all used": a form in -s
  // with a finite auxiliary right after it is a plural noun, the auxiliary's subject.
  if (next && /[^s]s$/.test(t.lower) && i > 0 && !toks[i - 1].cap && PLURAL_AUXILIARIES.has(next)) return false;
  // "state" is far more often the noun ("his home state", "the state party"): a verb only after a
  // pronoun, an auxiliary or a name, or before "that".
  // "…,” the ad states.": after a document noun at the end of the clause it is the verb too.
  if ((t.lower === "state" || t.lower === "states") && next !== "that" && !(prev && (PRONOUNS.has(prev) || BETWEEN.has(prev) || toks[i - 1].cap || (next === undefined && t.lower === "states" && DOCUMENT_NOUNS.has(prev))))) return false;
  if ((t.lower === "added" || t.lower === "adds") && next === "to") return false;
  // "will continue to be “…”", "continued to push": a catenative verb, not "he continued, “…”".
  if (/^continu/.test(t.lower) && next === "to") return false;
  return true;
};

const spanOf = (a: Tok, b: Tok): Span => ({ start: a.start, end: b.end });

/** "the so called “Initiative”" (written without the hyphen): an adjective; no one calls it anything here. */
const soCalled = (toks: readonly Tok[], i: number): boolean => toks[i].lower === "called" && toks[i - 1]?.lower === "so";

function hasWord(toks: readonly Tok[], lower: string): boolean {
  for (let i = 0; i < toks.length; i++) if (toks[i].lower === lower) return true;
  return false;
}

/**
 * Narration after the closing mark to the end of its clause (a stop, the next quote, the paragraph
 * end), and before the opening mark. The rules ask for one quote's windows many times in a row, so
 * the last quote's are kept (one entry each: a WeakMap keyed on short-lived contexts cost every
 * garbage collection a walk over its entries). The windows depend on the context alone.
 */
let afterOf: QuoteContext | null = null;
let afterToks: Tok[] = [];
let beforeOf: QuoteContext | null = null;
let beforeToks: Tok[] = [];

function afterWindow(q: QuoteContext): Tok[] {
  if (q !== afterOf) {
    afterToks = afterWindowOf(q);
    afterOf = q;
  }
  return afterToks;
}

function beforeWindow(q: QuoteContext): Tok[] {
  if (q !== beforeOf) {
    beforeToks = beforeWindowOf(q);
    beforeOf = q;
  }
  return beforeToks;
}

const isMarkTok = (t: Tok): boolean => t.text === "“" || t.text === "”" || t.text === '"';

function afterWindowOf(q: QuoteContext): Tok[] {
  const end = Math.min(q.nextQuoteStart, q.para.end, q.outer.end + 300);
  // The loop below stops at the first sentence end: tokens after it are never read.
  const toks = tokenize(q.text, { start: q.outer.end, end }, true);
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (SENTENCE_END.has(t.text) || t.text === "…" || t.text === ";") break;
    if (isMarkTok(t)) continue;
    // A second clause ("…, while X told AFP") has its own cue; the quote's clause ends before it.
    if (t.text === "," && CLAUSE_JOINERS.has(toks[i + 1]?.lower ?? "") && out.some((o) => SPEECH_VERBS.has(o.lower))) break;
    out.push(t);
  }
  return out;
}

const CITED_WORDS = new Set(["line", "lines", "words", "verse", "verses", "poem", "passage", "saying", "motto", "quotation", "quote", "aphorism", "proverb"]);
const CITED_PREPS = new Set(["from", "by", "of"]);

function hasCueVerbFrom(toks: readonly Tok[], from: number): boolean {
  for (let i = from; i < toks.length; i++) if (isCueVerb(toks, i)) return true;
  return false;
}

// Conjunctions that may open a sentence before an inverted cue ("But, said Lee, “…”").
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "but", "so", "yet"]);
const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "while", "whereas", "yet", "though", "although"]);
const CLAUSE_JOINERS = new Set(["while", "but", "and", "though", "although", "whereas", "as", "even", "yet"]);

/** Narration from the sentence start (or the previous quote) to the opening mark. */
function beforeWindowOf(q: QuoteContext): Tok[] {
  let start = Math.max(q.prevQuoteEnd, q.para.start, q.outer.start - 300);
  // A dateline that opens the paragraph ("WASHINGTON (Reuters) - X said …") is not narration.
  if (start === q.para.start) {
    const d = datelineEnd(q.text, start);
    if (d > start && d < q.outer.start) start = d;
  }
  // The windows stop at the neighbouring quotes but run through scare quotes (titles, words in
  // marks), which are narration: their marks are left out so the rules read the words.
  return sentenceTail(q.text, { start, end: q.outer.start }).filter((t) => !isMarkTok(t));
}

const endsSentence = (q: QuoteContext): boolean => /[.!?…]["'”’]*$/.test(q.text.slice(q.span.start, q.span.end));

const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "month", "year",
  "time", "night", "morning", "afternoon", "evening", "day", "spring", "summer", "fall", "autumn", "winter",
]);
const TIME_LEAD = new Set(["on", "last", "this", "next", "at", "in", "earlier", "later", "that", "late", "early"]);

/**
 * Where a time adverbial after the subject starts ("Sen. Ann Lee (D-Ohio) on Saturday",
 * "Lee at the time", "Lee last week"), or `e` when there is none: the subject ends before it.
 */
function beforeTimePhrase(toks: readonly Tok[], from: number, e: number): number {
  const last = toks[e - 1]?.lower ?? "";
  if (e - from >= 2 && (last === "yesterday" || last === "today" || last === "tonight" || last === "earlier" || last === "later")) return e - 1;
  if (!TIME_WORDS.has(last) && !/^(?:19|20)\d\d$/.test(last)) return e;
  for (let k = e - 2; k > from && k >= e - 4; k--) {
    const w = toks[k].lower;
    if (TIME_LEAD.has(w) && !toks[k].cap) return k;
    if (w !== "the" && !TIME_WORDS.has(w) && !/^\d/.test(w)) return e;
  }
  return e;
}

/** The subject between `from` and the verb at `v`, allowing auxiliaries and adverbs in between. */
function subjectBeforeVerb(q: QuoteContext, toks: readonly Tok[], from: number, v: number): Mention | null {
  // "… in Tulsa, Oklahoma, arguing that": a place and its state before a participle end a phrase
  // of the predicate; they are not the participle's subject.
  if (v - 4 >= from && /ing$/.test(toks[v].lower) && toks[v - 1].text === "," && toks[v - 2].cap && toks[v - 3].text === "," && toks[v - 4].cap) return null;
  let e = v;
  // "X responded by saying": the past form and "by" before the participle are the predicate.
  if (v - 2 > from && toks[v - 1].lower === "by" && /ing$/.test(toks[v].lower) && isFiniteVerbLike(toks[v - 2])) e = v - 2;
  // The progressive's auxiliary stands between the subject and the verb too ("X is insisting").
  const progressive = toks[v].lower.endsWith("ing");
  // A capitalised word is a name ("Kelly said", "Will wrote"), never an adverb or auxiliary here.
  while (e > from && !toks[e - 1].cap && (BETWEEN.has(toks[e - 1].lower) || /ly$/.test(toks[e - 1].lower) || (progressive && PASSIVE.has(toks[e - 1].lower)))) e--;
  if (e <= from) return null;
  e = beforeTimePhrase(toks, from, e);
  if (e <= from) return null;
  // "…, who in 2010 said": the relative pronoun is left to the relative-clause reading.
  if (toks[e - 1].lower === "who" || toks[e - 1].lower === "which") return null;
  // Include a comma right before the verb so an appositive is read as one ("X, the director, said").
  const endTok = toks[e - 1];
  return parseSubject(q.text, { start: toks[from].start, end: endTok.end });
}

const INNER_STOPS: ReadonlySet<string> = new Set(["who", "which", "whom", "whose", "what"]);
const DASHES: ReadonlySet<string> = new Set(["—", "–", "―", "-", "--"]);

/**
 * "Obama said he expected that Americans will say “no”", "Coit said the candidate sees it as a chance
 * to contrast what Democrats offer with “…”", "Lee declared in a heated argument that any new deal
 * would demand “…”": when the subject `m` of the cue at `v` is not a pronoun and stands inside the
 * complement of an earlier speech verb of the same clause (no stop, colon, semicolon, coordinator,
 * clause opener or relative pronoun between them, and no comma right before it), the words are that
 * verb's subject's report. Null when there is no such verb or its subject cannot speak.
 */
function outerReporter(q: QuoteContext, toks: readonly Tok[], v: number, m: Mention): { mention: Mention; verb: number } | null {
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

function hit(mention: Mention | null, cue: Span, clause: Span, rule: { id: string; reason: string }): CueHit {
  return { mention, cue, clause, ruleId: rule.id, reason: rule.reason };
}

/** The cue verb plus what hangs on it ("said in a statement", "told AFP"), up to the clause end. */
function cueExtent(toks: readonly Tok[], v: number): Span {
  let e = v;
  for (let i = v + 1; i < toks.length && i <= v + 6; i++) {
    const t = toks[i];
    if (t.text === "," || t.text === ":" || t.text === ";" || t.text === "“" || t.text === '"') break;
    if (t.lower === "that") break;
    e = i;
  }
  return spanOf(toks[v], toks[e]);
}

/**
 * “We won.” Trump said. — after a quote that ends its sentence, a short clause whose cue verb is
 * its last word has no object of its own: the quote before it is what was said.
 */
function closesOnCue(toks: readonly Tok[], from: number): boolean {
  const v = toks.length - 1;
  return v > from && v - from <= 5 && isCueVerb(toks, v) && !/ing$/.test(toks[v].lower);
}

// Lower-case words that may stand inside a capitalised name ("Charles de Gaulle", "Bank of Ohio").
const NAME_GLUE: ReadonlySet<string> = new Set(["of", "and", "&", "de", "da", "di", "del", "van", "von", "der", "al", "el", "bin", "la", "le", "du"]);

/** A speech verb among the last words before the quote, in its sentence (what beforeAdjacent reads). */
function beforeCueVerb(q: QuoteContext): boolean {
  const toks = beforeWindow(q);
  if (toks.length < 2) return false;
  for (let v = toks.length - 1; v >= 0 && v >= toks.length - 9; v--) {
    if (toks[v].text === "." || toks[v].text === "“" || toks[v].text === '"') return false;
    if (isCueVerb(toks, v)) return true;
  }
  return false;
}

// Particles of phrasal speech verbs ("shot back", "cut in", "chimed in", "piped up").
const SPEECH_PARTICLES: ReadonlySet<string> = new Set(["back", "in", "up"]);
const AFTER_PARTICLE_OK: ReadonlySet<string> = new Set([",", "with", "at", "to", "from", "again", "angrily", "quickly"]);

/** "…,” Bennett shot back with a laugh.": a particle that ends the verb's clause or leads to an adverbial. */
function particleEnds(toks: readonly Tok[], i: number): boolean {
  if (!SPEECH_PARTICLES.has(toks[i].lower)) return false;
  return i + 1 === toks.length || AFTER_PARTICLE_OK.has(toks[i + 1].text) || AFTER_PARTICLE_OK.has(toks[i + 1].lower);
}

const R = {
  afterInverted: { id: "attribution/said-name-after-quote", reason: "speech verb right after the quote, its speaker after the verb (“…,” said X)" },
  afterSubject: { id: "attribution/name-said-after-quote", reason: "speaker and speech verb right after the quote (“…,” X said)" },
  beforeAdjacent: { id: "attribution/name-said-before-quote", reason: "speaker and speech verb introduce the quote (X said, “…”)" },
  dash: { id: "attribution/dash-credit", reason: "the quote is credited after a dash (“…” ― X)" },
  creditLine: { id: "attribution/credit-line", reason: "the quote ends its paragraph and the next paragraph is only a credit line (“…” ¶ ― X, role)" },
  according: { id: "attribution/according-to", reason: "“according to X” in the quote's sentence" },
  reportedBy: { id: "attribution/reported-by", reason: "the quote's sentence ends “…, X reported.” or “…, reports X.”: like “according to X”, the benchmark's annotators credit the outlet that reported it" },
  asPutIt: { id: "attribution/as-x-put-it", reason: "“as X put it” in the quote's sentence" },
  inWords: { id: "attribution/in-their-words", reason: "“in X's words” in the quote's sentence" },
  citedAuthor: { id: "attribution/cited-author", reason: "the quote is introduced as someone's words (a line from X: “…”), so X wrote or said it, not the narrator who cites it" },
  sentenceVerb: { id: "attribution/speech-verb-in-sentence", reason: "a speech verb with its subject in the quote's sentence (X said that … “…”)" },
  colonIntro: { id: "attribution/colon-before-paragraph", reason: "the paragraph before ends with a speech verb and a colon that introduces the quote (X said: ¶ “…”)" },
  transcriptLabel: { id: "attribution/transcript-label", reason: "the words in marks open with a transcript's speaker label in capitals and a colon (“LEE: …”): the label names the speaker" },
  colonName: { id: "attribution/name-colon", reason: "the quote's sentence is only a name and a colon (“Ann Lee: “…””, “HEADLINE - Ann Lee: “…””), as in transcripts and round-ups" },
  naming: { id: "attribution/called-it", reason: "a naming verb frames the quote (X called it “…”)" },
  sentenceBefore: { id: "attribution/sentence-before", reason: "a quote that opens its sentence with no cue, right after a sentence in its paragraph whose subject can speak and that quotes no one (X turned to me. “…”)" },
  possessorOfWords: { id: "attribution/possessor-of-words", reason: "the quote, or the that-clause that holds it, follows a noun for something said whose possessor stands before it (X’s claim that “…”, her remark that “…”, X’s response was: “…”, X’s pledge to be “…”): the possessor, as written with its possessive, is the source" },
  clauseSubject: { id: "attribution/clause-subject", reason: "a quoted phrase inside narration with no cue of its own and no subject that opens its sentence: the subject of the nearest clause before it that can speak is the source (…, long before officials started to portray it as “…”)" },
  agentlessPassive: { id: "attribution/agentless-passive", reason: "the quote follows a passive naming or asking verb with no agent (what is called “…”, X was asked about the “…”, X was said to be “…”): the words are not credited to anyone in the sentence, so the quote has no speaker" },
  pollFinding: { id: "attribution/poll-finding", reason: "a share of respondents says the quoted words inside a sentence that opens with a poll (In a CNN poll released Monday, 31% of voters said they were “…”; The poll finds that 37 percent say …): the benchmark's annotators credit the poll, as news does" },
  askedBy: { id: "attribution/asked-by", reason: "the quote stands inside an opening question clause with its asker (Asked by X whether the plan “…”, Lee said …): the words are the asker's, not the answer's speaker's" },
  askedQuestion: { id: "attribution/asked-question", reason: "the quote stands inside an opening question clause with no asker (Asked whether the plan “…”, 60 percent said yes): the words are the unnamed asker's, so the quote has no speaker" },
  reportedInner: { id: "attribution/reporter-of-inner-cue", reason: "the cue before the quote belongs to a clause reported by an earlier speech verb in the sentence (Obama said he expected that Americans will say “…”, Lee declared that any deal would demand “…”): the earlier verb's subject is the source" },
  sentenceSubject: { id: "attribution/sentence-subject", reason: "a quoted phrase inside narration with no speech cue of its own: the subject of its sentence is the source (X likened it to “…”)" },
};

/**
 * The speaker and speech verb that introduce the quote (X said, “…”; Said X, “…”), with the verb's
 * index in the before-window; null when there are none. The last quote's answer is kept: two rows
 * ask for it in a row.
 */
type Adjacent = { m: Mention; v: number; cue: Span; clause: Span };
let adjacentOf: QuoteContext | null = null;
let adjacentHit: Adjacent | null = null;
function adjacentSource(q: QuoteContext): Adjacent | null {
  if (q !== adjacentOf) {
    adjacentHit = adjacentSourceOf(q);
    adjacentOf = q;
  }
  return adjacentHit;
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
  for (let v = toks.length - 1; v >= 0 && v >= toks.length - 9; v--) {
    if (!isCueVerb(toks, v) || inClosedAside(toks, v)) continue;
    const tail = toks.slice(v + 1).map((t) => t.text);
    if (tail.some((t) => t === "." || t === "“" || t === '"')) return null;
    // "Said Ellis: “…”", "Added the mayor, “…”": the verb opens the sentence, its speaker follows.
    if (v === 0 && toks[0].cap && toks.length >= 3 && /^[:,]$/.test(toks[toks.length - 1].text)) {
      const src = parseInvertedSource(q.text, { start: toks[1].start, end: toks[toks.length - 2].end });
      if (src) return { m: src, v: 0, cue: spanOf(toks[0], toks[0]), clause: { start: toks[0].start, end: q.outer.start } };
    }
    const m = speakerOfClauseBefore(q, toks, v) ?? subjectBeforeVerb(q, toks, 0, v) ?? localSubject(q, toks, v) ?? leadingSubject(q, toks, v);
    if (!m) return null;
    return { m, v, cue: cueExtent(toks, v), clause: { start: toks[v].start, end: q.outer.start } };
  }
  return null;
}

// Words that may open a question clause before "asked" ("When asked whether …").
const ASKED_LEADS: ReadonlySet<string> = new Set(["when", "after", "once", "if", "being"]);
// Words that end the asker's name after "Asked by" ("Asked by Lee whether …", "by a reporter about …").
const ASKED_BY_STOPS: ReadonlySet<string> = new Set(["if", "whether", "about", "to", "why", "what", "how", "when", "where", "who", "which", "for", "on", "at", "during", "in", "after", "last", "this", "earlier"]);

/**
 * "Asked whether Lee “…”, 60 percent said yes", "When asked by Lee if the plan “…”": the quote stands
 * inside a question clause that opens its sentence (no comma, colon or speech verb between "asked"
 * and the quote, nor a noun for someone's words, which would quote them instead). The index of
 * "asked" in the before-window, or -1.
 */
function openingQuestionAt(toks: readonly Tok[]): number {
  const passive = passiveAskedRightBefore(toks);
  if (passive >= 0) return passive;
  let a = 0;
  while (a < toks.length && a < 2 && ASKED_LEADS.has(toks[a].lower)) a++;
  if (a >= toks.length || toks[a].lower !== "asked" || !toks[0].cap) return -1;
  for (let i = a + 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.text === "," || t.text === ":" || t.text === ";" || DASHES.has(t.text) || isCueVerb(toks, i) || WORDS_NOUNS.has(t.lower) || SPEECH_NOUNS.has(t.lower)) return -1;
  }
  return a;
}

/**
 * "Lee was asked, “…”": a passive "asked" with no asker right before the quote, so the quote is the
 * question, not Lee's words. The index of "asked", or -1. (With an asker, "Lee was asked by Ann Ruiz,
 * “…”", the asker would become the nearest antecedent of Lee's "he" in the answer: left alone.)
 */
function passiveAskedRightBefore(toks: readonly Tok[]): number {
  let e = toks.length;
  if (e > 0 && (toks[e - 1].text === "," || toks[e - 1].text === ":")) e--;
  return e >= 2 && toks[e - 1].lower === "asked" && PASSIVE.has(toks[e - 2].lower) ? e - 1 : -1;
}

/** "Asked by Ann Lee whether …": the asker, or null when none is named. */
function askerAfter(q: QuoteContext, toks: readonly Tok[], a: number): Mention | null {
  if (toks[a + 1]?.lower !== "by") return null;
  let e = a + 2;
  while (e < toks.length && !ASKED_BY_STOPS.has(toks[e].lower) && toks[e].text !== "," && toks[e].text !== ":") e++;
  if (e === a + 2) return null;
  return parseSubject(q.text, spanOf(toks[a + 2], toks[e - 1]));
}

const POLL_NOUNS: ReadonlySet<string> = new Set(["poll", "polls", "survey", "surveys"]);
// Words that end the clause a cue verb's subject stands in, read backwards from the verb ("and" may join
// two shares in one subject: "31% of Republicans and Republican-leaning voters").
const SUBJECT_BOUNDS: ReadonlySet<string> = new Set([",", ";", "—", "–", "―", "that", "while", "whereas"]);

/**
 * The poll that opens the sentence ("In a CNN/ORC poll released Monday, …", "The Q poll also finds
 * …"): the phrase as written, participles and dates included, or null.
 */
function openingPoll(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  const opener = toks[0]?.lower === "in" ? 1 : 0;
  let p = opener;
  while (p < toks.length && p < opener + 12 && toks[p].text !== "," && !POLL_NOUNS.has(toks[p].lower)) p++;
  if (p <= opener || p >= toks.length || !POLL_NOUNS.has(toks[p].lower) || !toks[opener].cap && opener === 0) return null;
  const head = parseSubject(q.text, spanOf(toks[opener], toks[p]));
  if (!head) return null;
  if (opener === 0) return head;
  // "In a poll released Monday, …": the phrase runs to its comma.
  let c = p + 1;
  while (c < toks.length && toks[c].text !== "," && c < p + 8) c++;
  if (toks[c]?.text !== ",") return null;
  return { ...head, whole: { start: head.whole.start, end: toks[c - 1].end } };
}

/** The clause of the cue verb at `v` has a share of people for its subject ("31% of voters", "just 8 percent"). */
function shareSubjectBefore(toks: readonly Tok[], v: number): boolean {
  let s = v - 1;
  while (s >= 0 && !SUBJECT_BOUNDS.has(toks[s].lower)) s--;
  let number = false;
  for (let k = s + 1; k < v; k++) {
    if (/^\d+(?:\.\d+)?%?$/.test(toks[k].text)) number = true;
    else if (number && (toks[k].lower === "percent" || toks[k].text === "%")) return true;
  }
  return false;
}

export const CUE_RULES: readonly CueRule[] = [
  {
    // First: the label is the transcript's own credit for this turn, nearer than any narration.
    ...R.transcriptLabel,
    must: ["Ada Lind spoke to Tom Reyes.\n\n“REYES: Will the port reopen?\n\n“LIND: It will, by June.”", "“TOM REYES: Will the port reopen?” the transcript reads."],
    mustNot: ["“VIDEO: The port will reopen by June,” Ada Lind said.", "“Reyes: the port will reopen,” Ada Lind said."],
    match(q) {
      if (!q.label) return null;
      const m = parseSubject(q.text, q.label);
      return m && (m.kind === "name" || m.kind === "organisation") ? hit(m, q.label, q.label, R.transcriptLabel) : null;
    },
  },
  {
    ...R.pollFinding,
    must: ["In a HarborPoll survey released Monday, 31% of voters said they were “very worried” about the port.", "The Oakdale poll also finds that 37 percent of residents say the port is “a lost cause.”"],
    mustNot: ["In a HarborPoll survey, Ada Lind said the port was “a lost cause.”", "The poll shows Ada Lind ahead; she said she was “very pleased.”", "After the vote, 31% of voters said they were “very worried” about the port."],
    match(q) {
      const toks = beforeWindow(q);
      if (toks.length < 6) return null;
      // The poll first: it reads a dozen words at most, the verb search the whole window.
      const poll = openingPoll(q, toks);
      if (!poll) return null;
      let v = toks.length - 1;
      while (v >= 0 && !isCueVerb(toks, v)) v--;
      if (v < 0 || poll.whole.end >= toks[v].start || !shareSubjectBefore(toks, v)) return null;
      return hit(poll, cueExtent(toks, v), spanOf(toks[0], toks[toks.length - 1]), R.pollFinding);
    },
  },
  {
    // Before the rules that read the answer's cue after the quote (“…,” 60 percent said yes): the
    // quoted words belong to the question.
    ...R.askedBy,
    must: ["Asked by Ada Lind whether the port “can survive another winter,” Tom Reyes said no.", "When asked by a reporter if the plan was “dead,” the mayor shrugged."],
    mustNot: ["Asked whether the port “can survive another winter,” Tom Reyes said no.", "Asked by Ada Lind about the port, Tom Reyes said, “It will survive.”", "Asked by Ada Lind about Tom Reyes’s claim that the port is “finished,” the mayor shrugged."],
    match(q) {
      const toks = beforeWindow(q);
      const a = openingQuestionAt(toks);
      const m = a >= 0 ? askerAfter(q, toks, a) : null;
      return m && canSpeak(q, m) ? hit(m, spanOf(toks[a], toks[a + 1]), spanOf(toks[0], toks[toks.length - 1]), R.askedBy) : null;
    },
  },
  {
    ...R.askedQuestion,
    noSpeaker: true,
    must: ["Asked whether the port “can survive another winter,” 60 percent of residents said no.", "When asked to confirm the “secret” deal, a port official declined.", "Tom Reyes was asked, “Will the port survive another winter?” He said no."],
    mustNot: ["Asked whether the port can survive, Tom Reyes said, “It will.”", "Asked about the plan, Tom Reyes called it “a disaster.”", "Asked whether Tom Reyes said the port was “finished,” Ada Lind laughed.", "The mayor asked whether the port “can survive another winter.”", "Tom Reyes was asked about the port and said, “It will survive.”", "Tom Reyes, when he was asked about the port, said: “It will survive.”", "Tom Reyes was asked by Ada Lind, “Will the port survive?” He said no."],
    match(q) {
      const toks = beforeWindow(q);
      const a = openingQuestionAt(toks);
      if (a < 0 || toks[a + 1]?.lower === "by") return null;
      return hit(null, spanOf(toks[a], toks[a]), spanOf(toks[0], toks[toks.length - 1]), R.askedQuestion);
    },
  },
  {
    // First: the benchmark's annotators, like news style, credit the quote to the one it is
    // "according to" even when a speech verb names who spoke (“…,” Lee said, according to CNN).
    ...R.according,
    must: ["According to the ministry, the roads were “completely blocked.”", "“We are not leaving,” Ada Lind said, according to the Oakdale Herald.", "According to the Oakdale Herald, Ada Lind said the town was “not for sale.”"],
    mustNot: ["The roads were “completely blocked,” the ministry said.", "Ada Lind said the roads must open “without delay.” She will visit on Sunday, according to an aide."],
    match(q) {
      const before = beforeWindow(q);
      // A quote that ends its sentence (“… delay.” Lee will visit, according to an aide.) is not
      // what the next sentence's source says.
      const next = afterWindow(q).find((t) => t.word);
      const after = next && endsSentence(q) && next.cap ? [] : afterWindow(q);
      if (!hasWord(before, "according") && !hasWord(after, "according")) return null;
      const toks = before.concat(after);
      for (let i = 0; i + 2 < toks.length; i++) {
        if (toks[i].lower !== "according" || toks[i + 1].lower !== "to") continue;
        const rest = toks.slice(i + 2);
        // "According to the Herald, Lee said …": the source ends at the comma that closes the phrase.
        const comma = rest.findIndex((t) => t.text === ",");
        const phrase = comma > 0 ? rest.slice(0, comma) : rest;
        const m = parseInvertedSource(q.text, { start: phrase[0].start, end: phrase[phrase.length - 1].end }) ?? (comma > 0 ? parseInvertedSource(q.text, { start: rest[0].start, end: rest[rest.length - 1].end }) : null);
        if (m) return hit(m, spanOf(toks[i], toks[i + 1]), spanOf(toks[i], rest[rest.length - 1]), R.according);
      }
      return null;
    },
  },
  {
    ...R.reportedBy,
    must: ["“We are not leaving,” said Ada Lind, a nurse, reports the Oakdale Herald.", "Ada Lind said the roads were “completely blocked” near the bridge, the Oakdale Herald reported."],
    mustNot: ["“We are not leaving,” said Ada Lind, who reported the fire.", "Ada Lind reported that the roads were “completely blocked.”"],
    match(q) {
      const toks = afterWindow(q);
      const n = toks.length;
      if (n < 3) return null;
      let c = n - 1;
      while (c >= 0 && toks[c].text !== ",") c--;
      if (c < 0 || c + 2 >= n) return null;
      const first = toks[c + 1];
      const last = toks[n - 1];
      let src: Mention | null = null;
      let cue: Tok;
      if (first.lower === "reported" || first.lower === "reports") {
        cue = first;
        src = parseInvertedSource(q.text, spanOf(toks[c + 2], last));
      } else if (last.lower === "reported" || last.lower === "reports") {
        cue = last;
        src = parseSubject(q.text, spanOf(first, toks[n - 2]));
      } else return null;
      if (!src || (src.kind !== "organisation" && src.kind !== "name")) return null;
      return hit(src, spanOf(cue, cue), spanOf(toks[c + 1], last), R.reportedBy);
    },
  },
  {
    ...R.afterInverted,
    must: ["“We will stay,” said Maria Lopez, a nurse.", "“This is fantastic!” beamed Maria Lopez of Oakdale, a delegate."],
    mustNot: ["“We will stay.” Said to be ill, she left.", "“We will stay,” ended the first part of the long speech.", "“We will stay.” Beamed across the hall, the words drew cheers.", "The mayor stood firm: “We will stay,” telling Ana Ruiz that the plant would not close.", "Tom Reyes wrote the plan: “We will stay,” echoing some critics who had doubted him.", "Ana Ruiz said the plan “plainly and wrongly” suggests that Oakdale supports it."],
    match(q) {
      const toks = afterWindow(q);
      let i = 0;
      while (i < toks.length && !toks[i].word) i++;
      while (i < toks.length && BETWEEN.has(toks[i].lower)) i++;
      if (i >= toks.length || i > 3) return null;
      // “This is fantastic!” beamed Ann Lee: a past form the lexicon does not list, right after a
      // quote that ends on a comma, a question or an exclamation, and a name after it.
      const unlisted = !isCueVerb(toks, i) && i === 0 && isFiniteVerbLike(toks[i]) && /[,?!]["'”’]*$/.test(q.text.slice(q.span.start, q.outer.end));
      if (!unlisted && !isCueVerb(toks, i)) return null;
      // “…” suggests that …: a verb that takes a clause has its subject before the quote.
      if (toks[i + 1]?.lower === "that") return null;
      // “…,” telling Fox 35 that …, “…,” echoing critics: a participle takes the sentence's subject,
      // and the words after it are its object, never an inverted speaker.
      if (/ing$/.test(toks[i].lower)) return null;
      if (endsSentence(q) && /^\p{Lu}/u.test(toks[i].text) && !/[?!]/.test(q.text[q.span.end - 1])) return null;
      let j = i + 1;
      while (j < toks.length && !toks[j].cap && (BETWEEN.has(toks[j].lower) || /ly$/.test(toks[j].lower))) j++;
      if (j >= toks.length) return null;
      const m = parseInvertedSource(q.text, { start: toks[j].start, end: toks[toks.length - 1].end });
      if (!m || (unlisted && (m.kind !== "name" || !toks[j].cap))) return null;
      return hit(m, { start: toks[i].start, end: toks[i].end }, { start: q.outer.end, end: toks[toks.length - 1].end }, R.afterInverted);
    },
  },
  {
    ...R.afterSubject,
    must: ["“It is over,” the mayor said.", "“It is over,” Tom Reyes, the mayor of Oakdale, said on Monday."],
    mustNot: ["“It is over.” The mayor said nothing else."],
    match(q) {
      const toks = afterWindow(q);
      let from = 0;
      while (from < toks.length && !toks[from].word) from++;
      if (from >= toks.length) return null;
      // Ended quotes take a cue after them only when it plainly hangs on them (“Why?” he asked).
      const startsLower = /^\p{Ll}/u.test(toks[from].text);
      const questionOrBang = /[?!]["'”’]*$/.test(q.text.slice(q.span.start, q.span.end));
      if (endsSentence(q) && !startsLower && !questionOrBang && !closesOnCue(toks, from)) return null;
      for (let v = from + 1; v < toks.length && v < from + 30; v++) {
        if (!isCueVerb(toks, v)) continue;
        // The verb must end its clause or take the quote's content, not start the next quote.
        const m = subjectBeforeVerb(q, toks, from, v);
        if (!m) return null;
        // "Cruz accuses Obama of “leading from behind” and Trump says …": a subject after a
        // coordinator opens a clause of its own; the quote belongs to the clause before it.
        for (let k = from; k < v && toks[k].start < m.whole.start; k++) if (COORDINATORS.has(toks[k].lower)) return null;
        // "Lee complained that the vote was “rigged” against her, a charge that officials denied":
        // a cue right before a quoted phrase that runs on into its sentence frames it better than
        // one whose subject stands further on, past other words.
        if (!endsSentence(q) && m.whole.start > toks[from].start && beforeCueVerb(q)) return null;
        return hit(m, cueExtent(toks, v), { start: q.outer.end, end: toks[toks.length - 1].end }, R.afterSubject);
      }
      // “…,” he surmised. — a quote that ends on a comma, then a pronoun and a past form that end
      // the clause: the verb frames the quote even when the lexicon does not list it.
      // A question or an exclamation frames it the same way (“Why not?” Lee pressed.).
      if (!/,["'”’]*$/.test(q.text.slice(q.span.start, q.outer.end)) && !/,$/.test(q.text.slice(q.span.start, q.span.end)) && !questionOrBang) return null;
      // A name works the same way ("…,” Lind surmised.).
      let v = from + 1;
      if (!SUBJECT_PRONOUNS.has(toks[from].lower)) {
        v = from;
        while (v < toks.length && v - from < 4 && toks[v].cap && toks[v].word) v++;
        if (v === from) return null;
      }
      if (v < toks.length && isFiniteVerbLike(toks[v]) && (v + 1 === toks.length || toks[v + 1].text === "," || particleEnds(toks, v + 1))) {
        const m = parseSubject(q.text, spanOf(toks[from], toks[v - 1]));
        if (m && (m.kind === "pronoun" || m.kind === "name")) return hit(m, spanOf(toks[v], toks[v]), { start: q.outer.end, end: toks[toks.length - 1].end }, R.afterSubject);
      }
      return null;
    },
  },
  {
    ...R.possessorOfWords,
    must: [
      "It was hard to forget Ada Lind’s bold assertion that “nobody will ever close this port.”",
      "The mayor’s response was: “We will rebuild.”",
      "Ada Lind spoke first. The vote came days after her remark that the pier was “a disgrace to the town.”",
      "Critics seized on Tom Reyes’s claim during the debate that the port had been “a total failure.”",
      "It was hard to trust Mayor Tom Reyes’s pledge to be “a friend to every fisherman.”",
    ],
    mustNot: [
      "It was hard to forget the bold assertion that “nobody will ever close this port.”",
      "The town put out a statement saying Tom Reyes’s comments “are based on opinion, not facts.”",
      "Ada Lind’s claim that the port, Tom Reyes said, was “a total failure” drew boos.",
      "The vote came days after her remark about the pier, which stood “like a ghost over the bay.”",
      "It was hard to trust that Tom Reyes’s boat could be “a friend to every fisherman.”",
    ],
    match(q) {
      const toks = beforeWindow(q);
      const w = possessiveWords(q, toks);
      return w ? hit(w.mention, spanOf(toks[w.noun], toks[w.noun]), spanOf(toks[w.from], toks[toks.length - 1]), R.possessorOfWords) : null;
    },
  },
  {
    ...R.reportedInner,
    must: [
      "Ann Lee said she expected that voters will say “no” to the plan.",
      "Tom Reyes declared in a long meeting that any new deal would demand “absolute secrecy.”",
      "Ann Lee said the mayor sees the vote as a chance to contrast the plan that the council is offering with “the doom and gloom” of the rivals.",
      "That is when Ann Lee pointed to reports that Tom Reyes called the pier “a ruin.”",
      "Harbor police sources have said he said “no more boats” to the guards.",
    ],
    mustNot: [
      "Ann Lee said he told her “no more.”",
      "Ann Lee said the plan failed, and Tom Reyes called it “a disaster.”",
      "Some in the crowd booed, and when Ann Lee said it was good to be home, a man yelled “Stay there!”",
      "Ann Lee said she would call it “a disaster.”",
      "Ann Lee spoke to Tom Reyes, who called it “a disaster.”",
      "Critics who agree that the pier should close were upset, with Ann Lee calling the plan “a mess.”",
      "When Ann Lee noted that Tom Reyes had paid no tax ― as was true for years ― Reyes boasted, “That makes me smart.”",
    ],
    match(q) {
      const a = adjacentSource(q);
      if (!a) return null;
      const toks = beforeWindow(q);
      const outer = outerReporter(q, toks, a.v, a.m);
      return outer ? hit(outer.mention, cueExtent(toks, outer.verb), { start: toks[outer.verb].start, end: q.outer.start }, R.reportedInner) : null;
    },
  },
  {
    ...R.beforeAdjacent,
    must: ["The mayor said, “It is over.”", "A neighbour told him: “Stay inside.”"],
    mustNot: ["The mayor left. “It is over.”"],
    match(q) {
      const a = adjacentSource(q);
      return a ? hit(a.m, a.cue, a.clause, R.beforeAdjacent) : null;
    },
  },
  {
    ...R.dash,
    must: ["“We will rebuild.” ― Ana Ruiz", "“We will rebuild.” — Ana Ruiz, a teacher"],
    mustNot: ["“We will rebuild” — and they did."],
    match(q) {
      const after = q.text.slice(q.outer.end, Math.min(q.para.end, q.outer.end + 200));
      const m = /^\s*[―—–-]\s*(?=\p{Lu})/u.exec(after);
      if (!m) return null;
      const toks = afterWindow(q).filter((t) => t.text !== "―" && t.text !== "—" && t.text !== "–" && t.text !== "-");
      if (!toks.length) return null;
      const src = parseInvertedSource(q.text, { start: toks[0].start, end: toks[toks.length - 1].end });
      if (!src || src.kind === "pronoun") return null;
      const dashAt = q.outer.end + m[0].search(/[―—–-]/u);
      return hit(src, { start: dashAt, end: dashAt + 1 }, { start: q.outer.end, end: toks[toks.length - 1].end }, R.dash);
    },
  },
  {
    ...R.creditLine,
    must: ["“We will rebuild the pier.”\n\n― Ana Ruiz, a teacher.\n\nThe vote is on Monday.", "“We will rebuild the pier.”\n\nTom Reyes, Harbor Institute for Policy Research.\n\nThe vote is on Monday."],
    mustNot: ["“We will rebuild the pier.”\n\nTom Reyes voted against it.\n\nThe vote is on Monday.", "“We will rebuild the pier,” she said.\n\n― Ana Ruiz, a teacher.", "“We will rebuild the pier.”\n\nHarbor Deals Ahead.\n\nThe vote is on Monday."],
    match(q) {
      // The quote is its whole paragraph: nothing before it, nothing but closing punctuation after.
      for (let i = q.para.start; i < q.outer.start; i++) if (!/\s/.test(q.text[i])) return null;
      for (let i = q.outer.end; i < q.para.end; i++) if (!/[\s.,;”"’'-]/.test(q.text[i])) return null;
      let s = q.para.end;
      while (s < q.text.length && /\s/.test(q.text[s])) s++;
      const nl = q.text.indexOf("\n", s);
      const e = nl < 0 ? q.text.length : nl;
      if (e - s < 3 || e - s > 160) return null;
      const line = q.text.slice(s, e);
      const dash = /^[―—–-]\s*/u.exec(line);
      const from = s + (dash ? dash[0].length : 0);
      const toks = tokenize(q.text, { start: from, end: e }).filter((t) => t.text !== "." || t.end !== e);
      if (!toks.length || !toks[0].cap) return null;
      // Without a dash, a credit line is a name and capitalised words ("Dean Baker, Center for
      // Economic Policy."), never a sentence.
      if (!dash && toks.some((t) => t.word && !t.cap && !NAME_GLUE.has(t.lower) && t.lower !== "for")) return null;
      const comma = toks.findIndex((t) => t.text === ",");
      const nameEnd = comma > 0 ? comma : toks.length;
      const m = parseInvertedSource(q.text, { start: toks[0].start, end: toks[toks.length - 1].end });
      // Without a dash the name and its affiliation are both needed ("Getty/Instagram.", a subhead
      // "Knack for Deals." are no credits).
      if (!m || m.kind !== "name" || (!dash && (comma < 0 || nameEnd < 2))) return null;
      return hit(m, { start: s, end: from }, { start: s, end: e }, R.creditLine);
    },
  },
  {
    ...R.colonName,
    must: ["TURNOUT IS UP AGAIN - Ada Lind: “Young voters came out in force.”", "Rep. Tom Reyes (D-Ohio): “Who told you that figure?”", "More from Lind: “The young came out.”", "Ada Lind and Tom Reyes met. Lind: “The port stays open.”", "POLLS WERE RIGHT - HarborPoll: “Turnout was as expected.”"],
    mustNot: ["Here they are: “Be brave.”", "Update: “The road is open.”", "From Oakdale: “The road is open.”", "The Oakdale Herald ran it. Oakdale: “The road is open.”", "Ada Lind left. Update: “The road is open.”", "Ada Lind wrote to Tom Reyes: “We are ready.”", "In city after city, Lind lobbies for a higher wage: “No one should be poor.”"],
    match(q) {
      const toks = beforeWindow(q);
      const n = toks.length;
      if (n < 2 || toks[n - 1].text !== ":") return null;
      // A heading before a dash is not part of the name ("RED STATES GAIN - Ann Lee:").
      let s = 0;
      for (let i = 0; i < n - 1; i++) if (toks[i].text === "-" || toks[i].text === "—" || toks[i].text === "–" || toks[i].text === "―") s = i + 1;
      // "More from Lee:" cites the one named.
      const cited = s + 2 < n - 1 && toks[s].lower === "more" && toks[s + 1].lower === "from";
      if (cited) s += 2;
      if (s >= n - 1 || !toks[s].cap) return null;
      // Capitalised words only (a clause, "Lee lobbies for a higher wage:", is not a credit line).
      let depth = 0;
      for (let i = s; i < n - 1; i++) {
        const t = toks[i];
        if (t.text === "(") depth++;
        else if (t.text === ")") depth--;
        else if (depth === 0 && t.word && !t.cap && !NAME_GLUE.has(t.lower)) return null;
      }
      const m = parseSubject(q.text, { start: toks[s].start, end: toks[n - 2].end });
      if (!m || (m.kind !== "name" && m.kind !== "organisation")) return null;
      // One capitalised word alone is as often a heading ("Update:", "Washington:"); it is a name
      // when the article names someone in full with it as the surname ("Jeb Bush … Bush: “…”"),
      // or a brand written in camel case ("HuffPollster:").
      if (!cited && m.kind === "name" && !m.title) {
        const words = tokenize(q.text, m.span).filter((t) => t.word);
        if (words.length < 2 && !(words.length === 1 && (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0].text) || surnameOfFullName(q.text, words[0].text)))) return null;
      }
      return hit(m, spanOf(toks[n - 1], toks[n - 1]), spanOf(toks[s], toks[n - 1]), R.colonName);
    },
  },
  {
    ...R.asPutIt,
    must: ["The port, as Ada Lind put it, is “the beating heart of the town.”", "As Tom Reyes, the harbour master, puts it: “No ships, no town.”", "The fee is “a tax by another name,” as one trader put it."],
    mustNot: ["The port is “the beating heart of the town,” and the mayor put it on every poster.", "As the mayor put the plan to a vote, “the beating heart of the town” was in doubt."],
    match(q) {
      const before = beforeWindow(q);
      const after = afterWindow(q);
      if (!hasWord(before, "as") && !hasWord(after, "as")) return null;
      for (const toks of [before, after]) {
        for (let i = 0; i + 3 < toks.length; i++) {
          if (toks[i].lower !== "as") continue;
          // "as X put it", "as X puts it", "as X has put it": X runs from after "as" to the verb.
          for (let v = i + 2; v + 1 < toks.length && v <= i + 16; v++) {
            if ((toks[v].lower !== "put" && toks[v].lower !== "puts") || toks[v + 1].lower !== "it") continue;
            let e = v;
            while (e > i + 1 && (BETWEEN.has(toks[e - 1].lower) || toks[e - 1].text === ",")) e--;
            const m = e > i + 1 ? parseSubject(q.text, spanOf(toks[i + 1], toks[e - 1])) : null;
            if (m) return hit(m, spanOf(toks[i], toks[v + 1]), spanOf(toks[i], toks[v + 1]), R.asPutIt);
            break;
          }
        }
      }
      return null;
    },
  },
  {
    ...R.inWords,
    must: ["They were used, in Sami’s words, as “human shields.”"],
    mustNot: ["They were used as “human shields.”"],
    match(q) {
      const toks = beforeWindow(q);
      for (let i = toks.length - 1; i >= 1; i--) {
        if (toks[i].lower !== "words" && toks[i].lower !== "phrase") continue;
        let j = i - 1;
        if (toks[j].lower === "own") j--;
        if (j < 0 || !/^['’]s?$/.test(toks[j].text)) continue;
        let k = j - 1;
        while (k > 0 && toks[k - 1].word && toks[k - 1].lower !== "in" && toks[k - 1].lower !== "to") k--;
        if (k < 0 || k > j - 1) continue;
        const m = parseSubject(q.text, { start: toks[k].start, end: toks[j - 1].end });
        if (m) return hit(m, spanOf(toks[k > 0 && toks[k - 1].lower === "in" ? k - 1 : k], toks[i]), spanOf(toks[k], toks[i]), R.inWords);
      }
      return null;
    },
  },
  {
    ...R.citedAuthor,
    must: ["It reminded her of a line from the poet Ana Reyes: “The sea keeps what it takes.”"],
    mustNot: ["He read a line from the report: “Losses were heavy.”", "She said one line from memory: “We stay.”"],
    match(q) {
      const toks = beforeWindow(q);
      const n = toks.length;
      // "… a line / the words / a verse (from|by|of) X: “…”" — X is a person's name.
      if (n < 4 || toks[n - 1].text !== ":") return null;
      for (let p = n - 3; p >= 1 && p >= n - 10; p--) {
        if (!CITED_PREPS.has(toks[p].lower) || !CITED_WORDS.has(toks[p - 1].lower)) continue;
        // The name may follow a description ("the beloved poet Ana Reyes"): it starts at the first capital.
        let c = p + 1;
        while (c < n - 1 && !/^\p{Lu}/u.test(toks[c].text)) c++;
        const m = c < n - 1 ? parseSubject(q.text, spanOf(toks[c], toks[n - 2])) : null;
        if (m && m.kind === "name") return hit(m, spanOf(toks[p - 1], toks[p]), spanOf(toks[p - 1], toks[n - 2]), R.citedAuthor);
        return null;
      }
      return null;
    },
  },
  {
    ...R.naming,
    must: ["The minister dubbed it “a fantasy.”"],
    mustNot: ["“Treason,” he thought."],
    match(q) {
      const toks = afterWindow(q);
      let from = 0;
      while (from < toks.length && !toks[from].word) from++;
      for (let v = from + 1; v < toks.length && v < from + 4; v++) {
        if (!NAMING_VERBS.has(toks[v].lower)) continue;
        const m = parseSubject(q.text, spanOf(toks[from], toks[v - 1]));
        if (m) return hit(m, spanOf(toks[v], toks[Math.min(v + 1, toks.length - 1)]), spanOf(toks[from], toks[toks.length - 1]), R.naming);
      }
      const before = beforeWindow(q);
      for (let v = before.length - 1; v >= 0 && v >= before.length - 4; v--) {
        if (!NAMING_VERBS.has(before[v].lower) || soCalled(before, v)) continue;
        const m = subjectBeforeVerb(q, before, 0, v) ?? localSubject(q, before, v);
        if (m) return hit(m, spanOf(before[v], before[before.length - 1]), spanOf(before[v], before[before.length - 1]), R.naming);
      }
      return null;
    },
  },
  {
    ...R.sentenceVerb,
    must: ["Lena Park noted that she had waited at the station for most of the night, and “nobody came.”"],
    mustNot: ["The river rose and “nobody came.”"],
    match(q) {
      const toks = beforeWindow(q);
      for (let v = toks.length - 1; v >= 0; v--) {
        if (!isCueVerb(toks, v)) continue;
        if (inOpeningTimeOrCondition(toks, v)) continue;
        if (inClosedAside(toks, v)) continue;
        const m = speakerOfClauseBefore(q, toks, v) ?? subjectBeforeVerb(q, toks, 0, v) ?? localSubject(q, toks, v) ?? leadingSubject(q, toks, v);
        if (!m) continue;
        // "Lee said voters had told her that the plan was “…”": the earlier verb's subject reports it.
        const outer = outerReporter(q, toks, v, m);
        if (outer) return hit(outer.mention, cueExtent(toks, outer.verb), spanOf(toks[outer.verb], toks[toks.length - 1]), R.reportedInner);
        return hit(m, cueExtent(toks, v), spanOf(toks[v], toks[toks.length - 1]), R.sentenceVerb);
      }
      const after = afterWindow(q);
      let from = 0;
      while (from < after.length && !after[from].word) from++;
      // A quote that ends its sentence (“… tomorrow.” She says …) is not the object of the next one's verb.
      if (from < after.length && endsSentence(q) && /^\p{Lu}/u.test(after[from].text) && !/[?!]["'”’]*$/.test(q.text.slice(q.span.start, q.span.end))) return null;
      for (let v = from + 1; v < after.length; v++) {
        if (!isCueVerb(after, v)) continue;
        // The nearest clause boundary before the verb starts its subject ("…” Palmyra, Omran explained).
        // "… has used “velvet gloves” in its dealings, said Ann Lee, an expert.": an inverted cue that
        // ends the sentence credits the whole sentence, the quote in it included.
        if (after[v - 1].text === "," && !/ing$/.test(after[v].lower) && v + 1 < after.length && after[v + 1].lower !== "to") {
          const src = parseInvertedSource(q.text, { start: after[v + 1].start, end: after[after.length - 1].end });
          if (src && src.kind !== "pronoun") return hit(src, spanOf(after[v], after[v]), spanOf(after[v], after[after.length - 1]), R.sentenceVerb);
        }
        let s = v - 1;
        while (s > from && after[s - 1].text !== "," && after[s - 1].text !== ";" && after[s - 1].text !== "—") s--;
        const m = subjectBeforeVerb(q, after, s, v);
        if (m) return hit(m, cueExtent(after, v), spanOf(after[s], after[after.length - 1]), R.sentenceVerb);
        return null;
      }
      return null;
    },
  },
  {
    ...R.colonIntro,
    must: ["Ruth Okafor told the council:\n\n“We cannot wait another winter.”", "Said the mayor:\n\n“We are ready.”", "On July 6, Ada Lind made the following comment:\n\n“The jobless rate is far too high.”", "Ada Lind then listed the three things a candidate needs:\n\n“Has the candidate a record of service?”"],
    mustNot: ["The report listed three causes:\n\n“Neglect, rain and bad luck.”", "The river rose over the following week:\n\n“Neglect, rain and bad luck.”"],
    match(q) {
      // Only a quote that opens its paragraph, after a paragraph that ends with a colon.
      for (let i = q.para.start; i < q.outer.start; i++) if (!/\s/.test(q.text[i])) return null;
      let c = q.para.start - 1;
      while (c >= 0 && /\s/.test(q.text[c])) c--;
      if (c < 0 || q.text[c] !== ":") return null;
      const all = tokenize(q.text, { start: Math.max(0, c - 300), end: c });
      let from = 0;
      for (let i = 0; i < all.length; i++) if (SENTENCE_END.has(all[i].text) || all[i].text === "…" || all[i].text === "”" || all[i].text === '"') from = i + 1;
      const toks = all.slice(from);
      if (!toks.some((t, v) => isCueVerb(toks, v))) {
        // "On July 6, Lee made the following comment:" — no speech verb, but a speech noun and a
        // subject that can speak introduce the quote. "He then listed the qualities he wants:" — a
        // person (a name or a personal pronoun) whose sentence ends on the colon does too.
        const m = clauseSubject(q, toks);
        if (!m || !canSpeak(q, m)) return null;
        if (toks.some((t) => SPEECH_NOUNS.has(t.lower)) || m.kind === "pronoun" || m.kind === "name") return hit(m, m.span, { start: toks[0].start, end: c }, R.colonIntro);
        return null;
      }
      for (let v = toks.length - 1; v >= 0; v--) {
        if (!isCueVerb(toks, v)) continue;
        const clause = { start: toks[0].start, end: c };
        if (v <= 1 && v + 1 < toks.length) {
          const m = parseInvertedSource(q.text, { start: toks[v + 1].start, end: toks[toks.length - 1].end });
          if (m) return hit(m, cueExtent(toks, v), clause, R.colonIntro);
        }
        const m = subjectBeforeVerb(q, toks, 0, v) ?? leadingSubject(q, toks, v);
        if (m) return hit(m, cueExtent(toks, v), clause, R.colonIntro);
        return null;
      }
      return null;
    },
  },
  {
    ...R.agentlessPassive,
    noSpeaker: true,
    must: [
      "The town held what is called a “harvest parade” every October.",
      "Ada Lind was asked about the “closed port” at the meeting.",
      "The new fund will informally be dubbed the “Save the Pier Fund” and will open in May.",
      "The mayor was said to be “furious” with the board.",
    ],
    mustNot: [
      "Ada Lind called the plan a “harvest parade” at the meeting.",
      "The plan was called a “harvest parade” by Ada Lind.",
      "Ada Lind said the plan is called a “harvest parade” in the town.",
      "The mayor was furious at the “closed port” plan.",
    ],
    match(q) {
      const toks = beforeWindow(q);
      const b = agentlessPassiveAt(toks);
      // "… was called a “…” by Ada Lind": the agent comes after the quote.
      if (b < 0 || afterWindow(q).find((t) => t.word)?.lower === "by") return null;
      return hit(null, spanOf(toks[b], toks[toks.length - 1]), spanOf(toks[0], toks[toks.length - 1]), R.agentlessPassive);
    },
  },
  {
    ...R.sentenceSubject,
    must: [
      "Nadia Orsk likened the budget to “a bucket with a hole in the bottom of it.”",
      "The union leader blasted the plan as “theft from the people who can least afford it.”",
      "After the vote, Councillor Bram Dee, the head of the finance panel, lauded the mayor for “keeping steady hands on the wheel all year.”",
      "9:40 a.m. Nadia Orsk is backing lower fees and “jobs for every family in the valley.”",
    ],
    mustNot: [
      "The bridge was rebuilt after “the great flood that took the old one away in the spring.”",
      "The timing of the vote surprised those who had called it “a done deal from the very first day.”",
      "It is strange that the council would reject “a plan that everyone had already agreed on.”",
    ],
    match(q) {
      const toks = beforeWindow(q);
      if (toks.length < 3) return null;
      const main = clauseSubject(q, toks);
      const m = (main && laterPronounFor(q, toks, main)) ?? main ?? pronounClauseSubject(q, toks);
      if (!m || !canSpeak(q, m)) return null;
      return hit(m, m.span, spanOf(toks[0], toks[toks.length - 1]), R.sentenceSubject);
    },
  },
  {
    ...R.sentenceBefore,
    must: ["The hall went quiet. Ada Lind turned to the mayor. “Why did you sell the pier?”", "The hall went quiet. Ada Lind agreed. “We will rebuild the pier.”", "The pier is old. The mayor later told the board that the money was gone. “We will rebuild it all the same.”"],
    mustNot: [
      "The hall went quiet. The rain kept falling. “Why did you sell the pier?”",
      "“We will rebuild,” Ada Lind said. “The town deserves it.”",
      "“We will rebuild,” Ada Lind said. The town may wait for the money, Tom Reyes said. “The pier comes first.”",
      "“The towns are small,” Ada Lind said. They also lie far from the city. “That is a tough area.”",
      "The hall went quiet. Telling the board about it, Ada Lind wept. “We will rebuild the pier.”",
    ],
    match(q) {
      if (beforeWindow(q).length > 0) return null;
      const s = sentenceBeforeSubject(q.text, { start: Math.max(q.prevQuoteEnd, q.para.start), end: q.outer.start });
      if (!s) return null;
      // A sentence with a speech verb reports speech ("…, Schiff said.", "said Jeff Patch, an
      // operative."): the quotes around it carry that speaker on, as the second pass does.
      // "Ann Lee agreed. “…”", "The mayor further related that …. “…”": a sentence whose own
      // subject speaks (its verb, right after it, is a speech verb) quotes no one else either.
      const toks = tokenize(q.text, s.clause);
      let v = 0;
      while (v < toks.length && toks[v].start < s.mention.whole.end) v++;
      while (v < toks.length && !toks[v].cap && (BETWEEN.has(toks[v].lower) || /ly$/.test(toks[v].lower))) v++;
      // (Not the attribution that ends the quote before it: “…,” Lee said. “…” is the second pass's.)
      const afterQuote = q.prevQuoteEnd > q.para.start && /^[\s,]*$/.test(q.text.slice(q.prevQuoteEnd, s.clause.start));
      const ownVerb = !afterQuote && toks[0].cap && v < toks.length && isCueVerb(toks, v) && !/ing$/.test(toks[v].lower);
      for (let i = 0; i < toks.length; i++) if (i !== v && isCueVerb(toks, i)) return null;
      if (!ownVerb && v < toks.length && isCueVerb(toks, v)) return null;
      return hit(s.mention, ownVerb ? spanOf(toks[v], toks[v]) : s.mention.span, s.clause, R.sentenceBefore);
    },
  },
];

// Writings and recordings that news credits with words of their own ("The ad claims “…”", "A letter
// to members calls for “…”"), as it does statements and reports.
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "ad", "ads", "advert", "commercial", "spot", "mailer", "flier", "flyer", "letter", "letters", "editorial", "memo",
  "email", "emails", "e-mail", "poll", "survey", "study", "video", "tweet", "tweets", "article", "piece",
  "column", "filing", "ruling", "order", "lawsuit", "complaint", "petition", "resolution", "platform", "message",
  "document", "transcript", "release", "indictment",
]);

// Plurals in -ers/-ors that name things, not people ("members" and "monitors" are PERSON_NOUNS, tested first).
const NOT_AGENTS: ReadonlySet<string> = new Set([
  "numbers", "papers", "letters", "orders", "matters", "powers", "waters", "borders", "quarters", "headquarters",
  "centers", "chambers", "barriers", "offers", "layers", "others", "corners", "towers", "filters",
  "computers", "factors", "sectors", "errors", "colors", "colours", "doors", "floors", "mirrors", "corridors",
  "motors", "tractors", "vectors", "terrors", "horrors", "favors", "favours", "honors", "honours",
  "rumors", "rumours", "flavors", "tremors", "meters", "liters", "litres", "markers", "posters", "banners",
  "stickers", "flyers", "fliers", "mailers", "trailers", "headers", "chapters", "characters", "registers",
]);

// Gatherings that chant, boo and echo words ("the crowd chanted “…”"): they speak as a subject,
// though a later "he" or "she" never means them (they are no PERSON_NOUNS).
const GATHERINGS: ReadonlySet<string> = new Set(["crowd", "crowds", "audience", "audiences", "throng"]);

/**
 * A subject that can be the source of words: a personal pronoun, or a phrase whose head word is a
 * name, a person noun or an organisation noun ("the timing of the surge", "the final results",
 * "it" are not).
 */
function canSpeak(q: QuoteContext, m: Mention): boolean {
  const toks = tokenize(q.text, m.span).filter((t) => t.word);
  if (toks.length === 0) return false;
  const head = toks[toks.length - 1];
  if (m.kind === "pronoun") return ["he", "she", "they", "we", "i"].includes(head.lower);
  if (PERSON_NOUNS.has(head.lower) || ORG_WORDS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || GATHERINGS.has(head.lower)) return true;
  // A title as the head of a description ("the justice", "the pope") is a person.
  if (!head.cap && TITLES.has(head.lower) && toks.length > 1) return true;
  // A plural agent noun the lexicon does not list ("questioners", "demonstrators", "marchers").
  if (!head.cap && toks.length > 1 && /(?:ers|ors|ists|ians)$/.test(head.lower) && !NOT_AGENTS.has(head.lower)) return true;
  // A capitalised head that is not just the sentence's first word ("The", "This", "Media").
  return head.cap && !NOT_NAMES.has(head.lower) && (toks.length > 1 || m.kind === "name");
}

/**
 * "A few days ago in an interview he blasted the media for being “…”": when the sentence does not
 * open with its subject, a personal pronoun followed by a past form is the subject of the clause
 * that holds the quote (the last such pair before it).
 */
function pronounClauseSubject(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  for (let j = toks.length - 2; j >= 0; j--) {
    if (!SUBJECT_PRONOUNS.has(toks[j].lower)) continue;
    // "… and that she has learned": the subject of reported content is not its source (whoever
    // reports it is); an adverbial clause's subject may be ("after she blamed … on “…”").
    if (j > 0 && toks[j - 1].lower === "that") return null;
    let k = j + 1;
    while (k < toks.length && (BETWEEN.has(toks[k].lower) || /ly$/.test(toks[k].lower))) k++;
    if (k < toks.length && isFiniteVerbLike(toks[k])) return parseSubject(q.text, spanOf(toks[j], toks[j]));
    return null;
  }
  return null;
}

// Conjunctions after which a later clause with its own subject holds the quote.
const LATER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["although", "though", "while", "whereas", "because", "since", "when", "after", "before", "until", "once", "if"]);

/**
 * "Lee backed the deal, although she said she has “serious concerns”": when the quote sits in a
 * later clause opened by a conjunction and that clause has a pronoun subject with a finite verb,
 * the pronoun is the source as written (the sentence's first subject is often the same person,
 * or another one: "Ryan praised the bill, though he warned of “…”").
 */
function subordinatePronounSubject(q: QuoteContext, toks: readonly Tok[]): Tok | null {
  for (let j = toks.length - 2; j >= 2; j--) {
    if (!SUBJECT_PRONOUNS.has(toks[j].lower)) continue;
    // "… although she made it clear that she has “…”": the subject of a that-clause is reported
    // content; the clause that holds it is further back.
    if (toks[j - 1].lower === "that") continue;
    if (!LATER_CLAUSE_OPENERS.has(toks[j - 1].lower)) return null;
    let k = j + 1;
    while (k < toks.length && (BETWEEN.has(toks[k].lower) || /ly$/.test(toks[k].lower))) k++;
    return k < toks.length && isFiniteVerbLike(toks[k]) ? toks[j] : null;
  }
  return null;
}

/**
 * The sentence's subject with the later clause's pronoun as the source as written, when the
 * pronoun agrees with it ("Ann Lee backed the deal, although she said …": Lee, written "she");
 * null when there is no such pronoun or it cannot refer to the subject.
 */
function laterPronounFor(q: QuoteContext, toks: readonly Tok[], main: Mention): Mention | null {
  const p = subordinatePronounSubject(q, toks);
  if (!p || main.kind === "pronoun") return null;
  const singular = p.lower === "he" || p.lower === "she";
  if (!singular || main.plural || main.kind !== "name" && main.kind !== "description") return null;
  const g = p.lower === "he" ? "m" : "f";
  if (main.gender !== g && main.gender !== null) return null;
  const at = spanOf(p, p);
  return { ...main, role: null, whole: at };
}

// Words that continue a noun phrase after a name or a noun ("Trump campaign", "Smith of Ohio").
const NP_GLUE = new Set(["of", "from", "for", "at", "and", "&", "de", "la", "al", "bin", "van", "von", "der"]);

/** The word at i starts the predicate: an auxiliary, a past form, a speech verb, or a verb in -s after a name or noun. */
function predicateAt(toks: readonly Tok[], i: number, s: number): boolean {
  const t = toks[i];
  if (!t.word || t.cap || i <= s) return false;
  const l = t.lower;
  if (PASSIVE.has(l) || l === "has" || l === "have" || l === "had" || l === "will" || l === "would" || l === "could" || l === "can" || l === "may" || l === "might" || l === "must" || l === "should" || l === "did" || l === "does") return true;
  if (isVerbAt(toks, i)) return true;
  if (DETERMINER_WORDS.has(toks[i - 1].lower)) return false;
  // "Trump openly admires": an adverb in -ly may stand between the subject and its verb.
  const prev = i - 2 >= s && !toks[i - 1].cap && /ly$/.test(toks[i - 1].lower) ? toks[i - 2] : toks[i - 1];
  if (SPEECH_VERBS.has(l) || NAMING_VERBS.has(l)) return !PERSON_NOUNS.has(l) && !ORG_WORDS.has(l);
  // "Trump attacks", "the group seeks": an -s word right after a name or a person/organisation noun.
  const nounBefore = prev.cap || PERSON_NOUNS.has(prev.lower) || ORG_WORDS.has(prev.lower) || DOCUMENT_NOUNS.has(prev.lower) || PRONOUNS.has(prev.lower);
  return nounBefore && /[^su]s$/.test(l) && !PERSON_NOUNS.has(l) && !ORG_WORDS.has(l) && !NP_GLUE.has(l) && !NOT_S_VERBS.has(l);
}
// Words in -s that are never a verb after a name ("Given his comments", "Trump this week").
const NOT_S_VERBS: ReadonlySet<string> = new Set(["his", "its", "this", "thus", "less", "unless", "plus", "versus", "regardless", "nevertheless", "yours", "ours", "theirs", "hers", "whereas", "perhaps", "always", "sometimes", "besides", "across", "towards", "afterwards"]);

/** The verb right after an appositive's closing comma ("Ann Lee, the mayor, lauded …"). */
function predicateAfterAppositive(t: Tok): boolean {
  if (!t.word || t.cap) return false;
  const l = t.lower;
  if (PASSIVE.has(l) || l === "has" || l === "had" || l === "will" || l === "would" || /n['’]t$/.test(l)) return true;
  return SPEECH_VERBS.has(l) || NAMING_VERBS.has(l) || isFiniteVerbLike(t) || (/[^su]s$/.test(l) && !PERSON_NOUNS.has(l));
}

/**
 * The subject of the quote's sentence: after any opening adverbials ("In August,"), the noun
 * phrase before the first word of the predicate, with an appositive between commas ("Another
 * critic, Ann Lee, likened …"). Null when the sentence does not open with a subject and its verb.
 */
function clauseSubject(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  const m = clauseSubjectFrom(q, toks, 0);
  if (m) return m;
  // A dateline or a heading before a dash or colon ("PARIS, May 2 (AP) — The council voted …").
  for (let i = 1; i < toks.length && i < 16; i++) {
    if (toks[i].text === "—" || toks[i].text === "–" || toks[i].text === ":") return clauseSubjectFrom(q, toks, i + 1);
  }
  return null;
}

const TIME_STAMP = /^(?:\d+|:|a\.m\.|p\.m\.|_+|\.)$/i;

function clauseSubjectFrom(q: QuoteContext, toks: readonly Tok[], from: number): Mention | null {
  let s = from;
  // A time stamp that opens a live-blog entry ("9:34 p.m. Trump has …").
  while (s < toks.length && TIME_STAMP.test(toks[s].text)) s++;
  for (let hops = 0; hops < 3 && s < toks.length; hops++) {
    const f = toks[s];
    // "But Sen. Ann Lee (D-Ohio) refused …": a conjunction that opens the sentence without a comma
    // is one word before the subject, not an adverbial that runs to the next comma.
    if (s === from && OPENING_CONJUNCTIONS.has(f.lower) && f.cap && s + 1 < toks.length && toks[s + 1].word) {
      s++;
      continue;
    }
    // A participle clause ("Reading from a prepared text, …", "Informed of the plan, …") opens too.
    const participleClause = opensParticipleClause(toks, s);
    const opener = !opensQuantity(toks, s) && (!f.word || (!f.cap && !PRONOUNS.has(f.lower) && !DETERMINER_WORDS.has(f.lower) && !PERSON_NOUNS.has(f.lower)) || NOT_SUBJECT_OPENERS.has(f.lower) || participleClause || opensSpanOfTime(toks, s));
    if (!opener) break;
    // Skip an opening adverbial to its comma.
    let c = s;
    while (c < toks.length && toks[c].text !== ",") c++;
    if (c >= toks.length - 1) return null;
    s = c + 1;
  }
  if (s >= toks.length) return null;
  if (/(?:ing|ed)$/.test(toks[s].lower) && !toks[s].cap) return null;
  const limit = Math.min(toks.length, s + 30);
  let e = s + 1;
  let endTok = -1; // the last token of the subject (its appositive's comma included)
  while (e < limit) {
    const t = toks[e];
    if (t.text === ",") {
      // "X, the head of Y, said": the segment to the next comma is an appositive when a predicate follows it.
      let f = e + 1;
      // "X, who was elected in 2010, casts …": a relative clause between commas has its own
      // predicate; the appositive runs to its closing comma all the same.
      const relative = RELATIVE_SOURCE.has(toks[f]?.lower ?? "") || toks[f]?.lower === "whose";
      while (f < limit && toks[f].text !== "," && (relative || !predicateAt(toks, f, e + 1)) && toks[f].text !== "“" && toks[f].text !== '"') f++;
      let v = f + 1;
      while (v < limit && (BETWEEN.has(toks[v].lower) || /ly$/.test(toks[v].lower))) v++;
      if (f < limit && toks[f].text === "," && f > e + 1 && v < limit && predicateAfterAppositive(toks[v])) {
        endTok = f;
        e = v;
        break;
      }
      return null;
    }
    if (!t.word && !isPossessiveTok(t) && !/^[.&'’\-()]$/.test(t.text)) return null;
    if (predicateAt(toks, e, s)) break;
    if (t.word && !t.cap && BETWEEN.has(t.lower) && e + 1 < limit && predicateAt(toks, e + 1, s)) break;
    e++;
  }
  if (e >= limit || e - s > 14) return null;
  const last = endTok >= 0 ? endTok : beforeTimePhrase(toks, s, e) - 1;
  if (last < s) return null;
  const m = parseSubject(q.text, spanOf(toks[s], toks[last]));
  return m;
}

const NUMBER_WORDS: ReadonlySet<string> = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "several", "many", "few"]);
const TIME_UNITS: ReadonlySet<string> = new Set(["years", "months", "weeks", "days", "hours", "minutes", "decades", "nights"]);

/** "Thirteen years earlier, she …", "Two days later, …": a span of time opens an adverbial, not the subject. */
function opensSpanOfTime(toks: readonly Tok[], s: number): boolean {
  const n = toks[s].lower;
  // "Twenty-two years ago", "15 years ago" too.
  return (NUMBER_WORDS.has(n) || NUMBER_WORDS.has(n.split("-")[0]) || /^\d+$/.test(n)) && s + 1 < toks.length && TIME_UNITS.has(toks[s + 1].lower);
}

// Openers that start an adverbial or a subordinate clause, never the subject.
const NOT_SUBJECT_OPENERS = new Set([
  "in", "on", "at", "during", "after", "before", "since", "until", "when", "while", "if", "as", "for", "from", "with",
  "without", "by", "of", "to", "over", "under", "about", "through", "among", "despite", "like", "unlike", "last",
  "earlier", "later", "today", "yesterday", "but", "and", "or", "so", "yet", "instead", "however", "meanwhile",
  "still", "even", "also", "now", "although", "though", "because", "once", "following", "asked", "speaking", "given",
]);

/**
 * "…, Spicer said, adding, “…”": a participle right after a speech clause takes that clause's
 * speaker, not the sentence's first subject.
 */
function speakerOfClauseBefore(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  if (!/ing$/.test(toks[v].lower) || v < 3 || toks[v - 1].text !== ",") return null;
  let s = v - 2;
  while (s > 0 && toks[s - 1].text !== "," && toks[s - 1].text !== ";") s--;
  for (let k = v - 2; k >= s; k--) {
    if (!isCueVerb(toks, k) || /ing$/.test(toks[k].lower)) continue;
    // "“…,” said Rep. Ann Lee at the time, adding that “…”": the verb opens its clause and its
    // speaker follows it.
    const m = k === s ? (k + 1 < v - 1 ? parseInvertedSource(q.text, spanOf(toks[k + 1], toks[v - 2])) : null) : subjectBeforeVerb(q, toks, s, k);
    return m && (m.kind === "name" || m.kind === "pronoun") ? m : null;
  }
  return null;
}

// Conjunctions that open a time, condition or concession clause before the main clause. Not "as":
// "As Lee pointed out, the plan is “…”" names the quote's source.
const TIME_OR_CONDITION_OPENERS: ReadonlySet<string> = new Set(["when", "while", "if", "although", "though", "because", "since", "until", "before", "after", "once", "whenever"]);

/**
 * "When Lee announced the plan in May, she called it “a new start.”": a speech verb inside a
 * sentence-opening time or condition clause, closed by a comma before the quote, reports an
 * earlier event; the main clause after the comma holds the quote.
 */
function inOpeningTimeOrCondition(toks: readonly Tok[], v: number): boolean {
  if (toks.length === 0 || !TIME_OR_CONDITION_OPENERS.has(toks[0].lower)) return false;
  for (let i = 1; i < v; i++) if (toks[i].text === "," || toks[i].text === ";" || toks[i].text === "—") return false;
  for (let i = v + 1; i < toks.length - 1; i++) if (toks[i].text === ",") return true;
  return false;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);

// Words that open a subordinate or coordinate clause: the subject of a finite verb starts after them.
const CLAUSE_OPENERS = new Set(["when", "as", "after", "before", "because", "while", "if", "since", "that", "and", "but", "where", "though", "although", "until", "once", "whether", "so"]);

/**
 * The subject of a finite cue verb inside a later clause ("the crowd booed when he told them …",
 * "…, and Lee said"): the words from the nearest clause opener or comma to the verb. A participle
 * ("…, saying") has no subject of its own and is left to the main clause.
 */
// Verbs that take a participle as their complement ("he keeps talking about “…”").
const CATENATIVES: ReadonlySet<string> = new Set(["keep", "keeps", "kept", "keeping", "began", "begins", "begin", "started", "starts", "start", "stopped", "continued", "continues", "quit"]);

function localSubject(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
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
      if (lead && lead.kind === "organisation") return { ...lead, role: null, whole: spanOf(toks[p], toks[p]) };
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
  while (b >= 0 && v - b <= 8 && toks[b].text !== "," && toks[b].text !== ";" && toks[b].lower !== "with" && !CLAUSE_OPENERS.has(toks[b].lower) && !RELATIVE_SOURCE.has(toks[b].lower)) b--;
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

const RELATIVE_SOURCE = new Set(["who", "which"]);

/**
 * The relative pronoun at `pronoun` ("the Huffington Post, which originally said it would …") as the
 * source of reported speech: the pronoun as written, its antecedent (read from `from` on) the speaker.
 */
export function relativePronounSource(text: string, from: number, pronoun: Span): Mention | null {
  const toks = tokenize(text, { start: from, end: pronoun.end });
  const r = toks.length - 1;
  if (r < 1 || toks[r].start !== pronoun.start || !RELATIVE_SOURCE.has(toks[r].lower)) return null;
  return relativeSource({ text } as QuoteContext, toks, r);
}
const NP_STOP = new Set([",", ";", ":", "(", ")", "—", "–", "―", "of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "that", "as"]);

/**
 * "McConnell, the Senate leader, who in 2010 said …", "the police department, which reported
 * …": the relative pronoun is the source as written; its antecedent, the noun phrase before it
 * (a name before its appositive), is the speaker.
 */
function relativeSource(q: QuoteContext, toks: readonly Tok[], r: number): Mention | null {
  let e = r - 1;
  if (e >= 0 && toks[e].text === ",") e--;
  const segment = (end: number): [number, number] => {
    let s = end;
    while (s > 0 && end - s < 8 && !NP_STOP.has(toks[s - 1].lower) && !SENTENCE_END.has(toks[s - 1].text)) s--;
    return [s, end];
  };
  if (e < 0 || !toks[e].word) return null;
  let [s1] = segment(e);
  // "Sen. Ann Lee of Ohio, who", "the mayor of Oakdale, who": a place after "of" or "from" a name
  // or a person noun ends the antecedent; it is not the antecedent.
  if (s1 >= 2 && (toks[s1 - 1].lower === "of" || toks[s1 - 1].lower === "from") && toks[s1 - 2].word && (toks[s1 - 2].cap || PERSON_NOUNS.has(toks[s1 - 2].lower))) {
    let allCap = true;
    for (let k = s1; k <= e; k++) if (!toks[k].cap) allCap = false;
    if (allCap) [s1] = segment(s1 - 2);
  }
  let ante = parseSubject(q.text, spanOf(toks[s1], toks[e]));
  // An appositive right before the pronoun: the name before it is the antecedent.
  if (ante && ante.kind === "description" && s1 >= 2 && toks[s1 - 1].text === ",") {
    const [s2] = segment(s1 - 2);
    const named = s2 <= s1 - 2 ? parseSubject(q.text, spanOf(toks[s2], toks[s1 - 2])) : null;
    if (named && named.kind === "name") ante = named;
  }
  if (!ante || ante.kind === "pronoun") return null;
  const who = { start: toks[r].start, end: toks[r].end };
  return { ...ante, role: null, whole: who };
}

/**
 * The main clause's subject, for cues far from it ("During a speech, Trump attacked Clinton,
 * saying, “…”"): the first clause (sentence start or after a comma) that opens with a name or a
 * pronoun followed by a lower-case word (its verb).
 */
function leadingSubject(q: QuoteContext, toks: readonly Tok[], v: number): Mention | null {
  let s = 0;
  while (s < v) {
    // "Then he cut into Bush, calling him …": a linking word that opens the clause stands before its subject.
    if (s + 1 < v && CLAUSE_LEADS.has(toks[s].lower) && SUBJECT_PRONOUNS.has(toks[s + 1].lower)) s++;
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
    if (e === s && toks[s]?.word && SUBJECT_PRONOUNS.has(toks[s].lower)) e = s + 1;
    // Role words between capitalised words belong to one subject ("Democratic presidential
    // candidate Bernie Sanders"): run on to the name after them.
    for (;;) {
      let f = e;
      while (f < v && f - e < 4 && toks[f].word && !toks[f].cap && isModifierLike(toks[f].lower)) f++;
      if (f === e || f >= v || !toks[f].cap || !(PERSON_NOUNS.has(toks[f - 1].lower) || TITLES.has(toks[f - 1].lower))) break;
      let g = f;
      while (g < v && toks[g].word && toks[g].cap) g++;
      e = g;
    }
    // A capitalised determiner alone ("The", "Another", "Multiple") opens a description, not a name.
    // A capitalised first word before a lower-case noun ("Small groups of protesters", "Multiple
    // news reports") is an adjective that opens a description, not a name.
    const adjectiveOpener = s === 0 && e === s + 1 && e < v && !NOT_SUBJECT_OPENERS.has(toks[s].lower) && !PREPOSITION_OPENERS.has(toks[s].lower) && toks[e].word && !toks[e].cap && !isPossessiveTok(toks[e]) && !isFiniteVerbLike(toks[e]) && !SPEECH_VERBS.has(toks[e].lower) && !BETWEEN.has(toks[e].lower) && !PASSIVE.has(toks[e].lower) && !ADVERBIAL_NEXT.has(toks[e].lower) && !NP_GLUE.has(toks[e].lower) && !/(?:ly|ing)$/.test(toks[e].lower);
    const lone = e === s + 1 && !PRONOUNS.has(toks[s].lower) && (DETERMINER_WORDS.has(toks[s].lower) || NOT_NAMES.has(toks[s].lower) || adjectiveOpener);
    // "Early in his campaign", "Hours later", "Reached by phone": an adverbial, not a subject.
    // "Given his past comments on …": a word that never opens a subject opens an adverbial.
    const openerWord = e === s + 1 && e < v && NOT_SUBJECT_OPENERS.has(toks[s].lower) && !SUBJECT_PRONOUNS.has(toks[e].lower);
    const adverbial = e === s + 1 && e < v && (openerWord || ADVERBIAL_NEXT.has(toks[e].lower) || /(?:ed|ing|ly)$/.test(toks[s].lower));
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
      if (h < v && h - s <= 5 && toks[h].word && h + 1 < v && toks[h + 1].word && !toks[h + 1].cap && !isPossessiveTok(toks[h + 1])) {
        const m = parseSubject(q.text, spanOf(toks[s], toks[h]));
        if (m && m.kind !== "pronoun") return m;
      }
    }
    if (!lone && e > s && e < v && toks[e].word && /^\p{Ll}/u.test(toks[e].text)) {
      const m = parseSubject(q.text, spanOf(toks[s], toks[e - 1]));
      if (m && m.kind !== "description") return m;
    }
    // On to the next clause.
    while (s < v && toks[s].text !== ",") s++;
    s++;
  }
  return null;
}

// Linking words that may open a clause before its pronoun subject ("Then he …", "But she …").
const CLAUSE_LEADS: ReadonlySet<string> = new Set(["then", "and", "but", "so", "yet", "now", "later", "still", "also", "instead", "meanwhile", "finally"]);
const PREPOSITION_OPENERS = new Set(["amid", "amidst", "against", "around", "across", "behind", "beyond", "inside", "outside", "within", "throughout", "toward", "towards", "upon", "per", "via", "except", "regarding"]);

const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "over", "in", "on", "at", "from", "for", "to", "with", "by", "near", "under", "across", "behind"]);

/**
 * “Valastro praised Christie's leadership. ¶ “We need someone …””: the subject of the sentence that
 * ends the paragraph before a quote paragraph with no cue of its own, when it can speak and that
 * sentence quotes no one. Null otherwise.
 */
export function previousParagraphSubject(text: string, prev: Span): { mention: Mention; clause: Span } | null {
  return sentenceBeforeSubject(text, prev, true);
}

/**
 * The subject of the last sentence of `prev` when it ends there with a stop, can speak and quotes no
 * one. With `colon`, a sentence that ends in a colon counts too: a paragraph that ends "Trump told
 * the crowd:" introduces the quote paragraph after it.
 */
function sentenceBeforeSubject(text: string, prev: Span, colon = false): { mention: Mention; clause: Span } | null {
  let e = prev.end;
  while (e > prev.start && /\s/.test(text[e - 1])) e--;
  if (e <= prev.start || (text[e - 1] !== "." && !(colon && text[e - 1] === ":"))) return null;
  const toks = sentenceTail(text, { start: prev.start, end: e - 1 });
  if (toks.length < 3 || toks.length > 60) return null;
  for (const t of toks) if (t.text === "“" || t.text === "”" || t.text === '"' || t.text === ":") return null;
  const q: QuoteContext = { text, para: prev, outer: { start: e, end: e }, span: { start: e, end: e }, prevQuoteEnd: prev.start, nextQuoteStart: e };
  const m = clauseSubject(q, toks);
  if (!m || !canSpeak(q, m)) return null;
  // "They also lie in a dead zone": a plural pronoun as often means things as people.
  if (m.kind === "pronoun" && m.plural) return null;
  // "The old bridge over the Marrow": a capital after a preposition names a place, not the head.
  for (const t of tokenize(text, m.span)) if (SUBJECT_PREPOSITIONS.has(t.lower)) return null;
  return { mention: m, clause: spanOf(toks[0], toks[toks.length - 1]) };
}

// Nouns for something said, whose possessor said it ("Lee’s claim that …", "Lee’s pledge to be …").
const WORDS_NOUNS: ReadonlySet<string> = new Set([
  "assertion", "claim", "claims", "conclusion", "pledge", "promise", "vow", "comment", "comments", "remark", "remarks",
  "statement", "contention", "insistence", "argument", "warning", "admission", "boast", "prediction", "declaration",
  "suggestion", "accusation", "charge", "description", "characterization", "dictum", "slogan", "mantra", "catchphrase",
  "refrain", "words", "phrase", "call", "demand", "plea", "threat", "retort", "quip", "joke", "tweet", "response",
]);

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, { gender: "m" | "f" | null; plural: boolean }> = new Map([
  ["his", { gender: "m", plural: false }],
  ["her", { gender: "f", plural: false }],
  ["their", { gender: null, plural: true }],
]);
// Determiners that open a noun phrase of their own: no possessor stands after them ("most" may: "X’s most explosive claim").
const ARTICLE_WORDS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "another"]);
// Short words that may stand between a noun for something said and the quote ("claim that",
// "response was:", "pledge to be a", "call for a").
const WORDS_TAIL: ReadonlySet<string> = new Set(["that", "of", "for", "to", "be", "is", "was", "a", "an", "the", ":", ","]);
// Words that open a short phrase between the noun and its that-clause ("claim during the debate
// that", "comment Monday that", "comments before a committee that").
const WORDS_PHRASE_OPENERS: ReadonlySet<string> = new Set(["during", "before", "in", "at", "on", "after", "last", "this", "earlier", "to", "from"]);

/**
 * “X’s claim that … “…””: a noun for something said (WORDS_NOUNS) after a possessor (a name with its
 * possessive, or his/her/their) and at most three modifiers, followed by the quote after a few short
 * words, or by a that-clause (after a short phrase at most) that holds the quote and has no speech
 * verb of its own. The mention is the possessor as written, its possessive included.
 */
function possessiveWords(q: QuoteContext, toks: readonly Tok[]): { mention: Mention; noun: number; from: number } | null {
  const n = toks.length;
  for (let k = n - 1; k >= 1 && k >= n - 28; k--) {
    const t = toks[k];
    if (!t.word || t.cap || !WORDS_NOUNS.has(t.lower)) continue;
    // The words after the noun: a few short words, or a that-clause with no speech verb of its own.
    let ok = n - 1 - k <= 4;
    for (let i = k + 1; i < n && ok; i++) if (!WORDS_TAIL.has(toks[i].lower)) ok = false;
    if (!ok) {
      let c = k + 1;
      if (c < n && (WORDS_PHRASE_OPENERS.has(toks[c].lower) || TIME_WORDS.has(toks[c].lower))) {
        while (c < n && c - k <= 6 && toks[c].word && toks[c].lower !== "that") c++;
      }
      if (c < n && (toks[c].lower === "is" || toks[c].lower === "was")) c++;
      if (c >= n - 1 || toks[c].lower !== "that" || n - c > 22) continue;
      if (hasCueVerbFrom(toks, c + 1)) return null;
      for (let i = c + 1; i < n; i++) if (toks[i].text === ":" || toks[i].text === "(") return null;
    }
    // Up to three modifiers between the possessor and the noun ("recent evidence-free", "March").
    let p = k - 1;
    while (p > 0 && k - p <= 3 && toks[p].word && !isPossessiveTok(toks[p]) && !POSSESSIVE_PRONOUNS.has(toks[p].lower) && !ARTICLE_WORDS.has(toks[p].lower) && !isCueVerb(toks, p)) p--;
    const pro = POSSESSIVE_PRONOUNS.get(toks[p].lower);
    if (pro) {
      if (hasCueVerbFrom(toks.slice(0, p), 0)) return null;
      const span = { start: toks[p].start, end: toks[p].end };
      return { mention: { span, role: null, whole: span, kind: "pronoun", type: pro.plural ? "group" : "person", gender: pro.gender, name: null, title: null, plural: pro.plural }, noun: k, from: p };
    }
    if (p < 1 || !isPossessiveTok(toks[p]) || !toks[p - 1].word) return null;
    // The possessor: the capitalised run before the possessive ending, or a person or organisation
    // noun after its determiner ("the campaign’s").
    let s = p - 1;
    if (toks[s].cap) {
      while (s > 0 && toks[s - 1].cap && toks[s - 1].word) s--;
    } else if (PERSON_NOUNS.has(toks[s].lower) || ORG_WORDS.has(toks[s].lower)) {
      while (s > 0 && p - s <= 4 && toks[s - 1].word && !DETERMINER_WORDS.has(toks[s - 1].lower)) s--;
      if (s === 0 || !DETERMINER_WORDS.has(toks[s - 1].lower)) return null;
      s--;
    } else return null;
    // "The town released a statement saying Lee’s comments “…”": words about someone's words are
    // the speaker's before them.
    if (hasCueVerbFrom(toks.slice(0, s), 0)) return null;
    const m = parseSubject(q.text, spanOf(toks[s], toks[p - 1]));
    if (!m || m.kind === "pronoun") return null;
    return { mention: { ...m, whole: { start: m.whole.start, end: toks[p].end } }, noun: k, from: s };
  }
  return null;
}

const BE_FORMS: ReadonlySet<string> = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const PASSIVE_NAMING: ReadonlySet<string> = new Set(["called", "dubbed", "labeled", "labelled", "nicknamed", "termed", "branded", "named", "known", "described", "referred", "marked"]);

/**
 * Where an agentless passive of naming or asking that ends right before the quote starts (its
 * form of "be"), or -1: "what is called a", "will informally be dubbed the", "was asked about
 * the", "was said to be". Not when a speech verb earlier in the sentence names who spoke.
 */
function agentlessPassiveAt(toks: readonly Tok[]): number {
  let k = toks.length - 1;
  if (k >= 0 && (toks[k].lower === "a" || toks[k].lower === "an" || toks[k].lower === "the")) k--;
  if (k >= 0 && (toks[k].text === "," || toks[k].text === ":")) k--;
  let v: number;
  if (k >= 2 && toks[k].lower === "be" && toks[k - 1].lower === "to" && toks[k - 2].lower === "said") v = k - 2;
  else {
    if (k >= 0 && toks[k].lower === "as") k--;
    if (k >= 0 && toks[k].lower === "to" && toks[k - 1]?.lower === "referred") k--;
    if (k >= 0 && toks[k].lower === "about" && toks[k - 1]?.lower === "asked") k--;
    if (k < 0 || (!PASSIVE_NAMING.has(toks[k].lower) && toks[k].lower !== "asked")) return -1;
    v = k;
  }
  let b = v - 1;
  while (b >= 0 && !toks[b].cap && (/ly$/.test(toks[b].lower) || BETWEEN.has(toks[b].lower))) b--;
  if (b < 0 || !BE_FORMS.has(toks[b].lower)) return -1;
  if (hasCueVerbFrom(toks.slice(0, b), 0)) return -1;
  return b;
}

/**
 * The verb at `v` stands in a relative clause or an aside that closes before the quote ("He said
 * that the plan, which some have argued was a ploy, was an “insult”", "the ad, which — as Lee noted
 * — promises to “…”"): it is not the cue of the clause that holds the quote.
 */
function inClosedAside(toks: readonly Tok[], v: number): boolean {
  let close = "";
  for (let i = v + 1; i < toks.length; i++) {
    if (toks[i].text === "," || toks[i].text === "—" || toks[i].text === "–") {
      close = toks[i].text;
      break;
    }
  }
  if (!close) return false;
  for (let r = v - 1; r >= 1 && v - r <= 10; r--) {
    const t = toks[r].text;
    if (close !== "," && (t === "—" || t === "–")) return true;
    if (t === "," || t === ";" || t === "—" || t === "–") return false;
    if (RELATIVE_SOURCE.has(toks[r].lower) && toks[r - 1].text === ",") return r + 1 < v;
  }
  return false;
}

/** A word after token `v` in the window (not just punctuation). */
function hasWordAfter(toks: readonly Tok[], v: number): boolean {
  for (let i = v + 1; i < toks.length; i++) if (toks[i].word) return true;
  return false;
}

/** Only auxiliaries and adverbs from `from` up to `to` (none at all counts too). */
function onlyAuxiliaries(toks: readonly Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!BETWEEN.has(toks[i].lower) && !PASSIVE.has(toks[i].lower) && !/ly$/.test(toks[i].lower)) return false;
  return true;
}

/**
 * The subject of the nearest clause before the quote that has one able to speak: the noun phrase
 * right before a word that starts a predicate, back to the clause's opener or comma.
 */
function nearestClauseSubject(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  for (let v = toks.length - 1; v >= 1; v--) {
    if (!predicateAt(toks, v, 0)) continue;
    let b = v - 1;
    while (b >= 0 && v - b <= 8 && toks[b].text !== "," && toks[b].text !== ";" && toks[b].text !== "—" && toks[b].text !== "–" && !CLAUSE_OPENERS.has(toks[b].lower) && !RELATIVE_SOURCE.has(toks[b].lower)) b--;
    // "Trump, who has postured himself as the “…”": the relative pronoun right before the
    // predicate (auxiliaries and adverbs aside) is the clause's subject; it is the source as written.
    if (b >= 0 && RELATIVE_SOURCE.has(toks[b].lower) && onlyAuxiliaries(toks, b + 1, v)) {
      const r = relativeSource(q, toks, b);
      return r && canSpeak(q, r) ? r : null;
    }
    if (v - b > 8 || b + 1 >= v) continue;
    const m = subjectBeforeVerb(q, toks, b + 1, v);
    if (!m) continue;
    // The subject of a that-clause is reported content ("… that the union was “…”"), not its source.
    if (b >= 0 && toks[b].lower === "that") continue;
    // The nearest clause with a subject holds the quote: when that subject cannot speak ("…, it
    // was labeled “…”"), nothing further back is the source.
    return canSpeak(q, m) ? m : null;
  }
  // No clause with a subject of its own ("Trump cast the blame on …, and emphasized the threat
  // that “…”"): the sentence's leading name or pronoun.
  const lead = leadingSubject(q, toks, toks.length);
  return lead && (lead.kind === "name" || lead.kind === "pronoun") && canSpeak(q, lead) ? lead : null;
}

/** Somewhere in the text a capitalised word stands right before `word` ("Jeb Bush" for "Bush"). */
function surnameOfFullName(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const e = i + word.length;
    if (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!)) continue;
    if (i < 3 || text[i - 1] !== " ") continue;
    let b = i - 1;
    while (b > 0 && /[\p{L}.'’-]/u.test(text[b - 1]!)) b--;
    if (b < i - 2 && /^\p{Lu}/u.test(text[b]!) && !NOT_NAMES.has(text.slice(b, i - 1).toLowerCase())) return true;
  }
  return false;
}

/**
 * Rules tried only for a direct quote that no cue rule credits and that takes no speaker from a
 * quote beside it or from the paragraph before (see attribute/index.ts): a quoted phrase inside
 * narration, credited to the subject of its clause.
 */
export const LAST_RESORT_RULES: readonly CueRule[] = [
  {
    ...R.clauseSubject,
    must: [
      "The fire was small, and long before city officials tried to portray the blaze as “a disaster” the crews had left.",
      "The port is quiet, and all the workers have to do is repeat, day after day, “Safety First,” and go home.",
      "Ada Lind cut the ribbon on the pier in May, and praised the crews for “the finest work in years.”",
    ],
    mustNot: [
      "The fire was small, and long before the rain tried to soak the hills as “a disaster” the crews had left.",
      "When the board examined the claim, it was labeled “mostly true” by the panel.",
      "The old pier cut the harbour in two for years, and framed the bay for “the finest view in the county.”",
    ],
    match(q) {
      const toks = beforeWindow(q);
      if (toks.length < 2) return null;
      const m = nearestClauseSubject(q, toks);
      if (!m) return null;
      return hit(m, m.span, spanOf(toks[0], toks[toks.length - 1]), R.clauseSubject);
    },
  },
];

/** The last-resort rules in order (for a quote nothing else credits). */
export function findLastResortCue(q: QuoteContext): CueHit | null {
  for (const rule of LAST_RESORT_RULES) {
    const h = rule.match(q);
    if (h) return h;
  }
  return null;
}

/** Try the rules in order. */
export function findCue(q: QuoteContext): CueHit | null {
  for (const rule of CUE_RULES) {
    const h = rule.match(q);
    if (h) return h;
  }
  return null;
}
