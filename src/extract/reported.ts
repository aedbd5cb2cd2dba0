import type { Article, Diagnostic, Span } from "../model/index.js";
import type { Candidate } from "./index.js";
import {
  AUX_ADVERBS,
  BAD_CONTENT_START,
  CLAUSE_WORDS,
  PHRASE_PREPOSITIONS,
  CLAIM_NOUNS,
  DETERMINERS,
  FINAL_ABBREVIATIONS,
  LY_NOUNS,
  NARRATION_AFTER_CUE,
  NOMINAL_DETERMINERS,
  NP_OBJECT_LEMMAS,
  NOUN_LIKE_LEMMAS,
  SPEECH_PARTICIPLES,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  TAKES_INFINITIVE,
  TIME_WORDS,
  TOPIC_PREPOSITIONS,
  type VerbEntry,
} from "./reported-lexicon.js";
import { isClause, posBeforeLast, tag } from "./reported-nlp.js";
import {
  auxStart,
  FINITE_AUX,
  headOf,
  isName,
  isTimeThat,
  objectAfter,
  PRONOUN_AUX,
  skipAdverbials,
  subjectBefore,
  walkNP,
  type Source,
} from "./reported-source.js";
import { isSpaceCode } from "./chars.js";
import { QUOTE_MARK, quotedRanges, sentenceSpans, tokenAt, tokenize, wordFinder, type Token } from "./reported-text.js";

/**
 * Reported speech: "X said (that) ...", "X told Y ...", "according to X, ...", "..., X said.",
 * "..., said X.", "made false claims that ...". Every candidate names the cue rule that found it.
 * Content that carries quotation marks is left to the direct-quote extractor.
 */

/** A reported-speech candidate; the extra spans are for attribution (all optional). */
export type ReportedCandidate = Candidate & {
  /** The whole source as written, appositives included ("Mr. Homsi, 32, a former hotel worker, "). */
  readonly sourceSpan?: Span;
  /** The appositive that gives the source's role ("the director-general of UNESCO"). */
  readonly roleSpan?: Span;
  /** The listener after "told" ("AFP", "The Daily Beast", "him"). */
  readonly toSpan?: Span;
};

type Sentence = {
  readonly text: string;
  readonly span: Span;
  readonly toks: readonly Token[];
  /**
   * Several rules look at the same verb and subject: each is worked out once per sentence. Made on
   * first use: most sentences with a cue word need one of the three maps or none.
   */
  sites: Map<number, VerbSite | null> | null;
  subjects: Map<number, Source | null> | null;
  clauses: Map<string, boolean> | null;
};

/** `verbSite`, memoised on the sentence. */
function siteAt(s: Sentence, vi: number): VerbSite | null {
  const memo = (s.sites ??= new Map());
  let v = memo.get(vi);
  if (v === undefined) memo.set(vi, (v = verbSite(s, vi)));
  return v;
}

/** `isClause` (the tagger), memoised on the sentence: rules often test the same stretch. */
function clauseIn(s: Sentence, text: string): boolean {
  const memo = (s.clauses ??= new Map());
  let v = memo.get(text);
  if (v === undefined) memo.set(text, (v = isClause(text)));
  return v;
}

/** `subjectBefore(toks, end, 0)`, memoised on the sentence. */
function subjectAt(s: Sentence, end: number): Source | null {
  const memo = (s.subjects ??= new Map());
  let v = memo.get(end);
  if (v === undefined) memo.set(end, (v = subjectBefore(s.toks, end, 0)));
  return v;
}

type Hit = {
  readonly content: Span;
  readonly cue: Span;
  readonly source: Source | null;
  readonly to: Span | null;
  /** Content follows the cue (it may be cut where a later cue's source begins). */
  readonly forward: boolean;
};

/** What the speech verb at a token looks like in its sentence; computed once per verb. */
type VerbSite = {
  readonly verb: VerbEntry;
  readonly vi: number;
  readonly cueStart: number;
  /** Index after the verb, its particle and (for "told") its listener. */
  readonly after: number;
  readonly to: Span | null;
  /** Index after time and medium phrases ("on Wednesday", "in a statement"). */
  readonly rest: number;
  readonly passive: boolean;
  /** "asked X to ...": the content is the listener with the infinitive. */
  readonly objectInfinitive: boolean;
  /** "warned of X", "boasted about X": the content is the noun phrase after the preposition. */
  readonly topic: boolean;
};

type CueRule = {
  readonly id: string;
  readonly reason: string;
  readonly match: (s: Sentence, i: number) => Hit | null;
};

const MAX_SENTENCE = 2000;
const MIN_WORDS = 2;
const MAX_WORDS = 150;

// ---------------------------------------------------------------------------------------------
// Spans and content

const tokSpan = (toks: readonly Token[], a: number, b: number): Span => ({ start: toks[a].start, end: toks[b - 1].end });

/**
 * Whether the code unit is one /[\s.,;:!?…)\]—–-]/u matches: white space and the stops and closers
 * trimmed off a content's end. A loop back from the end replaces the regex anchored at $, which
 * V8 tries at every position of the content.
 */
const isTrailing = (c: number): boolean =>
  c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2026 || c === 41 || c === 93 || c === 0x2014 || c === 0x2013 || c === 45 || isSpaceCode(c);

/**
 * The content between tokens a and b, trimmed; null when it is too short or carries quote marks.
 * `singleQuotes`: a headline's single marks (“Says X Is ‘Unfit’”) quote a word or two inside the
 * reported claim, so only double marks make it a quotation there.
 */
