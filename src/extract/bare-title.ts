import type { Span } from "../model/index.js";
import { DIGIT, LETTER, classOf, isSpaceCode } from "./chars.js";
import { capitalisedWords } from "./titles.js";
import { NAMING_VERBS, REFERRING_VERBS } from "./lexicon.js";

/**
 * A name in title case set in marks inside a noun phrase, with no owner or kind of work beside it:
 * "lost its co-host to “Good Morning America.”", "missing from “Rush Hour.”", "a comedy in the style of
 * “Bridget Jones's Diary.”", "the defeated “Remain” campaign", "another “Today” anchor". A film, a show,
 * a slogan or a movement named where a noun stands: nobody is quoted, even with a stop inside the marks
 * (American style puts the sentence's stop there, which made "Good Morning America." read as a sentence)
 * and a speech verb later in the sentence ("… made that gag famous in “The 40-Year-Old Virgin,” Mr.
 * Oppenheim noted"). The caller (scare.ts) rules out a cue right beside the marks ("called it “X”",
 * "said, “X”") and a speech cue before them in their sentence, where a name may be the speaker's own
 * word ("Trump has said the deal could lead to another “Holocaust.”").
 */

/** At most this many words: a longer run in capitals is more often a headline or a shout quoted. */
const MAX_WORDS = 6;

// Words after which a noun phrase goes on: determiners and prepositions. A verb there ("enjoys “Modern
// Family.”", "shouted “Yessss!”") may take someone's words as its object, so it is not read as a slot;
// nor "a" or "an" alone ("to fear a “Putin-Ribbentrop Pact”" is a coinage someone is quoted for).
const NOUN_SLOT_BEFORE: ReadonlySet<string> = new Set([
  "the", "another", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
  "of", "to", "from", "on", "in", "at", "for", "with", "alongside", "about", "like", "into", "onto", "by",
  "over", "via", "including", "between", "against", "during", "without", "under",
]);

// Words that join or compare rather than qualify: before the marks they say nothing of a noun phrase.
const NOT_MODIFIER_BEFORE: ReadonlySet<string> = new Set(["and", "or", "but", "nor", "as", "than", "then", "so", "yet"]);

// After the marks, the words that go on the sentence rather than name the noun a title qualifies
// ("“Veep” as his top show", "“Miss Piggy” and “Miss Housekeeping”", "“Sons of Trump” is an adaptation").
const NOT_NOUN_AFTER: ReadonlySet<string> = new Set([
  "and", "or", "but", "nor", "as", "than", "to", "of", "in", "on", "at", "for", "with", "from", "by", "into", "over", "about",
  "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "instead", "again", "too", "also",
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "can", "may",
  "might", "must", "does", "do", "did", "not", "now", "then", "here", "there",
]);

// Nouns of speech before "of": "chants of “Trump, Trump, Trump”" are what a crowd said.
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  "chant", "chants", "cry", "cries", "call", "calls", "shout", "shouts", "chorus", "choruses", "cheer", "cheers", "word", "words",
  "slogan", "slogans", "refrain", "refrains",
]);

// Verbs whose subject names the thing in its own words ("called the “Crossroads of America”",
// "referred to the “New Class”"): looked for among this many words before the marks.
const NAMED_WITHIN = 4;

/** Up to `n` words of letters or digits right before `at`, nearest last, as written; stops at any other character. */
function wordsBefore(text: string, at: number, n: number): string[] {
  const out: string[] = [];
  let j = at;
  while (out.length < n) {
    while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
    const end = j;
    // 16 letters is longer than any word the sets above hold.
    while (j > 0 && end - j <= 16 && classOf(text.charCodeAt(j - 1)) & (LETTER | DIGIT)) j--;
    if (j === end) break;
    out.unshift(text.slice(j, end));
    if (j === 0 || !isSpaceCode(text.charCodeAt(j - 1))) break;
  }
  return out;
}

