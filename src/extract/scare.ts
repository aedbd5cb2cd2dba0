import { TITLE_ABBREVIATIONS, abbreviationBefore } from "../model/abbreviations.js";
import type { Span } from "../model/index.js";
import { DIGIT, LETTER, UPPER, caseInsensitiveCodes, classAt, firstNonSpace, isSpaceCode, lastNonSpaceAt, sizeAt } from "./chars.js";
import { foreignSpeechVerb } from "./foreign-cues.js";
import { JUDGING_VERBS, NAMING_VERBS, REFERRING_VERBS, SPEECH_VERBS, echoNotSpeech } from "./lexicon.js";
import { capitalisedWords, isOwnedTitle } from "./titles.js";
import { lowerBound } from "../model/sorted.js";
import { isMarkCode } from "./marks.js";
import { namedWork } from "./works.js";
import { isBareTitle } from "./bare-title.js";

/**
 * Scare quotes and titles: a word or two in marks ("calm", "idolatrous") with no one quoted as
 * saying them, or a title in capitals ('Stealing America'). A quotation is told apart by its cue:
 * a speech verb right next to it, or a whole sentence inside the marks.
 */

const SHORT_WORDS = 4;
const APOSTROPHE = 0x2019;
const ASCII_LETTER = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));
const ALNUM = Uint8Array.from({ length: 128 }, (_, c) => (ASCII_LETTER[c] || (c >= 48 && c <= 57) ? 1 : 0));

/**
 * The first `limit` words of `s` as the global Unicode regex [\p{L}\p{N}][\p{L}\p{N}'’-]* finds them,
 * scanned by hand: this runs for every quote (and twice more on its narration), and a regex match
 * array per word was most of the scare-quote test's time. A surrogate pair counts as its code point; a lone surrogate is in no
 * class, and the scan steps over it one code unit at a time, as the /u regex does.
 */
export function firstWords(s: string, limit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n && out.length < limit) {
    const c = s.charCodeAt(i);
    if (c < 128 ? !ALNUM[c] : !(classAt(s, i) & (LETTER | DIGIT))) {
      i += c < 128 ? 1 : sizeAt(s, i);
      continue;
    }
    let j = i + (c < 128 ? 1 : sizeAt(s, i));
    while (j < n) {
      const d = s.charCodeAt(j);
      if (d < 128) {
        if (!ALNUM[d] && d !== 39 && d !== 45) break;
        j++;
      } else if (d === APOSTROPHE || classAt(s, j) & (LETTER | DIGIT)) j += sizeAt(s, j);
      else break;
    }
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** Every word of `s` (all of firstWords). */
export function words(s: string): string[] {
  return firstWords(s, Infinity);
}

const CLAUSE_STOP = /[.!?;“”"«»()\n]|\s[-—–]\s/gu;

/**
 * Whether the full stop at `dot` in `window` closes a title before a name ("Mr. Madden", "Sen.
 * Lee": model/abbreviations' TITLE_ABBREVIATIONS, written with its capital, a capital after one
 * space): such a stop ends no clause. Titles only, not every abbreviation: a state's or a place's
 * stop ("Calif.", "D.C.") may end the sentence, and the words after it are then another sentence's.
 * Nor "Del.", a delegate's title but Delaware's too ("in Dover, Del. He said …").
 */
function titleStopAt(window: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && ASCII_LETTER[window.charCodeAt(k - 1)]) k--;
  if (k === dot || (k > 0 && classAt(window, k - 1) & LETTER)) return false;
  const word = window.slice(k, dot).toLowerCase();
  if (!(classAt(window, k) & UPPER) || word === "del" || !TITLE_ABBREVIATIONS.has(word)) return false;
  const space = window.charCodeAt(dot + 1);
  return dot + 2 < window.length && (space === 32 || space === 0xa0) && (classAt(window, dot + 2) & UPPER) !== 0;
}

/**
 * Tokens after the closing mark up to the end of the clause (a stop, a new quote, a bracket). With
 * `pastTitles`, a title's stop is no end: '“…,” Mr. Madden said' keeps its verb in the window.
 */
function tokensAfter(text: string, from: number, max: number, pastTitles = false): string[] {
  const window = text.slice(from, from + 80);
  let stop = -1;
  CLAUSE_STOP.lastIndex = 0;
  for (let m = CLAUSE_STOP.exec(window); m; m = CLAUSE_STOP.exec(window)) {
    if (pastTitles && m[0] === "." && titleStopAt(window, m.index)) continue;
    stop = m.index;
    break;
  }
  return firstWords(stop >= 0 ? window.slice(0, stop) : window, max);
}

/** Tokens before the opening mark back to the start of the clause. */
function tokensBefore(text: string, to: number, max: number): { tokens: string[]; tail: string } {
  const window = text.slice(Math.max(0, to - 80), to);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    const c = window.charCodeAt(i);
    // . ! ? ; “ ” " « » ( ) and a line break
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 0x201c || c === 0x201d || c === 34 || c === 0xab || c === 0xbb || c === 40 || c === 41 || c === 10) {
      cut = i;
      break;
    }
  }
  const clause = window.slice(cut + 1);
  return { tokens: words(clause).slice(-max), tail: clause.trimEnd().slice(-1) };
}