function content(s: Sentence, a: number, b: number, singleQuotes = false): Span | null {
  const { toks } = s;
  while (a < b && (toks[a].text === "(" || toks[a].text === "," || toks[a].text === ":" || toks[a].text === "—" || toks[a].text === "--")) a++;
  if (a >= b) return null;
  let start = toks[a].start;
  let end = toks[b - 1].end;
  while (end > start && isTrailing(s.text.charCodeAt(end - 1 - s.span.start))) end--;
  const trimmed = s.text.slice(start - s.span.start, end - s.span.start);
  let words = 0;
  for (let k = a; k < b; k++) if (toks[k].word) words++;
  if (words < MIN_WORDS || words > MAX_WORDS || end <= start) return null;
  if (QUOTE_MARK.test(singleQuotes ? trimmed.replace(/[‘’']/g, "") : trimmed)) return null;
  start = Math.min(start, end);
  return { start, end };
}

/**
 * After a comma, these open the reporter's own addition to a reported clause: a contrast (", while
 * 9 percent ..."), a comparison (", compared with ..."). Measured on PolNeAR train: each ends more
 * gold spans than it cuts. (", which ...", ", a ..." and ", up 3 percent" did too on train
 * but not on dev: the annotators keep a relative clause on the content's last noun as often as not.)
 */
const TAIL_AFTER_COMMA = /^(?:while|whereas|compared)$/;

/** Participles of speech or stance: after a comma they narrate the speaker, not the reported event. */
const SPEAKER_ACTS = /^(?:remarking|implying|echoing|declaring|acknowledging|conceding|reiterating|offering|believing|appearing|employing|repeating|promising|vowing|suggesting|predicting|accusing|blaming|criticizing|praising|questioning|responding|defending|tapping|cracking|smiling|laughing|speaking|describing|referring|citing|insisting|arguing|adding|noting|saying|telling|claiming|warning|urging|calling|pointing|asking|explaining|stating|denying)$/;

/** Index of the first token at or after `from` that ends forward content ("..., according to X"). */
function forwardStop(s: Sentence, from: number, firstComma = false): number {
  const { toks } = s;
  for (let k = from; k < toks.length - 1; k++) {
    if (firstComma && toks[k].text === "," && k > from + 1) return k;
    // "... attacks in the U.S. He says ...": the abbreviation's period ended the sentence after all.
    // (The tokeniser keeps the period on the abbreviation: "U.S." is one token.)
    if (k > from && toks[k].lower.endsWith(".") && FINAL_ABBREVIATIONS.has(toks[k].lower.slice(0, -1)) && toks[k + 1].cap && SENTENCE_OPENERS.has(toks[k + 1].lower)) return k + 1;
    // ", remarking that ...", ", tapping the ...": narration of the speaker resumes after the reported
    // clause. Only a participle of the speaker's own act ends it: one of consequence stays with the
    // reported event (", leaving that choice to the next president", ", bringing its total to ...").
    // (", but ..." is as often the reported clause's own second half as narration: no end there.)
    if (toks[k].text === "," && k > from + 2) {
      const nx = toks[k + 1];
      if (!nx.cap && (SPEAKER_ACTS.test(nx.lower) || (SPEECH_VERBS.has(nx.lower) && nx.lower.endsWith("ing")))) return k;
    }
    // ", a 16-point margin over ...", ", an idea he has raised before": an appositive on the content's
    // last noun is the reporter's gloss. (", the ..." and ", which ..." are as often the source's.)
    // (Not when a verb follows the appositive's closing comma: then it sat on the clause's subject.)
    if (toks[k].text === "," && k > from + 2 && (toks[k + 1].lower === "a" || toks[k + 1].lower === "an") && !appositiveInClause(toks, k + 2)) return k;
    if (toks[k].text !== "," && toks[k].text !== ";" && toks[k].text !== "—" && toks[k].text !== "--") continue;
    const nx = toks[k + 1].lower;
    if (nx === "according" || nx === "saying" || nx === "adding" || nx === "citing" || nx === "noting" || nx === "arguing") return k;
    // ", perhaps an excuse to ...": the reporter's aside after the reported clause.
    // (Before a participle or a clause the adverb is the reported clause's own: ", possibly hoping to ...",
    // "because, presumably, meetings ...".)
    if (/^(perhaps|possibly|presumably|apparently|probably|likely)$/.test(nx) && toks[k].text === "," && /^(?:a|an|the)$/.test(toks[k + 2]?.lower ?? "")) return k;
    // (", while reducing its impact": a participle after "while" is still the reported clause's.)
    // (Nor when the aside is closed by a comma before the clause's verb: "the scandal, while troublesome, was handled well".)
    if (toks[k].text === "," && TAIL_AFTER_COMMA.test(nx) && k > from + 2 && !(k + 2 < toks.length && toks[k + 2].lower.endsWith("ing")) && !appositiveInClause(toks, k + 2)) return k;
  }
  // "... and predicted that ...", "... but said ...": a second verb of the same subject ends the content.
  for (let k = from + 2; k < toks.length - 1; k++) {
    if (toks[k].lower !== "and" && toks[k].lower !== "but") continue;
    const then = toks[k + 1].lower === "then" && k + 2 < toks.length - 1 ? 1 : 0;
    const nx = toks[k + 1 + then];
    const after = toks[k + 2 + then]?.lower ?? "";
    const verbish = nx.lower.length > 4 && nx.lower.endsWith("ed") && /^(that|the|a|an|his|her|their|its|it|him|them|to|this)$/.test(after);
    // ", and she accused ...", ", but Cook did not say when": after a comma, a pronoun or name with its
    // own speech verb is the narrator reporting a new act, not the reported clause's second half.
    // (Any past-tense verb there ends more spans on PolNeAR train but cuts some on dev.)
    if (toks[k - 1].text === ",") {
      let m = k + 1 + then;
      if (nx.lower === "he" || nx.lower === "she" || nx.lower === "they") m++;
      else while (m < toks.length - 1 && m - k < 5 && toks[m].cap && toks[m].word) m++;
      if (m > k + 1 + then) {
        while (m < toks.length - 1 && AUX_ADVERBS.has(toks[m].lower)) m++;
        if (m < toks.length && SPEECH_VERBS.has(toks[m].lower) && !toks[m].lower.endsWith("ing")) return k - 1;
      }
    }
    // "warning that A and implying that B": a second participle of the speaker's act ends the first's content.
    // (Only a participle of saying: "are not endorsing X and offering Y" is the reported clause's own.)
    if (!nx.cap && nx.lower.endsWith("ing") && (SPEECH_VERBS.has(nx.lower) || nx.lower === "implying")) return toks[k - 1].text === "," ? k - 1 : k;
    // Without a comma, "and" + another verb is as often the reported clause's own ("said she was
    // tired and wanted a change"): only a speech verb ends it there.
    if (!SPEECH_VERBS.has(nx.lower) && toks[k - 1].text !== ",") continue;
    if (!nx.cap && (SPEECH_VERBS.has(nx.lower) || verbish)) {
      return toks[k - 1].text === "," ? k - 1 : k;
    }
  }
  return toks.length;
}

/**
 * "said Jim Roe, a former mayor, was ready to ...": an appositive closed by a comma and followed by a
 * finite verb sits on the reported clause's subject, inside the clause.
 */
function appositiveInClause(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < toks.length - 1 && k - from < 12; k++) {
    const t = toks[k];
    if (t.text === ",") {
      const nx = toks[k + 1];
      return nx.word && !nx.cap && (AUX_START.test(nx.lower) || (nx.lower.endsWith("ed") && nx.lower.length > 4));
    }
    if (!t.word && t.text !== "-" && t.text !== "’" && t.text !== "'") return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The verb site

const PARTICLES: Readonly<Record<string, string>> = { ask: "about", tell: "", say: "" };
/** Words that open the question after "asked (by X)": the by-phrase's agent ends there. */
const ASKED_QUESTION = /^(?:whether|if|how|why|what|who|when|where|which|about)$/;
const QUESTION_WORDS = new Set(["whether", "if", "about", "how", "why", "what", "who", "when", "where", "which", "for", "to"]);
const PASSIVE_AUX = new Set(["is", "was", "were", "are", "been", "be", "being"]);
const REFUSALS: ReadonlySet<string> = new Set(["declined", "declines", "refused", "refuses"]);
/** Lemmas whose -s form states a standing position rather than reports an act. */
const STANDING_PRESENT: ReadonlySet<string> = new Set(["urge", "vow", "promise", "boast"]);
/** Modals that make a speech verb's act possible or required rather than done. */
const HYPOTHETICAL_AUX = new Set(["can", "could", "may", "might", "must", "should", "shall", "cannot", "can’t", "can't", "couldn’t", "couldn't"]);
const FUTURE_AUX = new Set(["would", "will", "wo", "won’t", "won't", "wouldn’t", "wouldn't"]);

function verbSite(s: Sentence, vi: number): VerbSite | null {
  const { toks } = s;
  const verb = SPEECH_VERBS.get(toks[vi].lower);
  // Capitalised forms are names or headline words ("United States", "Says"), not cues.
  if (!verb || toks[vi].cap) return null;
  if (verb.form.endsWith("ing") && !SPEECH_PARTICIPLES.has(verb.form)) return null;
  const cueStart = auxStart(toks, vi, 0);
  if (!plausibleVerb(toks, vi, cueStart, verb)) return null;
  const auxWords = toks.slice(cueStart, vi).map((t) => t.lower);
  const passive = auxWords.some((w) => PASSIVE_AUX.has(w)) && (/ed$/.test(verb.form) || verb.form === "told" || verb.form === "said" || verb.form === "written");
  // "could declare", "must promise", "may recall", "would warn": a possible or required act, not one that
  // took place. "would"/"will" stay with say, tell and ask, where they report a refusal or a habit ("would
  // not say whether", "would only say that", "will tell you that"). (PolNeAR train: 5 of 26 such cues marked.)
  if (!passive && auxWords.some((w) => HYPOTHETICAL_AUX.has(w) || (FUTURE_AUX.has(w) && verb.frame === "say" && verb.lemma !== "say"))) return null;
  // "declined to say whether ...", "refused to admit that ...": what follows is exactly what was not said.
  if (auxWords.some((w) => REFUSALS.has(w))) return null;
  // "There were reports the SDF ...": an auxiliary never takes the -s form, so that form is a plural noun.
  if (verb.form !== verb.lemma && verb.form.endsWith("s") && auxWords.some((w) => PASSIVE_AUX.has(w) || FINITE_AUX.test(w) || w === "do" || w === "does" || w === "did")) return null;
  let j = vi + 1;
  let topic = false;
  // "He calls for new spending", "the study points to ...": the present of a phrasal cue states a
  // standing position or a piece of evidence, not an utterance (none of 20 on PolNeAR train is marked).
  if (verb.particles && verb.form.endsWith("s")) return null;
  // "She vows to be tougher on trade", "he urges supporters to ...", "Trump promises to ...": the present of an
  // appeal or a commitment is a standing campaign position, and "boasts a lead" is "has" (none of 13 such
  // cues on PolNeAR train and dev is marked). Past forms stay cues ("vowed to stay").
  if (STANDING_PRESENT.has(verb.lemma) && verb.form === `${verb.lemma}s`) return null;
  if (verb.particles) {
    // "called for", "pointed out": without its particle the verb is no speech cue ("called 911").
    // A time phrase may come between ("called Friday for ...").
    if (j < toks.length && !verb.particles.includes(toks[j].lower) && !passive) {
      const k = skipAdverbials(toks, j, toks.length);
      if (k > j && k < toks.length && verb.particles.includes(toks[k].lower)) j = k;
    }
    if (j >= toks.length || !verb.particles.includes(toks[j].lower)) return null;
    j++;
  } else if (PARTICLES[verb.frame] && j < toks.length && toks[j].lower === PARTICLES[verb.frame]) j++;
  else if (j + 1 < toks.length && TOPIC_PREPOSITIONS.get(verb.lemma)?.includes(toks[j].lower) && !passive && skipAdverbials(toks, j, toks.length) === j) {
    // "argued for years", "wrote about it": a time phrase or a pronoun is no topic.
    const nx = toks[j + 1];
    if (nx.word && !(TIME_WORDS.has(nx.lower) && !DETERMINERS.has(nx.lower)) && !/^\d/.test(nx.text) && !/^(?:years|months|decades|weeks|days|hours|it|this|that|them|him|her|me|us)$/.test(nx.lower)) {
      j++;
      topic = true;
    }
  }
  let to: Span | null = null;
  let objectInfinitive = false;
  // "complained to CBS News that ...", "wrote to the senator's office that ...", "explained to
  // reporters why ...": the listener after "to", when "that" or "why" and a subject follow it.
  // ("whether" and "how" there as often open a question put to someone else: left out.)
  if (verb.frame === "say" && !passive && !topic && toks[j]?.lower === "to" && j + 1 < toks.length && toks[j + 1].word) {
    let k = j + 1;
    while (k < toks.length && k - j <= 8 && (toks[k].word || /^[’'.&-]$/.test(toks[k].text)) && toks[k].lower !== "that" && toks[k].lower !== "why") k++;
    if (k > j + 1 && k < toks.length && k - j <= 8 && (toks[k].lower === "that" || toks[k].lower === "why") && !isTimeThat(toks, k) && (!verbFirst(toks[k + 1]) || GERUND.test(toks[k + 1].lower)) && !AUX_START.test(toks[k + 1]?.lower ?? "")) {
      to = tokSpan(toks, j + 1, k);
      j = k;
    }
  }
  if (verb.frame === "tell" && !passive) {
    const k = objectAfter(toks, j, toks.length);
    if (k > j) to = tokSpan(toks, j, k);
    j = k;
  } else if (LISTENER_LEMMAS.has(verb.lemma) && !passive && !topic && j < toks.length && toks[j].lower !== "that") {
    // "warned voters that ...", "promised supporters that ...": a listener, but only before "that".
    const k = objectAfter(toks, j, toks.length);
    // (After "that" a subject must follow: "cautioned Korea to refrain from actions that would ..." is a relative.)
    const subj = toks[k + 1];
    if (k > j && k < toks.length && toks[k].lower === "that" && subj && (DETERMINERS.has(subj.lower) || SUBJECT_PRONOUNS.has(subj.lower) || subj.cap)) {
      to = tokSpan(toks, j, k);
      j = k;
    }
  } else if (verb.frame === "ask" && !passive && j < toks.length && !QUESTION_WORDS.has(toks[j].lower)) {
    // "asked Clinton on Friday whether ...": the listener, then time phrases, then the question.
    let k = objectAfter(toks, j, toks.length);
    // "asked the Justice Department to investigate": a determiner and a name together are the listener.
    if (k > j && DETERMINERS.has(toks[j].lower) && toks[j + 1]?.cap) while (k < toks.length && k - j < 8 && toks[k].word && toks[k].cap) k++;
    // "asked workers if ...", "asked the 2016 contender whether ...": a plain noun phrase as listener.
    if (k === j) k = listenerBeforeQuestion(toks, j);
    // "asked the 2016 Democratic contender if ...", "asked the attorney in D.C. whether ...": when the
    // name walk stops short of the question, a longer noun phrase before a question word is the listener.
    if (k > j && !QUESTION_WORDS.has(toks[skipAdverbials(toks, k, toks.length)]?.lower ?? "")) {
      const l = listenerBeforeQuestion(toks, j, true);
      if (l > k) k = l;
    }
    // "asked readers to guess ...", "asked a group of 30 experts to rank ...": a plain noun phrase before "to" and a verb.
    // (Not in a relative clause: "Scott's relatives, who asked authorities to show them the video, watched it" is
    // all one account of someone else's.)
    if (toks[k]?.lower !== "to" && !(cueStart > 0 && /^(?:who|which|that)$/.test(toks[cueStart - 1].lower))) {
      const l = listenerBeforeTo(toks, j);
      if (l > j) k = l;
    }
    const q = k > j ? skipAdverbials(toks, k, toks.length) : k;
    if (k > j && q < toks.length && toks[q].lower === "to" && q === k) {
      // "asked the department to search ...": the request is the listener and the infinitive together.
      objectInfinitive = true;
    } else if (k > j && q < toks.length && QUESTION_WORDS.has(toks[q].lower)) {
      to = tokSpan(toks, j, k);
      j = k;
    }
  }
  const rest = skipAdverbials(toks, j, toks.length);
  return { verb, vi, cueStart, after: j, to, rest: topic ? j : rest, passive, objectInfinitive, topic };
}

/** End of a short noun phrase (of-phrases included) followed by "to" and a verb ("asked readers to guess"), or j. */
function listenerBeforeTo(toks: readonly Token[], j: number): number {
  for (let k = j; k < toks.length - 1 && k - j <= 8; k++) {
    const t = toks[k];
    if (k > j && t.lower === "to") return verbFirst(toks[k + 1]) && !toks[k + 1].lower.endsWith("ing") ? k : j;
    if (!t.word || (CLAUSE_WORDS.has(t.lower) && t.lower !== "that") || (PHRASE_PREPOSITIONS.has(t.lower) && t.lower !== "of") || AUX_START.test(t.lower) || TIME_WORDS.has(t.lower) || (k > j && t.lower === "that")) return j;
    if (SUBJECT_PRONOUNS.has(t.lower) && !/^(?:it|you)$/.test(t.lower)) return j;
  }
  return j;
}

/** End of a short noun phrase that is followed by a question word ("asked workers if ..."), or j. */
function listenerBeforeQuestion(toks: readonly Token[], j: number, placed = false): number {
  for (let k = j; k < toks.length && k - j <= (placed ? 8 : 6); k++) {
    const t = toks[k];
    if (k > j && /^(whether|if|how|why|what|who|when|where|which)$/.test(t.lower)) return k;
    // `placed`: a name's place or body after a preposition ("the attorney in D.C.", "a member of Congress").
    if (placed && k > j + 1 && /^(?:in|of|for|from|at)$/.test(t.lower) && toks[k + 1]?.cap) continue;
    if (!t.word || CLAUSE_WORDS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || PHRASE_PREPOSITIONS.has(t.lower)) return j;
  }
  return j;
}

/**
 * Words that join a second clause after "..., according to X,": the account goes on. (Not "but": after
 * it the writer as often turns to a contrast of his own, "..., according to a tally, but his path is narrow".)
 */
const JOINED_AFTER_SOURCE = /^(?:and|although|though|while|whereas)$/;

/** Connectives that may open a sentence before a comma ("But, according to X, ..."). */
const OPENING_CONNECTIVES = /^(?:but|and|so|yet|still|however|meanwhile|instead|indeed|also|moreover)$/;

/** "say"-frame verbs that may take a listener before "that" ("warned voters that ..."). */
const LISTENER_LEMMAS: ReadonlySet<string> = new Set(["warn", "promise"]);

const PLURAL_SUBJECTS = new Set(["i", "we", "they", "you", "who", "which", "that", "people", "others"]);

/** The -s forms of speech verbs that are also plural nouns ("his claims that ...", "reports that ..."). */
const PLURAL_NOUN_FORMS: ReadonlySet<string> = new Set([
  "reports", "claims", "promises", "pledges", "notes", "remarks", "tweets", "posts", "counters", "repeats", "replies", "jokes",
  "boasts", "stresses", "vows", "calls", "points", "denials", "writes", "warns", "adds", "recalls", "observes",
]);

/** Whether a form that could be a noun ("claims", "report", "say") is used as a verb here. */
function plausibleVerb(toks: readonly Token[], vi: number, cueStart: number, verb: VerbEntry): boolean {
  const prev = cueStart > 0 ? toks[cueStart - 1] : null;
  // "the reported deal", "his claims" (but "he’s said" is a pronoun and its auxiliary)
  // ("another says ...": "another" stands alone as a subject before "says", never a noun.)
  const alone = prev?.lower === "another" && (verb.form === "says" || verb.form === "said");
  if (prev && !alone && (NOMINAL_DETERMINERS.has(prev.lower) || (/[’']s$/.test(prev.lower) && !PRONOUN_AUX.test(prev.lower)))) return false;
  const past = /ed$/.test(verb.form) || verb.form === "said" || verb.form === "told" || verb.form === "wrote";
  // "a story about alleged fraud", "reports of claimed savings": after a preposition an -ed form is an adjective.
  if (/ed$/.test(verb.form) && cueStart === vi && prev && /^(about|of|for|over|against|into|from|on|in|at|with|amid)$/.test(prev.lower)) return false;
  if (past || verb.form.endsWith("ing")) return true;
  if (cueStart < vi) return true; // "will say", "did not claim"
  if (!prev) return false;
  const base = verb.form === verb.lemma;
  if (base && verb.lemma !== "say" && verb.lemma !== "tell" && verb.lemma !== "ask") return false;
  // "say" and "tell" are rarely nouns ("have a say" is caught by the determiner above).
  // "Most voters, 67 percent, say ...": after an appositive's comma too, but not the aside "..., say, ..."
  // ("for example"). "42% say they ...": a percentage is a plural subject.
  if (base && verb.lemma !== "ask") return prev.word || prev.text === "%" || ((prev.text === "," || prev.text === ")" || closesDashAside(toks, cueStart - 1)) && vi + 1 < toks.length && toks[vi + 1].word);
  // "Jane Roe, 58, who lives nearby, says ...": "says" is never a noun, so an appositive may end before it.
  if (verb.form === "says") return prev.word || prev.text === "," || prev.text === ")" || closesDashAside(toks, cueStart - 1);
  if (base) return PLURAL_SUBJECTS.has(prev.lower) || (prev.word && prev.lower.endsWith("s") && prev.lower.length > 3) || prev.cap;
  // -s form
  // "Jorge Ruiz, a former minister, suggests": an appositive's comma or bracket also precedes a verb.
  // "She respects X but argues that ...": a second verb of the sentence's subject, when "that" follows it.
  // "early ratings data suggests that ...", "Podliska further alleges that ...": an -s form that is no noun
  // ("suggests", "alleges", not "claims" or "reports") before "that" is the verb, whatever stands before it.
  if (NOUN_LIKE_LEMMAS.has(verb.lemma)) return prev.cap || SUBJECT_PRONOUNS.has(prev.lower) || prev.text === "," || prev.text === ")" || nounSubjectBefore(toks, vi) ||
    ((prev.lower === "and" || prev.lower === "but") && toks[vi + 1]?.lower === "that") ||
    (prev.word && !PLURAL_NOUN_FORMS.has(verb.form) && !PHRASE_PREPOSITIONS.has(prev.lower) && toks[vi + 1]?.lower === "that");
  return prev.word;
}

/**
 * "Tom told Annette, who answered her door and said she planned ...": a relative clause opened by "who" after
 * the last comma before "and"/"but" (at `and`) has the second verb too; its pronoun is the source (the
 * attribution resolves it to the antecedent). Null when no such clause.
 */
function relativeBeforeAnd(toks: readonly Token[], and: number): Source | null {
  let c = and - 1;
  while (c > 0 && and - c < 20 && toks[c].text !== "," && !DASHES.has(toks[c].text) && toks[c].text !== ";") c--;
  if (c <= 0 || toks[c].text !== "," || toks[c + 1]?.lower !== "who" || c + 2 >= and) return null;
  for (let k = c + 2; k < and; k++) if (!toks[k].word || CLAUSE_WORDS.has(toks[k].lower)) return null;
  const sp = tokSpan(toks, c + 1, c + 2);
  return { source: sp, mention: sp, role: null };
}

/** A dash at k that closes an aside opened by an earlier dash ("Democrats — and some Republicans — say"). */
function closesDashAside(toks: readonly Token[], k: number): boolean {
  if (k < 2 || !DASHES.has(toks[k].text) || (toks[k].text === "-" && toks[k - 1].end === toks[k].start)) return false;
  for (let m = k - 2; m >= 0 && k - m < 24; m--) if (DASHES.has(toks[m].text) && !(toks[m].text === "-" && m > 0 && toks[m - 1].end === toks[m].start)) return m > 0;
  return false;
}

/**
 * "the new poll suggests that ...", "Lee's research suggests the plan ...": an -s form after a common
 * noun that a determiner or possessive opens, with a clause opener after it, is the noun phrase's verb.
 * ("the insurance claims that were filed": "that" before a verb is a relative pronoun.)
 */
function nounSubjectBefore(toks: readonly Token[], vi: number): boolean {
  const next = toks[vi + 1];
  if (!next || !next.word) return false;
  const opener = next.lower === "that" ? !AUX_START.test(toks[vi + 2]?.lower ?? "") && verbFirst(toks[vi + 2]) === false : DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower) || next.cap;
  if (!opener) return false;
  const prev = toks[vi - 1];
  if (!prev.word || prev.cap || PHRASE_PREPOSITIONS.has(prev.lower) || CLAUSE_WORDS.has(prev.lower) || AUX_ADVERBS.has(prev.lower)) return false;
  for (let k = vi - 2; k >= 0 && vi - k <= 4; k--) {
    const t = toks[k];
    if (!t.word) return false;
    if (NOMINAL_DETERMINERS.has(t.lower) || /[’']s$/.test(t.lower)) return true;
    if (CLAUSE_WORDS.has(t.lower) || PHRASE_PREPOSITIONS.has(t.lower)) return false;
  }
  return false;
}

/** Nouns "told" takes as the thing told rather than the listener ("told a joke", "told the story"). */
const TOLD_THINGS = /^(?:jokes?|story|stories|tales?|lies?|anecdotes?)$/;

/**
 * "with 47 percent of Cuban Americans saying ...": the index of a "with" at most 8 tokens before the
 * participle at i "saying", with only words of a noun phrase that a number or a quantity opens between; -1 if none.
 */
function withSubject(toks: readonly Token[], i: number): number {
  if (toks[i].lower !== "saying") return -1;
  for (let k = i - 1; k >= 0 && i - k <= 9; k--) {
    const t = toks[k];
    if (t.lower === "with") return k < i - 1 && /^(?:\d[\d,.]*%?|a|about|nearly|almost|more|most|half|only|just|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(toks[k + 1].lower) ? k : -1;
    if (!t.word && t.text !== "%") return -1;
    if (CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower) || FINITE_AUX.test(t.lower)) return -1;
  }
  return -1;
}

/** Only closing punctuation is left from token k on ("said.)"). */
const isEnd = (s: Sentence, k: number): boolean => {
  for (let m = k; m < s.toks.length; m++) if (s.toks[m].word || !/^[.!?…)\]"”’']$/.test(s.toks[m].text)) return false;
  return true;
};

function cueSpanOf(s: Sentence, v: VerbSite): Span {
  return tokSpan(s.toks, v.cueStart, Math.max(v.vi + 1, v.to || v.verb.particles || v.topic ? v.after : v.vi + 1));
}

/**
 * Content without "that" after "said", "told Y", "added": it must be a clause ("said he agrees"),
 * not an adverbial or a name ("said on Wednesday", "said Mark Smith, an expert"). Verbs that report
 * a thing said (NP_OBJECT_LEMMAS: "announced his candidacy", "called for a ban") also take a noun phrase.
 */
function reportedClause(s: Sentence, body: Span, verb: VerbEntry): boolean {
  const text = s.text.slice(body.start - s.span.start, body.end - s.span.start);
  const first = /^[\p{L}']+/u.exec(text)?.[0].toLowerCase() ?? "";
  // "said the same of Sanders", "said no to the war": answers and anaphora stand for a clause.
  if (/^(?:the same|the opposite|yes|no|so)\b/iu.test(text)) return true;
  if (first === "that" || first === "to" || QUESTION_WORDS.has(first) || NP_OBJECT_LEMMAS.has(verb.lemma) || verb.frame === "ask") return true;
  // A subject pronoun and a verb-like word after it ("he would", "they’re", "it was") is a clause
  // without asking the tagger, which is the costly part of this check.
  const m = /^(?:he|she|they|we|i|it|there|you)(?:[’'](?:s|re|ll|d|ve|m))?\s+([\p{L}’']+)/iu.exec(text);
  if (m && !PHRASE_PREPOSITIONS.has(m[1]!.toLowerCase()) && !CLAUSE_WORDS.has(m[1]!.toLowerCase())) return true;
  if (auxAfterSubject(s, body)) return true;
  // "the nonprofit provided a statement", "many doubted her": a past form after a short noun phrase
  // that a determiner opens, with an object after it, is the clause's verb (the tagger reads some such
  // nouns as adjectives).
  if (PAST_AFTER_NP.test(text)) return true;
  return clauseIn(s, text);
}

const PAST_AFTER_NP = /^(?:the|these|those|many|most|some|several|both|all|his|her|its|their|our)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}]+ed\s+(?:the|a|an|his|her|its|their|them|him|it|that|to|no)\b/u;


/**
 * A finite auxiliary after some words of a noun phrase ("foreign nationals who break the rules can be
 * barred", "too much is made of it"), not right after a relative pronoun and before any comma: the
 * stretch is a clause. A lookup on the tokens at hand, which spares the tagger its hardest cases.
 */
function auxAfterSubject(s: Sentence, body: Span): boolean {
  const { toks } = s;
  const a = tokenAt(toks, body.start);
  if (a < 0 || !toks[a].word || FINITE_AUX.test(toks[a].lower) || SUBJECT_PRONOUNS.has(toks[a].lower) && toks[a].lower !== "it") return false;
  for (let k = a + 1; k < toks.length && toks[k].start < body.end && k - a <= 24; k++) {
    const t = toks[k];
    if (!t.word) {
      if (t.text === "," || t.text === ";" || t.text === ":" || DASHES.has(t.text)) return false;
      continue;
    }
    if (FINITE_AUX.test(t.lower) && !t.cap) return !/^(?:who|which|that|whom|and|or|but|to)$/.test(toks[k - 1].lower);
    if (CLAUSE_WORDS.has(t.lower)) return false;
  }
  return false;
}

const ANSWERS = /^(?:yes|no|so|no\.)$/; // "no." is read as the abbreviation of "number"
/** Words after "said yes/no/so" that show the answer stands alone ("said no in March", not "said no decision ..."). */
const AFTER_ANSWER = /^(?:while|but|and|in|on|at|after|when|because|compared|too|again|last|this|during|before|then|twice|repeatedly)$/;

/** What follows a manner adverb right after the verb when the adverb modifies the verb. */
const MANNER_NEXT = /^(?:that|on|as|to|about|after|before|in|at|during|with|,|-|—|--)$/;
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "--"]);

/** Content after the verb: "(that) ...", to the end of the sentence or an attribution tail. */
function forwardContent(s: Sentence, from: number, verb?: VerbEntry, firstComma = false): Span | null {
  const { toks } = s;
  let k = from;
  if (k < toks.length && toks[k].text === ":") k++;
  if (k >= toks.length) return null;
  const first = toks[k].lower;
  // "75 percent said yes, compared with ...", "half said so in the earlier poll": a one-word answer
  // stands for the clause.
  if (verb && verb.frame !== "ask" && ANSWERS.test(first) && (k + 1 >= toks.length || !toks[k + 1].word || AFTER_ANSWER.test(toks[k + 1].lower))) {
    return { start: toks[k].start, end: toks[k].start + first.replace(".", "").length };
  }
  // "said more than 1 million donors gave", "said nothing has changed": a quantity word can be the
  // content's subject; the clause test that follows tells it from "said more about it".
  const quantity =
    (/^(more|much|less|little|nothing|something|anything)$/.test(first) && k + 1 < toks.length && toks[k + 1].lower !== "about" && toks[k + 1].lower !== "to") ||
    // "said about half of the deficit reflected ...", "said about 40 people were hurt"
    // "reported at least six planes flew ...", "said up to 5 million people could qualify"
    (((first === "at" && /^(?:least|most)$/.test(toks[k + 1]?.lower ?? "")) || (first === "up" && toks[k + 1]?.lower === "to")) && /^(?:\d|\$|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|some|dozens|hundreds|thousands|millions)\b)/.test(toks[k + 2]?.lower ?? "")) ||
    (first === "about" && k + 1 < toks.length && (/^\d/.test(toks[k + 1].text) || /^(half|one|two|three|four|five|ten|twice)(?:-(?:half|halves|thirds?|quarters?|fifths?|fourths?))?$/.test(toks[k + 1].lower) || (toks[k + 1].lower === "a" && /^(third|quarter|fifth|half)$/.test(toks[k + 2]?.lower ?? ""))));
  const allowed = quantity || (first === "to" && verb && TAKES_INFINITIVE.has(verb.lemma)) || (verb?.frame === "ask" && (first === "about" || first === "for" || first === "to"));
  // "said happily on MSNBC", "said carefully, as ...", "said insistently that ...": a manner adverb
  // before a preposition, a comma or "that" belongs to the verb, not to the content.
  // "said - but they couldn't ...", "said — on Twitter, as it happens — that ...": a dash right after
  // the verb opens the narrator's aside; the content, if any, starts at a later "that".
  const manner =
    (first.length > 4 && first.endsWith("ly") && !toks[k].cap && k + 1 < toks.length && MANNER_NEXT.test(toks[k + 1].lower)) ||
    DASHES.has(toks[k].text);
  if (verb && (manner || BAD_CONTENT_START.has(first)) && !allowed) {
    // "said in Iowa on Monday that ...": the content starts at "that".
    let m = k;
    const reach = manner ? 16 : 9;
    while (m < toks.length && m - k < reach && (toks[m].word || (manner && toks[m].text !== ".")) && toks[m].lower !== "that") m++;
    // ("said in the office that handles ...", "responded to questions about companies that have ...":
    // "that" before a verb or an auxiliary is a relative pronoun.)
    if (m < toks.length && toks[m].lower === "that" && m - k < reach && !isTimeThat(toks, m) && !verbFirst(toks[m + 1]) && !AUX_START.test(toks[m + 1]?.lower ?? "")) k = m;
    else return null;
  }
  const stop = forwardStop(s, k, firstComma);
  return content(s, k, beforeQuotation(s, k, stop));
}

/** Double quotation marks as tokens. */
const DOUBLE_MARKS: ReadonlySet<string> = new Set(["“", "”", "\"", "«", "»", "„"]);

/**
 * "Humphrey, who calls Trump a “sociopath,” said ...": quotation marks inside the subject's appositive stop
 * the subject walk. The walk is tried again over the tokens without the marks (the spans are offsets, so
 * they hold). Only when no other subject was found.
 */
function subjectAcrossMarks(s: Sentence, cueStart: number): Source | null {
  const { toks } = s;
  let first = -1;
  let count = 0;
  for (let k = 0; k < cueStart; k++) {
    if (!DOUBLE_MARKS.has(toks[k].text)) continue;
    if (first < 0) first = k;
    count++;
  }
  // (The marks must pair up, and the first must open a quotation: a closing one ends a quotation from an
  // earlier sentence, and the words before it are the quoted speaker's.)
  if (first < 0 || count % 2 !== 0 || toks[first].text === "”" || toks[first].text === "»") return null;
  if (toks[first].text === "\"" && first > 0 && toks[first - 1].end === toks[first].start) return null;
  const kept: Token[] = [];
  for (let k = 0; k < cueStart; k++) if (!DOUBLE_MARKS.has(toks[k].text)) kept.push(toks[k]);
  const n = kept.length;
  for (let k = cueStart; k < toks.length; k++) kept.push(toks[k]);
  // The subject starts before the quotation, and a comma or dash comes between its head and the marks: they
  // stand inside its appositive ("Humphrey, who calls Trump a “sociopath,” said"). ("3 percent of
  // self-identified “liberals” said" and "Fiorina was not one for “...,” said X" have no such subject.)
  const src = subjectBefore(kept, n, 0);
  if (!src || src.source.start >= toks[first].start || src.mention.end > toks[first].start) return null;
  let comma = false;
  for (let k = first - 1; k >= 0 && toks[k].start >= src.mention.end && !comma; k--) comma = toks[k].text === "," || DASHES.has(toks[k].text);
  return comma ? src : null;
}

/** A gerund ("linking him to X was unfair") may open a clause as its subject. */
const GERUND = /^[a-z]{2,}ing$/;

const OPEN_MARKS: ReadonlySet<string> = new Set(["“", "\"", "''", "‘", "«"]);
const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([",", ":", ";", "—", "–", "--", "-"]);
const NEW_ACCOUNT_OPENERS = /^(?:and|but|when|while|after|asked|pressed)$/;

/**
 * "said A, but went on to say, “...”", "said A, and when asked about B, he said, “...”": a quotation
 * whose own attribution (a speech verb after the last comma, colon or dash before the mark) comes
 * between it and the reported clause is a new account; the reported clause ends at that boundary.
 * (Without a speech verb there, the quotation is as often the reported sentence's own end: "said
 * that A, “B”", and the stretch is left to the direct-quote extractor; a colon or a dash alone before
 * the mark cut more spans than it ended on PolNeAR dev.)
 */
function beforeQuotation(s: Sentence, from: number, stop: number): number {
  const { toks } = s;
  let q = from + 1;
  while (q < stop && !OPEN_MARKS.has(toks[q].text)) q++;
  if (q >= stop) return stop;
  // ("..., he said, “...”": the comma right before the mark closes the attribution itself.)
  const e = CLAUSE_BOUNDARIES.has(toks[q - 1].text) ? q - 1 : q;
  let b = e - 1;
  while (b > from && !CLAUSE_BOUNDARIES.has(toks[b].text)) b--;
  if (b <= from + 1) return stop;
  let said = false;
  for (let k = b + 1; k < e && !said; k++) said = SPEECH_VERBS.has(toks[k].lower) && !toks[k].cap;
  if (!said) return stop;
  // ", and when pressed on X, she replied, “...”": a fronted clause of the new account goes with it.
  for (let n = 0; n < 2; n++) {
    let a = b - 1;
    while (a > from && !CLAUSE_BOUNDARIES.has(toks[a].text)) a--;
    if (a <= from + 1 || !NEW_ACCOUNT_OPENERS.test(toks[a + 1].lower)) break;
    b = a;
  }
  return b;
}

/**
 * "said Thursday during a taping in Buffalo, New York, that ...", "can now say, with the benefit of hindsight,
 * that ...", "complained during the call — which aides taped — that ...": an aside of time, place or manner
 * after the verb, closed by a comma or dash right before "that" and a subject. Returns the index of "that",
 * or -1. (Without the closing comma "that" may belong to a noun in the aside: "said after a report that ...".)
 */
function thatAfterAside(s: Sentence, from: number): number {
  const { toks } = s;
  const first = toks[from];
  if (!first) return -1;
  const opens =
    first.text === "," || DASHES.has(first.text) || PHRASE_PREPOSITIONS.has(first.lower) || BAD_CONTENT_START.has(first.lower) || first.lower === "since" ||
    (TIME_WORDS.has(first.lower) && !DETERMINERS.has(first.lower)) || (first.word && !first.cap && first.lower.length > 4 && first.lower.endsWith("ly"));
  if (!opens) return -1;
  for (let m = from + 1; m < toks.length - 1 && m - from <= 30; m++) {
    const t = toks[m];
    if (t.lower === "that") {
      if (toks[m - 1].text !== "," && !DASHES.has(toks[m - 1].text)) continue;
      const nx = toks[m + 1];
      // (A bare noun may open the clause too: "said Thursday in Buffalo, New York, that state law is wrong".)
      const subject = nx.word && !AUX_START.test(nx.lower) && (DETERMINERS.has(nx.lower) || (SUBJECT_PRONOUNS.has(nx.lower) && !/^(?:that|which|who)$/.test(nx.lower)) || PRONOUN_CONTRACTION.test(nx.lower) || nx.cap ||
        (!CLAUSE_WORDS.has(nx.lower) && !PHRASE_PREPOSITIONS.has(nx.lower) && !AUX_ADVERBS.has(nx.lower) && !/(?:ed|ly)$/.test(nx.lower)));
      return subject && m > from + 2 ? m : -1;
    }
    if (t.text === ";" || t.text === ":" || t.text === "." || OPEN_MARKS.has(t.text) || t.text === "”" || (t.word && !t.cap && SPEECH_VERBS.has(t.lower))) return -1;
  }
  return -1;
}

/** Words after which an "according to X," phrase opens the clause it vouches for ("because, according to X, ..."). */
const SOURCE_OPENS_CLAUSE = /^(?:after|because|while|since|although|though|when|whereas|until|before|that)$/;

/** Prepositions that may go before a relative pronoun ("in which", "under which", "for whom"). */
const PIED_PREPOSITIONS = /^(?:in|on|at|by|for|with|under|from|through|during|after|to|of|about)$/;

const SUBORDINATORS = /^(while|although|though|when|if|as|because|after|before|since|whereas|unless|once|who|which)$/;

/** The cue sits in a fronted subordinate or relative clause ("While X said A, B"; "X, who said A, B"). */
function inSubordinate(toks: readonly Token[], sourceStart: number, cueStart: number): boolean {
  const a = tokenAt(toks, sourceStart);
  const prev = a > 0 ? toks[a - 1].lower : "";
  const subj = a >= 0 ? toks[a].lower : "";
  return SUBORDINATORS.test(prev) || ((subj === "who" || subj === "which") && a + 1 >= cueStart) || (prev === "who" && toks[a - 2]?.lower === "those");
}

/** Token k opens its sentence, after at most a leading "and", "but", "so" or "yet". */
const opensSentence = (toks: readonly Token[], k: number): boolean => k === 0 || (k === 1 && /^(?:and|but|so|yet)$/.test(toks[0].lower));

// ---------------------------------------------------------------------------------------------
// The rule table, tried in this order for each cue word.

/**
 * "As reported by The Post, A.", "A, as first noted by X, B.": the passive 'as' clause vouches for the
 * clause it is attached to, and its agent is the source. The agent runs to the clause's comma.
 */
function asReportedBy(s: Sentence, v: VerbSite): Hit | null {
  const { toks } = s;
  const as = v.cueStart - 1;
  const by = v.vi + 1;
  // "The campaign, first reported by The Post, is ...": the same aside without "as", between commas.
  const bare = toks[as].text === ",";
  let e = by + 1;
  while (e < toks.length && e - by <= 10 && toks[e].text !== "," && toks[e].text !== "." && !CLAUSE_WORDS.has(toks[e].lower)) e++;
  const opens = !bare && opensSentence(toks, as);
  const inner = as >= 2 && (bare || toks[as - 1].text === ",");
  if (e === by + 1 || !(opens || inner)) return null;
  // The agent ends before a time phrase ("by The Times on Tuesday").
  let a = by + 2;
  while (a < e && !((PHRASE_PREPOSITIONS.has(toks[a].lower) && toks[a].lower !== "of") || (TIME_WORDS.has(toks[a].lower) && !DETERMINERS.has(toks[a].lower)))) a++;
  const sp = tokSpan(toks, by + 1, a);
  const source: Source = { source: sp, mention: sp, role: null };
  const cue = tokSpan(toks, v.cueStart, by + 1);
  // "..., as first reported by The Times on Tuesday.": at the sentence's end the aside vouches for what
  // stands before it.
  // (After a colon, only what follows it: "Pieces have shifted: the PAC started ..., as first reported by X.")
  if (!bare && inner && (e >= toks.length || isEnd(s, e))) {
    let b = as - 2;
    while (b > 0 && toks[b].text !== ":" && toks[b].text !== ";") b--;
    const body = content(s, b > 0 ? b + 1 : backwardStart(s, as - 1), as - 1);
    return body ? { content: body, cue, source, to: null, forward: false } : null;
  }
  if (e >= toks.length || toks[e].text !== ",") return null;
  // (Without "as" the aside sits on the subject, and the main clause's verb follows its closing comma.)
  if (bare && !(toks[e + 1]?.word && !toks[e + 1].cap && !CLAUSE_WORDS.has(toks[e + 1].lower) && !DETERMINERS.has(toks[e + 1].lower) && !SUBJECT_PRONOUNS.has(toks[e + 1].lower))) return null;
  const body = content(s, opens ? e + 1 : 0, forwardStop(s, e + 1));
  return body ? { content: body, cue, source, to: null, forward: opens } : null;
}

/** Text before the source of a trailing attribution ("..., X said."): from the sentence start. */
function contentBefore(s: Sentence, sourceStartOffset: number): Span | null {
  const { toks } = s;
  let b = tokenAt(toks, sourceStartOffset);
  if (b < 0) return null;
  if (b > 0 && (toks[b - 1].text === "," || toks[b - 1].text === "—" || toks[b - 1].text === "--")) b--;
  else return null;
  const a = backwardStart(s, b);
  // "He sent a photograph — maybe his last, he warned": after one unpaired dash, a short aside is
  // all the attribution vouches for; the narration before the dash is the reporter's. A longer tail
  // ("Jobs grew – something you wouldn't know if you listen to ..., he said") is the whole claim.
  let dash = -1;
  for (let m = a; m < b; m++) {
    const t = toks[m].text;
    // (A hyphen counts only with a space before it: "U.S.-Mexican" is one word.)
    if (!DASHES.has(t) || (t === "-" && !(m > 0 && toks[m - 1].end < toks[m].start))) continue;
    if (dash >= 0) {
      dash = -1;
      break;
    }
    dash = m;
  }
  let aside = 0;
  for (let m = dash + 1; dash > a && m < b; m++) if (toks[m].word) aside++;
  return (dash > a + 2 && aside <= MAX_ASIDE_WORDS ? content(s, dash + 1, b) : null) ?? content(s, a, b);
}
const MAX_ASIDE_WORDS = 5;

/**
 * Fronted phrases that frame the source's words rather than belong to them: a concession ("Despite
 * ...", "Though ...", "For all ...") or a participle ("Entering June, ..."). Time and place phrases
 * ("In Iowa, ...", "After the debate, ...") stay: PolNeAR's gold keeps them in the content.
 */
const FRONTED = /^(?:despite|though|although|while|for|even|\p{Ll}+ing)$/u;
const NOT_FRONTED_ING = /^(?:during|according|including|nothing|something|anything|everything)$/;

/** Where backward content ("..., X said.") starts: after a fronted framing phrase and its comma. */
function backwardStart(s: Sentence, b: number): number {
  const { toks } = s;
  // "WASHINGTON (AP) — ...": a wire story's dateline is no part of what the source said.
  const d = datelineEnd(toks);
  if (d >= b - 1) return 0;
  if (!FRONTED.test(toks[d].lower) || NOT_FRONTED_ING.test(toks[d].lower)) return d;
  let k = d + 1;
  while (k < b - 3 && toks[k].text !== ",") k++;
  return k < b - 3 && k - d <= 15 ? k + 1 : d;
}

function sourceAfter(s: Sentence, from: number, to: number): Source | null {
  const { toks } = s;
  if (from >= to) return null;
  let comma = from;
  while (comma < to && toks[comma].text !== ",") comma++;
  const mention = headOf(toks, from, comma);
  return { source: tokSpan(toks, from, to), mention, role: comma + 1 < to ? tokSpan(toks, comma + 1, to) : null };
}

/** Words that open a fronted phrase before the subject ("In Iowa on Monday, Trump ...", "Speaking Sunday, ..."). */
const FRONT_OPENERS = /^(?:in|on|at|for|during|after|before|since|despite|amid|among|under|following|with|from|by|to|over|through)$/;

/** Index after a wire story's dateline ("WASHINGTON (AP) —", "PARIS -"), or 0. */
function datelineEnd(toks: readonly Token[]): number {
  // "WASHINGTON (AP) — ...", "PARIS - ...": an upper-case place and a dash open a wire story.
  if (toks.length > 3 && toks[0].word && toks[0].text.length > 2 && toks[0].text === toks[0].text.toUpperCase() && /\p{L}/u.test(toks[0].text)) {
    for (let k = 1; k < toks.length - 1 && k < 8; k++) {
      if (DASHES.has(toks[k].text)) return k + 1;
      if (toks[k].word && !toks[k].cap) break;
    }
  }
  return 0;
}

/** Where the sentence's subject starts: after a dateline ("PARIS (Reuters) -") and fronted phrases ("On Tuesday, ..."). */
function subjectStart(toks: readonly Token[]): number {
  let a = datelineEnd(toks);
  for (let round = 0; round < 2 && a < toks.length; round++) {
    const t = toks[a];
    const fronted =
      FRONT_OPENERS.test(t.lower) ||
      // "Speaking Sunday on ABC, ...", "Walking to the next address, ..." (not "Ebeling smiled, ...": a name
      // ending in -ing; only a time word, preposition or determiner after the participle tells it apart)
      (t.lower.length > 5 && t.lower.endsWith("ing") && !NOT_FRONTED_ING.test(t.lower) && a + 1 < toks.length && toks[a + 1].word &&
        (TIME_WORDS.has(toks[a + 1].lower) || DETERMINERS.has(toks[a + 1].lower) || PHRASE_PREPOSITIONS.has(toks[a + 1].lower) || /^(?:about|for|into|out|up|back|down|around|across|outside)$/.test(toks[a + 1].lower))) ||
      (TIME_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)) ||
      ((t.lower === "the" || t.lower === "this" || t.lower === "last") && TIME_WORDS.has(toks[a + 1]?.lower ?? ""));
    if (!fronted) break;
    let k = a + 1;
    while (k < toks.length && k - a < 16 && toks[k].text !== "," && toks[k].text !== ";") k++;
    if (k >= toks.length - 1 || toks[k].text !== "," || !toks[k + 1].word) break;
    a = k + 1;
  }
  return a;
}

/** A word that may go on a noun phrase after its determiner: no verb, adverb, preposition or clause word. */
const nounWord = (t: Token): boolean =>
  t.word && (!/(?:ed|ly)$/.test(t.lower) || LY_NOUNS.has(t.lower)) && !CLAUSE_WORDS.has(t.lower) && !AUX_START.test(t.lower) && !/^(?:later|then|also|now|still|once|first|before|after|for|of|in|at|on|with|from|by|to)$/.test(t.lower) && !SPEECH_VERBS.has(t.lower);

/** Nouns for a message that carries what a source says ("a statement saying ..."). */
const MESSAGE_NOUN = /^(?:statement|tweet|response|release|letter|message|email|e-mail|note|post|memo|video)$/;
/** Verbs that send a message ("issued a statement", "fired back a response"). */
const MESSAGE_VERB = /^(?:issued|issues|released|releases|sent|sends|posted|posts|put|puts|fired|fires|published|publishes|tweeted|wrote|writes|emailed|e-mailed)$/;

/** Index of the verb that sent the message noun at `n` ("issued a [written] statement", "sent out a tweet"), or -1. */
function messageVerb(toks: readonly Token[], n: number): number {
  if (!MESSAGE_NOUN.test(toks[n].lower)) return -1;
  let k = n - 1;
  // (One adjective may stand between the article and the noun: "a written statement".)
  if (k > 0 && !DETERMINERS.has(toks[k].lower) && toks[k].word && !toks[k].cap) k--;
  if (k < 1 || !/^(?:a|an|the)$/.test(toks[k].lower)) return -1;
  k--;
  if (k > 0 && /^(?:back|out)$/.test(toks[k].lower)) k--;
  return k > 0 && MESSAGE_VERB.test(toks[k].lower) ? k : -1;
}

/** Role nouns that stand before a name ("Presumptive Democratic presidential nominee Hillary Clinton"). */
const ROLE_BEFORE_NAME = /^(?:nominee|candidate|front-?runner|hopeful|leader|chairman|chairwoman|president|senator|governor|spokesman|spokeswoman|adviser|advisor|director|secretary|strategist)$/;

/** The sentence's subject when the sentence opens with a name or pronoun ("He called ... and said"). */
function sentenceSubject(toks: readonly Token[]): Source | null {
  const a = subjectStart(toks);
  let b = a;
  while (b < toks.length && b - a < 8 && toks[b].word && (toks[b].cap || b === a)) b++;
  // "At a meeting Tuesday, some senators vented ... and said": after a fronted phrase the subject may open
  // with a lower-case determiner.
  const lowerDet = a > 0 && b === a + 1 && DETERMINERS.has(toks[a].lower) && !toks[a].cap;
  if (b === a || (!lowerDet && !isName(toks, a, b))) return null;
  // "The nurse later sued, claiming ...": a lone article is no subject; its noun follows in lower case.
  // (Up to three lowercase words, stopping before an adverb, a past verb, a preposition or a clause word;
  // with none, the article stays: some rules need a source to fire, and the reporter's sentence has one.)
  const capName = (k: number): number => {
    while (k < toks.length && k - a < 9 && toks[k].word && toks[k].cap && !/^\d/.test(toks[k].text)) k++;
    return k;
  };
  if (b === a + 1 && DETERMINERS.has(toks[a].lower)) {
    while (b < toks.length && b - a < 4 && (!toks[b].cap || /^\d/.test(toks[b].text)) && nounWord(toks[b])) b++;
    // "Many liberal Democrats": the noun phrase may end in a capitalised noun.
    if (b > a + 1) b = capName(b);
  } else if (b < toks.length && (DETERMINERS.has(toks[a].lower) || b <= a + 2) && toks[b].word && (!toks[b].cap || /^\d/.test(toks[b].text)) && nounWord(toks[b])) {
    // "The Sanders campaign", "Republican presidential front-runner Donald Trump": after a determiner or a
    // lone capitalised word, a lower-case noun goes on the phrase; more than one only before a name.
    let m = b;
    while (m < toks.length && m - b < 3 && (!toks[m].cap || /^\d/.test(toks[m].text)) && nounWord(toks[m])) m++;
    const n = capName(m);
    // (After a lone capitalised word, only before a name: "Trump struck a tone" is a clause. After two,
    // only when a role noun stands before the name: "Presumptive Republican nominee Donald Trump".)
    if (n > m && (b === a + 1 || DETERMINERS.has(toks[a].lower) || ROLE_BEFORE_NAME.test(toks[m - 1].lower))) b = n;
    else if (DETERMINERS.has(toks[a].lower)) b++;
  }
  // "A spokeswoman for Janney", "The attorney general of the state of New York": a noun phrase that ends
  // in a lower-case noun goes on through of/for/at and the noun phrase after it.
  for (let round = 0; round < 3 && b > a && b + 1 < toks.length && /^(?:of|for|at)$/.test(toks[b].lower) && (round > 0 || !toks[b - 1].cap); round++) {
    let k = b + 1;
    if (DETERMINERS.has(toks[k].lower) && !TIME_WORDS.has(toks[k + 1]?.lower ?? "")) k++;
    const s0 = k;
    while (k < toks.length && k - s0 < 6 && toks[k].word && !TIME_WORDS.has(toks[k].lower) && nounWord(toks[k]) && !(k > s0 && !toks[k].cap && /[^s]s$/.test(toks[k].lower))) k++;
    if (k === s0) break;
    b = k;
  }
  const sp = tokSpan(toks, a, b);
  // The source as written goes on through a bracket ("Sen. Ann Lee (D-Ore.)") and an appositive or
  // relative clause closed by a comma before the verb ("Republicans, who hold the Senate, have ...").
  let e = b;
  if (e < toks.length && toks[e].text === "(") {
    let k = e + 1;
    while (k < toks.length && k - e < 8 && toks[k].text !== ")") k++;
    if (k < toks.length && toks[k].text === ")") e = k + 1;
  }
  if (e < toks.length - 2 && toks[e].text === ",") {
    let k = e + 1;
    while (k < toks.length && k - e < 25 && toks[k].text !== "," && toks[k].text !== ";" && !isTrigger(toks[k])) k++;
    // (Not an aside: "Trump, meanwhile, said", "Lee, in turn, said".)
    const aside = k - e <= 2 || /^(?:in|for|of|at|on|as|by|however|meanwhile|though|too|also|instead|still|then|now|once|again)$/.test(toks[e + 1].lower);
    if (!aside && k < toks.length - 1 && toks[k].text === "," && toks[k + 1].word && !toks[k + 1].cap) e = k;
  }
  return { source: e > b ? tokSpan(toks, a, e) : sp, mention: sp, role: null };
}

/**
 * "Rep. Jane Roe (D-Ore.), a member who backs the bill, said ...", "Several candidates, including X,
 * said ...": when the appositives defeat the subject walk, the sentence's first comma-separated chunk
 * is the subject and the rest its role, as long as nothing before the cue looks like another clause.
 */
function frontSubject(toks: readonly Token[], cueStart: number, titled = false): Source | null {
  let a = 0;
  if (a < cueStart && /^(but|and|so|yet)$/.test(toks[a].lower)) a++;
  // `titled`: the appositive ends in a short title in marks (`known as “Guccifer,”`), left in the role.
  let end = toks[cueStart - 1].text === "," ? cueStart - 1 : cueStart;
  if (titled) {
    let open = cueStart - 3;
    while (open > a && cueStart - open <= 8 && toks[open].text !== "“" && toks[open].text !== "\"") open--;
    if (open <= a || cueStart - open > 8 || !toks[open - 1].word) return null;
    end = open;
  }
  if (end - a > 30 || end <= a || !toks[a].word) return null;
  let comma = -1;
  for (let k = a; k < end; k++) {
    const t = toks[k];
    if (t.text === "," && comma < 0) comma = k;
    if (t.text === ";" || t.text === ":" || t.text === "“" || t.text === "\"" || isTrigger(t) || (t.word && !t.cap && /^(is|was|are|were|has|have|had|will|would|did|does)$/.test(t.lower) && comma < 0)) return null;
  }
  if (comma <= a) return null;
  const head = headOf(toks, a, comma);
  const last = titled ? cueStart - 1 : end;
  return { source: tokSpan(toks, a, last), mention: head, role: comma + 1 < last ? tokSpan(toks, comma + 1, last) : null };
}

const AUX_START = /^(was|is|are|were|would|will|had|has|have|could|should|might|may|can|did|does)$/;

/** A subject pronoun with the "be" of a progressive run into one token ("he’s saying", "they’re telling"). */
const PROGRESSIVE_SUBJECT = /^(?:he|she|they|we|you|who)['’](?:s|re)$/;

/** A subject pronoun with its auxiliary run into one token ("he'd", "she’ll", "they're"): a clause opens there. */
const PRONOUN_CONTRACTION = /^(?:he|she|they|we|i|it|you|there)['’](?:d|ll|s|re|ve|m)$/;

/** A lower-case word that can open a verb phrase: no determiner, pronoun, preposition or adverb. */
const verbFirst = (t: Token | undefined): boolean =>
  !!t && t.word && !t.cap && !DETERMINERS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && !PRONOUN_CONTRACTION.test(t.lower) && !PHRASE_PREPOSITIONS.has(t.lower) && !AUX_ADVERBS.has(t.lower) && !CLAUSE_WORDS.has(t.lower) && !t.lower.endsWith("ly");

/**
 * The subject at token a follows a relative pronoun whose clause the speech verb sits in ("moves that
 * he said improved the economy", "which officials said will start soon"). "that" after a verb or a
 * claim noun is a complementiser ("argued that Trump said ..."), not a relative pronoun.
 */
function relativeBefore(s: Sentence, a: number): boolean {
  const { toks } = s;
  const rel = toks[a - 1].lower;
  if (rel === "which" || rel === "what") return true;
  if (rel !== "that" || a < 2) return false;
  const prev = toks[a - 2];
  if (!prev.word || prev.cap || SPEECH_VERBS.has(prev.lower) || CLAIM_NOUNS.has(prev.lower) || CLAUSE_WORDS.has(prev.lower) || AUX_ADVERBS.has(prev.lower)) return false;
  // Only the tagger tells "the moves that" (a relative) from "fear that" (a complement).
  return posBeforeLast(s.text.slice(0, toks[a - 1].end - s.span.start)) === "NOUN";
}

/**
 * Index of a relative pronoun (which, who, whom, that) at most eight words before the cue, with only words
 * between it and the cue (the relative clause's subject: "which even critics", "who U.S. officials"), when
 * the content after the cue has a gap: it opens with a finite auxiliary ("say was the most powerful") or
 * with a verb and is no clause ("said discriminated against ..."). Otherwise -1.
 */
function relativeGap(s: Sentence, v: VerbSite, body: Span): number {
  const { toks } = s;
  const nx = toks[v.rest];
  if (!nx || !nx.word || nx.lower === "that") return -1;
  let r = v.cueStart - 1;
  while (r >= 0 && v.cueStart - r <= 9 && (toks[r].word || toks[r].text === "&") && !/^(?:which|who|whom|that)$/.test(toks[r].lower)) r--;
  if (r < 0 || r >= v.cueStart - 1 || v.cueStart - r > 9 || !/^(?:which|who|whom|that)$/.test(toks[r].lower)) return -1;
  // (Not a speech verb or claim noun right before "that": "argued that critics say ..." is a complement.)
  const before = r > 0 ? toks[r - 1] : null;
  if (toks[r].lower === "that" && before && (SPEECH_VERBS.has(before.lower) || CLAIM_NOUNS.has(before.lower) || (before.text === "," && r > 1 && SPEECH_VERBS.has(toks[r - 2].lower)))) return -1;
  const subj = toks[r + 1];
  if (!subj.word || FINITE_AUX.test(subj.lower) || AUX_START.test(subj.lower)) return -1;
  // (A coordinator there joins verbs, not the words of a name: "which he favors but says would ...".)
  for (let k = r + 1; k < v.cueStart; k++) if (/^(?:and|but|or)$/.test(toks[k].lower) && !toks[k + 1].cap) return -1;
  if (AUX_START.test(nx.lower) && !nx.cap) return r;
  return verbFirst(nx) && !nx.lower.endsWith("ing") && !clauseIn(s, s.text.slice(body.start - s.span.start, body.end - s.span.start)) ? r : -1;
}

/**
 * The comma that ends a fronted question ("Asked whether the plan, which critics called costly, would
 * pass, Mr. Lee said ..."): the first one followed by the main clause's subject when that is a pronoun
 * or a name, not by a relative, a preposition or "that". (Otherwise the first comma: a subject with a
 * determiner cannot be told from an appositive without parsing.)
 */
function mainClauseComma(s: Sentence, from: number): number {
  const { toks } = s;
  for (let k = from + 2; k < toks.length - 1; k++) {
    if (toks[k].text !== ",") continue;
    const nx = toks[k + 1];
    if (!nx.word) continue;
    if (/^(he|she|they|i|we|it)$/.test(nx.lower) || (nx.cap && !/^(which|who|that|and|but|or|in|on|at|for|with|as)$/.test(nx.lower))) return k;
  }
  return forwardStop(s, from, true);
}

const lastWordIndex = (s: Sentence): number => {
  let k = s.toks.length;
  while (k > 0 && !s.toks[k - 1].word) k--;
  return k;
};

/**
 * A title-case headline ("Mayor Says Bridge Will Reopen In June"): every word of four letters or
 * more is capitalised, so the capitalised verb is a cue here, not a name.
 */
function isHeadline(s: Sentence): boolean {
  let caps = 0;
  for (const t of s.toks) {
    if (!t.word || t.lower.length < 4) continue;
    if (!t.cap) return false;
    if (!/^\d/.test(t.text)) caps++;
  }
  return caps >= 3;
}

/** In a headline the content ends where a second headline clause begins ("..., Calls X", "... As Y Does Z"). */
const HEADLINE_JOINS = /^(?:as|while|but|after|before|amid|despite|because|even|though|although)$/;

function headlineStop(s: Sentence, from: number): number {
  const { toks } = s;
  for (let k = from + 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.text === ";" || t.text === ":" || DASHES.has(t.text) || t.text === "|") return k;
    if (t.text === "," && k + 1 < toks.length && SPEECH_VERBS.has(toks[k + 1].lower)) return k;
    if (t.word && HEADLINE_JOINS.test(t.lower) && k > from + 1) return k;
  }
  return toks.length;
}

/**
 * The predicate after "called X" ends at narration: a comma before a clause word, a participle or a
 * verb (", after 55 percent said so", ", could be ..."), "and"/"before" with a verb ("and vowing to ..."),
 * or a bracket; otherwise where forward content would end.
 */
function calledStop(s: Sentence, from: number): number {
  const { toks } = s;
  const stop = forwardStop(s, from);
  for (let k = from + 1; k < stop - 1; k++) {
    const t = toks[k];
    const nx = toks[k + 1];
    if (t.text === "(" || DASHES.has(t.text)) return k;
    // (", loving and admirable": an -ing word in a list of adjectives goes on.)
    const participle = nx.lower.endsWith("ing") && toks[k + 2]?.lower !== "and" && toks[k + 2]?.text !== ",";
    if (t.text === "," && nx.word && !nx.cap && (CLAUSE_WORDS.has(nx.lower) || AUX_START.test(nx.lower) || participle || SPEECH_VERBS.has(nx.lower))) return k;
    // ", stances that he has since disavowed": a noun with its own relative clause is the reporter's gloss
    // (", fake and charlatan" goes on: a list).
    if (t.text === "," && nx.word && !nx.cap && /^(?:that|which|who)$/.test(toks[k + 2]?.lower ?? "")) return k;
    if (/^(?:and|but|before|after|while)$/.test(t.lower) && nx.word && !nx.cap && (nx.lower.endsWith("ing") || nx.lower.endsWith("ed") || AUX_START.test(nx.lower) || SPEECH_VERBS.has(nx.lower))) return k;
  }
  return stop;
}

const STORY_NOUNS = /^(?:story|stories|tale|tales)$/;

/** "call" without a particle: a cue only with an object and a predicate (reported/called-predicate). */
const CALL_FORMS: ReadonlySet<string> = new Set(["call", "calls", "called", "calling"]);
const OBJECT_SELF = /^(?:him|her|them|it|himself|herself|themselves|itself|me|us|you|myself|ourselves)$/;
/** Words after a/an that make it a quantity or a time, not a predicate noun ("called a dozen times"). */
const NOT_PREDICATE_AFTER_ARTICLE = /^(?:few|dozen|couple|number|lot|bit|second|third|day|week|month|year|while|minute|moment|meeting|halt|press|news|vote|cab|taxi|doctor|lawyer|friend|reporter|timeout|recess|session|hearing|election|strike)$/;

/**
 * After "called" at j: an object (a pronoun, or a short noun phrase) and then a predicate: a noun
 * phrase with "a"/"an" ("Trump a fascist", "climate change a hoax") or, after a pronoun, a bare word
 * that is no particle, preposition or adverb ("him divisive"). Returns the index where the content
 * may end from (the predicate's start), or -1.
 */
function calledPredicateEnd(toks: readonly Token[], j: number): number {
  if (j >= toks.length || !toks[j].word) return -1;
  const isArticlePredicate = (m: number): boolean =>
    (toks[m].lower === "a" || toks[m].lower === "an" || (m > j + 1 && /^(?:his|her|their|its|our|my)$/.test(toks[m].lower) && toks[m - 1].word && !PHRASE_PREPOSITIONS.has(toks[m - 1].lower) && !DETERMINERS.has(toks[m - 1].lower))) && m + 1 < toks.length && toks[m + 1].word && !NOT_PREDICATE_AFTER_ARTICLE.test(toks[m + 1].lower);
  // ("called her vote a mistake": "her" before a noun is a possessive, the noun phrase's start.)
  // A possessive after the object's words opens the predicate as an article does ("called her son
  // her hero", "calls the state her home"; not after a preposition or determiner).
  if (OBJECT_SELF.test(toks[j].lower) && !(toks[j].lower === "her" && toks[j + 1]?.word && !isArticlePredicate(j + 1))) {
    const m = j + 1;
    if (m >= toks.length || !toks[m].word) return -1;
    if (isArticlePredicate(m)) return m;
    // "calling it the mark of a desperate candidate": after a pronoun, "the" and a noun that is no
    // time word ("called him the next day") open the predicate too.
    if (toks[m].lower === "the" && toks[m + 1]?.word && !toks[m + 1].cap && !TIME_WORDS.has(toks[m + 1].lower) && !NOT_PREDICATE_AFTER_ARTICLE.test(toks[m + 1].lower) && !/^(?:next|following|same|other|police|cops)$/.test(toks[m + 1].lower)) return m;
    const w = toks[m];
    if (w.cap || PHRASE_PREPOSITIONS.has(w.lower) || BAD_CONTENT_START.has(w.lower) || TIME_WORDS.has(w.lower) || AUX_ADVERBS.has(w.lower) || CLAUSE_WORDS.has(w.lower) || DETERMINERS.has(w.lower)) return -1;
    if (/^(?:back|off|quits|twice|again|repeatedly|home|now|names|collect|instead|tonight|today|yesterday|first)$/.test(w.lower) || w.lower.endsWith("ly") || w.lower.endsWith("ing")) return -1;
    return m;
  }
  // A short noun phrase: words only, no clause word, infinitive "to", particle or comma before the article.
  // ("called a press conference": an object with an article is the thing called; "called driving ...".)
  const first = toks[j].lower;
  if (PHRASE_PREPOSITIONS.has(first) || BAD_CONTENT_START.has(first) || (TIME_WORDS.has(first) && !DETERMINERS.has(first)) || first === "a" || first === "an" || first.endsWith("ing")) return -1;
  for (let m = j + 1; m < toks.length && m - j <= 12; m++) {
    const t = toks[m];
    if (!t.word && !/^[’']$/.test(t.text)) return -1;
    // "called Anti-Prom at a former factory": an article after a preposition is no predicate.
    if (isArticlePredicate(m) && !PHRASE_PREPOSITIONS.has(toks[m - 1].lower) && !BAD_CONTENT_START.has(toks[m - 1].lower)) return m;
    // ("called the citation and the demand a ploy": two noun phrases joined by "and" are one object.)
    const joined = t.lower === "and" && DETERMINERS.has(toks[m + 1]?.lower ?? "");
    if (!joined && (CLAUSE_WORDS.has(t.lower) || t.lower === "to" || SUBJECT_PRONOUNS.has(t.lower) || AUX_START.test(t.lower) || SPEECH_VERBS.has(t.lower))) return -1;
    // "a charity called Bread First opened a kitchen": a name and then a verb, not name and predicate.
    if (!t.cap && toks[m - 1].cap && t.lower.endsWith("ed")) return -1;
  }
  return -1;
}

/**
 * "called the actions lawful", "called Clinton's public squabble with the agencies unusual", "called the
 * charges unsubstantiated and fabricated": an object noun phrase opened by a determiner or possessive, then
 * an adjective as the predicate. Only the tagger tells the adjective from a noun ("called the state
 * capital"), so it runs here, on the short stretch up to the clause's first comma. Returns the
 * adjective's index, or -1.
 */
function adjectivePredicate(s: Sentence, j: number): number {
  const { toks } = s;
  const first = toks[j];
  if (!first || !first.word || !(/^(?:the|his|her|their|its|our|these|those|this|that)$/.test(first.lower) || (first.cap && /[’']s$/.test(first.lower)))) return -1;
  let m = j + 1;
  while (m < toks.length && m - j <= 12 && (toks[m].word || /^[’'-]$/.test(toks[m].text)) && !CLAUSE_WORDS.has(toks[m].lower) && !SUBJECT_PRONOUNS.has(toks[m].lower) && !AUX_START.test(toks[m].lower) && toks[m].lower !== "to" && !SPEECH_VERBS.has(toks[m].lower)) m++;
  if (m - j < 3) return -1;
  const tagged = tag(s.text.slice(toks[j].start - s.span.start, toks[m - 1].end - s.span.start));
  let noun = false;
  for (let k = 0; k < tagged.length; k++) {
    const { text, pos } = tagged[k]!;
    if (pos === "NOUN" || pos === "PROPN") noun = true;
    else if (pos === "ADJ" && noun && (tagged[k - 1]?.pos === "NOUN" || tagged[k - 1]?.pos === "PROPN") && /^\p{Ll}/u.test(text)) {
      // The adjective's token: the first one after the object's first word that has its text.
      // ("unsubstantiated and fabricated by ...": a second adjective joined to the first goes with it.)
      // (Not a verb: "called the actions lawful and said ...".)
      const joined = (t: number): boolean => {
        const w = toks[t + 2];
        return toks[t + 1]?.lower === "and" && !!w && w.word && !w.cap && !SPEECH_VERBS.has(w.lower) && ((w.lower.endsWith("ed") && toks[t + 3]?.lower === "by") || /(?:ful|ous|ive|ble|al|ic|ent|ant|less)$/.test(w.lower));
      };
      for (let t = j + 2; t < m; t++) if (toks[t].lower === text.toLowerCase()) return joined(t) ? t + 2 : t;
      return -1;
    }
  }
  return -1;
}

/**
 * Start of a preposition of manner or addition right before the participle at i ("in", "besides", "in addition
 * to", "aside from", "apart from"), or -1.
 */
function prepositionBefore(toks: readonly Token[], i: number): number {
  const w = (k: number): string => (k >= 0 ? toks[k].lower : "");
  if (w(i - 1) === "in" || w(i - 1) === "besides") return i - 1;
  if (w(i - 1) === "to" && w(i - 2) === "addition" && w(i - 3) === "in") return i - 3;
  if (w(i - 1) === "from" && (w(i - 2) === "aside" || w(i - 2) === "apart")) return i - 2;
  return -1;
}

/**
 * "..., but he refuses to discuss it, aside from saying ...": the subject pronoun of the clause the
 * prepositional phrase at p hangs on (after a comma or a conjunction), or null.
 */
function clausePronounBefore(toks: readonly Token[], p: number): Source | null {
  for (let k = p - 1; k >= 0 && p - k <= 15; k--) {
    const t = toks[k];
    if (t.text === ";" || t.text === ":") return null;
    if (/^(?:he|she|they|we|i)$/.test(t.lower) && (k === 0 || toks[k - 1].text === "," || /^(?:and|but|so|yet|while|because|though|although)$/.test(toks[k - 1].lower))) {
      const sp = tokSpan(toks, k, k + 1);
      return { source: sp, mention: sp, role: null };
    }
  }
  return null;
}

/** Speech participles that can open a sentence ("Noting that ..., X said"); "telling" and "asking" take a listener first. */
const FRONTED_PARTICIPLES: ReadonlySet<string> = new Set(["noting", "arguing", "claiming", "insisting", "explaining", "warning", "stating", "saying", "adding", "acknowledging", "conceding"]);

/** Verbs whose passive subject is the thing said ("The deal was first reported by ..."). */
const PASSIVE_SUBJECT_LEMMAS: ReadonlySet<string> = new Set(["report", "announce", "confirm", "disclose", "note", "deny", "claim"]);

/** Headline verbs that report words; others take a noun phrase there ("Promises Action", "Tweets A Graphic"). */
const HEADLINE_LEMMAS: ReadonlySet<string> = new Set(["say", "tell", "claim", "warn", "insist", "argue", "admit", "predict", "suggest", "announce"]);

/** Verbs that take an -ing complement ("began calling for", "kept calling on"). */
const GOVERNS_PARTICIPLE = /^(?:began|begin|begins|started|start|starts|kept|keep|keeps|continued|continue|continues)$/;

/** Whether toks[k] is a dash standing apart (a hyphen inside a word is not one). */
const spacedDash = (toks: readonly Token[], k: number): boolean =>
  DASHES.has(toks[k].text) && (toks[k].text !== "-" || (k > 0 && toks[k - 1].end < toks[k].start));

/** Words of a clause or a participle in a gloss ("a message that ...", "a landslide based on ..."). */
const GLOSS_CLAUSE = /^(?:that|which|who|whom|he|she|they|it|we)$/;

/**
 * Where a reporter's gloss after a dash begins in forward content from token a to b ("... inside the hall — a
 * message that has not been heeded", "... seek reelection in 2018 - though it is unclear ..."), or -1: a dash
 * that is the only one to the sentence's end (a pair sets off an aside inside the clause), then a concession,
 * "all"/"no", or "a"/"an" with a clause or participle of its own ("- a suspect with a warrant" may be the
 * speaker's own appositive).
 */
function dashGloss(toks: readonly Token[], a: number, b: number): number {
  let dash = -1;
  for (let m = a; m < toks.length; m++) {
    if (!spacedDash(toks, m)) continue;
    if (dash >= 0 || m >= b) return -1;
    dash = m;
  }
  if (dash < a + 3 || dash + 1 >= b) return -1;
  const nx = toks[dash + 1].lower;
  if (/^(?:though|although|all|no)$/.test(nx)) return dash;
  if (nx !== "a" && nx !== "an") return -1;
  for (let m = dash + 2; m < b; m++) if (GLOSS_CLAUSE.test(toks[m].lower) || (toks[m].lower.length > 4 && toks[m].lower.endsWith("ed"))) return dash;
  return -1;
}

/** The tokens of `body`: from its first token to just past its last. */
function tokensOf(toks: readonly Token[], body: Span): { bs: number; be: number } {
  const bs = tokenAt(toks, body.start);
  let be = bs;
  while (be < toks.length && toks[be].start < body.end) be++;
  return { bs, be };
}

/** Forward content without a reporter's gloss after a lone dash (see dashGloss). */
function withoutDashGloss(s: Sentence, body: Span): Span {
  const { toks } = s;
  const { bs, be } = tokensOf(toks, body);
  const d = dashGloss(toks, bs, be);
  return (d > 0 ? content(s, bs, d) : null) ?? body;
}

/** Content without a closing ", who ..." relative clause (one with no comma or dash after it before the end). */
function withoutClosingWho(s: Sentence, body: Span): Span {
  const { toks } = s;
  const { bs, be } = tokensOf(toks, body);
  for (let k = be - 3; k > bs + 3; k--) {
    if (toks[k].text === "," || spacedDash(toks, k)) {
      if (toks[k].text !== "," || toks[k + 1].lower !== "who") return body;
      return content(s, bs, k) ?? body;
    }
  }
  return body;
}

export const REPORTED_RULES: readonly CueRule[] = [
  {
    id: "reported/headline",
    reason: "a title-case headline 'X Says Y' or 'Y, X Says': the capitalised verb is the cue, not a name",
    match(s, i) {
      const { toks } = s;
      const t = toks[i];
      const verb = SPEECH_VERBS.get(t.lower);
      if (!t.cap || !verb || !HEADLINE_LEMMAS.has(verb.lemma) || verb.form.endsWith("ing")) return null;
      // Base forms only for "say" and "tell" ("Some Say ..."); a headline may open with "Says" alone.
      if (verb.form === verb.lemma && verb.lemma !== "say" && verb.lemma !== "tell") return null;
      if (i === 0 ? verb.form !== "says" : !(toks[i - 1].word && toks[i - 1].cap)) return null;
      // "Says the plan would cost jobs.": a claim written without its speaker (a fact-check's heading).
      if (i > 0 && !isHeadline(s)) return null;
      // The source: capitalised words before the verb ("Mayor Just Says": the adverb is the cue's).
      let c = i;
      while (c > 0 && AUX_ADVERBS.has(toks[c - 1].lower) && toks[c - 1].cap) c--;
      let a = c;
      while (a > 0 && c - a < 8 && toks[a - 1].word && toks[a - 1].cap && !CLAUSE_WORDS.has(toks[a - 1].lower)) a--;
      // "If Obama Says It", "What The Senator Said": the verb sits in a subordinate clause.
      if (a > 0 && toks[a - 1].word && CLAUSE_WORDS.has(toks[a - 1].lower)) return null;
      const source: Source | null = a < c ? { source: tokSpan(toks, a, c), mention: tokSpan(toks, a, c), role: null } : null;
      const cue = tokSpan(toks, c, i + 1);
      // "Bridge Will Reopen, Mayor Says.": the content comes before the source (a listener may follow "Tells").
      let e = i + 1;
      if (verb.frame === "tell") while (e < toks.length && e - i <= 4 && toks[e].word && toks[e].cap) e++;
      if (isEnd(s, e) && a > 1 && toks[a - 1].text === ",") {
        let b = 0;
        for (let m = 0; m < a - 1; m++) if (DASHES.has(toks[m].text) || toks[m].text === ":") b = m + 1;
        const body = content(s, b, a - 1, true);
        return body ? { content: body, cue, source, to: null, forward: false } : null;
      }
      // "Responds To", "Said About", "Said In 2015": a preposition after the verb opens no content.
      if (i + 1 >= toks.length || PHRASE_PREPOSITIONS.has(toks[i + 1].lower) || BAD_CONTENT_START.has(toks[i + 1].lower)) return null;
      const body = content(s, i + 1, i > 0 ? headlineStop(s, i + 1) : forwardStop(s, i + 1), i > 0);
      return body ? { content: body, cue, source, to: null, forward: true } : null;
    },
  },
  {
    id: "reported/according-to-first",
    reason: "sentence opens with 'according to X,': the source comes first, the content after the comma",
    match(s, i) {
      const { toks } = s;
      if (toks[i].lower !== "according" || toks[i + 1]?.lower !== "to") return null;
      // "But, according to X, ...": a sentence connective and its comma still open the sentence.
      const opener = i === 2 && toks[1].text === "," && OPENING_CONNECTIVES.test(toks[0].lower);
      // "(According to X, ...", "... unnoticed: According to X, ...": a bracket or a colon opens a new clause.
      const bracketed = i > 0 && /^(?:\(|:|;|—|--)$/.test(toks[i - 1].text);
      if (i > 0 && !opener && !bracketed && toks[i - 1].text !== "," && !/^(and|but|so|yet)$/.test(toks[i - 1].lower)) return null;
      if (i > 0 && !opener && toks[i - 1].text === ",") return null; // mid-sentence: the next rule
      const chunks: [number, number][] = [];
      let a = i + 2;
      for (let k = a; k < toks.length && chunks.length < 4; k++) {
        if (toks[k].text === "," || k === toks.length - 1) {
          chunks.push([a, k]);
          a = k + 1;
        }
      }
      if (chunks.length < 2) return null;
      let c = 1;
      // Appositives of the source ("a member of the committee") are noun phrases; content is a clause.
      while (c < chunks.length - 1 && !clauseIn(s, s.text.slice(toks[chunks[c][0]].start - s.span.start, toks[chunks[c][1] - 1].end - s.span.start))) c++;
      const body = forwardContent(s, chunks[c][0]);
      if (!body) return null;
      const [sa, sb] = chunks[0];
      if (sb <= sa) return null;
      const src: Source = {
        source: tokSpan(toks, sa, chunks[c - 1][1]),
        mention: headOf(toks, sa, sb),
        role: c > 1 ? tokSpan(toks, chunks[1][0], chunks[c - 1][1]) : null,
      };
      return { content: body, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: true };
    },
  },
  {
    id: "reported/according-to-after",
    reason: "'..., according to X': the content comes before the source",
    match(s, i) {
      const { toks } = s;
      if (toks[i].lower !== "according" || toks[i + 1]?.lower !== "to" || i === 0) return null;
      // "He left after, according to him, the network censured his report", "said that according to its
      // count, the party has won": after a subordinator or "that", the source phrase opens the clause it
      // vouches for; the content is that clause, from the source's closing comma or dash.
      const sub = DASHES.has(toks[i - 1].text) || toks[i - 1].text === "," ? i - 2 : i - 1;
      if (sub >= 1 && SOURCE_OPENS_CLAUSE.test(toks[sub].lower) && !toks[sub].cap) {
        let k = i + 2;
        while (k < toks.length && k - i <= 14 && toks[k].text !== "," && !DASHES.has(toks[k].text)) k++;
        const src = k < toks.length && k - i <= 14 && k > i + 2 ? sourceAfter(s, i + 2, k) : null;
        const body = src ? content(s, k + 1, forwardStop(s, k + 1)) : null;
        // (Without a clause after the source phrase there is none: what stands before ends in the subordinator.)
        return body && src ? { content: body, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: true } : null;
      }
      const end = lastWordIndex(s);
      let srcEnd = end;
      // "X, according to Y, is ...": the content is the whole sentence around the source.
      let k = i + 2;
      while (k < end && toks[k].text !== ",") k++;
      // Only when what stands before is no clause of its own ("The plan, according to X, is ..."): after
      // a whole clause ("Sales fell, according to X, a trade group"), the rest is the source's appositive
      // or the reporter's narration.
      // "Trump is first, according to X, although Carson keeps it close": a clause joined after the source's
      // comma continues the account; the whole sentence, source phrase included, is what X reports.
      const joined = k < end && end - k > 3 && toks[i - 1].text === "," && JOINED_AFTER_SOURCE.test(toks[k + 1].lower);
      const midSentence = joined || (k < end && end - k > 3 && toks[i - 1].text === "," && i >= 2 && !clauseIn(s, s.text.slice(0, toks[i - 2].end - s.span.start)));
      if (midSentence) srcEnd = k;
      const src = sourceAfter(s, i + 2, srcEnd);
      if (!src) return null;
      if (midSentence) {
        // "Fundraising, according to X, has surged": one word before is the clause's subject too, unless it is a
        // connective ("But, according to X, ..." is the opening rule's).
        const lead = i === 2 && toks[0].word && !OPENING_CONNECTIVES.test(toks[0].lower);
        const before = lead || content(s, 0, i - 1);
        if (!before) return null;
        const whole = content(s, 0, toks.length);
        return whole ? { content: whole, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: false } : null;
      }
      // "That’s according to early returns.": the pronoun stands for the previous sentence's claim.
      if (i === 1 && /^(?:that|this)[’']s$/.test(toks[0].lower)) {
        return { content: { start: toks[0].start, end: toks[0].start + 4 }, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: false };
      }
      const bEnd = toks[i - 1].text === "," ? i - 1 : i;
      const body = content(s, backwardStart(s, bEnd), bEnd);
      return body ? { content: body, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: false } : null;
    },
  },
  {
    id: "reported/claim-noun",
    reason: "a claim noun with a that-clause ('made false claims that', 'the claim that', \"X's claim that\")",
    match(s, i) {
      const { toks } = s;
      if (!CLAIM_NOUNS.has(toks[i].lower) || toks[i + 1]?.lower !== "that") return null;
      // Walk left over adjectives ("false", "repeated") to what governs the noun.
      let k = i - 1;
      while (k >= 0 && toks[k].word && !toks[k].cap && !DETERMINERS.has(toks[k].lower) && !/^(made|make|makes|making|repeated|repeating|issued|issue|issues)$/.test(toks[k].lower) && !/[’']s$/.test(toks[k].lower) && i - k < 4) k--;
      if (k < 0) return null;
      const gov = toks[k];
      let source: Source | null = null;
      if (/[’']s$/.test(gov.lower) && gov.word) {
        // The possessor: from its determiner, or its run of capitalised words ("the agency’s", "Acme Corp.’s").
        let a: number | null = k;
        while (a > 0 && k - a < 5 && toks[a - 1].word && !DETERMINERS.has(toks[a].lower) && (toks[a - 1].cap || DETERMINERS.has(toks[a - 1].lower) || k - a < 3) && !(toks[a].cap && !toks[a - 1].cap && !DETERMINERS.has(toks[a - 1].lower))) a--;
        if (a !== null && a > 0 && !DETERMINERS.has(toks[a].lower) && !toks[a].cap) a = walkNP(toks, k + 1, 0);
        if (a !== null) source = { source: tokSpan(toks, a, k + 1), mention: { start: toks[a].start, end: gov.end - 2 }, role: null };
      } else if (/^(made|make|makes|making|repeated|repeating|issued|issue|issues)$/.test(gov.lower)) {
        source = subjectBefore(toks, auxStart(toks, k, 0), 0);
      } else return null;
      // Without a named claimant ("the claim that", "his claim that", "a false claim that") the noun phrase
      // mostly points back at a claim already reported, as the object of another predicate ("refuted his
      // claim that", "asked about the claim that"): a mention of the claim, not a report of it.
      // "a claim that is as false as it is cruel": "that" is a relative pronoun, not a complementiser.
      if (AUX_START.test(toks[i + 2]?.lower ?? "")) return null;
      // "Sanders's supporters claim that ...": the verb after a plural subject, not the noun.
      if (toks[i].lower === "claim" && i > 0 && /[^s’']s$/.test(toks[i - 1].lower) && !DETERMINERS.has(toks[i - 1].lower)) return null;
      const body = content(s, i + 2, forwardStop(s, i + 2));
      return body ? { content: body, cue: tokSpan(toks, k, i + 1), source, to: null, forward: true } : null;
    },
  },
  {
    id: "reported/asked-fronted",
    reason: "'Asked whether/why/about ..., X said': a question put to the main clause's subject; the question is the content",
    match(s, i) {
      const { toks } = s;
      if (toks[i].lower !== "asked") return null;
      if (i > 0 && !/^(when|whenever|after|before|once|if|while|and|but)$/.test(toks[i - 1].lower) && toks[i - 1].text !== ",") return null;
      if (i > 1 && toks[i - 1].text === "," ) return null;
      let j = i + 1;
      // "When asked by a reporter whether ...": the asker is not the source.
      if (toks[j]?.lower === "by") {
        let k = j + 1;
        while (k < toks.length && k - j < 8 && toks[k].word && !QUESTION_WORDS.has(toks[k].lower)) k++;
        j = k;
      }
      // "Asked specifically what ...", "when asked directly whether ...": a manner adverb goes with the asking.
      if (j < toks.length && !toks[j].cap && toks[j].lower.length > 4 && toks[j].lower.endsWith("ly")) j++;
      const a = j;
      j = skipAdverbials(toks, j, toks.length);
      if (j < toks.length && (toks[j].text === "-" || toks[j].text === "—" || toks[j].text === "--")) j++;
      // "Asked at a briefing Monday in Washington about ...", "when asked at the business conference about ...":
      // a place or time phrase the adverbial walk does not close; the question starts at the first "about",
      // "whether" or the like within a few words and before any comma.
      if (j < toks.length && !ASKED_QUESTION.test(toks[j].lower) && (PHRASE_PREPOSITIONS.has(toks[a].lower) || TIME_WORDS.has(toks[a].lower))) {
        let m = a + 1;
        while (m < toks.length && m - a <= 10 && toks[m].word && !/^(?:about|whether|if|why|how|what)$/.test(toks[m].lower) && !CLAUSE_WORDS.has(toks[m].lower) && !SUBJECT_PRONOUNS.has(toks[m].lower)) m++;
        if (m < toks.length && m - a <= 10 && /^(?:about|whether|if|why|how|what)$/.test(toks[m].lower)) j = m;
      }
      const q = toks[j];
      // "Asked to describe the device, the chief said ...": a request is a question put to the subject too.
      if (!q || !/^(whether|if|about|how|why|what|who|whom|when|where|which|to)$/.test(q.lower)) return null;
      // ("Asked about the merger, she ...": PolNeAR files the topic with its "about", as the question put.)
      const from = j;
      const body = content(s, from, mainClauseComma(s, from));
      return body ? { content: body, cue: tokSpan(toks, i, i + 1), source: null, to: null, forward: true } : null;
    },
  },
  {
    id: "reported/participle-fronted",
    reason: "'Noting that A, X said B': a fronted speech participle; its clause, up to the main clause's comma, is the content and the main clause's subject the source",
    match(s, i) {
      const { toks } = s;
      if (!FRONTED_PARTICIPLES.has(toks[i].lower)) return null;
      if (i > 0 && !(i === 1 && /^(?:but|and|yet|so)$/.test(toks[0].lower))) return null;
      const comma = mainClauseComma(s, i + 1);
      if (comma >= toks.length || toks[comma].text !== ",") return null;
      const body = content(s, i + 1, comma);
      if (!body) return null;
      // The main clause's subject: a pronoun or a run of capitalised words right after the comma.
      let b = comma + 1;
      if (b < toks.length && /^(?:he|she|they|we|i)$/.test(toks[b].lower)) b++;
      else while (b < toks.length && b - comma <= 6 && toks[b].word && toks[b].cap) b++;
      if (b === comma + 1) return null;
      const verb = SPEECH_VERBS.get(toks[i].lower)!;
      if (toks[i + 1]?.lower !== "that" && !reportedClause(s, body, verb)) return null;
      const sp = tokSpan(toks, comma + 1, b);
      return { content: body, cue: tokSpan(toks, i, i + 1), source: { source: sp, mention: sp, role: null }, to: null, forward: true };
    },
  },
  {
    id: "reported/passive",
    reason: "passive speech verb ('it was announced that', 'was asked whether'): content after; no source named, or the asker of 'was asked by X whether'",
    match(s, i) {
      const v = siteAt(s, i);
      if (!v || !v.passive) return null;
      if (v.verb.form === "told" || v.verb.form === "said") return null; // "was told": the subject heard it
      let rest = v.rest;
      let source: Source | null = null;
      // "was asked by a caller why ...": the agent is the asker, the question follows it.
      if (v.verb.frame === "ask" && s.toks[rest]?.lower === "by") {
        let e = rest + 1;
        while (e < s.toks.length && e - rest <= 8 && s.toks[e].word && !ASKED_QUESTION.test(s.toks[e].lower)) e++;
        if (e > rest + 1 && e < s.toks.length && ASKED_QUESTION.test(s.toks[e].lower)) {
          const sp = tokSpan(s.toks, rest + 1, e);
          source = { source: sp, mention: sp, role: null };
          rest = e;
        }
      }
      const nx = s.toks[rest];
      if (!nx || nx.lower === "by") return null;
      // "Sanders was asked to name a decision ...", "Respondents were also asked to pick the loser": the
      // request put to the subject is what was said (the annotators file the infinitive, with or without
      // the subject); an agent after it ("to preserve them by the committee") is the asker, not content.
      if (nx.lower === "to") {
        // ("was not asked to speak": a request nobody made.)
        const negated = s.toks.slice(v.cueStart, v.vi).some((t) => t.lower === "not" || t.lower === "never" || /n[’']t$/.test(t.lower));
        if (v.verb.frame !== "ask" || rest !== v.vi + 1 || negated || !verbFirst(s.toks[rest + 1])) return null;
        // ("She said she was asked to give a talk": inside another account the request is part of its content.)
        for (let k = 0; k < v.cueStart; k++) if (isTrigger(s.toks[k])) return null;
        let e = forwardStop(s, rest);
        for (let k = rest + 2; k < e; k++) {
          if (s.toks[k].lower !== "by" || /(?:ed|en)$/.test(s.toks[k - 1].lower)) continue;
          // The agent, to the clause's end: "by the House committee".
          let a = k + 1;
          while (a < e && a - k <= 8 && (s.toks[a].word || /^[’'.&-]$/.test(s.toks[a].text)) && !CLAUSE_WORDS.has(s.toks[a].lower)) a++;
          if (a > k + 1 && (a >= e || !s.toks[a].word)) {
            while (a > k + 2 && !s.toks[a - 1].word) a--;
            const sp = tokSpan(s.toks, k + 1, a);
            source = { source: sp, mention: sp, role: null };
          }
          e = k;
        }
        const body = content(s, rest, e);
        return body ? { content: body, cue: cueSpanOf(s, v), source, to: v.to, forward: true } : null;
      }
      // ("was asked about the attack": the particle is already behind the verb, the topic follows.)
      const about = v.verb.frame === "ask" && v.after > v.vi + 1 && s.toks[v.vi + 1].lower === "about";
      if (v.verb.frame === "ask" ? !QUESTION_WORDS.has(nx.lower) && !about : nx.lower !== "that") return null;
      const body = forwardContent(s, rest, v.verb);
      return body ? { content: body, cue: cueSpanOf(s, v), source, to: v.to, forward: true } : null;
    },
  },
  {
    id: "reported/passive-subject",
    reason: "'The deal was first reported by X', 'Her death was confirmed.': the passive subject is the thing said, the by-phrase its source",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (!v || !v.passive || !PASSIVE_SUBJECT_LEMMAS.has(v.verb.lemma)) return null;
      // The by-phrase comes right after the verb (the adverbial walk would take "by The Times" as a medium).
      const by = toks[v.after]?.lower === "by" ? v.after : toks[v.rest]?.lower === "by" ? v.rest : -1;
      let source: Source | null = null;
      if (by >= 0) {
        let e = by + 1;
        while (e < toks.length && e - by <= 8 && (toks[e].word || /^[’'.&-]$/.test(toks[e].text)) && !CLAUSE_WORDS.has(toks[e].lower) && !PHRASE_PREPOSITIONS.has(toks[e].lower)) e++;
        while (e > by + 1 && !toks[e - 1].word) e--;
        if (e === by + 1) return null;
        const sp = tokSpan(toks, by + 1, e);
        source = { source: sp, mention: sp, role: null };
      } else if (!isEnd(s, v.rest)) return null;
      const subj = subjectAt(s, v.cueStart);
      if (!subj) return null;
      const a = tokenAt(toks, subj.source.start);
      // "which was first reported by X": the relative pronoun alone is no content.
      if (a < 0 || v.cueStart - a < 2) return null;
      const body = content(s, a, v.cueStart);
      return body ? { content: body, cue: cueSpanOf(s, v), source, to: null, forward: false } : null;
    },
  },
  {
    id: "reported/passive-clause",
    reason: "'X was declared the winner in Y': a declared result; the subject and the rest of its clause are what was said",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (!v || !v.passive) return null;
      const nx = toks[v.after];
      const winner = (v.verb.lemma === "declare" || v.verb.lemma === "announce") && nx && /^(?:the|a)$/.test(nx.lower) && /^(?:winner|victor|nominee)$/.test(toks[v.after + 1]?.lower ?? "");
      // ("X was asked to name ...": as often the asking alone is narrated, without the subject: left out.)
      if (!winner) return null;
      const subj = subjectAt(s, v.cueStart);
      if (!subj) return null;
      const a = tokenAt(toks, subj.source.start);
      if (a < 0 || /^(?:who|which|that)$/.test(toks[a].lower)) return null;
      // The clause ends at its agent ("by news organizations") or a coordinated clause (", and it is ...").
      let e = forwardStop(s, v.rest);
      for (let k = v.rest + 1; k < e; k++) {
        if (toks[k].lower === "by" || (toks[k].lower === "and" && (toks[k - 1].text === "," || toks[k + 1]?.lower === "that"))) {
          e = toks[k - 1].text === "," ? k - 1 : k;
          break;
        }
      }
      const body = content(s, a, e);
      return body ? { content: body, cue: cueSpanOf(s, v), source: null, to: null, forward: true } : null;
    },
  },
  {
    id: "reported/participle",
    reason: "', saying (that) ...': the content follows a speech participle; the source is the sentence's subject",
    match(s, i) {
      const { toks } = s;
      if (!toks[i].lower.endsWith("ing") || i === 0) return null;
      const prev = toks[i - 1];
      // "a statement saying ...", "voters saying they want ...": the noun phrase before is the source.
      const nounBefore = toks[i].lower === "saying" && prev.word && !prev.cap && !AUX_ADVERBS.has(prev.lower) && !/^(by|before|after|while|when|and|but|of|for|without|from|about|in|on|is|was|are|were|be|been|keep|kept|start|started|stop|stopped|began|begin|continue|continued|went|go|heard|hear|caught|quit|avoid|avoided)$/.test(prev.lower);
      // "... a “bad earpiece,” claiming ...": American style puts the comma inside the closing mark.
      const comma = prev.text === "," || (/^(?:”|"|’|'')$/.test(prev.text) && toks[i - 2]?.text === ",");
      // "in saying that ...", "in addition to stating that ...", "aside from saying he ...": the participle is the
      // object of a preposition of manner or addition; its subject is the sentence's. (Not "instead of saying":
      // what follows was not said.)
      const p = prepositionBefore(toks, i);
      // "with 22 percent saying they would not support him", "with three in 10 saying ...": "with", a short noun
      // phrase and the participle (no comma between) is a clause whose subject is that noun phrase.
      const w = withSubject(toks, i);
      if (!comma && p < 0 && !/^(by|before|after|while|when|and)$/.test(prev.lower) && !/^(—|–|--|-)$/.test(prev.text) && !nounBefore && w < 0) return null;
      const v = siteAt(s, i);
      if (!v) return null;
      // "After saying A, the man B": a fronted participle's content ends at the main clause's comma.
      // (Its source is the main clause's subject: a pronoun or capitalised words after that comma.)
      const fronted = (/^(?:by|before|after|while|when)$/.test(prev.lower) && opensSentence(toks, i - 1)) || (p >= 0 && opensSentence(toks, p));
      let body = forwardContent(s, v.rest, v.verb);
      let mainSubject: Source | null = null;
      if (body && fronted) {
        const c = mainClauseComma(s, v.rest - 1);
        if (c < toks.length && toks[c].text === "," && toks[c].start < body.end) {
          body = content(s, tokenAt(toks, body.start), c);
          let b = c + 1;
          if (b < toks.length && /^(?:he|she|they|we|i)$/.test(toks[b].lower)) b++;
          else while (b < toks.length && b - c <= 6 && toks[b].word && toks[b].cap) b++;
          if (b > c + 1) mainSubject = { source: tokSpan(toks, c + 1, b), mention: tokSpan(toks, c + 1, b), role: null };
        }
      }
      if (!body) return null;
      body = withoutDashGloss(s, body);
      // "X issued a statement saying ...", "She also sent a tweet saying ...", "X fired back a response saying
      // ...": the message is the means; the source is the subject of the verb that sent it.
      const sent = nounBefore ? messageVerb(toks, i - 1) : -1;
      const source = w >= 0 ? { source: tokSpan(toks, w + 1, i), mention: headOf(toks, w + 1, i), role: null } : nounBefore ? ((sent > 0 ? subjectAt(s, auxStart(toks, sent, 0)) : null) ?? subjectBefore(toks, i, 0)) : fronted ? mainSubject : p >= 0 ? (clausePronounBefore(toks, p) ?? sentenceSubject(toks)) : sentenceSubject(toks);
      if ((nounBefore || w >= 0) && !source) return null;
      // ("in denying additional security requests", "instead of denying them care": after a preposition a
      // noun-phrase object is an act; only a reported clause is content.)
      if (p >= 0 && !fronted && !/^(?:that|whether|if|how|why|what|who)$/.test(toks[v.rest]?.lower ?? "") && !clauseIn(s, s.text.slice(body.start - s.span.start, body.end - s.span.start))) return null;
      // The clause test (the tagger) last: it is the costly one.
      if (!v.topic && !reportedClause(s, body, v.verb)) return null;
      return { content: body, cue: cueSpanOf(s, v), source, to: v.to, forward: true };
    },
  },
  {
    id: "reported/calling-for",
    reason: "'with X calling for Y', 'a petition calling on Z to ...', 'in calling for Y': the phrasal participle reports a demand wherever it stands; its source is the noun before it or the sentence's subject",
    match(s, i) {
      const { toks } = s;
      if (toks[i].lower !== "calling" || toks[i].cap || i === 0 || !/^(?:for|on|upon)$/.test(toks[i + 1]?.lower ?? "")) return null;
      const v = siteAt(s, i);
      // ("is calling for": an auxiliary makes it the finite verb of reported/verb-then-content.)
      if (!v || v.cueStart !== i) return null;
      const prev = toks[i - 1];
      // ("those calling for X", "akin to calling for X": the demand is nobody's in particular.)
      if (!prev.word || DETERMINERS.has(prev.lower) || /^(?:to|who|that|which)$/.test(prev.lower)) return null;
      // "with Trump calling for ...", "detractors calling for ...": a noun right before is the source; after a
      // preposition or adverb ("in calling for", "instead calling on", "began calling for") the subject's.
      // ("the community immediately began calling for ...": the subject of the verb that governs it.)
      const governed = GOVERNS_PARTICIPLE.test(prev.lower);
      const noun = (prev.cap || !(PHRASE_PREPOSITIONS.has(prev.lower) || CLAUSE_WORDS.has(prev.lower) || AUX_ADVERBS.has(prev.lower) || prev.lower.endsWith("ly") || governed || /^(?:of|about|for|stopped|short)$/.test(prev.lower)));
      const source = noun ? subjectBefore(toks, i, 0) : ((governed ? subjectAt(s, auxStart(toks, i - 1, 0)) : null) ?? sentenceSubject(toks));
      if (noun && !source) return null;
      // ("A petition calling on him to resign has drawn ...": a phrase inside the sentence's subject runs
      // into the main clause's predicate, which no word list finds.)
      if (noun && source && subjectStart(toks) === tokenAt(toks, source.source.start) && source.source.end === prev.end) return null;
      const body = forwardContent(s, v.rest, v.verb);
      if (!body || notContent(s, body)) return null;
      return { content: body, cue: cueSpanOf(s, v), source, to: null, forward: true };
    },
  },
  {
    id: "reported/said-inverted",
    reason: "'..., said X.': content first, then the verb, then the source",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (!v || v.passive || v.cueStart === 0 || toks[v.cueStart - 1].text !== ",") return null;
      if (v.verb.frame !== "say") return null;
      const end = lastWordIndex(s);
      const tailStart = v.rest;
      if (tailStart >= end || end - tailStart > 40) return null;
      const first = toks[tailStart];
      // The source's head: up to its first appositive or relative clause ("Sherman, a reporter whose
      // beat ...", "a handful of Democrats who point to ...").
      let h = tailStart;
      while (h < end && h - tailStart < 12 && toks[h].text !== "," && !/^(who|whose|whom|which)$/.test(toks[h].lower)) h++;
      // A lower-case title before a name is a source too ("former governor Ed Rendell").
      // (Not after a preposition: ", adding to his wins in Massachusetts" is no source, and "add to" no speech.)
      const titled = !first.cap && !PHRASE_PREPOSITIONS.has(first.lower) && h - tailStart <= 7 && toks[h - 1].cap && toks[h - 1].word;
      if (!first.cap && !DETERMINERS.has(first.lower) && !titled) return null;
      if (first.lower === "that" || SPEECH_VERBS.has(first.lower)) return null;
      // Stop the source at a participle or relative tail (", referring to ...").
      let k = tailStart;
      while (k < end && !(toks[k].text === "," && k + 1 < end && NARRATION_AFTER_CUE.test(toks[k + 1].lower))) k++;
      // A named source may carry a long appositive ("said Ann Lee, a longtime adviser to the family who
      // runs the group's campaign to ...").
      if (k - tailStart > (first.cap ? 32 : 20)) return null;
      const headText = s.text.slice(toks[tailStart].start - s.span.start, toks[Math.min(h, k) - 1].end - s.span.start);
      const src = sourceAfter(s, tailStart, k);
      const body = content(s, 0, v.cueStart - 1);
      if (!src || !body || clauseIn(s, headText)) return null;
      // "Gov. Jane Roe, a Republican, stressed her record": a subject with its appositive is no content.
      if (!clauseIn(s, s.text.slice(body.start - s.span.start, body.end - s.span.start))) return null;
      return { content: body, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false };
    },
  },
  {
    id: "reported/said-after",
    reason: "'..., X said.': the content comes before the source and its verb, with nothing after",
    match(s, i) {
      const v = siteAt(s, i);
      if (!v || v.passive) return null;
      // "..., Gary Johnson told a joke.": what "told" takes there is the thing told, not a listener; the words
      // before are the scene, not a content.
      if (v.to && v.verb.lemma === "tell" && TOLD_THINGS.test(s.toks[v.rest - 1]?.lower ?? "")) return null;
      let src = subjectAt(s, v.cueStart);
      if (!src) return null;
      const k = v.rest;
      const tail = s.toks[k];
      const ends = isEnd(s, k) || ((tail.text === "," || tail.text === "—" || tail.text === "--" || tail.text === ";") && k + 1 < s.toks.length && NARRATION_AFTER_CUE.test(s.toks[k + 1].lower));
      if (!ends) return null;
      // "..., teachers and union officials told POLITICO.", "..., current and former officials said.": the subject
      // walk stops at "and"; after a comma, a few words and "and"/"or" join the same subject.
      const sa = tokenAt(s.toks, src.source.start);
      if (sa > 2 && /^(?:and|or)$/.test(s.toks[sa - 1].lower)) {
        let m = sa - 2;
        while (m > 0 && sa - m <= 5 && s.toks[m].word && !CLAUSE_WORDS.has(s.toks[m].lower) && !SPEECH_VERBS.has(s.toks[m].lower)) m--;
        if (m > 0 && m < sa - 2 && s.toks[m].text === ",") src = { ...src, source: { start: s.toks[m + 1].start, end: src.source.end } };
      }
      const body = contentBefore(s, src.source.start);
      const nx = s.toks[k + 1];
      const nx2 = s.toks[k + 2];
      // "Her eyes widened, he said, and she gripped his hands", "He had no record, the airline added,
      // and had passed all checks", "The emails covered many topics, the paper said, including
      // speeches": a clause, a verb phrase or a list joined after the attribution continues the
      // account, as in reported/said-between.
      const joined = (nx?.lower === "and" || nx?.lower === "but") && nx2 && (SUBJECT_PRONOUNS.has(nx2.lower) || DETERMINERS.has(nx2.lower) || nx2.cap || AUX_START.test(nx2.lower) || nx2.lower === "also");
      if (body && tail && tail.text === "," && (joined || nx?.lower === "including")) {
        const whole = content(s, tokenAt(s.toks, body.start), forwardStop(s, k + 1));
        if (whole) return { content: whole, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false };
      }
      return body ? { content: body, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false } : null;
    },
  },
  {
    id: "reported/as-parenthetical",
    reason: "'As X noted, A.' / 'A, as X pointed out, B.': an 'as' clause vouches for the clause it is attached to",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (v && !v.passive && v.verb.frame === "say" && v.cueStart > 0 && toks[v.cueStart - 1].lower === "as" && toks[v.vi + 1]?.lower === "by") return asReportedBy(s, v);
      // "The plan, first reported by The Post, is ...": a bare past participle of reporting between commas.
      if (v && !v.passive && v.cueStart > 1 && toks[v.cueStart - 1].text === "," && toks[v.vi + 1]?.lower === "by" && v.verb.form.endsWith("ed") && PASSIVE_SUBJECT_LEMMAS.has(v.verb.lemma)) return asReportedBy(s, v);
      if (!v || v.passive || v.verb.frame === "ask" || toks[v.rest]?.text !== ",") return null;
      const src = subjectAt(s, v.cueStart);
      if (!src) return null;
      const a = tokenAt(toks, src.source.start);
      if (a < 1 || toks[a - 1].lower !== "as") return null;
      const opens = opensSentence(toks, a - 1);
      const inner = a >= 3 && toks[a - 2].text === ",";
      if (!opens && !inner) return null;
      const body = content(s, opens ? v.rest + 1 : 0, forwardStop(s, v.rest + 1));
      return body ? { content: body, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false } : null;
    },
  },
  {
    id: "reported/said-between",
    reason: "'A, X said, B.': the attribution sits inside the reported sentence",
    match(s, i) {
      const v = siteAt(s, i);
      if (!v || v.passive) return null;
      const k = v.rest;
      if (s.toks[k]?.text !== ",") return null;
      const src = subjectAt(s, v.cueStart);
      if (!src) return null;
      const b = tokenAt(s.toks, src.source.start);
      if (b < 2 || s.toks[b - 1].text !== ",") return null;
      // "He now had a rally that night - and, he said, ...": the account starts after the reporter's dash.
      let a = 0;
      for (let m = 1; m < b - 3; m++) if (/^(-|—|–|--)$/.test(s.toks[m].text)) a = m + 1;
      const whole = content(s, a, forwardStop(s, k + 1));
      return whole ? { content: whole, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false } : null;
    },
  },
  {
    id: "reported/described-event",
    reason: "'X described officers fleeing, ...': 'describe' with a noun phrase and an -ing verb reports an account of events; as a general speech verb it finds too much",
    match(s, i) {
      const { toks } = s;
      if (!DESCRIBE_FORMS.has(toks[i].lower) || toks[i].cap) return null;
      const cueStart = auxStart(toks, i, 0);
      const src = subjectAt(s, cueStart);
      if (!src) return null;
      // The event: a short noun phrase (no determiner needed: "officers", "the army") and its -ing verb.
      const j = i + 1;
      let k = j;
      while (k < toks.length && k - j < 5 && toks[k].word && !toks[k].lower.endsWith("ing") && !CLAUSE_WORDS.has(toks[k].lower) && !PHRASE_PREPOSITIONS.has(toks[k].lower)) k++;
      if (k === j || k >= toks.length || !toks[k].word || toks[k].cap || !toks[k].lower.endsWith("ing") || toks[k].lower.length < 5 || NOT_PARTICIPLES.test(toks[k].lower)) return null;
      if (SUBJECT_PRONOUNS.has(toks[j].lower) && toks[j].lower !== "they") return null; // "described it as ..."
      if (/^(how|what|as|himself|herself|themselves|itself)$/.test(toks[j].lower)) return null;
      const body = content(s, j, describedStop(s, k + 1));
      return body ? { content: body, cue: tokSpan(toks, cueStart, i + 1), source: src, to: null, forward: true } : null;
    },
  },
  {
    id: "reported/told-story",
    reason: "'X told the story of Y', 'tells the tale of how ...': what the story is about is the account's content",
    match(s, i) {
      const { toks } = s;
      // A form of "tell", as the speech-verb lexicon lists them.
      if (SPEECH_VERBS.get(toks[i].lower)?.lemma !== "tell" || toks[i].cap) return null;
      if (!/^(?:the|a|his|her|their)$/.test(toks[i + 1]?.lower ?? "")) return null;
      // The noun "story" or "tale" within a few adjectives, then "of".
      let k = i + 2;
      while (k < toks.length && k - i <= 5 && toks[k].word && !STORY_NOUNS.test(toks[k].lower)) k++;
      if (k >= toks.length - 2 || !STORY_NOUNS.test(toks[k].lower) || toks[k + 1].lower !== "of") return null;
      const cueStart = auxStart(toks, i, 0);
      const prev = cueStart > 0 ? toks[cueStart - 1].lower : "";
      // (", telling the story of ...": a participle after a comma; its source is the sentence's subject.)
      // (Without the comma the teller is a noun phrase before it that the walks do not find: no source.)
      const participle = toks[i].lower === "telling";
      const source = participle ? (prev === "," ? sentenceSubject(toks) : null) : (subjectAt(s, cueStart) ?? (prev === "and" || prev === "but" ? sentenceSubject(toks) : null));
      if (!source && !participle) return null;
      const body = content(s, k + 2, forwardStop(s, k + 2));
      return body ? { content: body, cue: tokSpan(toks, cueStart, k + 2), source, to: null, forward: true } : null;
    },
  },
  {
    id: "reported/verb-then-content",
    reason: "'X said/told Y/claimed (that) ...': the source, the speech verb, then the reported clause",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (!v || v.passive) return null;
      // A participle without subject is no finite cue; after a pronoun with "'s", "'re" or "'m" run into it
      // ("he's telling allies that ...", "they’re saying the plan is dead") it is the progressive.
      if (v.verb.form.endsWith("ing") && v.cueStart === i && !(i > 0 && PROGRESSIVE_SUBJECT.test(toks[i - 1].lower))) return null;
      if (v.cueStart > 0 && NOMINAL_DETERMINERS.has(toks[v.cueStart - 1].lower) && !(toks[v.cueStart - 1].lower === "another" && v.verb.lemma === "say")) return null; // "the reported deal"
      // "it's fair to say", "too soon to say whether": the writer's hedge, nobody's speech.
      if (v.cueStart > 1 && toks[v.cueStart - 1].lower === "to" && /^(fair|safe|hard|soon|early|difficult|easy|impossible|needless|suffice|enough|accurate|wrong|right|unfair|tough)$/.test(toks[v.cueStart - 2].lower)) return null;
      if (v.rest < toks.length && (toks[v.rest].lower === "to" || toks[v.rest].lower === "of") && v.verb.frame === "say" && v.verb.lemma === "say") return null;
      if (v.verb.frame === "ask" && !v.objectInfinitive && (v.rest >= toks.length || !QUESTION_WORDS.has(toks[v.rest].lower))) return null;
      // "Rubio says, win or lose, he is staying in the race": a comma after the verb is allowed only when
      // the subject opens the sentence and a clause, not narration, follows it.
      let rest = v.rest;
      const aside = v.verb.frame === "ask" ? -1 : thatAfterAside(s, rest);
      if (aside > 0) rest = aside;
      else if (rest < toks.length && toks[rest].text === ",") {
        const sa = subjectAt(s, v.cueStart);
        const a = sa ? tokenAt(toks, sa.source.start) : -1;
        const nx = toks[rest + 1];
        const opens = opensSentence(toks, a);
        if (!opens || v.verb.lemma !== "say" || !nx?.word || NARRATION_AFTER_CUE.test(nx.lower) || SPEECH_VERBS.has(nx.lower)) return null;
        rest++;
      }
      let src = subjectAt(s, v.cueStart);
      if (!src) {
        // "He called the actions lawful, and said ...": the subject of the first verb.
        const prev = v.cueStart > 0 ? toks[v.cueStart - 1].lower : "";
        if (prev === "and" || prev === "but") src = relativeBeforeAnd(toks, v.cueStart - 1) ?? sentenceSubject(toks);
        else if (prev === "," || prev === ")") src = frontSubject(toks, v.cueStart);
        // "Jane Roe, host of NBC’s “Morning Talk,” suggested ...": a title in marks closes the appositive.
        else if (/^(?:”|")$/.test(prev) && toks[v.cueStart - 2]?.text === ",") src = frontSubject(toks, v.cueStart, true);
        if (!src) src = subjectAcrossMarks(s, v.cueStart);
        if (!src) return null;
      }
      let body = forwardContent(s, rest, v.verb, src !== null && inSubordinate(toks, src.source.start, v.cueStart));
      if (!body) return null;
      // "said she will not call on him to withdraw, but she has bristled at ...", "argued that ..., but Democrats
      // have pushed for ...", "stressed those worries at a forum, and he raised them again ...": after the comma,
      // "but" or "and" with a new subject (a pronoun or a capitalised word) is the
      // reporter's next sentence about the speaker or the story. (Only here: in the other rules' content, and
      // without the comma, it is as often the reported clause's own second half.)
      {
        const bs = tokenAt(toks, body.start);
        for (let k = bs + 2; k < toks.length - 2 && toks[k].start < body.end; k++) {
          if (toks[k].text !== "," || !/^(?:but|and)$/.test(toks[k + 1].lower)) continue;
          const nx = toks[k + 2];
          // (After "and", not "it": ", and it will all be done in real time" goes on with the content's subject;
          // nor a name after a name: "Ann Lee, Bo Diaz, and Cy Ortiz" is a list.)
          if (/^(?:he|she|they|we)$/.test(nx.text) || (nx.text === "it" && toks[k + 1].lower === "but") || (nx.cap && nx.word && nx.text !== "I" && !(toks[k + 1].lower === "and" && toks[k - 1].cap))) {
            const cut = content(s, bs, k);
            if (cut) body = cut;
            break;
          }
        }
      }
      // "asking them not to stage protests inside the hall — a message that ... has not been heeded": the
      // reporter's gloss after a lone dash is no part of what was said.
      body = withoutDashGloss(s, body);
      // "... were exchanges between Carter and Eric Fanning, who was his chief of staff at the time": a relative
      // clause on a person that closes the content is the reporter's note on who that is.
      body = withoutClosingWho(s, body);
      // '"...," Clinton said at Mission College as she sat ...', '"...," he said in Las Vegas at a forum ...': the
      // quotation closed right before the subject is what was said; words after the verb are the occasion,
      // not a second content, unless "that" opens one.
      {
        const sa = tokenAt(toks, src.source.start);
        const bs = tokenAt(toks, body.start);
        if (sa >= 2 && /^(?:“|")$/.test(toks[0].text) && /^(?:”|")$/.test(toks[sa - 1].text) && toks[sa - 2].text === "," && toks[bs]?.lower !== "that" && toks[bs - 1]?.lower !== "that") return null;
      }
      // "which critics said was discriminatory": the relative pronoun opens the content.
      const a = src ? tokenAt(toks, src!.source.start) : -1;
      const relative = a > 0 && toks[v.cueStart - 1].text !== "," && toks[v.rest]?.lower !== "that";
      // After "that" the clause must have a gap ("that he said defied expectations"), or "that" is
      // the complementiser of a noun ("a message that we must respond").
      const rel = a > 0 ? toks[a - 1].lower : "";
      // "a poll in which 67 percent say she is not honest": after a preposition the relative pronoun is the
      // preposition's object, outside the reported clause, which has no gap; the content follows the verb
      // when it opens with a subject or a question word ("in which the group urged followers to ..." is
      // a request whose listener the annotators keep with the relative).
      const first = toks[tokenAt(toks, body.start)];
      const pied = (rel === "which" || rel === "whom") && a > 1 && PIED_PREPOSITIONS.test(toks[a - 2].lower) && !!first &&
        (SUBJECT_PRONOUNS.has(first.lower) || DETERMINERS.has(first.lower) || QUESTION_WORDS.has(first.lower) || first.cap);
      const gap = relative && !pied && (AUX_START.test(toks[v.rest]?.lower ?? "") || rel === "which" || (rel === "that" && verbFirst(toks[v.rest]) && !clauseIn(s, s.text.slice(body.start - s.span.start, body.end - s.span.start))));
      if (gap && relativeBefore(s, a)) {
        // "which she has said was a mistake, was a major factor": the main clause's verb after a comma ends it.
        let stop = forwardStop(s, v.rest);
        for (let m = v.rest + 2; m < stop - 1; m++) if (toks[m].text === "," && AUX_START.test(toks[m + 1].lower)) { stop = m; break; }
        const whole = content(s, a - 1, stop);
        if (whole) return { content: whole, cue: cueSpanOf(s, v), source: src, to: v.to, forward: true };
      }
      // "which even critics say was ...", "hackers who U.S. officials say is tied to ...", "laws, that appeals
      // courts said discriminated ...", "which the Organization for Economic Cooperation and Development says
      // had ...": a relative pronoun a few words before the cue that the subject walk ran past or stopped short
      // of, and a verb right after the cue (the clause's gap). The content runs from the pronoun; the source
      // is what stands between it and the cue.
      {
        const r = relativeGap(s, v, body);
        if (r >= 0) {
          // (It ends where a second relative clause on the same noun begins: "who U.S. officials say is tied to
          // X and who claimed credit for Y".)
          let stop = forwardStop(s, v.rest);
          for (let m = v.rest + 2; m < stop - 1; m++) {
            if ((toks[m].text === "," && AUX_START.test(toks[m + 1].lower)) || (/^(?:and|but)$/.test(toks[m].lower) && toks[m + 1].lower === toks[r].lower)) {
              stop = m;
              break;
            }
          }
          const whole = content(s, r, stop);
          // (An adverb before the subject is no part of it: "which even critics say".)
          let b = r + 1;
          while (b < v.cueStart - 1 && AUX_ADVERBS.has(toks[b].lower)) b++;
          const sp = tokSpan(toks, b, v.cueStart);
          if (whole) return { content: whole, cue: cueSpanOf(s, v), source: { source: sp, mention: headOf(toks, b, v.cueStart), role: null }, to: v.to, forward: true };
        }
      }
      // The clause test (the tagger) last: it is the costly one.
      if (notContent(s, body)) return null;
      if (!v.topic && !reportedClause(s, body, v.verb)) return null;
      return { content: body, cue: cueSpanOf(s, v), source: src, to: v.to, forward: true };
    },
  },
  {
    id: "reported/called-predicate",
    reason: "'X called Y a Z', 'X called him divisive': naming with a predicate is a characterisation said aloud; object and predicate are the content",
    match(s, i) {
      const { toks } = s;
      if (!CALL_FORMS.has(toks[i].lower) || toks[i].cap) return null;
      const cueStart = auxStart(toks, i, 0);
      const aux = toks.slice(cueStart, i).map((t) => t.lower);
      if (aux.some((w) => PASSIVE_AUX.has(w))) return null; // "is called", "was called to testify"
      // "Others call it the nerd prom", "32% call themselves conservative", "X calls the state her home": the
      // bare present tense gives a standing label or a self-description, not something said on an occasion;
      // "critics would call them ..." is a hypothetical naming. (With "has", "will", "began to" it stays.)
      if ((/^calls?$/.test(toks[i].lower) && cueStart === i) || aux.some((w) => /^(?:would|might|could)$/.test(w))) return null;
      const prev = cueStart > 0 ? toks[cueStart - 1] : null;
      let source: Source | null = null;
      if (toks[i].lower === "calling") {
        // ", calling Trump a fascist", "stopped short of calling X Y"
        // "with Gov. Ann Lee calling the plan a fraud", "about Pope Francis calling Christmas a sham": a name
        // right before the participle is its source, as in reported/calling-for.
        const named = !!prev && prev.word && prev.cap && !CLAUSE_WORDS.has(prev.lower);
        if (!prev || !(named || prev.text === "," || /^(?:of|by|for|after|before|while|and|without)$/.test(prev.lower))) return null;
        source = prev?.text === "," ? sentenceSubject(toks) : null;
        // The name is the run of capitalised words before the participle (the subject walk would run back over
        // a verb phrase: "X will be asked about Pope Francis calling ..."); a possessive is no part of it.
        if (named) {
          let a = cueStart - 1;
          while (a > 0 && cueStart - a < 6 && toks[a - 1].word && toks[a - 1].cap && !CLAUSE_WORDS.has(toks[a - 1].lower)) a--;
          const sp = tokSpan(toks, a, cueStart);
          const possessive = /[’']s$/.test(prev.lower);
          source = { source: sp, mention: possessive ? { start: sp.start, end: sp.end - 2 } : sp, role: null };
        }
      } else {
        source = subjectAt(s, cueStart);
        // "He spoke twice and called it a mistake": the sentence's subject.
        if (!source && prev && (prev.lower === "and" || prev.lower === "but")) source = sentenceSubject(toks);
        if (!source) return null;
        // "X, who has called Y a hoax, ...": a relative clause inside another account is left to it.
        // "what he called tribalism": the thing named is the relative's gap, not a predicate.
        const sa = tokenAt(toks, source.source.start);
        if (/^(?:who|which|that)$/.test(s.text.slice(source.mention.start - s.span.start, source.mention.end - s.span.start).toLowerCase()) || (sa > 0 && /^(?:what|which|that|whom)$/.test(toks[sa - 1].lower))) return null;
        // "a website called Real News", "the resort, now called Doral": a participle naming a thing.
        const a = tokenAt(toks, source.source.start);
        if (a === cueStart - 1 && !toks[a].cap && !SUBJECT_PRONOUNS.has(toks[a].lower) && a > 0 && DETERMINERS.has(toks[a - 1].lower) && !/s$/.test(toks[a].lower)) return null;
      }
      const end = Math.max(calledPredicateEnd(toks, i + 1), adjectivePredicate(s, i + 1));
      if (end < 0) return null;
      let stop = calledStop(s, end);
      // "Asked about Trump's calling Clinton a bigot, Christie blamed ...": a named participle sits in a fronted
      // phrase as often as not; its predicate ends at a comma before the main clause's subject.
      if (toks[i].lower === "calling" && prev?.word && prev.cap) {
        for (let k = end + 1; k < stop - 1; k++) {
          if (toks[k].text === "," && toks[k + 1].word && (toks[k + 1].cap || SUBJECT_PRONOUNS.has(toks[k + 1].lower) || DETERMINERS.has(toks[k + 1].lower))) {
            stop = k;
            break;
          }
        }
      }
      const body = content(s, i + 1, stop);
      return body ? { content: body, cue: tokSpan(toks, cueStart, i + 1), source, to: null, forward: true } : null;
    },
  },
];

/**
 * Short stretches after a speech verb that are no reported content: a name alone (", reports USA
 * Today"), a time phrase ("reported just today", "ten days ago"), a preposition and a pronoun
 * ("asked him about it"), a web address, or two words split by a comma ("defeat, either").
 */
function notContent(s: Sentence, body: Span): boolean {
  const a = tokenAt(s.toks, body.start);
  let b = a;
  while (b < s.toks.length && s.toks[b].start < body.end) b++;
  const toks = s.toks.slice(a, b);
  const words = toks.filter((t) => t.word);
  if (words.length > 4) return false;
  // ("he also says it’s beautiful, too": a pronoun run into its verb opens a clause, comma or not.)
  if (toks.some((t) => t.text === ",") && words.length <= 3 && !PRONOUN_CONTRACTION.test(words[0]?.lower ?? "")) return true;
  if (/^https?:/.test(words[0]?.lower ?? "") || words.some((t) => t.lower === "http")) return true;
  if (words[words.length - 1]?.lower === "ago") return true;
  if (words.every((t) => TIME_WORDS_OR_ADVERB(t))) return true;
  if (words.length === 2 && (PHRASE_PREPOSITIONS.has(words[0].lower) || words[0].lower === "about" || words[0].lower === "for") && /^(it|this|that|them|him|her)$/.test(words[1].lower)) return true;
  const start = words[0]?.lower === "the" ? 1 : 0;
  if (words.length - start >= 1 && words.slice(start).every((t) => t.cap && !/^\d/.test(t.text)) && !SUBJECT_PRONOUNS.has(words[start].lower)) return true;
  // "noted that abortion – ...", "said that in 1998": "that" and a word or two with no verb is a clause
  // cut short by an aside or a quotation, not what was said ("that CNN had", "that they're safe" stay).
  // (Of three words, only a name or a phrase after "that": "that Mr. Lee", "that in 1998"; "that Lee won" stays.)
  const stub = words.length === 2 || (words.length === 3 && ((words[1].cap && words[2].cap) || PHRASE_PREPOSITIONS.has(words[1].lower)));
  if (words[0]?.lower === "that" && stub && !words.slice(1).some((t) => FINITE_AUX.test(t.lower) || PRONOUN_CONTRACTION.test(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || /n[’']t$/.test(t.lower))) return true;
  return false;
}

const TIME_WORDS_OR_ADVERB = (t: Token): boolean => TIME_WORDS.has(t.lower) || /^(just|only|still|today|tonight|yesterday|tomorrow)$/.test(t.lower) || (t.lower.endsWith("ly") && t.lower.length > 4);

// ---------------------------------------------------------------------------------------------
// Driver

/** Words in -ing that are nouns or prepositions, not the event's verb. */
const NOT_PARTICIPLES = /^(?:thing|nothing|something|anything|everything|during|king|string|evening|morning|building|meeting|spring|wedding|ceiling|feeling|funding|hearing|briefing|ruling|setting|clothing|housing|training|shooting|bombing|beating|killing|crossing|uprising|offering|landing)$/;

/** "describe" is a cue only in the event frame of reported/described-event ("described officers fleeing"). */
const DESCRIBE_FORMS: ReadonlySet<string> = new Set(["described", "describes", "describe"]);

/** The event after "described NP V-ing" runs on through its participles (", leaving ..."), up to an attribution tail. */
function describedStop(s: Sentence, from: number): number {
  const { toks } = s;
  for (let k = from; k < toks.length - 1; k++) {
    if (toks[k].text !== "," && toks[k].text !== ";" && toks[k].text !== "—" && toks[k].text !== "--") continue;
    if (/^(according|saying|adding|citing|noting|and|but|which|who)$/.test(toks[k + 1].lower)) return k;
    if (toks[k].text === ";") return k;
  }
  return toks.length;
}

const TRIGGER_WORDS = [...SPEECH_VERBS.keys(), "according", ...CLAIM_NOUNS, ...DESCRIBE_FORMS];
const TRIGGER = new RegExp(`\\b(?:${TRIGGER_WORDS.sort((a, b) => b.length - a.length).join("|")})\\b`, "i");
const findTriggers = wordFinder(TRIGGER_WORDS);
const isTrigger = (t: Token): boolean => t.word && (SPEECH_VERBS.has(t.lower) || t.lower === "according" || CLAIM_NOUNS.has(t.lower) || DESCRIBE_FORMS.has(t.lower));

type Found = Hit & { readonly rule: CueRule };

/** Whether offset `at` lies strictly inside one of the sorted, disjoint spans (binary search). */
function inside(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else if (spans[mid]!.start >= at) hi = mid - 1;
    else return true;
  }
  return false;
}

/** `cues`: offsets that may start a cue word (a superset of the trigger tokens), ascending. */
function analyseSentence(s: Sentence, quoted: readonly Span[], cues: readonly number[], from: number): Found[] {
  const found: Found[] = [];
  for (let c = from; c < cues.length && cues[c] < s.span.end; c++) {
    const i = tokenAt(s.toks, cues[c]);
    if (i < 0 || s.toks[i].start !== cues[c] || !isTrigger(s.toks[i])) continue;
    const at = s.toks[i].start;
    if (inside(quoted, at)) continue; // the quoted speaker's own "I told them"
    for (const rule of REPORTED_RULES) {
      const hit = rule.match(s, i);
      if (hit) {
        // Field by field: an object spread here is many times slower in V8.
        found.push({ content: hit.content, cue: hit.cue, source: hit.source, to: hit.to, forward: hit.forward, rule });
        break;
      }
    }
  }
  return resolveOverlaps(s, found);
}

/**
 * Two cues in one sentence: forward content stops where a later cue's source begins ("X said A,
 * but Y said B"); content that contains another hit's cue is dropped in favour of the narrower one.
 */
/** Where a hit's attribution begins: its source's start, or its cue's when that comes first. */
const attributionStart = (h: Found): number => Math.min(h.source?.source.start ?? h.cue.start, h.cue.start);

/**
 * Whether inner's attribution opens outer's forward content ("noted that experts say that ...",
 * "said that two women who ... said they ..."): the other account is the reported clause itself.
 */
function opensContent(s: Sentence, outer: Found, inner: Found): boolean {
  if (!outer.forward || inner === outer) return false;
  const at = attributionStart(inner);
  if (at < outer.content.start || at >= outer.content.end) return false;
  const a = tokenAt(s.toks, outer.content.start);
  const k = tokenAt(s.toks, at);
  return a >= 0 && (k === a || (k === a + 1 && s.toks[a].lower === "that"));
}

function resolveOverlaps(s: Sentence, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const h of found) {
    // "Carson noted that experts say that ISIS has mentioned Trump": the account nested at the start of
    // another's content is part of that content; the annotators file the whole under the outer source.
    if (found.some((o) => opensContent(s, o, h))) continue;
    let hit: Found | null = h;
    for (const o of found) {
      if (o === h || !hit) continue;
      const oStart = attributionStart(o);
      if (hit.forward && oStart > hit.content.start && oStart < hit.content.end) {
        // (An account that opens this content is nested in it: the content stays whole, see above.)
        if (opensContent(s, hit, o)) continue;
        const k = tokenAt(s.toks, oStart);
        let b = k;
        while (b > 0 && (s.toks[b - 1].text === "," || /^(and|but|while|whereas|although|though|as|because)$/.test(s.toks[b - 1].lower))) b--;
        const a = tokenAt(s.toks, hit!.content.start);
        // "the $18 million he says he raised", "unendorse Trump after the mogul claimed that ...": an
        // attribution inside the content with no comma or coordinator before it is embedded in the
        // reported clause (the annotators keep it whole); only "..., and Y said B" starts a new one.
        if (b === k && k > a + 1 && s.toks[k - 1].word && !/^(?:or|so|yet|nor)$/.test(s.toks[k - 1].lower)) continue;
        const cut = a >= 0 && b > a ? content(s, a, b) : null;
        hit = cut ? { ...hit, content: cut } : null;
      } else if (!hit.forward && o.cue.start >= hit.content.start && o.cue.end <= hit.content.end && o.rule !== hit.rule) {
        // A backward content that swallows another attribution ("X said A, but B, they said"):
        // it starts after the other's content, or gives way to it.
        if (o.forward && o.content.end < hit.content.end) {
          let a = tokenAt(s.toks, o.content.end);
          while (a >= 0 && a < s.toks.length && !s.toks[a].word) a++;
          if (a >= s.toks.length) a = -1;
          const b = tokenAt(s.toks, hit!.content.end);
          const rest = a >= 0 ? content(s, a, b < 0 ? s.toks.length : b) : null;
          hit = rest ? { ...hit, content: rest } : null;
        } else if (!(o.content.start >= hit.content.start && o.content.end <= hit.content.end)) hit = null;
      }
    }
    if (hit) out.push(hit);
  }
  // Same content found twice (e.g. a participle and a parenthetical): keep the first rule's.
  return out.filter((h, k) => !out.some((o, m) => m < k && o.content.start === h.content.start && o.content.end === h.content.end));
}

/** Reported speech ("X said that ...", "..., X said.", "according to X, ..."). Pure. */
export function findReportedSpeech(article: Article): { candidates: ReportedCandidate[]; diagnostics: Diagnostic[] } {
  const candidates: ReportedCandidate[] = [];
  const diagnostics: Diagnostic[] = [];
  const text = article.text;
  const paragraphs = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: text.length }];
  // Every cue word of the article in one pass; paragraphs and sentences without one are skipped.
  const cues = findTriggers(text, 0, text.length);
  let next = 0;
  for (const p of paragraphs) {
    while (next < cues.length && cues[next] < p.start) next++;
    if (next >= cues.length || cues[next] >= p.end) continue;
    const quoted = quotedRanges(text, p.start, p.end);
    let ci = next;
    for (const sp of sentenceSpans(text, p.start, p.end)) {
      while (ci < cues.length && cues[ci] < sp.start) ci++;
      const hasCue = ci < cues.length && cues[ci] < sp.end;
      if (sp.end - sp.start > MAX_SENTENCE) {
        const stext = text.slice(sp.start, sp.end);
        if (!TRIGGER.test(stext)) continue;
        diagnostics.push({
          reason: `sentence of ${stext.length} characters is too long to search for reported speech`,
          documentId: article.documentId,
          articleId: article.id,
          span: sp,
          ruleId: "reported/sentence-too-long",
          stage: "extract",
          severity: "info",
        });
        continue;
      }
      if (!hasCue) continue;
      const s: Sentence = { text: text.slice(sp.start, sp.end), span: sp, toks: tokenize(text, sp.start, sp.end), sites: null, subjects: null, clauses: null };
      for (const h of analyseSentence(s, quoted, cues, ci)) {
        const truncated = article.cuts.some((c) => h.content.end >= c.end - 1 && h.content.start < c.end);
        candidates.push({
          kind: "indirect",
          span: h.content,
          outer: h.content,
          truncated,
          cueSpan: h.cue,
          ...(h.source ? { mentionSpan: h.source.mention, sourceSpan: h.source.source } : {}),
          ...(h.source?.role ? { roleSpan: h.source.role } : {}),
          ...(h.to ? { toSpan: h.to } : {}),
          ruleId: h.rule.id,
          reason: h.rule.reason,
        });
      }
    }
  }
  return { candidates, diagnostics };
}
