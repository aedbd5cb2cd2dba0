import type { Span } from "../model/index.js";
import { AUX_ADVERBS, CLAUSE_WORDS, DETERMINERS, GUARDED_VERBS, LY_NOUNS, NOMINAL_DETERMINERS, NOUN_LIKE_LEMMAS, PHRASE_PREPOSITIONS, SPEECH_PARTICIPLES, SPEECH_VERBS, SUBJECT_PRONOUNS, THAT_OR_END_LEMMAS, TIME_WORDS, TOPIC_PREPOSITIONS, type VerbEntry } from "./reported-lexicon.js";
import { listenerTail } from "./reported-listener.js";
import { FINITE_AUX, PRONOUN_AUX, auxStart, isTimeThat, listenerBeforePronoun, objectAfter, skipAdverbials } from "./reported-source.js";
import { type Token, lowerWords } from "./reported-text.js";
import { AUX_START, DASHES, PRONOUN_CONTRACTION, type Sentence, type VerbSite, tokSpan, verbFirst } from "./reported-sentence.js";
import { PLURAL_NOUN_FORMS } from "../model/speech-forms.js";

/**
 * The speech verb at a token and what stands around it: its auxiliaries, whether it is a verb at all
 * ("his claims"), its particle, its listener ("told reporters") and the phrases after it ("on Monday").
 */

/** `verbSite`, memoised on the sentence. */
export function siteAt(s: Sentence, vi: number): VerbSite | null {
  const memo = (s.sites ??= new Map());
  let v = memo.get(vi);
  if (v === undefined) memo.set(vi, (v = verbSite(s, vi)));
  return v;
}

const PARTICLES: Readonly<Record<string, string>> = { ask: "about", tell: "", say: "" };

export const QUESTION_WORDS = new Set(["whether", "if", "about", "how", "why", "what", "who", "when", "where", "which", "for", "to"]);

/** Words that open the noun phrase of a question put ("a question", "the same question", "several questions"). */
const QUESTION_NP_OPENERS = /^(?:a|an|the|this|that|one|another|several|two|three|some|many|more|his|her|their|pointed|tough|direct)$/;

/**
 * "asked Republicans a simple question: Who ...", "was asked a relatively straightforward question about police
 * violence", "Asked a direct question about this, ...": a noun phrase headed by "question(s)" within a few words of
 * its opener, with the question's topic ("about ...") or the question itself (after a colon) following. The noun
 * phrase and what follows are the question put (PolNeAR files them whole). Without "about" or a colon ("asked him a
 * question.", "asked a series of questions upon leaving") it reports no content. Returns the opener's index or -1.
 */