// After "words" or "phrase": what names examples of words ("words such as", "phrases like",
// "words including"), not someone's words.
const EXAMPLE_WORDS: ReadonlySet<string> = new Set(["such", "like", "including"]);

/** Whether the token after lower[k] (words in lower case) opens a list of examples. */
function exampleAfter(lower: readonly string[], k: number): boolean {
  return k + 1 < lower.length && EXAMPLE_WORDS.has(lower[k + 1]);
}

/** Whether one of lower[from..] (words in lower case) is in `set`. */
function anyIn(lower: readonly string[], from: number, set: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < lower.length; k++) if (set.has(lower[k])) return true;
  return false;
}

/**
 * Whether one of `ws` is a speech verb, English or of the languages quotes come in untranslated
 * (foreign-cues.ts). Not "echo" as a sound or the noun ("echoed through the hall", lexicon.ts echoNotSpeech).
 */
function anySpeechVerb(ws: readonly string[]): boolean {
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k].toLowerCase();
    if (SPEECH_VERBS.has(w) && !echoNotSpeech(w, k + 1 < ws.length ? ws[k + 1].toLowerCase() : undefined)) return true;
  }
  for (let k = 0; k < ws.length; k++) if (foreignSpeechVerb(ws[k])) return true;
  return false;
}

// "spoke about", "spoken of", "spoke instead about": "speak" is no speech cue on its own ("spoke to
// the crowd" names no words), but with "about" or "of" (one word may stand between) its object is
// what was said. Not "speaks" (a verb only, but "speaks to" a point is no speech either) and not
// "talks" (already a speech verb: talk). PolNeAR train: 1 such run was a scare quote, a quotation in
// the gold ("spoke instead about “improving NAFTA”").
const SPOKE_FORMS: ReadonlySet<string> = new Set(["spoke", "spoken", "speaking"]);

/** Whether ws holds "spoke (word) about/of" (lower-cased as it is read). */
function spokeOf(ws: readonly string[]): boolean {
  for (let k = 0; k + 1 < ws.length; k++) {
    // "Speaking of “X,” …" opening a sentence is the writer's own turn of phrase.
    if (!SPOKE_FORMS.has(ws[k].toLowerCase()) || ws[k] === "Speaking") continue;
    for (let j = k + 1; j <= k + 2 && j < ws.length; j++) {
      const w = ws[j].toLowerCase();
      if (w === "about" || w === "of") return true;
    }
  }
  return false;
}

