import type { Span } from "../model/index.js";
import { AUX_ADVERBS, CLAUSE_WORDS, DETERMINERS, DISCOURSE_ADVERBS, LY_NOUNS, NARRATION_AFTER_CUE, NEXT_SPEECH_ACTS, NOMINAL_DETERMINERS, PHRASE_PREPOSITIONS, SPEECH_VERBS, SUBJECT_PRONOUNS, TIME_WORDS } from "./reported-lexicon.js";
import { CUE_ADVERBS, FINITE_AUX, type Source, auxStart, degreeMuch, headOf, subjectBefore } from "./reported-source.js";
import { type Token, lowerWords, tokenAt } from "./reported-text.js";
import { CALL_FORMS, adjectivePredicate, calledPredicateEnd, calledStop } from "./reported-called.js";
import { backwardStart, beforeNewSubject, pastAfterPresentCue, contentBefore, forwardContent, forwardStop, frontedClauseOnly, mainClauseComma, notContent, reportedClause, thatAfterAside, withoutClosingWho, withoutDashGloss, withoutRequestGloss } from "./reported-content.js";
import { AUX_START, type CueRule, DASHES, DESCRIBE_FORMS, type Hit, PRONOUN_CONTRACTION, type Sentence, type VerbSite, clauseIn, content, isEnd, isTrigger, lastWordIndex, opensSentence, subjectAt, tokSpan, verbFirst } from "./reported-sentence.js";
import { beforeSubjectPredicate, clausePronounBefore, conjunctPredicateSubject, controlledSubject, coordinatedInfinitiveSubject, freeRelative, frontSubject, inFrontedClause, inSubordinate, lonePreposition, messageVerb, participleAsideSubject, prepositionBefore, relativeBefore, relativeBeforeAnd, relativeGap, saidAsideSource, sentenceSubject, subordinateBeforeAnd, sourceAfter, subjectAcrossMarks, subjectStart, thenPredicateSubject, verbPhraseSource, withSubject, zeroRelativeGap } from "./reported-subject.js";
import { PASSIVE_AUX, PASSIVE_SUBJECT_LEMMAS, QUESTION_WORDS, cueSpanOf, questionNounAt, siteAt } from "./reported-verb.js";
import { TIME_NOUNS, beforeTimePhrase } from "./time-phrase.js";
import { saidThingAt } from "./lexicon.js";
import { pollAnswer } from "./reported-poll.js";
import { amountToSay, cueInSubject, deniedSaying, negated, participleOnSubject, timeWillTell, withheldFrom } from "./reported-not-said.js";

/**
 * The second part of the cue-rule table (see REPORTED_RULES), tried after the frames: an active speech
 * verb or participle with its source. Participles, attributions after, around and inside the content,
 * accounts of events and stories, the plain "X said (that) ..." and naming with "called".
 */

/** Answers that stand alone after a verb of saying ("said no", "said so"); never an inverted source. */
const INVERTED_ANSWERS = /^(?:no|yes|so|nothing)$/;

/** Nouns "told" takes as the thing told rather than the listener ("told a joke", "told the story"). */
const TOLD_THINGS = /^(?:jokes?|story|stories|tales?|lies?|anecdotes?)$/;

/**
 * Whether the listener walk of "tell" ended (at k) on a thing told, not a listener ("told a joke", "told jokes that fell
 * flat"). Not after a preposition inside the walk: "told the Herald in a story that ran this week that ..." names the
 * listener and then the medium. ("told a couple of jokes" keeps "of".) Bounded by the walk's length.
 */
function toldThingAt(toks: readonly Token[], v: VerbSite, k: number): boolean {
  if (!v.to || v.verb.lemma !== "tell" || !TOLD_THINGS.test(toks[k]?.lower ?? "")) return false;
  for (let m = tokenAt(toks, v.to.start); m >= 0 && m < k; m++) if (PHRASE_PREPOSITIONS.has(toks[m].lower) && toks[m].lower !== "of") return false;
  return true;
}

/** Prepositions that may go before a relative pronoun ("in which", "under which", "for whom"). */
const PIED_PREPOSITIONS = /^(?:in|on|at|by|for|with|under|from|through|during|after|to|of|about)$/;

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

/**
 * "A, as X noted.", "A, as X has noted before.", "A, as Y wrote in The Intercept.": an 'as' clause closing the
 * sentence after a comma vouches for the clause before it (after a colon or semicolon, only what follows that).
 */
function asClauseAtEnd(s: Sentence, v: VerbSite): Hit | null {
  const { toks } = s;
  let e = v.rest;
  // ("before" is no time word at a phrase's start, where it opens one: "said before the vote".)
  if (toks[e]?.lower === "before") e++;
  if (!isEnd(s, e)) return null;
  const src = subjectAt(s, v.cueStart);
  if (!src) return null;
  const as = tokenAt(toks, src.source.start) - 1;
  if (as < 2 || toks[as].lower !== "as" || toks[as - 1].text !== ",") return null;
  let b = as - 2;
  while (b > 0 && toks[b].text !== ":" && toks[b].text !== ";") b--;
  const body = content(s, b > 0 ? b + 1 : backwardStart(s, as - 1), as - 1);
  return body ? { content: body, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false } : null;
}

