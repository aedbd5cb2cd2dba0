import type { Span } from "../model/index.js";
import { foreignSpeechVerb } from "../extract/foreign-cues.js";
import { SPEECH_VERBS } from "../extract/lexicon.js";
import type { Gender } from "./lexicon.js";
import { mentionAt, type Mention } from "./mention.js";
import type { Tok } from "./tokens.js";

/**
 * The speaker of a quote in another language, read from its speech verb right after the quote, as
 * those languages write it: « … », a déclaré le président Macron; « … », affirme-t-elle; „…“, sagte
 * die Kanzlerin; «…», dijo Pedro Sánchez; «…», ha detto il premier; “…”, disse o prefeito; „…”, aldus
 * de minister. The English rows know none of these verbs (extraction's table, foreign-cues.ts, does),
 * so such a quote fell to the rows that guess from the sentence before, which read a capitalised
 * article ("Les élections approchent.") as a speaker named "Les".
 */

// Auxiliaries before a participle (a déclaré, ha detto, hat gesagt, heeft gezegd, tem dito), with the
// French inverted ones that carry their subject (a-t-il dit). None is read unless a table verb follows.
const AUXILIARIES: ReadonlySet<string> = new Set(["a", "avait", "ha", "aveva", "hat", "hatte", "heeft", "had", "tem", "há", "ha-t-il"]);

// Subject pronouns after the verb, or joined to it by a hyphen (dit-il, a-t-elle), with their gender.
// Plural ones (ils, elles, ellos) are left out: a group a pronoun means is not resolved here.
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ["il", "m"], ["elle", "f"], ["er", "m"], ["sie", "f"], ["hij", "m"], ["zij", "f"], ["ze", "f"],
  ["él", "m"], ["ella", "f"], ["lui", "m"], ["lei", "f"], ["ele", "m"], ["ela", "f"],
]);

// Articles and determiners that open the noun phrase of the source (le président, die Kanzlerin, o prefeito).
const DETERMINERS: ReadonlySet<string> = new Set([
  "le", "la", "les", "l'", "l’", "un", "une", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "den", "dem", "des",
  "ein", "eine", "einer", "o", "os", "as", "um", "uma", "de", "het", "een", "sa", "son", "leur", "su", "sus",
]);

// A French pronoun joined to its verb ("affirme-t-elle", "a-t-il", "dit-il").
const CLITIC = /-(?:t-)?([\p{L}]+)$/u;

/** The pronoun mention a verb carries joined to it ("a-t-il" → "il"), or null. */
function cliticMention(t: Tok): Mention | null {
  const m = CLITIC.exec(t.text);
  const gender = m ? PRONOUN_GENDER.get(m[1].toLowerCase()) : undefined;
  if (!m || !gender) return null;
  const span = { start: t.end - m[1].length, end: t.end };
  return pronoun(span, gender);
}

function pronoun(span: Span, gender: Gender): Mention {
  return { span, role: null, whole: span, kind: "pronoun", type: "person", gender, name: null, title: null, plural: false };
}

/**
 * The source after the verb: a pronoun; else a run of capitalised words (a name, its role before it:
 * "le président Emmanuel Macron"), unless an article stands right before one capitalised word (a
 * noun: "die Kanzlerin"); else the determiner and up to three words after it ("la diputada").
 */
function sourceAfter(text: string, toks: readonly Tok[], from: number): Mention | null {
  const first = toks[from];
  if (!first || !first.word) return null;
  const g = PRONOUN_GENDER.get(first.lower);
  if (g) return pronoun({ start: first.start, end: first.end }, g);
  let k = from;
  if (DETERMINERS.has(first.lower) || first.lower.startsWith("l'") || first.lower.startsWith("l’")) k++;
  // Lower-case role words before a name ("le président Macron"); at most three.
  let r = k;
  while (r < toks.length && r - k < 3 && toks[r].word && !toks[r].cap) r++;
  let e = r;
  while (e < toks.length && toks[e].word && (toks[e].cap || (e > r && e + 1 < toks.length && toks[e + 1].cap && NAME_PARTICLES.has(toks[e].lower)))) e++;
  // An article right before one capitalised word makes it a noun ("die Kanzlerin", "le Premier
  // ministre", "la Commission"), not a name.
  const noun = e === r + 1 && r === k && k > from;
  if (e > r && !noun) {
    const role = r > k ? { start: toks[k].start, end: toks[r - 1].end } : null;
    return mentionAt(text, { start: toks[r].start, end: toks[e - 1].end }, role);
  }
  // No name: the noun phrase as written, to a comma or the clause end.
  let d = from;
  while (d < toks.length && d - from < 4 && toks[d].word) d++;
  return d > from + (k > from ? 1 : 0) ? mentionAt(text, { start: first.start, end: toks[d - 1].end }) : null;
}

