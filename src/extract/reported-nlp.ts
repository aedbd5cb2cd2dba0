import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";
import { taggerModel } from "./tagger-model.js";

/**
 * Part-of-speech tags from wink-nlp, used only on the few short stretches where word lists cannot
 * tell a noun phrase from a clause ("according to X, a member of ..., the regime tried ...").
 * Loaded on first use so that articles without such stretches never pay for the model: the
 * packages too, not only the model's reading (their import was 75 ms of start-up, and half of the
 * PolNeAR files never ask the tagger). Both are CommonJS: require gives what import gave.
 */
type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function load(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    // The package's model without its defensive copy (see tagger-model.ts): one instance a process.
    nlp = (require("wink-nlp") as typeof winkNLP)(taggerModel(), ["pos"]);
  }
  return nlp;
}

/** The tokens of `text` and the universal POS tag of each, read off one collection of the document. */
function tagged(text: string): { words: string[]; pos: string[] } {
  const n = load();
  const tokens = n.readDoc(text).tokens();
  return { words: tokens.out() as string[], pos: tokens.out(n.its.pos) as string[] };
}

/** Universal POS tag of each token, with the token text. */
export function tag(text: string): { text: string; pos: string }[] {
  const { words, pos } = tagged(text);
  // (Pushed, not words.map: one packed array whatever V8 has optimised, see lowerWords.)
  const out: { text: string; pos: string }[] = [];
  for (let i = 0; i < words.length; i++) out.push({ text: words[i]!, pos: pos[i] ?? "X" });
  return out;
}

const UPPER_START = /^\p{Lu}/u;

/** Past forms that are the bare verb and can pass for nouns ("citizens cast votes", "officials cut programs"). */
const BARE_PAST = new Set(["cast", "cut", "put", "set", "hit", "hurt", "spread", "shut", "split", "quit"]);

const RELATIVE = new Set(["who", "which", "that", "whose", "whom"]);

/** Determiners that open a time phrase ("this year", "every spring"), not a verb's object (see isClauseByTagger). */
const TIME_DETERMINERS: ReadonlySet<string> = new Set(["this", "that", "these", "last", "next", "every", "each"]);

/**
 * Whether a stretch of text is a clause (has a finite verb of its own) rather than a noun phrase.
 * Verbs inside a relative clause ("an official who was not authorized") and -ing forms
 * ("a monitor tracking the war") do not count. A relative clause ends at a comma, or where a second
 * verb follows a noun after its own verb ("women who have abortions are victims"). A capitalised
 * word is a name whatever the tagger says ("Cook provided a statement": not the verb "cook").
 */
export function isClause(text: string): boolean {
  return clauseByWords(text) ?? isClauseByTagger(text);
}

/**
 * Words the tagger never reads as a verb or auxiliary (over every sentence of the PolNeAR news text it
 * gives them DET, PRON, ADP, ADV, SCONJ, CCONJ or PART only): determiners, possessives, prepositions
 * and conjunctions.
 */
const NEVER_VERB: ReadonlySet<string> = new Set([
  "a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
  "of", "in", "on", "at", "for", "with", "from", "by", "to", "about", "into", "onto", "over", "under", "between", "among",
  "against", "across", "after", "before", "during", "since", "through", "toward", "towards", "within", "without", "along",
  "and", "or", "but", "nor", "as", "than", "per", "via",
]);

