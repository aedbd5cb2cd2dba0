import { DETERMINERS, PHRASE_PREPOSITIONS, SUBJECT_PRONOUNS, TIME_WORDS } from "./reported-lexicon.js";
import { tag } from "./reported-nlp.js";
import { FINITE_AUX } from "./reported-source.js";
import { opensSentence } from "./reported-sentence.js";
import { type Token, joinedTexts } from "./reported-text.js";

/**
 * Readings of "X said ..." in which nothing is reported, for reported/verb-then-content.
 */

/**
 * "Everything Trump says is a lie unless proven otherwise", "A $2 billion merger announced Monday would turn the firm
 * into ...": the cue stands inside the sentence's subject (a relative clause with no pronoun, a participle on the
 * noun), so the finite auxiliary right after it is the main clause's verb, not the first word of a reported clause.
 * Only when the source opens the sentence and no listener or "that" comes between: "the same resolve she argues is
 * needed" (an object's relative clause) stays with reported/verb-then-content's zero-relative reading. `a` is the
 * source's first token, `rest` the first token after the cue and its adverbials.
 */
export function cueInSubject(toks: readonly Token[], a: number, rest: number, hasListener: boolean): boolean {
  if (hasListener || a < 0 || !opensSentence(toks, a)) return false;
  const t = toks[rest];
  return !!t && t.word && !t.cap && (FINITE_AUX.test(t.lower) || t.lower === "does" || t.lower === "did");
}

/** Adverbs that may stand between a subject and its finite verb ("Figures reported on Sunday now suggest ..."). */
const BEFORE_FINITE = /^(?:now|also|still|already|even|further|again)$/;

/**
 * "Figures reported on Sunday now suggest that ...", "Numbers reported in Ohio suggest ...", "The tally reported on
 * Friday shows ...": a past participle right after the sentence's subject (a common noun) modifies it; the finite verb
 * after its time or place phrase (prepositions, capitalised words, time words, an adverb) is the main clause's, so the
 * participle is no cue (the finite verb, if one of saying, is). The verb must agree with the noun (a plural noun with a
 * bare form, a singular one with an -s form): "Officials said Sunday marks the anniversary" has the day as the reported
 * clause's subject, and stays an account. A form in -ed counts only before "that" ("Results released Monday showed
 * that ..."; in "said Monday increased costs ..." it is an adjective). `a` is the source's first token, `sourceEnd` its end offset, `after`
 * the first token after the cue; bounded at seven tokens, the tagger last, on three words.
 */
export function participleOnSubject(toks: readonly Token[], a: number, sourceEnd: number, cueStart: number, vi: number, after: number, form: string, lemma: string, hasListener: boolean): boolean {
  if (hasListener || a < 0 || cueStart !== vi || cueStart - 1 < a || form === lemma || form.endsWith("ing") || form.endsWith("s") || !opensSentence(toks, a)) return false;
  const noun = toks[cueStart - 1];
  // (The noun ends the source the walk found: in "He announced A and vowed to ..." the word before the cue is "and".)
  if (!noun.word || noun.end !== sourceEnd || (noun.cap && cueStart - 1 !== a) || SUBJECT_PRONOUNS.has(noun.lower) || DETERMINERS.has(noun.lower)) return false;
  // (Capitalised words and "the" only inside a phrase a preposition opens: in "Aides said Obama will ..." and "said
  // Sunday the U.S. needs ..." the name opens the reported clause.)
  // ("the" right after a preposition, a capitalised word after it or after "the": "in the Bronx", "in New York".)
  let m = after;
  for (; m < toks.length && m - after < 7; m++) {
    const t = toks[m];
    const prev = toks[m - 1].lower;
    const named = m > after && (PHRASE_PREPOSITIONS.has(prev) || prev === "the" || (toks[m - 1].cap && !TIME_WORDS.has(prev)));
    if (!t.word || FINITE_AUX.test(t.lower)) break;
    if (PHRASE_PREPOSITIONS.has(t.lower) || (t.cap && TIME_WORDS.has(t.lower)) || BEFORE_FINITE.test(t.lower)) continue;
    if (t.lower === "the" ? !PHRASE_PREPOSITIONS.has(prev) : t.cap ? !named : !TIME_WORDS.has(t.lower)) break;
  }
  const f = toks[m];
  if (!f || !f.word || f.cap || SUBJECT_PRONOUNS.has(f.lower) || DETERMINERS.has(f.lower) || DETERMINERS.has(toks[m - 1].lower)) return false;
  if (FINITE_AUX.test(f.lower) || f.lower === "does" || f.lower === "did" || f.lower === "do") return true;
  if (f.lower.endsWith("ing") || f.lower.length < 3) return false;
  if (f.lower.endsWith("ed")) return toks[m + 1]?.lower === "that";
  const plural = noun.lower.endsWith("s") && !noun.lower.endsWith("ss");
  if (plural === (f.lower.endsWith("s") && !f.lower.endsWith("ss"))) return false;
  return tag(joinedTexts(toks, cueStart - 1, cueStart) + " " + joinedTexts(toks, m, Math.min(m + 2, toks.length)))[1]?.pos === "VERB";
}