// Plain loops over the word lists, lower-cased as they are read: with .map/.some/.slice/.at on
// lists that are sometimes empty (another kind of array to V8) this function deoptimised again and
// again, into the tenth pass over PolNeAR train.
//
// `ownSentence`: the words in marks end their sentence (a stop inside them, a capital after), so the
// words after the marks open the next sentence and are not read ("replaced by “Coco Beach.” A
// spokesman … said").
//
// `opensItsSentence`: the marks open their sentence, so a credit after them, past a title's stop
// ('“…,” Mr. Madden said'), is theirs. Where narration comes first ('are big fans of “Prison
// Break,” Mr. Madden said') the credit is the whole sentence's, reported speech, and the words in
// marks may be a title inside it: the window stops at the title's stop, as before. PolNeAR train:
// reading past the title there too made 2 titles in '' marks quotations (a show, a film).
export function hasAdjacentCue(text: string, outer: Span, ownSentence = false, opensItsSentence = false): boolean {
  const after = ownSentence ? [] : tokensAfter(text, outer.end, 6, opensItsSentence);
  if (anySpeechVerb(after)) return true;
  const after0 = after.length >= 1 ? after[0].toLowerCase() : "";
  if (after.length >= 1 && NAMING_VERBS.has(after0)) return true;
  if (after.length >= 2 && NAMING_VERBS.has(after[1].toLowerCase())) return true;
  const before = tokensBefore(text, outer.start, 8);
  const b = before.tokens;
  if ((before.tail === "," || before.tail === ":") && anySpeechVerb(b)) return true;
  // The words before in lower case, made once: the tests below read each of them three or four times.
  const lb: string[] = [];
  for (let k = 0; k < b.length; k++) lb.push(b[k].toLowerCase());
  const lastWord = lb.length ? lb[lb.length - 1] : "";
  // "called it “treason”", "described as “chaotic”", "in her words, “…”"
  if (
    anyIn(lb, lb.length - 3, NAMING_VERBS) &&
    (lastWord === "it" || lastWord === "as" || lastWord === "him" || lastWord === "her" || lastWord === "them" || NAMING_VERBS.has(lastWord))
  ) return true;
  for (let k = 0; k < lb.length; k++) {
    const w = lb[k];
    // "in her words", "the phrase": but "words such as “levy,” “toll”" names examples of words, and
    // nobody is quoted (see exampleAfter).
    if ((w === "words" || w === "phrase") && !exampleAfter(lb, k)) return true;
  }
  // "blasted the company for its “outrageous practices”": a verb of praise or blame in the clause.
  if (anyIn(lb, 0, JUDGING_VERBS)) return true;
  // "referenced the “Charleston loophole”", "spoke instead about “improving NAFTA”": the subject's own
  // words for what it referred to or spoke of.
  if (anyIn(lb, 0, REFERRING_VERBS) || spokeOf(b)) return true;
  // "refers to the governor as “Chris.”", "rejected the idea as “ludicrous”": words in marks after a
  // predicative "as" are someone's name for the thing (measured on PolNeAR train: 7 of 11 such runs
  // with no other cue were quotations in the gold). Not a comparison ("as “calm” as ever").
  // Nor examples ("words such as “levy”").
  const beforeLast = lb.length >= 2 ? lb[lb.length - 2] : "";
  if (lastWord === "as" && after0 !== "as" && beforeLast !== "such") return true;
  // "defended his comments as being “sarcastic.”", "waved off the delay as having “minimal” impact":
  // the same predicative "as" before "being" or "having" (PolNeAR train: 2 such runs, both quotations
  // in the gold, were scare quotes).
  if ((lastWord === "being" || lastWord === "having") && beforeLast === "as") return true;
  // "a “con artist”", "a “grave threat”": lower-case words in marks after an indefinite article are
  // mostly someone's characterisation (PolNeAR train: 14 of 26 such runs with no other cue were
  // quotations in the gold; dev 6 of 9).
  // The first word after the opening mark, which is two characters in ''…'' and ``…'' (read one
  // character in, the second mark was read as the word, and no such run was ever a characterisation).
  if ((lastWord === "a" || lastWord === "an") && /^\p{Ll}/u.test(text.slice(afterOpeningMark(text, outer), outer.start + 4))) return true;
  return false;
}

/** Where the words start after the opening mark of `outer` (one character, or two: '', ``, “"). */
function afterOpeningMark(text: string, outer: Span): number {
  let j = outer.start + 1;
  if (j < outer.end && isMarkCode(text.charCodeAt(j))) j++;
  return j;
}

const TITLE_MAX_WORDS = 10;

/** A title: every content word capitalised and no sentence punctuation inside. */
function looksLikeTitle(quoted: string, ws: readonly string[]): boolean {
  if (ws.length < 2 || ws.length > TITLE_MAX_WORDS) return false;
  if (/[.!?]\s*$/.test(quoted)) return false;
  return capitalisedWords(ws);
}


/**
 * Where the narration (the text outside quotation marks) has a speech cue and where its sentences
 * end: built once per article in one pass, then looked up per quote by binary search, so an article
 * with a quote mark in every word stays linear.
 */
export type CueIndex = { readonly cues: readonly number[]; readonly stops: readonly number[] };

