import { AUX_ADVERBS, BAD_CONTENT_START, CLAUSE_WORDS, DETERMINERS, PHRASE_PREPOSITIONS, SPEECH_VERBS, SUBJECT_PRONOUNS, TIME_WORDS } from "./reported-lexicon.js";
import { tag } from "./reported-nlp.js";
import type { Token } from "./reported-text.js";
import { forwardStop } from "./reported-content.js";
import { AUX_START, DASHES, type Sentence } from "./reported-sentence.js";

/**
 * Naming with a predicate ("called Trump a fascist", "called the actions lawful"): the object, the
 * predicate after it and where that ends, for reported/called-predicate.
 */

/**
 * The predicate after "called X" ends at narration: a comma before a clause word, a participle or a
 * verb (", after 55 percent said so", ", could be ..."), "and"/"before" with a verb ("and vowing to ..."),
 * or a bracket; otherwise where forward content would end.
 */
export function calledStop(s: Sentence, from: number): number {
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

/** "call" without a particle: a cue only with an object and a predicate (reported/called-predicate). */
export const CALL_FORMS: ReadonlySet<string> = new Set(["call", "calls", "called", "calling"]);
const OBJECT_SELF = /^(?:him|her|them|it|himself|herself|themselves|itself|me|us|you|myself|ourselves)$/;
/** Words after a/an that make it a quantity or a time, not a predicate noun ("called a dozen times"). */
const NOT_PREDICATE_AFTER_ARTICLE = /^(?:few|dozen|couple|number|lot|bit|second|third|day|week|month|year|while|minute|moment|meeting|halt|press|news|vote|cab|taxi|doctor|lawyer|friend|reporter|timeout|recess|session|hearing|election|strike)$/;

/**
 * After "called" at j: an object (a pronoun, or a short noun phrase) and then a predicate: a noun
 * phrase with "a"/"an" ("Trump a fascist", "climate change a hoax") or, after a pronoun, a bare word
 * that is no particle, preposition or adverb ("him divisive"). Returns the index where the content
 * may end from (the predicate's start), or -1.
 */
export function calledPredicateEnd(toks: readonly Token[], j: number): number {
  if (j >= toks.length || !toks[j].word) return -1;
  // ("calling Diaz his friend": a one-word name is a whole object, so a possessive right after it opens the predicate;
  // not a day, "called Monday his ...".)
  const namedObject = toks[j].cap && !TIME_WORDS.has(toks[j].lower) && !/[’']s$/.test(toks[j].lower);
  const isArticlePredicate = (m: number): boolean =>
    (toks[m].lower === "a" || toks[m].lower === "an" || ((m > j + 1 || namedObject) && /^(?:his|her|their|its|our|my)$/.test(toks[m].lower) && toks[m - 1].word && !PHRASE_PREPOSITIONS.has(toks[m - 1].lower) && !DETERMINERS.has(toks[m - 1].lower))) && m + 1 < toks.length && toks[m + 1].word &&
    // ("called a friend", "called a press conference": after an article these nouns are whom or what was called; after a
    // one-word name and a possessive, "calling Diaz his friend", the noun is the name's label.)
    (!NOT_PREDICATE_AFTER_ARTICLE.test(toks[m + 1].lower) || (m === j + 1 && namedObject && !/^an?$/.test(toks[m].lower)));
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
export function adjectivePredicate(s: Sentence, j: number): number {
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