// Particles inside a name ("Marine Le Pen" keeps its capital; "Ursula von der Leyen", "Luiz Inácio da Silva").
const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "del", "della", "di", "da", "do", "dos", "van", "von", "der", "den", "du", "la", "le"]);

/**
 * The speaker after a foreign speech verb in `toks` (the narration right after the quote, its
 * comma first): the verb's joined pronoun, or the source after it. The verb span is returned as
 * the cue. Null when the words are no such clause.
 */
export function foreignInvertedSource(text: string, toks: readonly Tok[]): { mention: Mention; cue: Span } | null {
  let i = 0;
  while (i < toks.length && !toks[i].word) i++;
  if (i >= toks.length || i > 1) return null;
  // "a-t-il déclaré": an auxiliary, perhaps carrying its pronoun, before a participle of the table.
  let aux: Tok | null = null;
  const base = toks[i].lower.replace(CLITIC, "");
  if ((AUXILIARIES.has(toks[i].lower) || (toks[i].lower !== base && AUXILIARIES.has(base))) && i + 1 < toks.length && foreignSpeechVerb(toks[i + 1].text)) aux = toks[i++];
  const verb = toks[i];
  if (!verb.word || verb.cap || !foreignSpeechVerb(verb.text)) return null;
  const cue = { start: (aux ?? verb).start, end: verb.end };
  const joined = cliticMention(verb) ?? (aux ? cliticMention(aux) : null);
  if (joined) return { mention: joined, cue };
  const m = sourceAfter(text, toks, i + 1);
  return m ? { mention: m, cue } : null;
}

// Articles of the languages quotes come in that open a sentence capitalised ("Les élections
// approchent", "Die Lage ist ernst", "El presidente habló"), and are no one's name on their own.
const OPENING_ARTICLES: ReadonlySet<string> = new Set(["le", "la", "les", "el", "los", "las", "der", "die", "das", "il", "gli", "het", "une", "des"]);

/**
 * Whether `t`, one capitalised word read as a subject, is rather the article that opens a sentence of
 * another language: one of OPENING_ARTICLES with a lower-case word right after it that is no English
 * speech verb ("Les élections"; but "Le said", the Vietnamese surname, stays a name).
 */
export function isOpeningArticle(text: string, t: Tok): boolean {
  if (!t.cap || !OPENING_ARTICLES.has(t.lower)) return false;
  const m = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(t.end, t.end + 40));
  return !!m && !SPEECH_VERBS.has(m[1].toLowerCase());
}

/**
 * The speaker before a foreign speech verb that introduces the quote with a colon or a comma (Le
 * maire a expliqué : « … »; Merkel sagte: „…“): the words of the clause before the verb (or its
 * auxiliary), back to a comma or the sentence start, read as sourceAfter reads them. `toks` is the
 * narration before the opening mark. Null when the words are no such clause.
 */
export function foreignSourceBefore(text: string, toks: readonly Tok[]): { mention: Mention; cue: Span } | null {
  let e = toks.length;
  while (e > 0 && !toks[e - 1].word && toks[e - 1].text !== ":" && toks[e - 1].text !== ",") e--;
  if (e < 3 || (toks[e - 1].text !== ":" && toks[e - 1].text !== ",")) return null;
  const v = e - 2;
  const verb = toks[v];
  if (!verb.word || verb.cap || !foreignSpeechVerb(verb.text)) return null;
  let a = v;
  if (a > 0 && AUXILIARIES.has(toks[a - 1].lower)) a--;
  let s = a;
  while (s > 0 && a - s < 6 && toks[s - 1].word) s--;
  if (s === a || (s > 0 && toks[s - 1].word)) return null;
  const m = sourceAfter(text, toks.slice(s, a), 0);
  return m ? { mention: m, cue: { start: toks[a].start, end: verb.end } } : null;
}