// A hash of each cue word's lower-case letters, computed while scanning a word, so that only the
// rare word whose hash matches is sliced and lower-cased for the exact test.
const hashWord = (w: string): number => {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + (w.charCodeAt(k) | 32)) & 0x3fffffff;
  return h;
};
// A bit per hash value (2^16 bits): one typed-array read per word instead of a Set lookup. 8 KB, so
// that it stays in the first-level cache between articles (the engine's other work evicts a 128 KB
// table, and each word's read then waited on memory); the ~650 words set 1% of its bits, and a
// false match only costs the slice and the exact test below.
const CUE_BITS = new Uint32Array(1 << 11);
for (const w of [...SPEECH_VERBS, ...NAMING_VERBS]) {
  const h = hashWord(w) & 0xffff;
  CUE_BITS[h >>> 5] |= 1 << (h & 31);
}
// Naming verbs' forms that are nouns far more often ("in terms of", "terms containing words such as"):
// no cue somewhere in the sentence. Right before the marks ("what he terms “X”") hasAdjacentCue still
// reads them. PolNeAR train: with "words such as" (exampleAfter), 6 runs are no longer quotations,
// none in the gold.
const NOUN_FORMS: ReadonlySet<string> = new Set(["term", "terms"]);
const AFTER_WITHOUT = /\bwithout\s+$/i;
// Speech verbs that are nouns far more often in political news ("from state to state", "other
// states", "State Rep.", "the United States", "his radio show", "one reason the …", "a nativist
// rant"): a cue in the sentence only where the verb stands, after a subject pronoun ("They state
// their goal …") or before "that", a colon or the marks themselves, a comma between ("The letter
// states that …", "states, “…”"; not "from state to state, depending …"). The forms no noun shares
// ("stated", "radioed", "reasoned", "ranted") stay cues. Spaces and tabs only, so that neither test
// reads across a line break (the paragraph's cue index must answer as the whole text's). PolNeAR
// train: 10 short runs had one of these nouns as their only cue, 9 of them extras (no quotation in
// the gold); the one quotation had "They state".
const VERB_ONLY_IN_PLACE: ReadonlySet<string> = new Set(["state", "states", "radio", "radios", "reason", "reasons", "rant", "rants"]);
const PRONOUN_BEFORE = /\b(?:i|we|you|they|he|she|it)[ \t\u00a0]+$/i;
const VERB_PLACE_AFTER = /^[ \t\u00a0]*(?:that\b|:|,?[ \t\u00a0]*$)/;
// "a far cry from “ice cream”": the noun of an idiom, no one crying out anything.
const AFTER_FAR = /\bfar\s+$/i;
const PHRASE_AT = /(?:according to|in an? (?:interview|statement|email|tweet))\b/iuy;


/** Whether CUE_PHRASE can match at `i` ("acc…" or "in "), before running it. */
const phraseCouldStart = (text: string, i: number, c: number): boolean => {
  const c1 = text.charCodeAt(i + 1) | 32;
  return (c | 32) === 97 ? c1 === 99 && (text.charCodeAt(i + 2) | 32) === 99 : c1 === 110 && text.charCodeAt(i + 2) === 32;
};

/** A word character for CUE_PHRASE's \b (with the i and u flags, ſ and the Kelvin sign count too). */
const isBoundaryWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a;

export function buildCueIndex(text: string, runs: readonly { readonly outer: Span }[]): CueIndex {
  const cues: number[] = [];
  const stops: number[] = [];
  let from = 0;
  for (const r of runs) {
    scanNarration(text, from, r.outer.start, r.outer.start, cues, stops);
    from = Math.max(from, r.outer.end);
  }
  scanNarration(text, from, text.length, text.length, cues, stops);
  cues.sort((x, y) => x - y);
  return { cues, stops };
}

/**
 * The cue index of one paragraph, for `sentenceHasCue` on the paragraph's own runs: most articles
 * need it for a few paragraphs only. `runs` are the paragraph's runs, in the order buildCueIndex
 * sees them; `after` is where the narration after them ends (the next run's start, or the text's
 * end). The answers are buildCueIndex's when a line break stands on both sides of the paragraph
 * (no word, stop or phrase then runs across its edge); otherwise this returns null.
 */
export function buildParagraphCueIndex(text: string, runs: readonly { readonly outer: Span }[], para: Span, after: number): CueIndex | null {
  if (para.start > 0 && text.charCodeAt(para.start - 1) !== 10) return null;
  if (para.end < text.length && text.charCodeAt(para.end) !== 10) return null;
  const cues: number[] = [];
  const stops: number[] = [];
  let from = para.start;
  for (const r of runs) {
    if (r.outer.start < para.start || r.outer.end > para.end) return null;
    scanNarration(text, from, r.outer.start, r.outer.start, cues, stops);
    from = Math.max(from, r.outer.end);
  }
  // The lookahead for "added to" reads on to where the whole-text scan's stretch ends.
  scanNarration(text, from, para.end, Math.max(after, para.end), cues, stops);
  cues.sort((x, y) => x - y);
  return { cues, stops };
}

/**
 * Whether the word of VERB_ONLY_IN_PLACE at `i`..`j` ("state", "radio" …) is the verb: lower-case, after a subject
 * pronoun in `before`, or before "that", a colon or the end of the narration's stretch, a comma
 * between (the marks of a quote, read up to `lookEnd` as the "added to" test reads).
 */