/** A subject pronoun with the "be" of a progressive run into one token ("he’s saying", "they’re telling"). */
const PROGRESSIVE_SUBJECT = /^(?:he|she|they|we|you|who)['’](?:s|re)$/;

const STORY_NOUNS = /^(?:story|stories|tale|tales|jokes?|anecdotes?)$/;
/** The nouns of "the story of Y", "the tale of how ...". */
const OF_STORY_NOUNS = /^(?:story|stories|tale|tales)$/;

/**
 * Things told that are always words, so the noun phrase itself is what was said ("told a joke", "told a
 * slightly different tale"). ("story" is left to "the story of ...": "the data tell a different story" is a
 * figure of speech.)
 */
const TOLD_WORDS = /^(?:jokes?|tales?|anecdotes?)$/;

/** Verbs that take an -ing complement ("began calling for", "kept calling on"). */
const GOVERNS_PARTICIPLE = /^(?:began|begin|begins|started|start|starts|kept|keep|keeps|continued|continue|continues)$/;

/** Words in -ing that are nouns or prepositions, not the event's verb. */
const NOT_PARTICIPLES = /^(?:thing|nothing|something|anything|everything|during|king|string|evening|morning|building|meeting|spring|wedding|ceiling|feeling|funding|hearing|briefing|ruling|setting|clothing|housing|training|shooting|bombing|beating|killing|crossing|uprising|offering|landing)$/;

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

/** Words after which a form in -ed is a participle, not a finite verb. */
const AFTER_PARTICIPLE = /^(?:be|been|being|am|get|gets|got|getting|become|became|very|so|too|more|most|less|not|never|n't|just|also)$/;

/** Finite forms of verbs of saying that do not end in -ed ("told", "says"): a second predicate after the content's own. */
const IRREGULAR_FINITE_SPEECH = /^(?:said|says|told|tells|wrote|writes)$/;

/** A lower-case form in -s that may be a present verb ("matters", "tops"; not "press", "bonus", "crisis"). */
const PRESENT_S = /^\p{Ll}{2,}[^su]s$/u;
/** Degree words that follow a verb, not a noun: "matters most", "counts more". */
const DEGREE_AFTER_VERB = /^(?:most|more|less|least|little|much)$/;

/** Words that join a second finite verb to the reported clause, or open a clause of its own. */
const CLAUSE_JOINERS = /^(?:and|or|but|nor|that|which|who|whom|whose|if|whether|when|where|while|because|as|than|since|after|before|until|unless|although|though)$/;

/**
 * "Voters who say the economy is most important were evenly divided", "A majority of those who said their top
 * quality was caring about people like them supported Sanders": a restrictive relative clause inside the
 * sentence's subject (the source is "who" with no comma before it and no finite verb before it in the sentence)
 * has the main clause's predicate after its content. The content ends before its second finite verb (an
 * auxiliary or a past form in -ed) when no joiner or comma comes between the two.
 */
function beforeMainPredicate(s: Sentence, body: Span, sa: number): Span {
  const { toks } = s;
  if (sa < 1 || toks[sa].lower !== "who" || !toks[sa - 1].word) return body;
  return subjectOnlyBefore(toks, sa) ? mainPredicateCut(s, body) : body;
}

/** Whether tokens [0, k) are words with no finite auxiliary or speech verb among them: a subject's words alone. */
function subjectOnlyBefore(toks: readonly Token[], k: number): boolean {
  for (let m = 0; m < k; m++) if (!toks[m].word || (!toks[m].cap && (FINITE_AUX.test(toks[m].lower) || SPEECH_VERBS.has(toks[m].lower)))) return false;
  return true;
}

/**
 * The content of an account inside the sentence's subject, ended before the main clause's predicate (see
 * beforeMainPredicate, which finds the relative clause; reported/participle finds "The share of voters saying ...").
 */
function mainPredicateCut(s: Sentence, body: Span): Span {
  const { toks } = s;
  const bs = tokenAt(toks, body.start);
  // (A form in -ed after "be", "have" or an adverb is a participle: "would be scared", "have been hurt".)
  const finite = (k: number): boolean => {
    const t = toks[k];
    if (!t.word || t.cap) return false;
    const prev = toks[k - 1].lower;
    // (An auxiliary after another, or after "not", is the same verb group: "might not have been".)
    if (FINITE_AUX.test(t.lower)) return k === bs || !(FINITE_AUX.test(prev) || AUX_ADVERBS.has(prev));
    if (PRONOUN_CONTRACTION.test(t.lower)) return true;
    // ("The officials who said the tax was unfair told reporters ...": a finite verb of saying not in -ed.)
    if (IRREGULAR_FINITE_SPEECH.test(t.lower)) return k > bs && !FINITE_AUX.test(prev) && !AUX_ADVERBS.has(prev) && prev !== "to";
    // ("the economy matters most", "health care costs the most": a form in -s after a word of the subject and before a
    // determiner or a degree word is a present verb; a noun compound never has one there without a comma.)
    if (k > bs && PRESENT_S.test(t.lower) && toks[k - 1].word && !DETERMINERS.has(prev) && !PHRASE_PREPOSITIONS.has(prev) && !FINITE_AUX.test(prev)) {
      const nx = toks[k + 1];
      return !!nx && nx.word && !nx.cap && (NOMINAL_DETERMINERS.has(nx.lower) || DEGREE_AFTER_VERB.test(nx.lower));
    }
    // ("Those who said the economy was their top issue split about evenly ...": an irregular past after a word of the
    // content that is no determiner, preposition or auxiliary.)
    if (k > bs && (IRREGULAR_PAST.test(t.lower) || t.lower === "split") && !DETERMINERS.has(prev) && !PHRASE_PREPOSITIONS.has(prev) && !FINITE_AUX.test(prev) && !AFTER_PARTICIPLE.test(prev)) return true;
    return t.lower.length > 4 && t.lower.endsWith("ed") && k > bs && !AFTER_PARTICIPLE.test(prev) && !FINITE_AUX.test(prev) && !prev.endsWith("ly");
  };
  let seen = false;
  // (Whether a joiner or a stop came before the first finite verb.)
  let joined = false;
  for (let k = bs; k < toks.length && toks[k].start < body.end; k++) {
    const t = toks[k];
    if (!t.word || CLAUSE_JOINERS.test(t.lower)) {
      if (seen) return body;
      joined = true;
      continue;
    }
    if (!finite(k)) continue;
    // (An auxiliary right after a subject pronoun is a relative clause's own: "got an answer he might not ...".)
    if (seen && k > bs + 2 && !(FINITE_AUX.test(t.lower) && SUBJECT_PRONOUNS.has(toks[k - 1].lower))) return content(s, bs, k) ?? body;
    // "Voters who say the economy matters most were evenly divided", "Those who say they want change are younger": the
    // content's own verb is a plain present (or an irregular past) that no word test finds, so the first auxiliary
    // found is already the main predicate's. It is when the words before it, with no joiner or stop among them, are a
    // clause of their own (the tagger: "they want change"; "the war in Iraq" before "was" is the subject).
    // (Not after a subject pronoun, the auxiliary's own subject in a relative clause: "got an answer he might not ...".)
    if (!seen && !joined && k > bs + 2 && FINITE_AUX.test(t.lower) && !SUBJECT_PRONOUNS.has(toks[k - 1].lower) && clauseIn(s, s.text.slice(toks[bs].start - s.span.start, toks[k - 1].end - s.span.start))) return content(s, bs, k) ?? body;
    seen = true;
  }
  return body;
}

/**
 * "..., according to sources in the meetings, Clinton tried ...", "..., based on the current count, if Rubio wins ...",
 * "..., citing two officials, the plan was ...": an aside on the reporter's sourcing set off by commas right after the
 * verb, then a clause (a name, a pronoun, a determiner or a fronted "if"/"when"). Returns the index of the aside's
 * closing comma, or -1. (Only these openers: after any other comma the words are as often narration.) A bounded walk.
 */
function sourcingAside(toks: readonly Token[], k: number): number {
  const w = toks[k]?.lower;
  const opener = (w === "according" && toks[k + 1]?.lower === "to") || (w === "based" && toks[k + 1]?.lower === "on") || w === "citing";
  if (!opener || toks[k].cap) return -1;
  for (let m = k + 2; m < toks.length - 2 && m - k <= 16; m++) {
    const t = toks[m];
    if (t.text === ",") {
      const nx = toks[m + 1];
      const clause = nx.word && (nx.cap || (SUBJECT_PRONOUNS.has(nx.lower) && !/^(?:which|who|that)$/.test(nx.lower)) || NOMINAL_DETERMINERS.has(nx.lower) || /^(?:if|when|once|unless)$/.test(nx.lower));
      return clause && m > k + 2 ? m : -1;
    }
    if (!t.word && !/^[’'.-]$/.test(t.text)) return -1;
    if (!t.cap && (FINITE_AUX.test(t.lower) || SPEECH_VERBS.has(t.lower) || CLAUSE_WORDS.has(t.lower))) return -1;
  }
  return -1;
}


/** Verbs of telling after "would not" ("but would not offer details", "and would not identify any issue"). */
const WITHHELD = /^(?:say|comment|offer|identify|name|discuss|disclose|provide|elaborate|specify|confirm|answer|respond|reveal|detail|explain)$/;

/** "a"/"an" opening an appositive gloss, not a quantity ("a number of", "a lot"). */
const glossAfter = (toks: readonly Token[], k: number): boolean =>
  /^(?:a|an)$/.test(toks[k]?.lower ?? "") && !/^(?:number|lot|few|majority|couple|bit|little)$/.test(toks[k + 1]?.lower ?? "");

/** Words that open a count of time after an attribution ("two days after ...", "hours before ..."). */
const GLOSS_COUNT = /^(?:two|three|four|five|several|days|hours|weeks|months|\d[\d,.]*)$/;

/** Words that open an occasion with a gerund after a speech verb ("said in posing the question", "said while visiting"). */
const OCCASION_GERUND_LEAD = /^(?:in|while|when|after|before|upon)$/;

/**
 * "A, journalist Ann Lee said in posing the question to the governor.", "A, he said while touring the plant.": a gerund
 * phrase of the occasion that runs to the sentence's end closes the attribution, as a time phrase does. Only a plain
 * phrase: no comma, quotation mark, dash or speech verb before the end (", he said in explaining that ..." goes on).
 */
function occasionGerundToEnd(s: Sentence, k: number): boolean {
  const { toks } = s;
  const g = toks[k + 1];
  if (!OCCASION_GERUND_LEAD.test(toks[k]?.lower ?? "") || !g || !g.word || g.cap || !/^[a-z]{3,}ing$/.test(g.lower)) return false;
  for (let m = k + 2; m < toks.length; m++) {
    const t = toks[m];
    if (!t.word) return isEnd(s, m);
    if (SPEECH_VERBS.has(t.lower) || t.lower === "that") return false;
  }
  return true;
}

/**
 * Whether `body` is a name alone (two to five capitalised words: "Sam Lau", "Gov. Jane Roe") and the source at token
 * sa opens with a lower-case word that is no pronoun ("the communications director ...", "spokeswoman for ..."): the
 * name and its appositive, not a content and a source. (A one-word body may be an answer, "Absolutely, the spokesman
 * said."; "Jane Roe, she said" keeps its pronoun's account.)
 */
function bareNameBefore(s: Sentence, body: Span, sa: number): boolean {
  const { toks } = s;
  if (!toks[sa]?.word || toks[sa].cap || SUBJECT_PRONOUNS.has(toks[sa].lower)) return false;
  let words = 0;
  for (let m = tokenAt(toks, body.start); m >= 0 && m < toks.length && toks[m].start < body.end; m++) {
    const t = toks[m];
    if (!t.word) {
      if (t.text !== "." && t.text !== "’" && t.text !== "'" && t.text !== "-") return false;
      continue;
    }
    if (!t.cap || ++words > 5) return false;
  }
  return words >= 2;
}

/**
 * Whether the content opens with a "that" that is a relative pronoun on the noun before it: after a listener or a
 * phrase of the occasion ("told a crowd at Hamburger Mary's that spilled out onto the street", "said in a speech that
 * drew cheers"), "that" followed by a lower-case verb phrase with no subject ("spilled out ...", not "the plan failed",
 * "voters want ...") has the noun as its subject; the saying has no content there. A "that" right after the verb, or
 * one before an auxiliary ("told reporters that was a mistake"), is the demonstrative subject of a content; kept.
 */
function relativeOnPhrase(s: Sentence, v: VerbSite, body: Span): boolean {
  const { toks } = s;
  const a = tokenAt(toks, body.start);
  if (a < 1 || toks[a].lower !== "that" || (v.to === null && v.rest <= v.after)) return false;
  const before = toks[a - 1];
  const n = toks[a + 1];
  if (!before.word || TIME_WORDS.has(before.lower) || !n?.word || n.cap || FINITE_AUX.test(n.lower) || AUX_START.test(n.lower) || !verbFirst(n)) return false;
  const rest = s.text.slice(n.start - s.span.start, body.end - s.span.start);
  return !clauseIn(s, rest);
}

/** Prepositions that open the occasion of an attribution ("insisted during a tour of ...", "said at a rally in ..."). */
const OCCASION_PHRASE_LEAD = /^(?:during|at|in|aboard|amid|before|after|following|outside|inside)$/;

/**
 * "A, Tim Kaine insisted Thursday during a whistle stop tour of morning news shows.": a prepositional phrase of the
 * occasion that runs to the sentence's end closes the attribution, as a time phrase does; the medium-phrase walk
 * (skipAdverbials) takes such a phrase only when it names a time or a medium within eight words. Only a plain
 * phrase: words, with no comma, quotation mark, dash, "that", relative word, finite auxiliary, subject pronoun or
 * speech verb before the end ("…, he said in a hurry, and left", "…, he said after it was over" go on with a clause).
 */
function occasionPhraseToEnd(s: Sentence, k: number): boolean {
  const { toks } = s;
  const n = toks[k + 1];
  if (!OCCASION_PHRASE_LEAD.test(toks[k]?.lower ?? "") || !n || !n.word || !(DETERMINERS.has(n.lower) || n.cap || /^\d/.test(n.text))) return false;
  for (let m = k + 1; m < toks.length; m++) {
    const t = toks[m];
    if (!t.word && t.text !== "’" && t.text !== "'" && t.text !== "-") return isEnd(s, m);
    if (m - k > 16 || t.lower === "that" || CLAUSE_WORDS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || (!t.cap && FINITE_AUX.test(t.lower)) || SPEECH_VERBS.has(t.lower)) return false;
  }
  return true;
}

/**
 * "reported it to the F.B.I.", "disclosed them to the AP", "say it in a British accent": an object pronoun and the
 * listener it went to (or the manner, place or time of saying it) are no reported content (the thing told was named before; "urged him to resign", where a verb follows "to", stays).
 */
function pronounToListener(s: Sentence, body: Span): boolean {
  const { toks } = s;
  const a = tokenAt(toks, body.start);
  if (a < 0 || !/^(?:it|them|this|these|those)$/.test(toks[a].lower)) return false;
  // ("say it in a British accent", "said it on television": "it" before a preposition of manner, place or time is the
  // verb's object too; "said it was ..." has its verb there.)
  if (toks[a].lower === "it" && /^(?:in|on|at|during|via|with|over|through)$/.test(toks[a + 1]?.lower ?? "")) return true;
  if (toks[a + 1]?.lower !== "to") return false;
  const w = toks[a + 2];
  return !!w && (w.cap || DETERMINERS.has(w.lower));
}

/** Object pronouns that never open an inverted attribution's source. */
const OBJECT_PRONOUN = /^(?:it|him|her|them|me|us|you|this|that|these|those)$/;
/** Lemmas that invert before a plain common noun ("…, said a spokesman", "…, added one aide"). */
const PLAIN_INVERSION_LEMMAS: ReadonlySet<string> = new Set(["say", "add"]);

/** Adverbs between "and" and the next act ("and also praised", "but later denied"). */
const NEXT_ACT_ADVERBS = /^(?:also|then|later|quickly|immediately|repeatedly|again)$/;

/**
 * The content cut before "and"/"but" + a speech act in the past tense or "would not"/"wouldn't" ("and
 * praised B", "but declined to name B", "but would not offer details"): see NEXT_SPEECH_ACTS.
 */
/** Past forms of saying and having the regular "-ed" test misses, for pastBefore (with IRREGULAR_PAST). */
const PAST_OF_SAYING: ReadonlySet<string> = new Set(["said", "told", "had", "wrote", "let"]);

/**
 * Whether the sentence's main verb, after its subject (and before token `end`), is in the past ("He asked ...", "she
 * had her staff ...", "The order gave ..."), so that a bare form joined after `end` cannot be its coordinate. An
 * auxiliary in the present or a modal ("have all characterized ... and say", "will stand up and say") is not.
 */
function pastBefore(toks: readonly Token[], end: number): boolean {
  const subj = sentenceSubject(toks);
  if (!subj) return false;
  let k = 0;
  while (k < end && toks[k].start < subj.source.end) k++;
  for (; k < end && AUX_ADVERBS.has(toks[k].lower); k++) {
    if (/^(?:had|did|was|were)$/.test(toks[k].lower)) return true;
    if (/^(?:has|have|is|are|am|be|been|do|does|will|would|can|could|should|may|might|must)$/.test(toks[k].lower)) return false;
  }
  const t = toks[k];
  return k < end && !!t && t.word && !t.cap && (PAST_OF_SAYING.has(t.lower) || IRREGULAR_PAST.test(t.lower) || (t.lower.length > 4 && t.lower.endsWith("ed")));
}

function beforeNextAct(s: Sentence, body: Span, perfect: string | null = null): Span {
  const { toks } = s;
  const bs = tokenAt(toks, body.start);
  for (let k = bs + 1; k < toks.length - 1 && toks[k].start < body.end; k++) {
    if (toks[k].lower !== "and" && toks[k].lower !== "but") continue;
    let m = k + 1;
    // "... and Democrats accused the GOP of ...", "... and she accused X of ...": a new subject (a pronoun or
    // a name) with a speech act is the next account. (Not after a capitalised word, where "and" joins a
    // name: "the Organization for Economic Cooperation and Development says"; nor right at the content's
    // start or after "both", where it joins the clause's own subject: "both he and Rubio promised", "said both
    // the mayor and Ana Ruiz criticized the plan".)
    let named = false;
    if (k - bs >= 3 && !toks[k - 1].cap && !toks.slice(bs, k).some((t) => /^(?:both|either|neither|between)$/.test(t.lower))) {
      let e = m;
      if (/^(?:he|she|they|we)$/.test(toks[e].lower)) e++;
      else {
        if (toks[e].lower === "the" && toks[e + 1]?.cap) e++;
        while (e < toks.length && e - m < 5 && toks[e].word && toks[e].cap && toks[e].text !== "I") e++;
      }
      if (e > m && e < toks.length && (NEXT_SPEECH_ACTS.has(toks[e].lower) || NEXT_ACT_ADVERBS.test(toks[e].lower))) {
        m = e;
        named = true;
      }
    }
    // "has said she opposes the plan and has expressed doubts about ...": after a cue in the perfect, the same
    // auxiliary with a speech act is the speaker's next act. (Not after another auxiliary: "has said the mayor
    // had lied and had praised ..." may be the reported clause's own.)
    if (perfect !== null && !named && toks[m].lower === perfect && NEXT_SPEECH_ACTS.has(toks[m + 1]?.lower ?? "")) m++;
    if (NEXT_ACT_ADVERBS.test(toks[m].lower)) m++;
    const w = toks[m];
    if (!w || w.start >= body.end) break;
    // (A refusal only with a verb of telling: "and would not require a compromise" is still the clause's.)
    const n = w.lower === "would" && toks[m + 1]?.lower === "not" ? m + 2 : /^wouldn['’]t$/.test(w.lower) ? m + 1 : -1;
    const act = (NEXT_SPEECH_ACTS.has(w.lower) && (w.lower !== "declined" || toks[m + 1]?.lower === "to")) || (!named && n > 0 && WITHHELD.test(toks[n]?.lower ?? ""));
    if (!act) continue;
    // ("says they called the city and complained that ...": the content's own subject's act, see pastAfterPresentCue.)
    if (!named && toks[k - 1].text !== "," && pastAfterPresentCue(toks, bs, w)) continue;
    const cut = content(s, bs, toks[k - 1].text === "," ? k - 1 : k);
    return cut ?? body;
  }
  return body;
}

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.)$/;
/** Words that open a time adverbial after an object ("on Monday", "earlier Sunday", "last spring", "in June 2015"). */
const OCCASION_LEAD = /^(?:on|in|last|this|earlier|later|late|early)$/;
/**
 * Subordinators that open a clause of time after the object. ("as" is as often the object's own predicate,
 * "pointed to the GOP as the key obstacle"; "because" and "following" as often give the request's reason,
 * "called for a ban because of concerns that ...".)
 */
const OCCASION_CLAUSE = /^(?:after|before|when|while|until|amid|despite)$/;
/** Nouns of the occasion of saying ("in an appearance on ...", "in a tweet"). */
const OCCASION_NOUNS = /^(?:interview|appearance|statement|speech|tweet|post|op-ed|letter|email|e-mail)$/;

/**
 * "announced his candidacy last spring", "first reported Gore's decision earlier Sunday", "explained his
 * reasoning in an appearance on CBS", "confirmed the news via Facebook": after a noun phrase that is the
 * thing said, a closing time phrase or occasion goes with the verb, not with the noun phrase. (After a
 * clause it may be the clause's own, "said he would leave on Monday": the content stays whole.)
 */
function withoutClosingOccasion(s: Sentence, body: Span): Span {
  const { toks } = s;
  const a = tokenAt(toks, body.start);
  if (a < 0 || !toks[a].word || toks[a].lower === "that" || toks[a].lower === "to" || QUESTION_WORDS.has(toks[a].lower)) return body;
  let e = a;
  while (e < toks.length && toks[e].start < body.end) e++;
  let cut = -1;
  // A time phrase to the end: a lead word, then up to three words of dates ("in June 2015", "on Monday night").
  let k = e;
  while (k > a + 1 && e - k < 3 && (TIME_NOUNS.has(toks[k - 1].lower) || MONTHS.test(toks[k - 1].lower) || /^\d{1,4}$/.test(toks[k - 1].lower))) k--;
  if (k < e && k > a + 1 && OCCASION_LEAD.test(toks[k - 1].lower) && !toks[k - 1].cap) cut = k - 1;
  // An occasion: "via Facebook", "in an interview (with X)", "in a tweet"; a clause of time ("declared
  // their allegiance after arriving").
  // (The earliest one: "called for more school investment in a statement on Thursday".)
  for (let m = a + 1; m < (cut < 0 ? e : cut); m++) {
    if (toks[m].cap) continue;
    if (toks[m].lower === "via" && e - m <= 4) cut = m;
    else if (m > a + 1 && OCCASION_CLAUSE.test(toks[m].lower)) cut = m;
    else if (toks[m].lower === "in" && /^(?:a|an|his|her|their|its)$/.test(toks[m + 1]?.lower ?? "") && OCCASION_NOUNS.test(toks[m + 2]?.lower ?? "")) cut = m;
  }
  if (cut <= a) return body;
  // (After a comma the time phrase may close an aside of its own: "the partnership, which began in 2012".)
  for (let m = a + 1; m < cut; m++) if (toks[m].text === "," || DASHES.has(toks[m].text)) return body;
  // (The clause test, the tagger, only when there is something to cut.)
  if (clauseIn(s, s.text.slice(body.start - s.span.start, body.end - s.span.start))) return body;
  return content(s, a, cut) ?? body;
}

/**
 * "announced his presidential bid, but now Benford plans to caucus ...", "reported year-over-year revenue declines, and
 * the company's shares fell": a noun phrase that is the thing said (no clause in it) is whole before ", but"/", and" with
 * a new subject after it (a pronoun, a name or a determiner, after at most one time adverb); the clause that follows is
 * the reporter's next sentence, not part of the thing. (After a clause the same words are as often the speaker's
 * second half: only a noun phrase is cut, by the clause test, the tagger, asked only when there is such a comma.)
 */
function nounPhraseThenClause(s: Sentence, body: Span): Span {
  const { toks } = s;
  const a = tokenAt(toks, body.start);
  if (a < 0 || !toks[a].word || toks[a].lower === "that" || toks[a].lower === "to" || QUESTION_WORDS.has(toks[a].lower)) return body;
  for (let k = a + 1; k < toks.length - 2 && toks[k].start < body.end; k++) {
    // ("told police officials that she didn't want ...": a "that" makes the stretch a clause's, whatever the tagger says.)
    if (toks[k].text === ";" || DASHES.has(toks[k].text) || toks[k].lower === "that") return body;
    if (toks[k].text !== ",") continue;
    if (!/^(?:but|and)$/.test(toks[k + 1].lower)) return body;
    let m = k + 2;
    if (/^(?:now|then|later|still|instead|soon)$/.test(toks[m].lower) && m + 1 < toks.length) m++;
    const nx = toks[m];
    const subject = nx.word && ((nx.cap && nx.text !== "I") || (SUBJECT_PRONOUNS.has(nx.lower) && !/^(?:it|that|which|who)$/.test(nx.lower)) || NOMINAL_DETERMINERS.has(nx.lower));
    if (!subject) return body;
    // (The new subject must have a verb of its own within a few words: "a voice vote, and then a visual vote" is a list.)
    let verb = false;
    for (let n = m + 1; n < toks.length && n - m <= 6 && !verb; n++) {
      const t = toks[n];
      if (!t.word) break;
      verb = !t.cap && (FINITE_AUX.test(t.lower) || (t.lower.length > 4 && t.lower.endsWith("ed")) || (/^[\p{Ll}]+[^s]s$/u.test(t.lower) && !DETERMINERS.has(toks[n - 1].lower) && !PHRASE_PREPOSITIONS.has(toks[n - 1].lower) && toks[n - 1].lower !== "of"));
    }
    if (!verb) return body;
    const head = s.text.slice(body.start - s.span.start, toks[k - 1].end - s.span.start);
    return clauseIn(s, head) ? body : (content(s, a, k) ?? body);
  }
  return body;
}

/**
 * "A reporter asked: Did they talk about the wall?": a colon after "asked", then a question of its own without
 * quotation marks (a capital and the sentence's closing "?") is the question put.
 */
function questionAfterColon(s: Sentence, k: number): boolean {
  const { toks } = s;
  const last = toks[toks.length - 1];
  return toks[k]?.text === ":" && !!toks[k + 1]?.word && toks[k + 1].cap && k + 3 < toks.length && last.text === "?";
}

/**
 * "The bridge, said Ann Lee, will close", "And Trump, said Sunshine, who remains a friend, doesn't forgive": the
 * comma that closes an inverted source after "said" at `rest` (a name, or an article's noun phrase, of up to eight
 * words, with a who-clause of up to 20 tokens after it), when the predicate of the reported sentence goes on right
 * after it with an auxiliary or a modal in lower case. Its index, or -1 ("..., said Lee, a spokeswoman" has no
 * predicate after it; "..., said Lee, adding ..." a participle).
 */
function invertedSourceEnd(toks: readonly Token[], rest: number): number {
  const first = toks[rest];
  if (!first?.word || !(first.cap || DETERMINERS.has(first.lower)) || first.lower === "that") return -1;
  let h = rest;
  while (h < toks.length && h - rest < 8 && toks[h].text !== ",") {
    if (!toks[h].word && !/^[.’'&-]$/.test(toks[h].text)) return -1;
    // ("said Doyle and others,": "and" joins a second source, a name or "others".)
    const joined = toks[h].lower === "and" && h > rest && (toks[h + 1]?.cap || /^others?$/.test(toks[h + 1]?.lower ?? ""));
    if (toks[h].word && !toks[h].cap && !joined && (CLAUSE_WORDS.has(toks[h].lower) || FINITE_AUX.test(toks[h].lower))) return -1;
    h++;
  }
  if (toks[h]?.text !== "," || h === rest) return -1;
  let close = h;
  if (/^(?:who|whose)$/.test(toks[h + 1]?.lower ?? "")) {
    close = h + 2;
    while (close < toks.length && close - h < 20 && toks[close].text !== "," && toks[close].text !== ";") close++;
    if (toks[close]?.text !== ",") return -1;
  }
  const nx = toks[close + 1];
  return nx?.word && !nx.cap && (AUX_START.test(nx.lower) || FINITE_AUX.test(nx.lower) || /n[’']t$/.test(nx.lower)) ? close : -1;
}

/** Subordinators and prepositions of time or means that take a participle of saying ("after saying", "by telling"). */
const PARTICIPLE_SUBORDINATORS = /^(?:by|before|after|while|when)$/;
/**
 * Adverbs that may stand between such a subordinator and the participle ("after initially saying", "while also
 * suggesting", "by essentially telling"), besides words in -ly. ("never" and "not" are left out: the act did not happen.)
 */
const SUBORDINATE_ADVERBS = /^(?:also|first|then|later|again|even|still|further)$/;

/**
 * Index of the subordinator that governs the participle at i: right before it ("after saying"), or before one
 * adverb ("after initially saying"); -1 when there is none. PolNeAR train: "while also saying that he expects to
 * do well", "after initially saying he would not advertise", "by essentially telling movement progressives to ...".
 */
function subordinatorBefore(toks: readonly Token[], i: number): number {
  if (i >= 1 && PARTICIPLE_SUBORDINATORS.test(toks[i - 1].lower)) return i - 1;
  const adv = toks[i - 1];
  if (i < 2 || !adv?.word || adv.cap || !PARTICIPLE_SUBORDINATORS.test(toks[i - 2].lower)) return -1;
  return SUBORDINATE_ADVERBS.test(adv.lower) || (adv.lower.length > 4 && adv.lower.endsWith("ly") && !LY_NOT_ADVERBS.has(adv.lower)) ? i - 2 : -1;
}
/** Words in -ly that are adjectives or nouns, not adverbs ("the early vote", "the family"). */
const LY_NOT_ADVERBS: ReadonlySet<string> = new Set(["early", "family", "holy", "likely", "daily", "weekly", "monthly", "yearly", "only", "friendly", "elderly", "lonely", "costly", "deadly", "ugly", "rally", "ally", "italy"]);

/**
 * Whether the sentence after token `from` ends in an attribution of its own: a comma, a short source and a finite verb of
 * saying, then at most one time word before the end ("..., but B, the union said.", "..., while B, the paper reported
 * Tuesday."). Then B is that source's account, not a continuation of the one before.
 */
function closedByAttribution(s: Sentence, from: number): boolean {
  const { toks } = s;
  let c = -1;
  for (let k = from; k < toks.length; k++) if (toks[k].text === ",") c = k;
  if (c < 0) return false;
  for (let e = c + 2; e < toks.length && e - c <= 7; e++) {
    const t = toks[e];
    if (!t.word) return false;
    if (t.cap || !SPEECH_VERBS.has(t.lower) || t.lower.endsWith("ing")) continue;
    const after = e + 1 < toks.length && TIME_WORDS.has(toks[e + 1].lower) && toks[e + 1].lower !== "the" ? e + 2 : e + 1;
    return after >= toks.length || isEnd(s, after);
  }
  return false;
}

/** Irregular past forms that can be a main clause's verb after an aside ("The mayor, saying ..., left"). */
const IRREGULAR_PAST = /^(?:left|went|came|ran|won|lost|sat|stood|held|kept|met|got|put|set|saw|began|became|spent|sent|brought|made|took|gave|fled|led|quit|rose|fell|drew|threw|struck|shut|cut|did)$/;

/**
 * "The mayor, saying the levy was unfair, voted no", "Trump, telling Christie to go home, left the stage": a
 * participle set off by the comma at `pc` right after the sentence's subject is an aside; the comma before the main
 * clause's verb (a past form or an auxiliary in lower case, the last such comma in the content) ends its content.
 * Returns that comma's index, or -1.
 */
function asideParticipleEnd(s: Sentence, pc: number, body: Span): number {
  const { toks } = s;
  const subject = sentenceSubject(toks);
  if (!subject || pc < 1 || subject.source.end !== toks[pc - 1].end) return -1;
  let found = -1;
  for (let c = tokenAt(toks, body.start) + 2; c < toks.length - 1 && toks[c].start < body.end; c++) {
    // (A dash closes the aside as well, when the content itself ends in a dashed gloss: "after saying he would not
    // advertise in the state - it is the costliest market - took to the airwaves".)
    if (toks[c].text !== "," && !DASHES.has(toks[c].text)) continue;
    const nx = toks[c + 1];
    if (nx.word && !nx.cap && (FINITE_AUX.test(nx.lower) || IRREGULAR_PAST.test(nx.lower) || (nx.lower.length > 4 && nx.lower.endsWith("ed") && verbFirst(nx)))) found = c;
  }
  return found;
}

/**
 * "was quoted as saying", "were quoted by the paper as saying", "has been cited in reports as saying": the quoting verb at
 * q is a past participle after a form of "be" (adverbs allowed between), and what stands between it and "as" (at
 * `end`) is nothing or a phrase that opens with a preposition of agent, medium or place. Its subject is the speaker.
 */
function passiveQuoting(toks: readonly Token[], q: number, end: number): boolean {
  if (!/^(?:quoted|cited)$/.test(toks[q].lower)) return false;
  const a = auxStart(toks, q, 0);
  if (a === q || !lowerWords(toks, a, q).some((w) => PASSIVE_AUX.has(w))) return false;
  return end === q + 1 || /^(?:by|in|on|at|during)$/.test(toks[q + 1].lower);
}

/** Verbs that report another's words by quoting them ("quoted an official as saying", "cited X as saying"). */
const QUOTING_VERBS: ReadonlySet<string> = new Set(["quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite"]);

/**
 * "The paper quoted a senior official as saying (that) …", "quoted Ann Lee, a pilot, as saying …": "saying"
 * after "as" reports the words of the quoting verb's object, so the object (a short noun phrase, an
 * appositive allowed) is the source, not the sentence's subject who quoted them. Null when no quoting verb
 * stands within 12 tokens before "as", when a clause word or a stop comes first, or when the active verb is right
 * before "as". A passive one ("Ann Lee was quoted by the paper as saying …", see passiveQuoting) gives its own
 * subject, the speaker: the participle rule would otherwise take "by the paper" or find no source at all.
 */
function quotedAsSource(s: Sentence, i: number): Source | null {
  const { toks } = s;
  const as = i - 1;
  if (toks[i].lower !== "saying" || as < 2 || toks[as].lower !== "as") return null;
  for (let q = as - 1; q >= 0 && q >= as - 12; q--) {
    const t = toks[q];
    if (!t.word) {
      if (t.text === ",") continue;
      return null;
    }
    if (QUOTING_VERBS.has(t.lower) && !t.cap) {
      const end = toks[as - 1].text === "," ? as - 1 : as;
      // "Ann Lee was quoted (by the paper) as saying …": a passive quoting verb has the speaker for its subject.
      if (passiveQuoting(toks, q, end)) return subjectAt(s, auxStart(toks, q, 0));
      if (end <= q + 1) return null;
      let head = q + 1;
      while (head < end && toks[head].text !== ",") head++;
      return { source: tokSpan(toks, q + 1, end), mention: headOf(toks, q + 1, head), role: null };
    }
    if (CLAUSE_WORDS.has(t.lower)) return null;
  }
  return null;
}

/**
 * "..., said a handful of Democrats who point to ...", "..., said several officials who spoke on condition of ...": the
 * inverted source's head (tailStart..h) is a short noun phrase, at most eight tokens with no comma, and a relative
 * clause on it ("who", "whose", "whom") opens right after. Such a source may run longer than a bare common noun's: the
 * clause is where the reporter says who they are. (A verb after the head with no relative word, "…, said a few words
 * and left", keeps the short limit.)
 */
function relativeTail(toks: readonly Token[], tailStart: number, h: number): boolean {
  return h > tailStart && h - tailStart <= 8 && h < toks.length && /^(?:who|whose|whom)$/.test(toks[h].lower);
}

/**
 * How far back (tokens) the sentence's first chunk may stand when the subject walk took a verb phrase for the source
 * ("…, a union that has endorsed Mr. Sanders and that has been busing its members across the country to campaign
 * for him, also said"): the verb phrase is never the speaker, so a long appositive is the likelier reading.
 */
const VERB_PHRASE_REACH = 48;

/** Sentence adverbs that may open a sentence before an 'as' clause ("And, as X reported, ..."). */
const OPENING_ADVERBS: ReadonlySet<string> = new Set(["and", "but", "so", "yet", "still", "now", "of course", "after all", "to be sure", ...DISCOURSE_ADVERBS]);

/** Whether toks[0, c) is one sentence adverb (OPENING_ADVERBS) and toks[c] its comma. */
function adverbOpens(toks: readonly Token[], c: number): boolean {
  if (c < 1 || c > 4 || toks[c].text !== ",") return false;
  return OPENING_ADVERBS.has(lowerWords(toks, 0, c).join(" "));
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DAY_PART = /^(?:morning|afternoon|evening|night)$/;

/**
 * "issued a statement Wednesday saying ...", "sent an email on Tuesday night saying ...": the index of the message noun
 * before a weekday phrase (an optional "on", the weekday, an optional part of the day) that ends right before the
 * participle at i, when a verb sent that message (see messageVerb); else i - 1. Bounded: three words back at most.
 */
function messageDayBefore(toks: readonly Token[], i: number): number {
  let k = i - 1;
  if (k > 0 && DAY_PART.test(toks[k].lower)) k--;
  if (k < 1 || !WEEKDAY.test(toks[k].lower)) return i - 1;
  k--;
  if (k > 0 && toks[k].lower === "on") k--;
  return messageVerb(toks, k) > 0 ? k : i - 1;
}

export const VERB_RULES: readonly CueRule[] = [
  {
    id: "reported/participle",
    reason: "', saying (that) ...': the content follows a speech participle; the source is the sentence's subject",
    match(s, i) {
      const { toks } = s;
      if (!toks[i].lower.endsWith("ing") || i === 0) return null;
      const prev = toks[i - 1];
      // The subordinator that governs the participle ("after saying"), or -1; see subordinatorBefore.
      const sub = subordinatorBefore(toks, i);
      // "a statement saying ...", "voters saying they want ...": the noun phrase before is the source.
      // ("only saying", "so much saying": an adverb of the cue, no noun.)
      // ("sent an email Wednesday saying ...", "released a statement on Tuesday saying ...": the day the message went out
      // may stand between its noun and the participle; see messageDayBefore.)
      const nb = toks[i].lower === "saying" && sub < 0 ? messageDayBefore(toks, i) : i - 1;
      const np = toks[nb]!;
      const nounBefore = toks[i].lower === "saying" && sub < 0 && np.word && !np.cap && !AUX_ADVERBS.has(np.lower) && !CUE_ADVERBS.has(np.lower) && !degreeMuch(toks, nb, 0) && !/^(by|before|after|while|when|and|but|of|for|without|from|about|in|on|is|was|are|were|be|been|keep|kept|start|started|stop|stopped|began|begin|continue|continued|went|go|heard|hear|caught|quit|avoid|avoided)$/.test(np.lower);
      // "... a “bad earpiece,” claiming ...": American style puts the comma inside the closing mark.
      // ("…, eventually saying …", "…, then adding …": an adverb may stand between the comma and the participle.)
      let pc = i - 1;
      while (pc > 1 && !toks[pc].cap && ((AUX_ADVERBS.has(toks[pc].lower) && /(?:ly|^further|^then|^later|^also|^again)$/.test(toks[pc].lower)) || /^(?:only|merely)$/.test(toks[pc].lower))) pc--;
      const comma = toks[pc].text === "," || (/^(?:”|"|’|'')$/.test(toks[pc].text) && toks[pc - 1]?.text === ",");
      // "in saying that ...", "in addition to stating that ...", "aside from saying he ...": the participle is the
      // object of a preposition of manner or addition; its subject is the sentence's. (Not "instead of saying":
      // what follows was not said.)
      const p = prepositionBefore(toks, i);
      // "with 22 percent saying they would not support him", "with three in 10 saying ...": "with", a short noun
      // phrase and the participle (no comma between) is a clause whose subject is that noun phrase.
      const w = withSubject(toks, i);
      const quoted = prev.lower === "as" ? quotedAsSource(s, i) : null;
      if (!comma && p < 0 && sub < 0 && prev.lower !== "and" && !/^(—|–|--|-)$/.test(prev.text) && !nounBefore && w < 0 && !quoted) return null;
      const v = siteAt(s, i);
      if (!v) return null;
      // "After saying A, the man B": a fronted participle's content ends at the main clause's comma.
      // (Its source is the main clause's subject: a pronoun or capitalised words after that comma.)
      const fronted = (sub >= 0 && opensSentence(toks, sub)) || (p >= 0 && opensSentence(toks, p));
      // ("telling Sen. Lee, chairman of the committee, that ...", "saying in a letter dated May 3, that ...": an aside
      // after the listener or the verb, closed by a comma before "that", as after a finite cue; see thatAfterAside.)
      const aside = v.verb.frame === "ask" ? -1 : thatAfterAside(s, v.rest);
      let body = forwardContent(s, aside > 0 ? aside : v.rest, v.verb);
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
      // ("by denying him a first-ballot victory": see withheldFrom.)
      if (withheldFrom(toks, tokenAt(toks, body.start), v.verb.lemma)) return null;
      body = withoutDashGloss(s, body);
      // "The mayor, saying the levy was unfair, voted no": an aside between the subject and its verb ends at the comma
      // before that verb (see asideParticipleEnd).
      // ("Mr. Park, after saying he would not advertise, took to the airwaves": the same aside opened by a subordinator.)
      const subComma = sub > 0 && toks[sub - 1].text === "," ? sub - 1 : -1;
      if ((comma || subComma > 0) && !fronted && !nounBefore && w < 0 && p < 0) {
        const c = asideParticipleEnd(s, comma ? pc : subComma, body);
        if (c > 0) body = content(s, tokenAt(toks, body.start), c) ?? body;
      }
      // "X issued a statement saying ...", "She also sent a tweet saying ...", "X fired back a response saying
      // ...": the message is the means; the source is the subject of the verb that sent it.
      const sent = nounBefore ? messageVerb(toks, nb) : -1;
      const source = quoted ? quoted : w >= 0 ? { source: tokSpan(toks, w + 1, i), mention: headOf(toks, w + 1, i), role: null } : nounBefore ? ((sent > 0 ? subjectAt(s, auxStart(toks, sent, 0)) : null) ?? subjectBefore(toks, i, 0)) : fronted ? mainSubject : p >= 0 ? (clausePronounBefore(toks, p) ?? sentenceSubject(toks)) : ((comma ? saidAsideSource(toks, pc) : null) ?? laterClauseSource(toks, i) ?? sentenceSubject(toks));
      if ((nounBefore || w >= 0) && !source) return null;
      // (A participle may go without a source here: the attribution reads the clause's subject for itself.)
      const src = lonePreposition(toks, source) ? null : source;
      // ("in denying additional security requests", "instead of denying them care": after a preposition a
      // noun-phrase object is an act; only a reported clause is content.)
      if (p >= 0 && !fronted && !/^(?:that|whether|if|how|why|what|who)$/.test(toks[v.rest]?.lower ?? "") && !clauseIn(s, s.text.slice(body.start - s.span.start, body.end - s.span.start))) return null;
      // The clause test (the tagger) last: it is the costly one.
      if (!v.topic && !reportedClause(s, body, v.verb)) return null;
      // "The proportion of GOP voters saying they want a ban is as high as three-quarters": a participle on the noun that
      // opens the sentence (no comma, no verb before it) sits in the subject, and the main predicate follows its content.
      // (The tagger last: "Her posts include one last week saying ..." has its verb before the participle.)
      if (nounBefore && !comma && w < 0 && !quoted && src && opensSentence(toks, tokenAt(toks, src.source.start)) && subjectOnlyBefore(toks, i) && !clauseIn(s, s.text.slice(0, toks[i].start - s.span.start))) body = mainPredicateCut(s, body);
      // ("with 22 percent saying they would not support him, 20 percent ...": see pollAnswer.)
      body = pollAnswer(s, body, src);
      return { content: body, cue: cueSpanOf(s, v), source: src, to: v.to, forward: true };
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
      return { content: withoutRequestGloss(s, body, v.verb.lemma), cue: cueSpanOf(s, v), source, to: null, forward: true };
    },
  },
  {
    id: "reported/said-inverted-between",
    reason: "'A, said X, B.': an inverted attribution inside the reported sentence, between its subject and its predicate",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (!v || v.passive || v.cueStart !== v.vi || v.cueStart < 2 || toks[v.cueStart - 1].text !== "," || v.to) return null;
      if (v.verb.frame !== "say" || v.verb.form.endsWith("ing")) return null;
      const close = invertedSourceEnd(toks, v.rest);
      if (close < 0) return null;
      // (The source's head: up to its first comma; a who-clause after it is the source as written.)
      let h = v.rest;
      while (h < close && toks[h].text !== ",") h++;
      const head = sourceAfter(s, v.rest, h);
      const body = content(s, 0, forwardStop(s, close + 1));
      if (!head || !body) return null;
      const source = { source: tokSpan(toks, v.rest, close), mention: head.mention, role: head.role };
      return { content: withoutDashGloss(s, body), cue: cueSpanOf(s, v), source, to: null, forward: false };
    },
  },
  {
    id: "reported/said-inverted",
    reason: "'..., said X.': content first, then the verb, then the source",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (!v || v.passive || v.cueStart === 0 || toks[v.cueStart - 1].text !== ",") return null;
      // (A participle never inverts: in "…, claiming 41 percent of the vote" what follows is its object, not a source.)
      if (v.verb.frame !== "say" || v.verb.form.endsWith("ing")) return null;
      // ("…, had confirmed my faith in America", "…, decided to add the plank to the platform": an auxiliary or a
      // governing verb makes the verb phrase of a subject before the comma; an inverted attribution has the bare verb.)
      if (v.cueStart !== v.vi) return null;
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
      // (Nor after a pronoun: in "…, reported it to the F.B.I." the capital ends the object's phrase.)
      const titled = !first.cap && !PHRASE_PREPOSITIONS.has(first.lower) && !OBJECT_PRONOUN.test(first.lower) && h - tailStart <= 7 && toks[h - 1].cap && toks[h - 1].word;
      if (!first.cap && !DETERMINERS.has(first.lower) && !titled) return null;
      // "…, said a spokesman", "…, added a senior aide": only "say" and "add" invert before a plain common noun; after
      // another verb such a noun phrase is its object ("…, wrote a host of new songs for the album", "…, called for a
      // cultural war"), and the clause before the comma goes on through the verb.
      if (!first.cap && !titled && !PLAIN_INVERSION_LEMMAS.has(v.verb.lemma)) return null;
      if (first.lower === "that" || SPEECH_VERBS.has(first.lower)) return null;
      // ("Ann Lee, startled, said no.", "…, said so.": a lone answer word after the verb is what was said, its subject
      // before the comma, not a source after it.)
      if (end - tailStart === 1 && INVERTED_ANSWERS.test(first.lower)) return null;
      // Stop the source at a participle or relative tail (", referring to ...").
      let k = tailStart;
      while (k < end && !(toks[k].text === "," && k + 1 < end && NARRATION_AFTER_CUE.test(toks[k + 1].lower))) k++;
      // A named source may carry a long appositive ("said Ann Lee, a longtime adviser to the family who
      // runs the group's campaign to ..."); so may a short noun phrase with a relative clause on it ("said a handful of
      // Democrats who point to his strong relationships with organized labor and ...": see relativeTail).
      if (k - tailStart > (first.cap || relativeTail(toks, tailStart, h) ? 32 : 20)) return null;
      const headText = s.text.slice(toks[tailStart].start - s.span.start, toks[Math.min(h, k) - 1].end - s.span.start);
      const src = sourceAfter(s, tailStart, k);
      const body = content(s, 0, v.cueStart - 1);
      if (!src || !body || clauseIn(s, headText)) return null;
      // "Gov. Jane Roe, a Republican, stressed her record": a subject with its appositive is no content.
      if (!clauseIn(s, s.text.slice(body.start - s.span.start, body.end - s.span.start))) return null;
      // "A lacks in the looks department, said Howard, but her character does not make up for it": a clause joined
      // after the source's comma goes on with the account, as in reported/said-after.
      const nx = toks[k + 1];
      const nx2 = toks[k + 2];
      if (k < end && toks[k].text === "," && (nx?.lower === "and" || nx?.lower === "but") && nx2 && (SUBJECT_PRONOUNS.has(nx2.lower) || DETERMINERS.has(nx2.lower) || nx2.cap || AUX_START.test(nx2.lower))) {
        const whole = content(s, tokenAt(toks, body.start), forwardStop(s, k + 1));
        if (whole) return { content: whole, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false };
      }
      return { content: body, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false };
    },
  },
  {
    id: "reported/said-after",
    reason: "'..., X said.': the content comes before the source and its verb, with nothing after",
    match(s, i) {
      const v = siteAt(s, i);
      if (!v || v.passive || amountToSay(s.toks, v.cueStart)) return null;
      // "..., Gary Johnson told a joke.": what "told" takes there is the thing told, not a listener; the words
      // before are the scene, not a content.
      if (toldThingAt(s.toks, v, v.rest - 1)) return null;
      let src = subjectAt(s, v.cueStart);
      if (!src) return null;
      // "Residents said the water was unsafe, a claim the mayor's office denied.": the verb belongs to
      // a relative clause on the appositive noun, which is no source.
      const sa0 = tokenAt(s.toks, src.source.start);
      if (saidThingAt((m) => s.toks[m]?.lower, sa0) >= 0) return null;
      const k = v.rest;
      const tail = s.toks[k];
      // (After a fronted subordinate clause alone the main clause follows the attribution, whatever word opens it:
      // "If A, he observed this week, without tractors or cranes, then B" is reported/said-between's; unless a quotation
      // follows, which said-between leaves to the direct quotes: "While A, she added, revoking them would be “...”".)
      const ends = isEnd(s, k) || ((tail.text === "," || tail.text === "—" || tail.text === "--" || tail.text === ";") && k + 1 < s.toks.length && NARRATION_AFTER_CUE.test(s.toks[k + 1].lower) && !(tail.text === "," && frontedClauseOnly(s.toks, sa0 - 1) && !s.toks.some((t, m) => m > k && /^(?:“|"|'')$/.test(t.text)))) ||
        // "A, the former governor said this week — an apparent reversal of ...": after a dash, a noun phrase with
        // "a"/"an" is the reporter's gloss on the account (as after a comma in reported/said-between).
        ((tail.text === "—" || tail.text === "--" || tail.text === "–") && glossAfter(s.toks, k + 1)) ||
        occasionGerundToEnd(s, k) ||
        occasionPhraseToEnd(s, k);
      if (!ends) return null;
      // "..., teachers and union officials told POLITICO.", "..., current and former officials said.": the subject
      // walk stops at "and"; after a comma, a few words and "and"/"or" join the same subject.
      const sa = tokenAt(s.toks, src.source.start);
      if (sa > 2 && /^(?:and|or)$/.test(s.toks[sa - 1].lower)) {
        let m = sa - 2;
        while (m > 0 && sa - m <= 5 && s.toks[m].word && !CLAUSE_WORDS.has(s.toks[m].lower) && !SPEECH_VERBS.has(s.toks[m].lower)) m--;
        if (m > 0 && m < sa - 2 && s.toks[m].text === ",") src = { source: { start: s.toks[m + 1].start, end: src.source.end }, mention: src.mention, role: src.role };
      }
      const body = contentBefore(s, src.source.start);
      // "Sam Lau, the communications director for the party said in a statement.": a name alone before the comma, and a
      // common noun phrase after it, are the subject and its appositive whose closing comma was left out; no content.
      if (body && bareNameBefore(s, body, tokenAt(s.toks, src.source.start))) return null;
      const nx = s.toks[k + 1];
      const nx2 = s.toks[k + 2];
      // "Her eyes widened, he said, and she gripped his hands", "He had no record, the airline added,
      // and had passed all checks", "The emails covered many topics, the paper said, including
      // speeches": a clause, a verb phrase or a list joined after the attribution continues the
      // account, as in reported/said-between.
      const joined = (nx?.lower === "and" || nx?.lower === "but") && nx2 && (SUBJECT_PRONOUNS.has(nx2.lower) || DETERMINERS.has(nx2.lower) || nx2.cap || AUX_START.test(nx2.lower) || nx2.lower === "also");
      // ("A, the mayor said, but B, the union said": a clause closed by an attribution of its own is the other source's.)
      if (body && tail && tail.text === "," && (joined || nx?.lower === "including") && !closedByAttribution(s, k + 1)) {
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
      if (!v || v.passive || v.verb.frame === "ask") return null;
      // "A, as X noted in The Intercept.", "A, as HuffPost has noted before.": at the sentence's end the 'as'
      // clause vouches for what stands before its comma, as "as first reported by X" does (asReportedBy).
      if (toks[v.rest]?.text !== ",") return asClauseAtEnd(s, v);
      const src = subjectAt(s, v.cueStart);
      if (!src) return null;
      const a = tokenAt(toks, src.source.start);
      if (a < 1 || toks[a - 1].lower !== "as") return null;
      // ("A, and as X noted, B", "A, because as X wrote, B": after a comma and a conjunction the 'as' clause
      // opens the second clause and vouches for it, as it does at the sentence's start.)
      // ("And, as X reported, B", "However, as X has noted, B", "Of course, as X observed, B": a sentence adverb and
      // its comma before the 'as' clause open the sentence as well; the account is B.)
      const opens = opensSentence(toks, a - 1) || (a >= 3 && /^(?:and|but|so|yet|because|since)$/.test(toks[a - 2].lower) && toks[a - 3].text === ",") || adverbOpens(toks, a - 2);
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
      // ("A, he said; B": a semicolon after the attribution joins a second clause of the same account.)
      if (s.toks[k]?.text !== "," && s.toks[k]?.text !== ";") return null;
      const src = subjectAt(s, v.cueStart);
      if (!src) return null;
      const b = tokenAt(s.toks, src.source.start);
      if (b < 2 || s.toks[b - 1].text !== ",") return null;
      // "He now had a rally that night - and, he said, ...": the account starts after the reporter's dash.
      let a = 0;
      for (let m = 1; m < b - 3; m++) if (/^(-|—|–|--)$/.test(s.toks[m].text)) a = m + 1;
      // "... for purposes of asylum, Sanders said, a policy that could ...", "Clinton won the primary, the AP
      // declared on Thursday, two days after ...": an appositive or a count of time after the attribution is
      // the reporter's gloss on the clause before it, which is the whole account.
      const nx = s.toks[k + 1];
      if (nx && (glossAfter(s.toks, k + 1) || GLOSS_COUNT.test(nx.lower))) {
        const before = content(s, a, b - 1);
        return before ? { content: before, cue: cueSpanOf(s, v), source: src, to: v.to, forward: false } : null;
      }
      const whole = content(s, a, forwardStop(s, k + 1));
      // "Over the years, she said, email has helped her – although at the mention of email she laughed": the
      // reporter's gloss after a lone dash is no part of the account, as after a forward verb.
      return whole ? { content: withoutDashGloss(s, whole), cue: cueSpanOf(s, v), source: src, to: v.to, forward: false } : null;
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
    reason: "'X told the story of Y', 'tells the tale of how ...': what the story is about is the account's content; 'X told a joke', 'told a different tale': the joke or tale itself",
    match(s, i) {
      const { toks } = s;
      // A form of "tell", as the speech-verb lexicon lists them.
      if (SPEECH_VERBS.get(toks[i].lower)?.lemma !== "tell" || toks[i].cap) return null;
      if (!/^(?:the|a|an|one|another|his|her|their)$/.test(toks[i + 1]?.lower ?? "")) return null;
      // The noun "story" or "tale" within a few adjectives, then "of"; or a joke or tale with no "of".
      let k = i + 2;
      while (k < toks.length && k - i <= 5 && toks[k].word && !STORY_NOUNS.test(toks[k].lower)) k++;
      if (k >= toks.length || !STORY_NOUNS.test(toks[k].lower)) return null;
      const whole = TOLD_WORDS.test(toks[k].lower) && toks[k + 1]?.lower !== "of";
      if (!whole && (k >= toks.length - 2 || toks[k + 1].lower !== "of" || !OF_STORY_NOUNS.test(toks[k].lower) || !/^(?:the|a|his|her|their)$/.test(toks[i + 1].lower))) return null;
      const cueStart = auxStart(toks, i, 0);
      const prev = cueStart > 0 ? toks[cueStart - 1].lower : "";
      // (", telling the story of ...": a participle after a comma; its source is the sentence's subject.)
      // (Without the comma the teller is a noun phrase before it that the walks do not find: no source.)
      const participle = toks[i].lower === "telling";
      const source = participle ? (prev === "," ? sentenceSubject(toks) : null) : (subjectAt(s, cueStart) ?? (prev === "and" || prev === "but" ? sentenceSubject(toks) : null));
      if (!source && !participle) return null;
      if (whole) {
        // The joke or tale with its topic ("one joke about Trump"), up to the clause's end.
        const body = content(s, i + 1, toks[k + 1]?.lower === "about" ? forwardStop(s, k + 1, true) : k + 1);
        return body ? { content: body, cue: tokSpan(toks, cueStart, i + 1), source, to: null, forward: true } : null;
      }
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
      // "Trump tells so many lies that Clinton could lose track", "told jokes that fell flat": the object walk took a
      // thing told for the listener; the "that" after it opens a result or relative clause, not the content.
      if (toldThingAt(toks, v, v.after - 1)) return null;
      // A participle without subject is no finite cue; after a pronoun with "'s", "'re" or "'m" run into it
      // ("he's telling allies that ...", "they’re saying the plan is dead") it is the progressive.
      if (v.verb.form.endsWith("ing") && v.cueStart === i && !(i > 0 && PROGRESSIVE_SUBJECT.test(toks[i - 1].lower))) return null;
      if (v.cueStart > 0 && NOMINAL_DETERMINERS.has(toks[v.cueStart - 1].lower) && !(toks[v.cueStart - 1].lower === "another" && v.verb.lemma === "say")) return null; // "the reported deal"
      // "it's fair to say", "too soon to say whether": the writer's hedge, nobody's speech.
      if (v.cueStart > 1 && toks[v.cueStart - 1].lower === "to" && /^(fair|safe|hard|soon|early|difficult|easy|impossible|needless|suffice|enough|accurate|wrong|right|unfair|tough)$/.test(toks[v.cueStart - 2].lower)) return null;
      if (v.rest < toks.length && (toks[v.rest].lower === "to" || toks[v.rest].lower === "of") && v.verb.frame === "say" && v.verb.lemma === "say") return null;
      // "what she told to Congress": "to" with a name or a determiner after "told" opens the listener, not an infinitive.
      if (v.verb.lemma === "tell" && toks[v.rest]?.lower === "to" && (toks[v.rest + 1]?.cap || DETERMINERS.has(toks[v.rest + 1]?.lower ?? ""))) return null;
      if (v.verb.frame === "ask" && !v.objectInfinitive && (v.rest >= toks.length || !QUESTION_WORDS.has(toks[v.rest].lower)) && !questionAfterColon(s, v.rest) && questionNounAt(toks, v.rest) < 0) return null;
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
        // "Politico reported, according to sources in the meetings, Clinton tried ...", "The Post reported on Monday, based
        // on the delegate count, if Rubio wins ..., the nominee will ...": see sourcingAside. (The annotators keep the aside.)
        if (opens && v.verb.frame === "say" && sourcingAside(toks, rest + 1) > 0) {
          const body = forwardContent(s, rest + 1, v.verb);
          if (!body || !reportedClause(s, body, v.verb)) return null;
          return { content: body, cue: cueSpanOf(s, v), source: sa, to: v.to, forward: true };
        }
        if (!opens || v.verb.lemma !== "say" || !nx?.word || NARRATION_AFTER_CUE.test(nx.lower) || SPEECH_VERBS.has(nx.lower)) return null;
        rest++;
      }
      // "a probe the agency said was ongoing", "a list of countries he said had sent ...": a relative clause with no
      // pronoun (see zeroRelativeGap); the content runs from the noun phrase's determiner, the source inside it.
      const zero = zeroRelativeGap(s, v);
      if (zero) {
        // (It ends where the main clause goes on with a subject of its own: "…, and he wants his party to ...".)
        const cut = content(s, zero.start, forwardStop(s, v.rest));
        const whole = cut ? beforeNewSubject(s, cut) : null;
        const source = { source: tokSpan(toks, zero.subject, v.cueStart), mention: headOf(toks, zero.subject, v.cueStart), role: null };
        return whole ? { content: whole, cue: cueSpanOf(s, v), source, to: v.to, forward: true } : null;
      }
      // ("Smith, arguing that the levy was unfair, said ...": the subject walk would stop inside the aside.)
      // "Lee started the debate saying A -- having suggested in a speech that B": a perfect participle set off by a
      // comma or a dash has the sentence's subject; the walk back would take the clause before it.
      const perfectAside = toks[v.cueStart].lower === "having" && v.cueStart > 0 && (toks[v.cueStart - 1].text === "," || DASHES.has(toks[v.cueStart - 1].text));
      let src = perfectAside ? sentenceSubject(toks) : (participleAsideSubject(toks, v.cueStart) ?? subjectAt(s, v.cueStart));
      src = thenPredicateSubject(toks, v.cueStart, src) ?? src;
      // ("Fox, whose education was paid for because he participated in the program, said": a walk that stopped inside a
      // clause took its verb phrase; the sentence's first chunk is the subject, when it reads as one. Otherwise the
      // account stays, with the words the walk took.)
      // ("… and cast doubt on the rate, suggested …": the second verb phrase of a coordinated predicate; see conjunctPredicateSubject.)
      if (src && v.cueStart > 0 && toks[v.cueStart - 1].text === ",") src = conjunctPredicateSubject(s, src) ?? (verbPhraseSource(s, src) ? (frontSubject(toks, v.cueStart, false, VERB_PHRASE_REACH) ?? src) : src);
      // "he stood up to say", "voters are more likely … and to say": a source walked back through the
      // infinitive's marker is no subject; the sentence's subject speaks (or no one the sentence names).
      if (src && v.cueStart > 0 && toks[v.cueStart - 1].lower === "to" && src.source.end === toks[v.cueStart - 1].end) {
        // ("… likely to say A and to say B": the earlier infinitive's subject, see coordinatedInfinitiveSubject.)
        const subject = coordinatedInfinitiveSubject(s, v.cueStart) ?? controlledSubject(toks, v.cueStart) ?? sentenceSubject(toks);
        if (!subject) return null;
        // Coordinated with an earlier infinitive ("… too liberal and to say …"), the attribution
        // still starts at the marker, so the earlier account's content ends before it.
        src = toks[v.cueStart - 2]?.lower === "and" ? { source: src.source, mention: subject.mention, role: subject.role } : subject;
      }
      if (!src) {
        // "He called the actions lawful, and said ...": the subject of the first verb (also with a
        // time phrase before the second verb: "… but on Tuesday wrote").
        const prev = v.cueStart > 0 ? toks[v.cueStart - 1].lower : "";
        const lead = beforeTimePhrase(toks, 0, v.cueStart);
        const joiner = lead > 0 ? toks[lead - 1].lower : "";
        // "He asked the woman to raise her voice and say the word louder", "she had her staff field them and tell him
        // ...": a bare form after "and" cannot share a subject whose verb was in the past; it joins the infinitive
        // before it, inside the earlier account's content.
        if (joiner === "and" && v.cueStart === lead && v.cueStart === v.vi && v.verb.form === v.verb.lemma && pastBefore(toks, lead - 1)) return null;
        if (joiner === "and" || joiner === "but") src = relativeBeforeAnd(toks, lead - 1) ?? subordinateBeforeAnd(toks, lead - 1) ?? sentenceSubject(toks);
        else if (prev === "," || prev === ")") src = frontSubject(toks, v.cueStart);
        // "Jane Roe, host of NBC’s “Morning Talk,” suggested ...": a title in marks closes the appositive.
        else if (/^(?:”|")$/.test(prev) && toks[v.cueStart - 2]?.text === ",") src = frontSubject(toks, v.cueStart, true);
        if (!src) src = subjectAcrossMarks(s, v.cueStart);
        if (!src) return null;
      }
      let body = forwardContent(s, rest, v.verb, src !== null && (inSubordinate(toks, src.source.start, v.cueStart) || inFrontedClause(toks, v.cueStart)), negated(toks, v.cueStart, v.vi));
      if (!body) return null;
      // "told a crowd at Hamburger Mary's that spilled out onto the street", "said in a speech that drew cheers": see relativeOnPhrase.
      if (relativeOnPhrase(s, v, body)) return null;
      // "did not suggest it would be Trump", "denied Carter a photograph of unity": nothing said (see deniedSaying, withheldFrom).
      if ((v.verb.frame !== "ask" && deniedSaying(toks, v.cueStart, v.vi, toks[tokenAt(toks, body.start)])) || withheldFrom(toks, tokenAt(toks, body.start), v.verb.lemma)) return null;
      // "Everything Trump says is a lie", "A merger announced Monday would turn ...", "Figures reported on Sunday now suggest
      // ...", "Only time will tell if ...": see cueInSubject, participleOnSubject and timeWillTell.
      const sa0 = tokenAt(toks, src.source.start);
      if (cueInSubject(toks, sa0, rest, v.to !== null) || participleOnSubject(toks, sa0, src.source.end, v.cueStart, v.vi, v.after, v.verb.form, v.verb.lemma, v.to !== null) || timeWillTell(toks, v.cueStart, v.vi, v.verb.lemma)) return null;
      // "said she will not call on him to withdraw, but she has bristled at ...": see beforeNewSubject.
      body = beforeNewSubject(s, body);
      // "The governor, who endorsed Lee and said he would campaign with her, did not show up": see beforeSubjectPredicate.
      body = beforeSubjectPredicate(s, body, v.cueStart);
      // "called for a ban and praised the ruling", "said he makes $41,000 a year and questioned how ...", "said
      // it would meet them but would not offer details": "and"/"but" with a speech act in the past tense (or a
      // refusal, "would not ...") goes on with the speaker's next act; the content ends before it.
      body = beforeNextAct(s, body, lowerWords(toks, v.cueStart, v.vi).find((w) => /^(?:has|have|had)$/.test(w)) ?? null);
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
      // "double what Lee said she anticipated": a free relative is the account whole (see freeRelative).
      const free = freeRelative(s, v, src);
      if (free) return { content: free, cue: cueSpanOf(s, v), source: src, to: v.to, forward: true };
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
      if (notContent(s, body) || pronounToListener(s, body)) return null;
      if (!v.topic && !reportedClause(s, body, v.verb)) return null;
      body = withoutClosingOccasion(s, body);
      // "before he announced his presidential bid, but now Benford plans to caucus for him": see nounPhraseThenClause.
      body = nounPhraseThenClause(s, body);
      // "Voters who say the economy is most important were evenly divided": see beforeMainPredicate.
      body = beforeMainPredicate(s, body, tokenAt(toks, src.source.start));
      // "47 percent said they would vote for Clinton, however this time ...": see pollAnswer.
      body = pollAnswer(s, body, src);
      // "called upon X to restart surveillance of mosques, which the police began ...": see withoutRequestGloss.
      body = withoutRequestGloss(s, body, v.verb.lemma);
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
      const aux = lowerWords(toks, cueStart, i);
      if (aux.some((w) => PASSIVE_AUX.has(w))) return null; // "is called", "was called to testify"
      // "Others call it the nerd prom", "32% call themselves conservative", "X calls the state her home": the
      // bare present tense gives a standing label or a self-description, not something said on an occasion;
      // "critics would call them ..." is a hypothetical naming. (With "has", "will", "began to" it stays.)
      if ((/^calls?$/.test(toks[i].lower) && cueStart === i) || aux.some((w) => /^(?:would|might|could)$/.test(w))) return null;
      // ("with Lee repeatedly calling Diaz his friend": an adverb in -ly before the participle goes with the cue.)
      let pv = cueStart - 1;
      if (toks[i].lower === "calling") while (pv > 0 && i - pv <= 2 && toks[pv].word && !toks[pv].cap && toks[pv].lower.length > 4 && toks[pv].lower.endsWith("ly") && !LY_NOUNS.has(toks[pv].lower)) pv--;
      const prev = pv >= 0 ? toks[pv] : null;
      const cueFrom = pv + 1;
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
          let a = cueFrom - 1;
          while (a > 0 && cueFrom - a < 6 && toks[a - 1].word && toks[a - 1].cap && !CLAUSE_WORDS.has(toks[a - 1].lower)) a--;
          const sp = tokSpan(toks, a, cueFrom);
          const possessive = /[’']s$/.test(prev.lower);
          source = { source: sp, mention: possessive ? { start: sp.start, end: sp.end - 2 } : sp, role: null };
        }
      } else {
        source = subjectAt(s, cueStart);
        // "He spoke twice and called it a mistake": the sentence's subject.
        if (!source && prev && (prev.lower === "and" || prev.lower === "but")) source = sentenceSubject(toks);
        if (!source) return null;
        // "She said that X, who has called Y a hoax, would ...": a relative clause inside another account is left to it.
        // Standing in none ("drew praise from Lee, who called it a good first step", "the group, which has called the
        // levy a theft"), the relative pronoun is the source, as for any cue. ("that" stays out: as often a demonstrative.)
        // "what he called tribalism": the thing named is the relative's gap, not a predicate.
        const sa = tokenAt(toks, source.source.start);
        const relative = s.text.slice(source.mention.start - s.span.start, source.mention.end - s.span.start).toLowerCase();
        if (relative === "that" || ((relative === "who" || relative === "which") && accountBefore(toks, sa)) || (sa > 0 && /^(?:what|which|that|whom)$/.test(toks[sa - 1].lower))) return null;
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
      return body ? { content: body, cue: tokSpan(toks, toks[i].lower === "calling" ? cueFrom : cueStart, i + 1), source, to: null, forward: true } : null;
    },
  },
];

/** Whether a cue word stands before token k in the sentence: what follows may sit in that account's content. */
function accountBefore(toks: readonly Token[], k: number): boolean {
  for (let m = 0; m < k; m++) if (isTrigger(toks[m])) return true;
  return false;
}

/**
 * ", and the ACLU of Ohio has already sued the city over the rules, saying …", "while her main rival,
 * Bernie Sanders, has soared in the polls by saying …": a participle at the end of a later clause with a
 * subject and finite verb of its own goes with that subject, not the sentence's first one. Null when the
 * later clause has no subject of its own (", and then said …") or there is no such clause.
 */
function laterClauseSource(toks: readonly Token[], i: number): Source | null {
  for (let j = i - 2; j >= 1; j--) {
    const t = toks[j];
    if (t.text === ";" || t.text === ":" || t.text === "“" || t.text === '"') return null;
    // (After a comma: "While most rivals called for …, Trump hewed …, noting" opens with its subordinate clause.)
    const opens = (t.lower === "and" || t.lower === "but" || t.lower === "while" || t.lower === "whereas") && toks[j - 1].text === ",";
    if (!opens) continue;
    // ("…, but Wallace brought him back to …, asking": right after a name or a pronoun that opens the clause, a
    // lower-case word is its verb, irregular past forms included.)
    let nameEnd = j + 1;
    if (SUBJECT_PRONOUNS.has(toks[nameEnd]?.lower ?? "") && !/^(?:it|that|which|who)$/.test(toks[nameEnd].lower)) nameEnd++;
    else while (nameEnd < i && toks[nameEnd].word && toks[nameEnd].cap) nameEnd++;
    for (let k = j + 2; k < i; k++) {
      const v = toks[k];
      if (!v.word || v.cap) continue;
      const afterName = k === nameEnd && !PHRASE_PREPOSITIONS.has(v.lower) && !CLAUSE_WORDS.has(v.lower) && !DETERMINERS.has(v.lower) && !v.lower.endsWith("ing");
      if (!(afterName || FINITE_AUX.test(v.lower) || (v.lower.length > 4 && v.lower.endsWith("ed")))) continue;
      // "…, while most rivals called for …, Trump hewed to …, noting": a main clause after the later
      // clause (a comma, a name or pronoun, a finite verb) has the participle.
      for (let m = k + 1; m < i - 2; m++) {
        if (toks[m].text !== "," || !(toks[m + 1].cap || SUBJECT_PRONOUNS.has(toks[m + 1].lower))) continue;
        for (let n = m + 2; n < i; n++) if (toks[n].word && !toks[n].cap && (FINITE_AUX.test(toks[n].lower) || (toks[n].lower.length > 4 && toks[n].lower.endsWith("ed")))) return null;
      }
      return subjectBefore(toks, auxStart(toks, k, j + 1), j + 1);
    }
    return null;
  }
  return null;
}