/** The lower-case word right after `at` (one space, no punctuation between), or "" when none stands there. */
function lowerWordAfter(text: string, at: number): string {
  if (text.charCodeAt(at) !== 32) return "";
  let j = at + 1;
  while (j < text.length && j - at <= 16) {
    const c = text.charCodeAt(j);
    if (c < 97 || c > 122) break;
    j++;
  }
  return text.slice(at + 1, j);
}

/**
 * Whether the words in marks at `outer` (`quoted`, its words `ws`) are a title-case name standing where a
 * noun does: after a determiner or a preposition, or as a modifier between a lower-case word and the noun
 * it qualifies ("the defeated “Remain” campaign"). Not a cry or a question (! or ?), not two sentences.
 */
export function isBareTitle(text: string, outer: Span, quoted: string, ws: readonly string[]): boolean {
  if (ws.length === 0 || ws.length > MAX_WORDS || !capitalisedWords(ws)) return false;
  const last = quoted.charCodeAt(quoted.length - 1);
  if (last === 33 || last === 63) return false;
  // A stop inside followed by more words: two sentences, however short ("Stop. Now.").
  for (let k = 0; k < quoted.length - 1; k++) {
    const c = quoted.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63) && isSpaceCode(quoted.charCodeAt(k + 1)) && sentenceBreakAt(quoted, k)) return false;
  }
  const raw = wordsBefore(text, outer.start, NAMED_WITHIN);
  if (raw.length === 0) return false;
  // (Pushed, not raw.map: an optimised .map gives a holey array, another map, and isBareTitle's optimised code was dropped.)
  const before: string[] = [];
  for (const w of raw) before.push(w.toLowerCase());
  // Someone's name for the thing: a naming or referring verb, or a predicative "as" ("referring to the
  // US as the “Great Satan.”").
  for (const w of before) if (NAMING_VERBS.has(w) || REFERRING_VERBS.has(w) || w === "referred" || w === "refers" || w === "referring" || w === "as") return false;
  // A year or a number between the slot word and the marks qualifies the name ("his 1994 “Contract with
  // America.”", "the 2010 “Expulsion Initiative.”"): the word before it says where the name stands.
  if (before.length >= 2 && isNumber(before[before.length - 1])) {
    raw.pop();
    before.pop();
  }
  const last1 = before[before.length - 1];
  if (last1 === "of" && before.length >= 2 && SPEECH_NOUNS.has(before[before.length - 2])) return false;
  // In lower case as written: in a heading set in title case ("Asked Men Everywhere To “Redefine
  // Masculinity.”") the capitalised words around a quote are no noun phrase's.
  // One capitalised word with nothing after it inside the marks may be an adjective someone used ("said
  // the “Crooked” Deal was off"); a title of one word ends its phrase there ("a job at “Today,”").
  if (NOUN_SLOT_BEFORE.has(raw[raw.length - 1]) && (ws.length >= 2 || last === 44 || last === 46)) return true;
  // A modifier: a lower-case word before ("defeated", "famous", "a"), the noun right after, nothing
  // inside the marks that ends a phrase.
  const c0 = raw[raw.length - 1].charCodeAt(0);
  if (last === 44 || last === 46 || NOT_MODIFIER_BEFORE.has(last1) || !(c0 >= 97 && c0 <= 122)) return false;
  const after = lowerWordAfter(text, outer.end);
  return after.length > 0 && !NOT_NOUN_AFTER.has(after);
}

/** Whether the stop at `k` in `quoted` ends a sentence rather than an initial or an abbreviation ("Mr.", "U.S."). */
function sentenceBreakAt(quoted: string, k: number): boolean {
  // The word the stop ends: two letters or more, one capital at most (an abbreviation is short or capitals).
  let j = k;
  while (j > 0 && classOf(quoted.charCodeAt(j - 1)) & LETTER) j--;
  const word = quoted.slice(j, k);
  return word.length > 3 && word !== word.toUpperCase();
}

/** Whether `w` is digits only ("1994"). */
function isNumber(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (!(classOf(w.charCodeAt(k)) & DIGIT)) return false;
  return w.length > 0;
}