function verbInPlaceAt(text: string, i: number, j: number, before: string, lookEnd: number): boolean {
  if (text.charCodeAt(i) < 97) return false;
  return PRONOUN_BEFORE.test(before) || VERB_PLACE_AFTER.test(text.slice(j, Math.min(lookEnd, j + 6)));
}

const WORD_AFTER = /^[ \t\u00a0]+([A-Za-z]+)/;

/** The lower-case word after `j`, spaces and tabs between, read up to `lookEnd` (undefined if none). */
function wordAfter(text: string, j: number, lookEnd: number): string | undefined {
  const m = WORD_AFTER.exec(text.slice(j, Math.min(lookEnd, j + 16)));
  return m ? m[1].toLowerCase() : undefined;
}

/**
 * One pass over the narration from `start` to `end`: the words of CUE_WORD, the phrases of
 * CUE_PHRASE and the sentence stops, with the same results as those regexes (tested against them).
 * `lookEnd` bounds the lookahead after "added".
 */
function scanNarration(text: string, start: number, end: number, lookEnd: number, cues: number[], stops: number[]): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && isSpaceCode(i + 1 < end ? text.charCodeAt(i + 1) : 32) && !abbreviationBefore(text, i, start))) stops.push(i);
    if ((c === 97 || c === 65 || c === 105 || c === 73) && (i === start || !isBoundaryWordCode(text.charCodeAt(i - 1))) && phraseCouldStart(text, i, c)) {
      PHRASE_AT.lastIndex = i;
      const m = PHRASE_AT.exec(text);
      if (m && i + m[0].length <= end) cues.push(i);
    }
    if (c < 128 ? !(ASCII_LETTER[c]) : !(classAt(text, i) & LETTER)) {
      i += c < 128 ? 1 : sizeAt(text, i);
      continue;
    }
    // A word: a letter, then letters, apostrophes and hyphens.
    let j = i + (c < 128 ? 1 : sizeAt(text, i));
    let ascii = c < 128;
    let inner = c >= 128;
    let hash = c | 32;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        if (ASCII_LETTER[d]) {
          hash = (Math.imul(hash, 31) + (d | 32)) & 0x3fffffff; // a small integer: no boxing
          j++;
          continue;
        }
        if (d === 39 || d === 45) {
          hash = (Math.imul(hash, 31) + d) & 0x3fffffff;
          inner = true;
          j++;
          continue;
        }
        break;
      }
      if (d !== APOSTROPHE && !(classAt(text, j) & LETTER)) break;
      ascii = false;
      inner = true;
      j += sizeAt(text, j);
    }
    if (inner) {
      // A phrase can start inside such a word, after a hyphen, an apostrophe or a non-ASCII letter
      // (none is a \b word character).
      for (let k = i + 1; k < j; k++) {
        const e = text.charCodeAt(k);
        if ((e === 97 || e === 65 || e === 105 || e === 73) && !isBoundaryWordCode(text.charCodeAt(k - 1)) && phraseCouldStart(text, k, e)) {
          PHRASE_AT.lastIndex = k;
          const m = PHRASE_AT.exec(text);
          if (m && k + m[0].length <= end) cues.push(k);
        }
      }
    }
    const b = hash & 0xffff;
    if (!ascii || CUE_BITS[b >>> 5] & (1 << (b & 31))) {
      const w = text.slice(i, j).toLowerCase();
      // "added to the regime's “thousands”" is arithmetic, not speech.
      if ((w === "added" || w === "adds" || w === "add") && /^\s+to\b/.test(text.slice(i + w.length, Math.min(lookEnd, i + w.length + 4)))) {
        i = j;
        continue;
      }
      // "It goes without saying": no one says anything; nor in "a far cry from".
      if ((SPEECH_VERBS.has(w) || NAMING_VERBS.has(w)) && !NOUN_FORMS.has(w)) {
        const before = text.slice(Math.max(start, i - 12), i);
        if (VERB_ONLY_IN_PLACE.has(w) && !verbInPlaceAt(text, i, j, before, lookEnd)) {
          i = j;
          continue;
        }
        // "The hall echoed with …": a sound, no one's words (the word after is read up to `lookEnd`,
        // spaces and tabs only, as verbInPlaceAt reads).
        if (w.charCodeAt(0) === 101 && echoNotSpeech(w, wordAfter(text, j, lookEnd))) {
          i = j;
          continue;
        }
        if (!AFTER_WITHOUT.test(before) && !((w === "cry" || w === "cries") && AFTER_FAR.test(before))) cues.push(i);
      }
    }
    i = j;
  }
}


