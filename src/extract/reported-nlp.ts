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

const RELATIVE = new Set(["who", "which", "that", "whose", "whom"]);

/**
 * Whether a stretch of text is a clause (has a finite verb of its own) rather than a noun phrase.
 * Verbs inside a relative clause ("an official who was not authorized") and -ing forms
 * ("a monitor tracking the war") do not count. A relative clause ends at a comma, or where a second
 * verb follows a noun after its own verb ("women who have abortions are victims"). A capitalised
 * word is a name whatever the tagger says ("Cook provided a statement": not the verb "cook").
 */
export function isClause(text: string): boolean {
  // The tagger's arrays as they come (no object per token); each word's capital is tested once.
  const { words, pos: tags } = tagged(text);
  let relative = false;
  let relVerb = false;
  let relNoun = false;
  let sawNominal = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const pos = tags[i] ?? "X";
    const w = word.toLowerCase();
    const upper = UPPER_START.test(word);
    const nominal = pos === "NOUN" || pos === "PROPN" || pos === "PRON" || pos === "NUM" || upper;
    if (RELATIVE.has(w) && sawNominal) {
      relative = true;
      relVerb = relNoun = false;
      continue;
    }
    const verb = (pos === "VERB" || pos === "AUX") && !w.endsWith("ing") && !upper;
    if (relative) {
      if (word === ",") relative = false;
      else if (verb && relVerb && relNoun) relative = false;
      else {
        if (verb) relVerb = true;
        else if (nominal && relVerb) relNoun = true;
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
