import type { Span } from "../model/index.js";
import { AUX_ADVERBS, CLAIM_NOUNS, CLAUSE_WORDS, DETERMINERS, GUARDED_VERBS, PHRASE_PREPOSITIONS, SPEECH_VERBS, SUBJECT_PRONOUNS, type VerbEntry } from "./reported-lexicon.js";
import { auxiliaryTest } from "../model/auxiliary-words.js";
import { isClause } from "./reported-nlp.js";
import { type Source, subjectBefore } from "./reported-source.js";
import { isSpaceCode } from "./chars.js";
import { QUOTE_MARK, type Token } from "./reported-text.js";

/**
 * The sentence the reported-speech cue rules read (its tokens and the analyses memoised on it), what a
 * rule returns, and the spans, content and token tests that every rule and helper shares.
 */

export type Sentence = {
  readonly text: string;
  readonly span: Span;
  readonly toks: readonly Token[];
  /**
   * Several rules look at the same verb and subject: each is worked out once per sentence. Made on
   * first use: most sentences with a cue word need one of the three maps or none.
   */
  sites: Map<number, VerbSite | null> | null;
  subjects: Map<number, Source | null> | null;
  clauses: Map<string, boolean> | null;
};

/** `isClause` (the tagger), memoised on the sentence: rules often test the same stretch. */
export function clauseIn(s: Sentence, text: string): boolean {
  const memo = (s.clauses ??= new Map());
  let v = memo.get(text);
  if (v === undefined) memo.set(text, (v = isClause(text)));
  return v;
}

/** `subjectBefore(toks, end, 0)`, memoised on the sentence. */
export function subjectAt(s: Sentence, end: number): Source | null {
  const memo = (s.subjects ??= new Map());
  let v = memo.get(end);
  if (v === undefined) memo.set(end, (v = subjectBefore(s.toks, end, 0)));
  return v;
}

export type Hit = {
  readonly content: Span;
  readonly cue: Span;
  readonly source: Source | null;
  readonly to: Span | null;
  /** Content follows the cue (it may be cut where a later cue's source begins). */
  readonly forward: boolean;
};

/** What the speech verb at a token looks like in its sentence; computed once per verb. */
export type VerbSite = {
  readonly verb: VerbEntry;
  readonly vi: number;
  readonly cueStart: number;
  /** Index after the verb, its particle and (for "told") its listener. */
  readonly after: number;
  readonly to: Span | null;
  /** Index after time and medium phrases ("on Wednesday", "in a statement"). */
  readonly rest: number;
  readonly passive: boolean;
  /** "asked X to ...": the content is the listener with the infinitive. */
  readonly objectInfinitive: boolean;
  /** "warned of X", "boasted about X": the content is the noun phrase after the preposition. */
  readonly topic: boolean;
};

export type CueRule = {
  readonly id: string;
  readonly reason: string;
  readonly match: (s: Sentence, i: number) => Hit | null;
};

const MIN_WORDS = 2;
const MAX_WORDS = 150;

export const tokSpan = (toks: readonly Token[], a: number, b: number): Span => ({ start: toks[a].start, end: toks[b - 1].end });

/**
 * Whether the code unit is one /[\s.,;:!?…)\]—–-]/u matches: white space and the stops and closers
 * trimmed off a content's end. A loop back from the end replaces the regex anchored at $, which
 * V8 tries at every position of the content.
 */
const isTrailing = (c: number): boolean =>
  c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2026 || c === 41 || c === 93 || c === 0x2014 || c === 0x2013 || c === 45 || isSpaceCode(c);

/**
 * The content between tokens a and b, trimmed; null when it is too short or carries quote marks.
 * Single marks (‘soft’, 'misconstrued') quote a word or two inside the reported clause, a scare quote
 * the annotators keep in it ("says the NFL has gone ‘soft’", "says the blast was an 'intentional
 * act'"): only double marks, or two apostrophes standing for them (''), make it a quotation.
 * `singleQuotes`: in a headline ("Says X Is ‘Unfit’") any apostrophe pair passes too.
 */
const SINGLE_MARK = /[‘’]|(?<!')'(?!')/g;
/**
 * The characters every QUOTE_MARK match holds one of. Dropping single marks only deletes characters, so
 * a content with none of these carries no quotation: the test spares most contents the copy that drops
 * the single marks and the Unicode regex after it (a fiftieth of the extractor's time on PolNeAR).
 */
const MARK_CHARS = /["“”„«»‹›‘']/;

export function content(s: Sentence, a: number, b: number, singleQuotes = false): Span | null {
  const { toks } = s;
  while (a < b && (toks[a].text === "(" || toks[a].text === "," || toks[a].text === ":" || toks[a].text === "—" || toks[a].text === "--")) a++;
  if (a >= b) return null;
  let start = toks[a].start;
  let end = toks[b - 1].end;
  while (end > start && isTrailing(s.text.charCodeAt(end - 1 - s.span.start))) end--;
  const trimmed = s.text.slice(start - s.span.start, end - s.span.start);
  let words = 0;
  for (let k = a; k < b; k++) if (toks[k].word) words++;
  if (words < MIN_WORDS || words > MAX_WORDS || end <= start) return null;
  if (MARK_CHARS.test(trimmed) && QUOTE_MARK.test(trimmed.replace(singleQuotes ? /[‘’']/g : SINGLE_MARK, ""))) return null;
  start = Math.min(start, end);
  return { start, end };
}

/** Only closing punctuation is left from token k on ("said.)"). */
export const isEnd = (s: Sentence, k: number): boolean => {
  for (let m = k; m < s.toks.length; m++) if (s.toks[m].word || !/^[.!?…)\]"”’']$/.test(s.toks[m].text)) return false;
  return true;
};

export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "--"]);

/** Token k opens its sentence, after at most a leading "and", "but", "so" or "yet". */
export const opensSentence = (toks: readonly Token[], k: number): boolean => k === 0 || (k === 1 && /^(?:and|but|so|yet)$/.test(toks[0].lower));

/** A finite auxiliary that opens a verb phrase ("was", "would", "did"; not "must", which FINITE_AUX has). */
export const AUX_START = auxiliaryTest("did", "does");

/** A subject pronoun with its auxiliary run into one token ("he'd", "she’ll", "they're"): a clause opens there. */
export const PRONOUN_CONTRACTION = /^(?:he|she|they|we|i|it|you|there)['’](?:d|ll|s|re|ve|m)$/;

/** A lower-case word that can open a verb phrase: no determiner, pronoun, preposition or adverb. */
export const verbFirst = (t: Token | undefined): boolean =>
  !!t && t.word && !t.cap && !DETERMINERS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && !PRONOUN_CONTRACTION.test(t.lower) && !PHRASE_PREPOSITIONS.has(t.lower) && !AUX_ADVERBS.has(t.lower) && !CLAUSE_WORDS.has(t.lower) && !t.lower.endsWith("ly");

export const lastWordIndex = (s: Sentence): number => {
  let k = s.toks.length;
  while (k > 0 && !s.toks[k - 1].word) k--;
  return k;
};

/** "describe" is a cue only in the event frame of reported/described-event ("described officers fleeing"). */
export const DESCRIBE_FORMS: ReadonlySet<string> = new Set(["described", "describes", "describe"]);

export const isTrigger = (t: Token): boolean => t.word && (SPEECH_VERBS.has(t.lower) || t.lower === "according" || CLAIM_NOUNS.has(t.lower) || DESCRIBE_FORMS.has(t.lower) || (!t.cap && GUARDED_VERBS.has(t.lower)));
