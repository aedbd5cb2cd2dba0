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

/** Universal POS tag of each token, with the token text. */
export function tag(text: string): { text: string; pos: string }[] {
  const n = load();
  const doc = n.readDoc(text);
  const words = doc.tokens().out() as string[];
  const pos = doc.tokens().out(n.its.pos) as string[];
  return words.map((w, i) => ({ text: w, pos: pos[i] ?? "X" }));
}

const RELATIVE = new Set(["who", "which", "that", "whose", "whom"]);

/**
 * Whether a stretch of text is a clause (has a finite verb of its own) rather than a noun phrase.
 * Verbs inside a relative clause ("an official who was not authorized") and -ing forms
 * ("a monitor tracking the war") do not count. A relative clause ends at a comma, or where a second
 * verb follows a noun after its own verb ("women who have abortions are victims"). A capitalised
 * word is a name whatever the tagger says ("Cook provided a statement": not the verb "cook").
 */
export function isClause(text: string): boolean {
  const toks = tag(text);
  let relative = false;
  let relVerb = false;
  let relNoun = false;
  let sawNominal = false;
  for (const t of toks) {
    const w = t.text.toLowerCase();
    const nominal = t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM" || /^\p{Lu}/u.test(t.text);
    if (RELATIVE.has(w) && sawNominal) {
      relative = true;
      relVerb = relNoun = false;
      continue;
    }
    const verb = (t.pos === "VERB" || t.pos === "AUX") && !w.endsWith("ing") && !/^\p{Lu}/u.test(t.text);
    if (relative) {
      if (t.text === ",") relative = false;
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
  const toks = tag(text);
  return toks.length >= 2 ? toks[toks.length - 2]!.pos : "X";
}