/**
 * "Only time will tell if ...", "time will tell whether ...": an idiom for "we shall see"; nobody tells anything.
 * `cueStart` is the cue's first token (its auxiliary), `vi` the verb's.
 */
export function timeWillTell(toks: readonly Token[], cueStart: number, vi: number, lemma: string): boolean {
  return lemma === "tell" && vi > cueStart && cueStart > 0 && toks[cueStart - 1].lower === "time";
}

/**
 * Whether tokens [from, to) negate the verb they lead to: its auxiliaries and adverbs ("did not say",
 * "wouldn’t say", "have never said", "was never told"). The one test the cue rules share.
 */
export function negated(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(?:not|never)$|n[’']t$/.test(toks[k].lower)) return true;
  return false;
}

/** Question words after a denied verb of saying: the question left unanswered ("did not say who ..."). */
const LEFT_OPEN = /^(?:whether|if|how|why|what|who|whom|whose|when|where|which)$/;

/**
 * "did not suggest it would be Trump", "CNN didn't report that ...", "who did not explicitly say that he was not
 * qualified": a verb of saying denied with "do" tells that the words were not said; nothing is reported. A question
 * after it is the one left unanswered ("did not say who made the apology", "didn't say whether ..."), which PolNeAR
 * files as reported speech. "had not said that ...", "would not say ..." stay (a claim about an earlier account, a
 * refusal), and so does "never said" ("has never said she would support ...": the annotators keep the position it
 * denies; measured on PolNeAR train, the one such span was gold). `cueStart` is the cue's first token (its
 * auxiliaries), `vi` the verb's, `first` the content's first token.
 */
export function deniedSaying(toks: readonly Token[], cueStart: number, vi: number, first: Token | undefined): boolean {
  if (!first || LEFT_OPEN.test(first.lower)) return false;
  for (let k = cueStart; k < vi; k++) {
    const w = toks[k].lower;
    if (/^(?:did|does|do)n[’']t$/.test(w)) return true;
    if (w === "not" && k > cueStart && /^(?:did|does|do)$/.test(toks[k - 1].lower)) return true;
  }
  return false;
}

/** A person as the first object of "deny" ("denied him a hearing"); "her" is one only before the thing's determiner. */
const PERSON_OBJECT = /^(?:him|her|them|me|us)$/;
/** Determiners that open the thing withheld ("a hearing", "any role", "the nomination"). */
const WITHHELD_THING = /^(?:a|an|the|any|another|no)$/;

/**
 * "denying him a first-ballot victory", "denied Carter a final-night photograph of unity", "denied Merrick Garland, the
 * president's nominee, a hearing": "deny" with a person and then a thing is "withhold", no speech. `a` is the content's
 * first token. ("denied the charges", "denied her role", "denied Roe had anything to do with it": one object or a
 * clause is what was denied.)
 */
export function withheldFrom(toks: readonly Token[], a: number, lemma: string): boolean {
  if (lemma !== "deny" || a < 0 || a >= toks.length) return false;
  let k = a;
  if (PERSON_OBJECT.test(toks[k].lower)) k++;
  else {
    // A name of up to four words, then an appositive closed by a comma. ("denied Tuesday the charges ...": a day is
    // the verb's time, not a person.)
    if (TIME_WORDS.has(toks[k].lower)) return false;
    while (k < toks.length && k - a < 4 && toks[k].word && toks[k].cap) k++;
    if (k === a) return false;
    if (toks[k]?.text === ",") {
      let c = k + 1;
      while (c < toks.length && c - k <= 12 && toks[c].text !== ",") c++;
      if (toks[c]?.text !== ",") return false;
      k = c + 1;
    }
  }
  return WITHHELD_THING.test(toks[k]?.lower ?? "");
}

/** What a speaker "had" to say, as the object of the infinitive ("had little to say", "had nothing to say"). */
const SAID_AMOUNT = /^(?:little|nothing|much|more|less|something|anything|plenty)$/;

/**
 * "When reached by the AP, Lee had little to say.", "Asked about the pier, the mayor had nothing to say.": the amount
 * before "to" is all the infinitive takes; the words before the subject are the occasion, not an account. ("..., the
 * mayor went on to say." stays.) `cueStart` is the verb's first token.
 */
export function amountToSay(toks: readonly Token[], cueStart: number): boolean {
  return cueStart > 1 && toks[cueStart - 1].lower === "to" && SAID_AMOUNT.test(toks[cueStart - 2].lower);
}
