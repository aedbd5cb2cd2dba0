import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * Part-of-speech tags from wink-nlp, used only on the few short stretches where word lists cannot
 * tell a noun phrase from a clause ("according to X, a member of ..., the regime tried ...").
 * Loaded on first use so that articles without such stretches never pay for the model.
 */
type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function load(): Nlp {
  nlp ??= winkNLP(model, ["pos"]);
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
  return words.map((w, i) => ({ text: w, pos: pos[i] ?? "X" }));
}

const UPPER_START = /^\p{Lu}/u;

/** Past forms that are the bare verb and can pass for nouns ("citizens cast votes", "officials cut programs"). */
const BARE_PAST = new Set(["cast", "cut", "put", "set", "hit", "hurt", "spread", "shut", "split", "quit"]);

const RELATIVE = new Set(["who", "which", "that", "whose", "whom"]);

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
const LEADING = /^[(“"‘]+/u;
const TRAILING = /[)”"’,;:.]+$/u;

/**
 * `isClauseByTagger`'s answer where words alone settle it, else undefined. The stretch is a noun phrase
 * when no word after its first can be a verb: a capital is a name whatever the tagger says, and numbers,
 * determiners, prepositions, conjunctions and -ing words never count as verbs ("Mark Smith", "several of
 * the 40 members in Ohio"). (The first word never counts: a verb must follow a nominal.) Checked
 * against the tagger on every stretch the rules asked about over PolNeAR train and dev.
 */
export function clauseByWords(text: string): boolean | undefined {
  const words = text.split(/\s+/);
  let phrase = true;
  let first = true;
  for (const word of words) {
    if (word === "") continue;
    // ("cannot", the one run of letters the tagger splits, leaves "not": no verb either.)
    if (first && PURE_WORD.test(word)) { first = false; continue; }
    first = false;
    if (DASH_WORD.test(word) || PUNCT_WORD.test(word)) continue;
    const core = word.replace(LEADING, "").replace(TRAILING, "");
    if (NAME_WORD.test(core) || NUMBER_WORD.test(core) || NEVER_VERB.has(core) || ING_WORD.test(core)) continue;
    phrase = false;
    break;
  }
  return phrase ? false : undefined;
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
    const upper = UPPER_START.test(word);
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
    const misread = pos === "NOUN" && !upper && i > 0 && (tags[i - 1] === "NOUN" || tags[i - 1] === "PROPN") &&
      (w.endsWith("ed") ? /^(?:DET|ADJ|NUM|PRON)$/.test(tags[i + 1] ?? "") : BARE_PAST.has(w) ? /[^s]s$/.test(words[i - 1]!) && words[i - 1] !== "news" && /^(?:DET|ADJ|NUM|PRON|NOUN)$/.test(tags[i + 1] ?? "") : /[^su]s$/.test(w) && tags[i + 1] === "DET");
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
