import type { Mention } from "./mention.js";
import { parseSubject, remadeMention } from "./mention.js";
import { isPossessive, tokenize } from "./tokens.js";
import { spanOf } from "./cue-words.js";
import { ORG_WORDS, PERSON_NOUNS } from "./lexicon.js";

/**
 * "The campaign’s statement then declares “…”", "Ryan’s language in the statement makes clear …",
 * "His assumption, stated on live TV, was that …": a source written as a noun for something said
 * (not a document: "the inspector general’s report" is a source of its own) with a possessor before
 * it is that possessor's words; the possessor, as written with its possessive, is the source, as
 * the possessor-of-words cue rule reads “X’s claim that “…””.
 */
export const SPEECH_ACT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "statements", "language", "assumption", "view", "views", "answer", "comment", "comments", "remark", "remarks",
  "claim", "claims", "assertion", "dictum", "pledge", "promise", "accusation", "response", "question", "words", "message",
  "slogan", "argument", "warning", "demand", "conclusion", "suggestion", "retort", "quip", "joke", "insistence",
]);

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, { gender: "m" | "f" | null; plural: boolean }> = new Map([
  ["his", { gender: "m", plural: false }],
  ["her", { gender: "f", plural: false }],
  ["their", { gender: null, plural: true }],
]);

const POSSESSOR_WORDS: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** The possessor of a speech-act noun that heads `m` (see above), or null when `m` is not one. */
export function possessorOfSpeechNoun(text: string, m: Mention): Mention | null {
  if (m.kind === "pronoun") return null;
  const toks = tokenize(text, m.whole);
  // The head: the first speech-act noun, after the possessor and at most two modifiers.
  let h = -1;
  for (let k = 1; k < toks.length && k <= 6; k++) {
    if (toks[k].word && !toks[k].cap && SPEECH_ACT_NOUNS.has(toks[k].lower)) {
      h = k;
      break;
    }
    if (!toks[k].word && !isPossessive(toks[k])) return null;
  }
  if (h < 1) return null;
  let p = h - 1;
  while (p > 0 && h - p <= 2 && toks[p].word && !isPossessive(toks[p]) && !POSSESSIVE_PRONOUNS.has(toks[p].lower)) p--;
  const pro = POSSESSIVE_PRONOUNS.get(toks[p].lower);
  if (pro && p === 0) {
    const span = spanOf(toks[0], toks[0]);
    return { span, role: null, whole: span, kind: "pronoun", type: pro.plural ? "group" : "person", gender: pro.gender, name: null, title: null, plural: pro.plural };
  }
  if (p < 1 || !isPossessive(toks[p])) return null;
  // The possessor opens the source and is a noun phrase of its own: capitals, a determiner, person
  // and organisation nouns ("The campaign’s", "Sen. Ann Lee’s"; not "a person familiar with Lee’s").
  for (let k = 0; k < p; k++) {
    const t = toks[k];
    if (t.word && !t.cap && !POSSESSOR_WORDS.has(t.lower) && !PERSON_NOUNS.has(t.lower) && !ORG_WORDS.has(t.lower)) return null;
  }
  const owner = parseSubject(text, spanOf(toks[0], toks[p - 1]));
  if (!owner || owner.kind === "pronoun") return null;
  return remadeMention(owner, { whole: { start: owner.whole.start, end: toks[p].end } });
}