export function questionNounAt(toks: readonly Token[], k: number): number {
  if (k >= toks.length || !QUESTION_NP_OPENERS.test(toks[k].lower) || toks[k].cap) return -1;
  for (let m = k; m < toks.length - 1 && m - k <= 4; m++) {
    const t = toks[m];
    if (!t.word || (m > k && (t.cap || /^(?:a|an|the)$/.test(t.lower)))) return -1;
    if (t.lower === "question" || t.lower === "questions") return toks[m + 1].lower === "about" || toks[m + 1].text === ":" ? k : -1;
  }
  return -1;
}
export const PASSIVE_AUX = new Set(["is", "was", "were", "are", "been", "be", "being"]);
/** The negation run into an auxiliary ("isn't", "weren’t"). */
const NEGATION = /n[’']t$/;
const REFUSALS: ReadonlySet<string> = new Set(["declined", "declines", "refused", "refuses"]);
/** Verbs before "to" that make the speech act after them required, expected or wanted, not done (see verbSite). */
const UNDONE_BEFORE_TO: ReadonlySet<string> = new Set(["has", "have", "expected", "wants", "wanted"]);
/** Verbs of promising, meaning and planning before "to" and a speech verb (see verbSite). */
const INTENDED_BEFORE_TO = /^(?:promise[sd]?|vow(?:s|ed)?|plan(?:s|ned)?|intend(?:s|ed)?|hope[sd]?|aim(?:s|ed)?|threaten(?:s|ed)?)$/;
/** Lemmas whose -s form states a standing position rather than reports an act. */
const STANDING_PRESENT: ReadonlySet<string> = new Set(["urge", "vow", "promise", "boast"]);

/**
 * "She reports live from the field", "He's reported from every debate this cycle": "report" with "from" (or "live")
 * right after it gives the reporter's place, a journalist's work, not an utterance. Only a "that" within the next
 * twelve words, before a comma, makes it speech again ("reported from Cairo that the talks had failed").
 */
function reportingFrom(toks: readonly Token[], vi: number, verb: VerbEntry): boolean {
  if (verb.lemma !== "report") return false;
  const nx = toks[vi + 1]?.lower;
  if (nx !== "from" && !(nx === "live" && toks[vi + 2]?.lower === "from")) return false;
  for (let k = vi + 2; k < toks.length && k - vi <= 12 && toks[k].text !== ","; k++) if (toks[k].lower === "that") return false;
  return true;
}
/** Modals that make a speech verb's act possible or required rather than done. */
const HYPOTHETICAL_AUX = new Set(["can", "could", "may", "might", "must", "should", "shall", "cannot", "can’t", "can't", "couldn’t", "couldn't"]);
const FUTURE_AUX = new Set(["would", "will", "wo", "won’t", "won't", "wouldn’t", "wouldn't"]);

/**
 * A word that can open the clause after "that": a determiner, a subject pronoun, a capital, or a pronoun run
 * into its auxiliary ("warned Clinton that he'd be ...", "maintains that they're safe").
 */
const opensClause = (t: Token): boolean => DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || t.cap || PRONOUN_CONTRACTION.test(t.lower);

/**
 * A form of GUARDED_VERBS at vi in the one frame where it is a verb, or undefined: "that" and a clause opener right after it
 * ("states that the court ...", "states that courts should ...", not "states that vote" or "states that have"), and before it a subject pronoun ("It states",
 * "which states"; capitalised only where it opens the sentence), the comma, bracket or dash that closes an aside on the subject ("The code, written in 1950, states"), or
 * one manner adverb after such a word ("he proudly states"). A capital, a determiner, a number or a preposition before it
 * makes it the noun ("the states that", "15 states that", "Rust Belt states that", "in states that").
 */
function guardedVerb(toks: readonly Token[], vi: number): VerbEntry | undefined {
  const verb = GUARDED_VERBS.get(toks[vi].lower);
  if (!verb || toks[vi + 1]?.lower !== "that") return undefined;
  // (A bare plural opens the clause only with its auxiliary after it: "that courts should ...", not "that vote on ...".)
  const opener = toks[vi + 2];
  if (!opener?.word || AUX_START.test(opener.lower) || !(opensClause(opener) || AUX_START.test(toks[vi + 3]?.lower ?? ""))) return undefined;
  let p = vi - 1;
  if (p > 0 && toks[p].word && !toks[p].cap && toks[p].lower.length > 4 && toks[p].lower.endsWith("ly") && !LY_NOUNS.has(toks[p].lower)) p--;
  const prev = toks[p];
  if (!prev) return undefined;
  const subject = (prev.word && SUBJECT_PRONOUNS.has(prev.lower)) || prev.text === "," || prev.text === ")" || closesDashAside(toks, p);
  return subject ? verb : undefined;
}

function verbSite(s: Sentence, vi: number): VerbSite | null {
  const { toks } = s;
  const verb = SPEECH_VERBS.get(toks[vi].lower) ?? guardedVerb(toks, vi);
  // Capitalised forms are names or headline words ("United States", "Says"), not cues.
  if (!verb || toks[vi].cap) return null;
  if (verb.form.endsWith("ing") && !SPEECH_PARTICIPLES.has(verb.form)) return null;
  const cueStart = auxStart(toks, vi, 0);
  // (A guarded form has passed its own, narrower test: see guardedVerb.)
  if (!GUARDED_VERBS.has(toks[vi].lower) && !plausibleVerb(toks, vi, cueStart, verb)) return null;
  // "has long maintained that ...", "..., the doctor maintains.": see THAT_OR_END_LEMMAS.
  // (After "that" a subject must open the clause: "maintain that margin" is a demonstrative.)
  if (THAT_OR_END_LEMMAS.has(verb.lemma)) {
    const nx = toks[vi + 1]?.lower ?? ".";
    const subj = vi + 2 < toks.length ? toks[vi + 2] : undefined;
    if (nx === "that" ? !subj || !opensClause(subj) : !/^(?:,|\.|;)$/.test(nx)) return null;
  }
  const auxWords = lowerWords(toks, cueStart, vi);
  // ("aren't admitted until they are vetted", "wasn’t told": a negated "be" is passive too.)
  const passive = auxWords.some((w) => PASSIVE_AUX.has(w) || PASSIVE_AUX.has(w.replace(NEGATION, ""))) && (/ed$/.test(verb.form) || verb.form === "told" || verb.form === "said" || verb.form === "written");
  // "could declare", "must promise", "may recall", "would warn": a possible or required act, not one that
  // took place. "would"/"will" stay with say, tell and ask, where they report a refusal or a habit ("would
  // not say whether", "would only say that", "will tell you that"). (PolNeAR train: 5 of 26 such cues marked.)
  if (!passive && auxWords.some((w) => HYPOTHETICAL_AUX.has(w) || (FUTURE_AUX.has(w) && verb.frame === "say" && verb.lemma !== "say"))) return null;
  // "declined to say whether ...", "refused to admit that ...": what follows is exactly what was not said.
  if (auxWords.some((w) => REFUSALS.has(w))) return null;
  // "has to remind", "is expected to argue", "would have to tell", "wants to tell": an act required, expected or
  // wanted has not taken place. ("had to explain" was done; "went on to say", "used to say" report speech.)
  if (auxWords.some((w, k) => w === "to" && k > 0 && UNDONE_BEFORE_TO.has(auxWords[k - 1]!))) return null;
  // "promises to immediately declare", "intended to say that ...", "plans to tell": promised, meant or planned, so its
  // words are not (or were not) said. (These verbs stay out of the cue: the walk stops at their "to".)
  if (cueStart >= 2 && toks[cueStart - 1].lower === "to" && INTENDED_BEFORE_TO.test(toks[cueStart - 2].lower)) return null;
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
  if (reportingFrom(toks, vi, verb)) return null;
  if (verb.particles) {
    // "called for", "pointed out": without its particle the verb is no speech cue ("called 911").
    // A time phrase may come between ("called Friday for ...").
    if (j < toks.length && !verb.particles.includes(toks[j].lower) && !passive) {
      const k = skipAdverbials(toks, j, toks.length);
      if (k > j && k < toks.length && (verb.particles.includes(toks[k].lower) || demandInfinitive(toks, k, verb))) j = k;
    }
    // "called to ban X": the infinitive is the demand, content from its "to" (as "vowed to ..."); see demandInfinitive.
    if (!passive && demandInfinitive(toks, j, verb)) return { verb, vi, cueStart, after: j, to: null, rest: j, passive, objectInfinitive: false, topic: false };
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
  // ("said first to reporters that ...", "explained privately to donors why ...": see adverbBeforeTo.)
  const j0 = j;
  const tj = verb.frame === "say" && !passive && !topic ? adverbBeforeTo(toks, j) : j;
  if (verb.frame === "say" && !passive && !topic && toks[tj]?.lower === "to" && tj + 1 < toks.length && toks[tj + 1].word) {
    j = tj;
    let k = j + 1;
    while (k < toks.length && k - j <= 8 && (toks[k].word || /^[’'.&-]$/.test(toks[k].text)) && toks[k].lower !== "that" && toks[k].lower !== "why") k++;
    if (k > j + 1 && k < toks.length && k - j <= 8 && (toks[k].lower === "that" || toks[k].lower === "why") && !isTimeThat(toks, k) && (!verbFirst(toks[k + 1]) || GERUND.test(toks[k + 1].lower)) && !AUX_START.test(toks[k + 1]?.lower ?? "")) {
      to = tokSpan(toks, j + 1, k);
      j = k;
    } else j = j0;
  }
  if (verb.frame === "tell" && !passive) {
    let k = objectAfter(toks, j, toks.length);
    // ("told CNN anchor Jake Tapper he ...": the listener runs on to the content's pronoun; see listenerBeforePronoun.)
    const p = listenerBeforePronoun(toks, j, k, toks.length);
    if (p > j) k = p;
    // ("told Britain's ITV television station in ...", "told police officials that ...": see listenerTail.)
    else k = listenerTail(toks, j, k);
    if (k > j) to = tokSpan(toks, j, k);
    j = k;
  } else if (LISTENER_LEMMAS.has(verb.lemma) && !passive && !topic && j < toks.length && toks[j].lower !== "that") {
    // "warned voters that ...", "promised supporters that ...": a listener, but only before "that".
    const k = objectAfter(toks, j, toks.length);
    // (After "that" a subject must follow: "cautioned Korea to refrain from actions that would ..." is a relative.)
    const subj = toks[k + 1];
    if (k > j && k < toks.length && toks[k].lower === "that" && subj && opensClause(subj)) {
      to = tokSpan(toks, j, k);
      j = k;
    }
  } else if (verb.frame === "ask" && !passive && j < toks.length && !QUESTION_WORDS.has(toks[j].lower) && questionNounAt(toks, j) < 0) {
    // "asked Clinton on Friday whether ...": the listener, then time phrases, then the question.
    let k = objectAfter(toks, j, toks.length);
    // "asked the candidates a simple question: ...": a short listener, then the question's noun phrase (questionNounAt),
    // which the object walk may have run into.
    for (let m = j + 1; m < toks.length && m - j <= 6 && toks[m - 1].word && !CLAUSE_WORDS.has(toks[m - 1].lower); m++) {
      if (questionNounAt(toks, m) >= 0) {
        k = m;
        break;
      }
    }
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
    } else if (k > j && q < toks.length && (QUESTION_WORDS.has(toks[q].lower) || (q === k && questionNounAt(toks, q) >= 0))) {
      // ("asked Republicans a simple question: ...": the listener, then the question's noun phrase.)
      to = tokSpan(toks, j, k);
      j = k;
    }
  }
  const rest = skipAdverbials(toks, j, toks.length);
  return { verb, vi, cueStart, after: j, to, rest: topic ? j : rest, passive, objectInfinitive, topic };
}

/**
 * "said first to reporters that ...", "explained privately to donors why ...", "complained again to the board that
 * ...": one adverb of order, time or manner between the verb and the "to" of its listener (AUX_ADVERBS, or a word
 * in -ly that is no noun); the index of that "to", else j. (Whether a listener and "that" follow is the caller's test.)
 */
function adverbBeforeTo(toks: readonly Token[], j: number): number {
  const t = toks[j];
  if (!t?.word || t.cap || toks[j + 1]?.lower !== "to") return j;
  const adverb = AUX_ADVERBS.has(t.lower) ? !FINITE_AUX.test(t.lower) && !/^(?:not|never|n't|all|both|each|long)$/.test(t.lower) : t.lower.length > 4 && t.lower.endsWith("ly") && !LY_NOUNS.has(t.lower);
  return adverb ? j + 1 : j;
}

/**
 * End of a short noun phrase (of-phrases included) followed by "to" and a verb ("asked readers to guess"), or j.
 * A list of names ("asked Mills, Sullivan and Abedin to search ...") and a relative clause or appositive set off
 * by commas on the listener ("asked Kasich, who is fourth in the count, to lay out ...") are part of it.
 */
function listenerBeforeTo(toks: readonly Token[], j: number): number {
  for (let k = j; k < toks.length - 1 && k - j <= 8; k++) {
    const t = toks[k];
    if (k > j && t.lower === "to") return infinitiveAt(toks, k) ? k : j;
    if (k > j && (t.text === "," || t.lower === "and") && toks[k - 1].cap && toks[k - 1].word && toks[k + 1].cap && toks[k + 1].word) continue;
    if (k > j && t.text === "," && /^(?:who|a|an)$/.test(toks[k + 1].lower)) {
      const c = asideEnd(toks, k + 1);
      return c > 0 && toks[c + 1]?.lower === "to" && infinitiveAt(toks, c + 1) ? c + 1 : j;
    }
    if (!t.word || (CLAUSE_WORDS.has(t.lower) && t.lower !== "that") || (PHRASE_PREPOSITIONS.has(t.lower) && t.lower !== "of") || AUX_START.test(t.lower) || TIME_WORDS.has(t.lower) || (k > j && t.lower === "that")) return j;
    if (SUBJECT_PRONOUNS.has(t.lower) && !/^(?:it|you)$/.test(t.lower)) return j;
  }
  return j;
}

/** "to" at k with a verb after it ("to lay out"), not a gerund ("to making"). */
const infinitiveAt = (toks: readonly Token[], k: number): boolean => verbFirst(toks[k + 1]) && !toks[k + 1].lower.endsWith("ing");

/**
 * "called to ban Muslims from entering", "has vocally called to reject Trump": a phrasal cue of demand (INFINITIVE_PARTICLE_LEMMAS)
 * with "to" and a verb at k is the demand itself, as "called for a ban" is (PolNeAR train: all 3 such verbs marked, from "to").
 * Not "called to say ...", "called to ask ...": a phone call whose own speech verb reports what was said.
 */
function demandInfinitive(toks: readonly Token[], k: number, verb: VerbEntry): boolean {
  if (!INFINITIVE_PARTICLE_LEMMAS.has(verb.lemma) || toks[k]?.lower !== "to" || !toks[k + 1]?.word || toks[k + 1].cap || !infinitiveAt(toks, k)) return false;
  return !SPEECH_VERBS.has(toks[k + 1].lower) && !SUMMONED_TO.test(toks[k + 1].lower);
}
/**
 * After "called to", words of a summons or an idiom, not a demand: "called to mind", "called to order", "called to account",
 * "called to arms", "called to jury duty", "(members,) called to service", "called to testify".
 */
const SUMMONED_TO = /^(?:mind|order|account|arms|jury|duty|service|serve|action|attention|testify|appear|court|office|task|witness)$/;
/** Phrasal cues that also take their demand as an infinitive after "to" ("called to ban ..."). */
const INFINITIVE_PARTICLE_LEMMAS: ReadonlySet<string> = new Set(["call"]);

/** The comma that closes an aside opened at token a, within 16 tokens and before any other stop, or -1. */
function asideEnd(toks: readonly Token[], a: number): number {
  for (let c = a + 1; c < toks.length - 1 && c - a <= 16; c++) {
    const t = toks[c].text;
    if (t === ",") return c;
    if (t === "." || t === ";" || t === ":" || t === "(" || t === ")" || DASHES.has(t) || t === "“" || t === '"') return -1;
    if (toks[c].word && SPEECH_VERBS.has(toks[c].lower)) return -1;
  }
  return -1;
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

/** "say"-frame verbs that may take a listener before "that" ("warned voters that ..."). */
const LISTENER_LEMMAS: ReadonlySet<string> = new Set(["warn", "promise"]);

const PLURAL_SUBJECTS = new Set(["i", "we", "they", "you", "who", "which", "that", "people", "others"]);

/** Verbs that a plural noun takes right after it ("reports show", "claims were", "reports say"); never a speech verb's content. */
const PLURAL_PREDICATE = /^(?:show|showed|suggest|suggested|indicate|indicated|say|said|were|are|have|had)$/;

/** Whether a form that could be a noun ("claims", "report", "say") is used as a verb here. */
function plausibleVerb(toks: readonly Token[], vi: number, cueStart: number, verb: VerbEntry): boolean {
  const prev = cueStart > 0 ? toks[cueStart - 1] : null;
  // "the reported deal", "his claims" (but "he’s said" is a pronoun and its auxiliary)
  // ("another says ...": "another" stands alone as a subject before "says", never a noun.)
  const alone = prev?.lower === "another" && (verb.form === "says" || verb.form === "said");
  // ("It's been reported that ...", "that's been said": a pronoun run into its auxiliary is no possessive.)
  if (prev && !alone && (NOMINAL_DETERMINERS.has(prev.lower) || (/[’']s$/.test(prev.lower) && !PRONOUN_AUX.test(prev.lower) && !CONTRACTED_AUX.test(prev.lower)))) return false;
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
  // "FEC reports show that ...", "Media reports say ...", "his claims were false": an -s form that is also a plural
  // noun, followed by a verb a plural subject takes, is that subject (after a pronoun it is the verb: "what he claims are lies").
  if (PLURAL_NOUN_FORMS.has(verb.form) && PLURAL_PREDICATE.test(toks[vi + 1]?.lower ?? "") && !toks[vi + 1].cap && !SUBJECT_PRONOUNS.has(prev.lower)) return false;
  // ("Byrne — a former officer — claims that ...", "Byrne — who was posted at the door for three years — states that ...":
  // a dash that closes an aside on the subject, as for "says" above.)
  if (NOUN_LIKE_LEMMAS.has(verb.lemma)) return prev.cap || SUBJECT_PRONOUNS.has(prev.lower) || prev.text === "," || prev.text === ")" || closesDashAside(toks, cueStart - 1) || nounSubjectBefore(toks, vi) || closingVerb(toks, vi) ||
    ((prev.lower === "and" || prev.lower === "but") && toks[vi + 1]?.lower === "that") ||
    (prev.word && !PLURAL_NOUN_FORMS.has(verb.form) && !PHRASE_PREPOSITIONS.has(prev.lower) && (toks[vi + 1]?.lower === "that" || verbAfterNoun(toks, vi)));
  return prev.word || closesDashAside(toks, cueStart - 1);
}

/** "it's", "that's", "there's": a pronoun with "is"/"has" run into it (PRONOUN_AUX holds the personal ones). */
const CONTRACTED_AUX = /^(?:it|that|there)[’']s$/;

/**
 * "A, the doctor maintains.", "A, the lawsuit alleges.", "A, the editorial board writes.": an -s form that is never a
 * plural noun ("maintains", "alleges", not "reports" or "claims"), right after a common noun and closing its sentence,
 * is the verb of a subject after a comma: a noun phrase ends "A, the …" only in an attribution. (A plural noun there
 * would need a verb of its own: "A, despite the new claims." has none.) The subject walk still has to find a source.
 */
function closingVerb(toks: readonly Token[], vi: number): boolean {
  if (PLURAL_NOUN_FORMS.has(toks[vi].lower)) return false;
  const prev = toks[vi - 1];
  if (!prev?.word || CLAUSE_WORDS.has(prev.lower) || AUX_ADVERBS.has(prev.lower) || PHRASE_PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower)) return false;
  const next = toks[vi + 1];
  if (next && !/^[.!?]$/.test(next.text)) return false;
  // The subject opens after a comma, with a determiner or a possessive, within a few words.
  for (let k = vi - 2; k >= 1 && vi - k <= 8; k--) {
    const t = toks[k];
    if (!t.word && !/^[’']$/.test(t.text)) return false;
    if ((NOMINAL_DETERMINERS.has(t.lower) || /[’']s$/.test(t.lower)) && toks[k - 1].text === ",") return true;
  }
  return false;
}

/**
 * "The mayor suggests voters might cross party lines", "Lee's research suggests moderates could ...": an -s form that
 * is never a plural noun ("suggests", "argues", "insists") right after a common noun that ends a noun phrase (a
 * determiner or a possessive before it) is the verb, when a word follows it. (Without the determiner, "a study
 * suggests" and "ratings data suggests" alike, the form is as often inside a headline or a list.)
 */
function verbAfterNoun(toks: readonly Token[], vi: number): boolean {
  const prev = toks[vi - 1];
  const next = toks[vi + 1];
  if (!next?.word || !prev.word || CLAUSE_WORDS.has(prev.lower) || AUX_ADVERBS.has(prev.lower)) return false;
  return determinerOpens(toks, vi);
}

/** A determiner or possessive within three words before the noun at vi - 1 opens its noun phrase ("the new poll", "Lee's research"). */
function determinerOpens(toks: readonly Token[], vi: number): boolean {
  for (let k = vi - 2; k >= 0 && vi - k <= 4; k--) {
    const t = toks[k];
    if (!t.word) return false;
    if (NOMINAL_DETERMINERS.has(t.lower) || /[’']s$/.test(t.lower)) return true;
    if (CLAUSE_WORDS.has(t.lower) || PHRASE_PREPOSITIONS.has(t.lower)) return false;
  }
  return false;
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
  return determinerOpens(toks, vi);
}

export function cueSpanOf(s: Sentence, v: VerbSite): Span {
  return tokSpan(s.toks, v.cueStart, Math.max(v.vi + 1, v.to || v.verb.particles || v.topic ? v.after : v.vi + 1));
}

/** A gerund ("linking him to X was unfair") may open a clause as its subject. */
const GERUND = /^[a-z]{2,}ing$/;

/**
 * Verbs whose passive subject is the thing said ("The deal was first reported by ..."). (Not "deny": "the request
 * was denied" is a refusal, and "the charges were denied" gives what was disputed, not what was said.)
 */
export const PASSIVE_SUBJECT_LEMMAS: ReadonlySet<string> = new Set(["report", "announce", "confirm", "disclose", "note", "claim"]);