/** A speech cue in the narration of the sentence that holds the quote. */
export function sentenceHasCue(index: CueIndex, para: Span, outer: Span): boolean {
  const si = lowerBound(index.stops, outer.start);
  const sStart = Math.max(para.start, si > 0 ? index.stops[si - 1] : 0);
  const ei = lowerBound(index.stops, outer.end);
  const sEnd = Math.min(para.end, ei < index.stops.length ? index.stops[ei] : para.end);
  const ci = lowerBound(index.cues, sStart);
  return ci < index.cues.length && index.cues[ci] <= sEnd;
}

export type ScareVerdict = { readonly scare: boolean; readonly why: "headline" | "title" | "nickname" | "label" | "no-cue" | "quotation" };

// A nickname between a person's name parts ("Rep. Robert C. “Bobby” Scott", "Marcia “Cia” Price")
// names the person; nobody is quoted. Before the mark: a capitalised name part or initials, not a
// sentence word; after it: the surname. Measured on PolNeAR train and dev: 4 such runs were extras,
// 1 a quotation in the gold.
// A name part: a capital, a lower-case letter or an apostrophe (O'Neil), then letters and combining
// marks, so that a capital inside ("DeAndre") or an accent written as its own mark ("José" decomposed,
// "JesÃos" mis-decoded with one) leaves it a name part. PolNeAR train: 1 such nickname was a quotation.
const NICKNAME_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{Ll}'’-][\p{L}\p{M}'’-]*|(?:\p{Lu}\.\s?)+)\s$/u;
const NICKNAME_AFTER = /^\s(\p{Lu}[\p{Ll}'’-]+)/u;
const NICKNAME_WORDS = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u;
const NOT_FIRST_NAMES: ReadonlySet<string> = new Set(
  "The A An But And Or So As If When While In On At For Of To With By From Then Yet Even Only Just Not No This That These Those His Her Their Its Our My Your Is Are Was Were Has Have Had Will Would Can Could Should May Might".split(" "),
);

function isNickname(text: string, quoted: string, outer: Span): boolean {
  if (!NICKNAME_WORDS.test(quoted)) return false;
  // Both neighbours must be name parts: in a title-case line ("Why She Felt “Invisible” As A Child")
  // one of them is a sentence word.
  const after = NICKNAME_AFTER.exec(text.slice(outer.end, outer.end + 24));
  if (!after || NOT_FIRST_NAMES.has(after[1])) return false;
  const before = NICKNAME_BEFORE.exec(text.slice(Math.max(0, outer.start - 24), outer.start));
  return before !== null && !NOT_FIRST_NAMES.has(before[1]);
}

/**
 * Words printed on a thing, or a thing's name, rather than said: a slogan right before the item that
 * carries it ("a “Make America Great Again” hat", "“Hillary for Prison” shirts", the "subscribe"
 * button), the words to click ("click “sign up.”"), a pen name ("under the pseudonym “Carlos
 * Danger”"). Measured on PolNeAR train: 9 such runs, 2 of them quotations in the gold (slogans on a
 * hat and on shirts).
 */
const ITEM_AFTER =
  /^\s+(?:campaign\s+)?(?:hats?|caps?|shirts?|t-shirts?|tees?|signs?|yard\s+signs?|banners?|buttons?|pins?|stickers?|bumper\s+stickers?|placards?|posters?|tote\s+bags?|jerseys?|hoodies?|sweatshirts?|mugs?|license\s+plates?|wristbands?|flags?)\b/iu;
const CLICK_BEFORE = /\b(?:click|clicks|clicked|clicking|tap|taps|tapped|tapping)\s+(?:on\s+)?(?:the\s+)?$/iu;
const PEN_NAME_BEFORE = /\b(?:pseudonym|pen\s+name|alias|screen\s+name|user\s*name|stage\s+name|code\s*name|nom\s+de\s+plume)\s*,?\s*$/iu;
// The letters the two patterns above can end in (the click word, "on" or "the"; "pseudonym", "name",
// "alias", "plume", before a comma or not): a window that ends in another is not tried (see lastNonSpaceAt).
const CLICK_LAST = caseInsensitiveCodes("ksdgpne");
const PEN_NAME_LAST = caseInsensitiveCodes("mes");
const LABEL_MAX_WORDS = 8;

function isLabel(text: string, quoted: string, outer: Span, words: number): boolean {
  if (words > LABEL_MAX_WORDS) return false;
  // After the closing mark: a space, then the item. Words that end in a comma or a stop inside the
  // marks ("“We lost.” T-shirts appeared") are a quotation, not a label.
  if (outer.end < text.length && isSpaceCode(text.charCodeAt(outer.end)) && !/[,;:.!?…]$/u.test(quoted) && ITEM_AFTER.test(text.slice(outer.end, outer.end + 32))) return true;
  // Before the opening mark: a space, then the click or the pen name.
  if (outer.start === 0 || !isSpaceCode(text.charCodeAt(outer.start - 1))) return false;
  const before = text.slice(Math.max(0, outer.start - 32), outer.start);
  let end = lastNonSpaceAt(before);
  if (CLICK_LAST.has(before.charCodeAt(end)) && CLICK_BEFORE.test(before)) return true;
  if (words > 4) return false;
  if (before.charCodeAt(end) === 44) end = lastNonSpaceAt(before, end);
  return PEN_NAME_LAST.has(before.charCodeAt(end)) && PEN_NAME_BEFORE.test(before);
}

/**
 * A name the writer marks as someone else's coinage: "the so-called “harbor rule”", "so called
 * “Implementation Initiative”". "So-called" is what scare quotes say in words: what follows names
 * what others call the thing, and is no one's speech even with a speech verb elsewhere in the sentence.
 * Unless a cue right after the marks governs the run itself ("under the so-called “harbor rule,” Lind
 * wrote"). PolNeAR train: 6 such runs were read as quotations (a "bracket", rebels, two initiatives, a
 * "special relationship", "independent expenditure" reports), 3 of them quotations in the gold, none
 * anyone's speech by the text.
 */
const SO_CALLED_BEFORE = /\bso[\s-]{1,3}called\s*$/iu;
const SO_CALLED_MAX_WORDS = 8;

function isSoCalled(text: string, quoted: string, outer: Span, words: number): boolean {
  if (words > SO_CALLED_MAX_WORDS || outer.start === 0 || !isSpaceCode(text.charCodeAt(outer.start - 1))) return false;
  const before = text.slice(Math.max(0, outer.start - 16), outer.start);
  // Only a window that ends in "d" is tried (the regex's last letter).
  if ((before.charCodeAt(lastNonSpaceAt(before)) | 32) !== 100 || !SO_CALLED_BEFORE.test(before)) return false;
  return !(quoted.endsWith(",") && anySpeechVerb(tokensAfter(text, outer.end, 3)));
}

const isDashCode = (c: number): boolean => c === 0x2013 || c === 0x2014 || c === 45;

/**
 * A paragraph that is nothing but title-case words in single marks ("‘All Bets Are Off.’"): a
 * newspaper's section heading, not speech (double marks alone on a line are a quoted shout, "“Nooooo!”").
 * Or words in single marks between two dashes, whatever their case: a wire story's subhead ("– ‘Who
 * cares?’ –."; AFP sets its subheads so). PolNeAR: 2 such dashed subheads, both read as quotations
 * before, neither in the gold.
 */
function isSubhead(text: string, para: Span, outer: Span, ws: readonly string[]): boolean {
  const open = text.charCodeAt(outer.start);
  // Two apostrophes ('') stand for a double mark: a quoted line, not a single-marked heading.
  if ((open !== 0x27 && open !== 0x2018) || ws.length > 8 || (open === 0x27 && text.charCodeAt(outer.start + 1) === 0x27)) return false;
  // Only white space (or a dash) on either side: the scan stops at the first other character, so a
  // paragraph of many runs stays linear.
  const lead = firstNonSpace(text, para.start, outer.start);
  const trail = firstNonSpace(text, outer.end, para.end);
  if (lead === outer.start && trail === para.end) return capitalisedWords(ws);
  if (!isDashCode(text.charCodeAt(lead)) || firstNonSpace(text, lead + 1, outer.start) !== outer.start || !isDashCode(text.charCodeAt(trail))) return false;
  let end = firstNonSpace(text, trail + 1, para.end);
  if (text.charCodeAt(end) === 46) end = firstNonSpace(text, end + 1, para.end);
  return end === para.end;
}

/**
 * Whether the marks at `outer` open a sentence: only white space between them and the paragraph's
 * start or a sentence's stop (. ! ? …, a closing mark after it: '"Why?" she asked. "Because."', 'He
 * paused. "Enough."'). A word in marks inside a sentence ("likes “Lilyhammer.”") is a name or a term,
 * and a stop that ends an abbreviation ("Gen. “Mack.”") ends no sentence. PolNeAR train and dev: no
 * one-word run stood so (a reply of one word, '"Yes," she said. "Absolutely."', was read as a scare quote).
 */
function opensSentence(text: string, para: Span, outer: Span): boolean {
  let j = outer.start;
  while (j > para.start && isSpaceCode(text.charCodeAt(j - 1))) j--;
  if (j === para.start) return true;
  let c = text.charCodeAt(j - 1);
  // A closing mark after the stop: '"Why?" she asked.' ends in a stop, '"Go!" "Now."' in a mark.
  if ((c === 0x201d || c === 0x2019 || c === 34 || c === 39) && j - 1 > para.start) c = text.charCodeAt(--j - 1);
  if (c === 33 || c === 63 || c === 0x2026) return true;
  return c === 46 && !abbreviationBefore(text, j - 1, para.start);
}

/** Whether the words in marks end with a stop and a capital opens the word after the marks (a new sentence). */
function endsSentence(text: string, quoted: string, outer: Span): boolean {
  const last = quoted.charCodeAt(quoted.length - 1);
  if (last !== 46 && last !== 33 && last !== 63) return false;
  const j = firstNonSpace(text, outer.end, Math.min(text.length, outer.end + 8));
  return j < text.length && (classAt(text, j) & UPPER) !== 0;
}

/** A speech cue in the narration of the quote's sentence before its opening mark. */
function cueBeforeInSentence(index: CueIndex, para: Span, outer: Span): boolean {
  const si = lowerBound(index.stops, outer.start);
  const sStart = Math.max(para.start, si > 0 ? index.stops[si - 1] : 0);
  const ci = lowerBound(index.cues, sStart);
  return ci < index.cues.length && index.cues[ci] < outer.start;
}

/** `index` is called only when the quote's sentence must be searched for a cue (built on demand). */
export function classifyRun(text: string, index: () => CueIndex, para: Span, span: Span, outer: Span, headline: boolean): ScareVerdict {
  if (headline) return { scare: true, why: "headline" };
  const quoted = text.slice(span.start, span.end);
  // One word past the most a title may have is enough to tell every case below apart.
  const ws = firstWords(quoted, TITLE_MAX_WORDS + 1);
  if (ws.length === 0) return { scare: true, why: "no-cue" };
  if (isOwnedTitle(text, outer.start, outer.end, quoted, ws) || namedWork(text, outer, quoted, ws) !== null) return { scare: true, why: "title" };
  if (ws.length <= 2 && isNickname(text, quoted, outer)) return { scare: true, why: "nickname" };
  if (isLabel(text, quoted, outer, ws.length) || isSoCalled(text, quoted, outer, ws.length)) return { scare: true, why: "label" };
  if (isSubhead(text, para, outer, ws)) return { scare: true, why: "headline" };
  // A title-case name where a noun stands ("lost its co-host to “Good Morning America.”"), unless a cue
  // beside the marks makes it someone's words ("called it “X”") or it opens its sentence (a reply).
  // Not after a speech cue earlier in its sentence: there a name may be the speaker's own word
  // ("Trump has said the deal could lead to another “Holocaust.”").
  if (
    isBareTitle(text, outer, quoted, ws) &&
    !opensSentence(text, para, outer) &&
    !hasAdjacentCue(text, outer, endsSentence(text, quoted, outer)) &&
    !cueBeforeInSentence(index(), para, outer)
  ) return { scare: true, why: "title" };
  if (ws.length > SHORT_WORDS) {
    return looksLikeTitle(quoted, ws) && !hasAdjacentCue(text, outer, false, opensSentence(text, para, outer)) ? { scare: true, why: "title" } : { scare: false, why: "quotation" };
  }
  const sentence = /^[\p{Lu}\p{N}¿¡]/u.test(quoted) && /[.!?…]$/u.test(quoted);
  // A one-word exclamation or question ("Nooooo!", "Blacklisted?") is an utterance too, and so is one
  // word with a stop that stands as a sentence of its own ('"Yes," she said. "Absolutely."').
  if (sentence && (ws.length >= 2 || /[!?]$/u.test(quoted) || opensSentence(text, para, outer))) return { scare: false, why: "quotation" };
  // Three or four words from the middle of someone's sentence ("decried the GOP for “turning its
  // back”", "“literally hate each other”") are a partial quotation even with no cue in sight; a
  // scare quote is a word or two. Measured on PolNeAR train: 38 of 50 such runs were quotations.
  if (ws.length >= 3 && /^\p{Ll}/u.test(quoted)) return { scare: false, why: "quotation" };
  if (hasAdjacentCue(text, outer, false, opensSentence(text, para, outer)) || sentenceHasCue(index(), para, outer)) return { scare: false, why: "quotation" };
  return { scare: true, why: "no-cue" };
}