/** A capitalised word ("Mr.", "U.S.", "O'Malley", "North-Rhine"): no piece of it starts lower-case. */
const NAME_WORD = /^\p{Lu}[\p{L}.]*(?:[-’']\p{Lu}[\p{L}.]*)*$/u;
const NUMBER_WORD = /^\$?\d[\d,.]*%?$/;
/** A lower-case -ing word: `isClauseByTagger` never counts it as a verb, whatever its tag. */
const ING_WORD = /^\p{Ll}+ing$/u;
const PURE_WORD = /^\p{L}+$/u;
const DASH_WORD = /^(?:-|--|–|—)$/;
const PUNCT_WORD = /^[,;:.()“”"]+$/u;
/** Brackets and quotes before a word, and those and clause punctuation after it: their own tokens. */
const LEADING_CHARS = "(“\"‘";
const TRAILING_CHARS = ")”\"’,;:.";

/**
 * Finite forms that are only ever verbs or auxiliaries (the tagger gives them nothing else over PolNeAR).
 * "will", "can", "might" and "must" are also nouns ("the American will", "military might"): those
 * count only right after a subject pronoun. A negated form is one word here ("doesn’t"), two tokens to
 * the tagger ("does" "n’t", "ca" "n’t").
 */
const FINITE_ONLY: ReadonlySet<string> = new Set(["is", "are", "was", "were", "has", "have", "had", "would", "could", "should", "may", "does", "did", "do"]);
const FINITE_NEGATED = /^(?:is|are|was|were|has|have|had|would|could|should|does|did|do|ca|wo)n[’']t$/;
const MODAL_NOUN: ReadonlySet<string> = new Set(["will", "can", "might", "must"]);
/**
 * Irregular past forms the tagger reads only as verbs (over PolNeAR; "said", "found", "sent", "won" and
 * "paid" are left out: it reads a few as nouns or adjectives). They count right after a name or a
 * subject pronoun ("Jane Doe took", "they wrote").
 */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(["became", "began", "broke", "brought", "built", "came", "chose", "fell", "gave", "heard", "kept", "knew", "made", "met", "ran", "sought", "spent", "struck", "told", "took", "went", "wrote"]);
const SUBJECT_PRONOUN: ReadonlySet<string> = new Set(["he", "she", "we", "they", "it", "you"]);
/** Pronouns the tagger always calls PRON (a nominal to `isClauseByTagger`), possessives included. */
const PRONOUN: ReadonlySet<string> = new Set(["he", "she", "we", "they", "it", "you", "his", "her", "its", "their", "our", "my", "your"]);
/** "they’re", "we’ll", "he’d": an auxiliary after its subject. ("he’s" is left out: the tagger sometimes reads it as a possessive.) */
const PRONOUN_AUX = /^(?:he|she|we|they|it|you)[’'](?:re|ve|ll|d)$/i;
/** A relative pronoun (not inside a longer word): it could open a relative clause, whose verbs do not count. */
const RELATIVE_WORD = /(?<!\p{L})(?:who|which|that|whose|whom)(?!\p{L})/giu;

/**
 * `isClauseByTagger`'s answer where words alone settle it, else undefined. The stretch is a noun phrase
 * when no word after its first can be a verb: a capital is a name whatever the tagger says, and numbers,
 * determiners, prepositions, conjunctions and -ing words never count as verbs ("Mark Smith", "several of
 * the 40 members in Ohio"). (The first word never counts: a verb must follow a nominal.) It is a clause
 * when, before any relative pronoun, a finite auxiliary follows a nominal the tagger cannot miss (a
 * capital, a number or a pronoun: "Jane Doe was", "their plan would", "she can"). Checked against the
 * tagger on every stretch the rules asked about over PolNeAR train and dev.
 */
export function clauseByWords(text: string): boolean | undefined {
  // One pass over the words, two questions: is every word after the first a non-verb (phrase), and
  // does a finite auxiliary follow a sure nominal before any relative pronoun (open)?
  RELATIVE_WORD.lastIndex = 0;
  const relative = RELATIVE_WORD.exec(text)?.index ?? text.length;
  let phrase = true;
  let nominal = false;
  let afterSubject = false;
  let afterName = false;
  let first = true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const core = unwrapped(word);
    const open = m.index + word.length <= relative;
    if (open) {
      // (The auxiliary stands alone: "was," or "“would" are left to the tagger.)
      const bare = core === word;
      if (bare && ((nominal && (FINITE_ONLY.has(word) || FINITE_NEGATED.test(word))) || (afterSubject && MODAL_NOUN.has(word)) || (afterName && IRREGULAR_PAST.has(word)) || PRONOUN_AUX.test(word))) return true;
      afterSubject = bare && SUBJECT_PRONOUN.has(word);
      afterName = bare && (afterSubject || NAME_WORD.test(word));
      if (PRONOUN.has(core) || NAME_WORD.test(core) || numberWord(core)) nominal = true;
    }
    // ("cannot", the one run of letters the tagger splits, leaves "not": no verb either.)
    if (phrase && !(first && PURE_WORD.test(word)) && !(NEVER_VERB.has(core) || NAME_WORD.test(core) || numberWord(core) || ingWord(core) || DASH_WORD.test(word) || PUNCT_WORD.test(word))) phrase = false;
    first = false;
    if (!phrase && !open) return undefined;
  }
  return phrase ? false : undefined;
}

function numberWord(w: string): boolean {
  // (An empty word, all brackets and quotes, is none: charCodeAt out of bounds deoptimised this once a run.)
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  return ((c >= 48 && c <= 57) || c === 36) && NUMBER_WORD.test(w);
}

function ingWord(w: string): boolean {
  return w.endsWith("ing") && ING_WORD.test(w);
}

const WORD = /\S+/g;

/** The word without the brackets and quotes before it and the brackets, quotes and clause punctuation after it. */
function unwrapped(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && LEADING_CHARS.includes(word[a]!)) a++;
  while (b > a && TRAILING_CHARS.includes(word[b - 1]!)) b--;
  return a === 0 && b === word.length ? word : word.slice(a, b);
}

/** `isClause` read off the tagger's parts of speech. */
export function isClauseByTagger(text: string): boolean {
  // The tagger's arrays as they come (no object per token); each word's capital is tested once.
  const { words, pos: tags } = tagged(text);
  let relative = false;
  let relVerb = false;
  let relNoun = false;
  let relSubj = false;
  let relMain = false;
  let sawNominal = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const pos = tags[i] ?? "X";
    const w = word.toLowerCase();
    // (A gerund that opens the stretch is capitalised as its first word, not as a name: "Defending that terrain is
    // ...", where "that" is then no relative pronoun.)
    const upper = UPPER_START.test(word) && !(i === 0 && pos === "VERB" && ingWord(w));
    const nominal = pos === "NOUN" || pos === "PROPN" || pos === "PRON" || pos === "NUM" || upper;
    // ("the reports show that the plan is ...": a "that" the tagger reads as a subordinator after a
    // verb, or after a word it took for a noun right after another noun, opens a complement clause,
    // not a relative one; "the plan that the mayor proposed" stays a relative.)
    const complement = pos === "SCONJ" && i > 1 && (tags[i - 1] === "VERB" || (tags[i - 1] === "NOUN" && /^(?:NOUN|PROPN|PRON)$/.test(tags[i - 2] ?? "")));
    if (RELATIVE.has(w) && sawNominal && !complement) {
      relative = true;
      relVerb = relNoun = relSubj = relMain = false;
      continue;
    }
    // The lite tagger reads some verbs after a noun as nouns ("the family deserved better", "each
    // year yields a gain"): a past form before a determiner, adjective, number or pronoun, or an -s
    // form before a determiner, is the verb there ("testing requirements more than" stays a noun).
    // (So is a past form that is the bare verb, "cast", "cut", after a plural: "citizens cast votes by mail".)
    // (A bare present form after a plural, before a determiner, pronoun, number or name, is the plural's verb too: "the
    // results show a dead heat", "polls show him ahead", "audits show Riverton far ahead". A time phrase's determiner
    // opens no object: "the arms race this year", "the trade talks every spring" stay noun phrases.)
    const next = tags[i + 1] ?? "";
    const object = next === "DET" ? !TIME_DETERMINERS.has(words[i + 1]!.toLowerCase()) : next === "PRON" || next === "NUM" || next === "PROPN";
    const misread = pos === "NOUN" && !upper && i > 0 && (tags[i - 1] === "NOUN" || tags[i - 1] === "PROPN") &&
      (w.endsWith("ed") ? /^(?:DET|ADJ|NUM|PRON)$/.test(next) : BARE_PAST.has(w) ? /[^s]s$/.test(words[i - 1]!) && words[i - 1] !== "news" && /^(?:DET|ADJ|NUM|PRON|NOUN)$/.test(next) :
        /[^su]s$/.test(w) ? next === "DET" && object : PURE_WORD.test(w) && /[^su]s$/.test(words[i - 1]!) && words[i - 1] !== "news" && object);
    const verb = ((pos === "VERB" || pos === "AUX") && !w.endsWith("ing") && !upper) || misread;
    if (relative) {
      if (word === ",") relative = false;
      else if (verb && relVerb && relNoun) relative = false;
      // An object relative has its own subject before its verb ("the rise that critics fear also
      // hurts ..."): the next verb after its verb is the main clause's.
      else if (verb && relMain && relSubj && tags[i - 1] !== "CCONJ") relative = false;
      else {
        if (verb) relVerb = true;
        if (verb && pos === "VERB") relMain = true;
        if (nominal && relVerb) relNoun = true;
        else if (nominal) relSubj = true;
        continue;
      }
    }
    if (nominal) sawNominal = true;
    if (verb && sawNominal) return true;
  }
  return false;
}

/** The tagger's part of speech for the word before the last word of `text` ("... the moves that" -> NOUN). */
export function posBeforeLast(text: string): string {
  const { words, pos } = tagged(text);
  return words.length >= 2 ? (pos[words.length - 2] ?? "X") : "X";
}
