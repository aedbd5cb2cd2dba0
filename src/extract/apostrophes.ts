import { VERB_ONLY_S } from "../model/speech-forms.js";
import { isSpeechVerb } from "./lexicon.js";
import { isCloseContext, isMarkCode, isSpaceLike, isWordChar } from "./marks.js";

/**
 * Apostrophes that look like single quotation marks, inside a quote printed in single marks (the
 * British style: 'We have lived here since the '80s,' said Mr Brown.). Elsewhere a single mark that
 * opens or closes nothing is dropped at the paragraph's end anyway; inside an open single quote one of
 * these would open a quote within it or close it early.
 */

// A decade ('80s, ‘90s) or a word that drops its first letters ('em, 'cause, 'til, 'tis, 'twas),
// lower-case: a capital after the mark opens a quote ('Cause we can,' is read as a quote). Not "'n'"
// (rock 'n' roll), whose second mark would then close an open quote. Sticky: tried at one place only.
const ELISION_AFTER = /(?:\d\ds|em|cause|til|tis|twas)(?![\p{L}\p{N}])/uy;

/** Whether the single mark at `at`, in opening position, is an elision's apostrophe. */
export function elisionAt(text: string, at: number): boolean {
  ELISION_AFTER.lastIndex = at + 1;
  return ELISION_AFTER.test(text);
}

// The past forms of speech verbs that no noun shares.
const PAST_FORMS: ReadonlySet<string> = new Set(["said", "told", "wrote", "spoke"]);

/**
 * A speech verb in a form no noun shares ("said", "adds", "offered"; not "offer" or "reports"): after
 * "s' " it credits the quote the mark closes ("'We lost the votes' said Hill"), where a noun ("the
 * Smiths' offer") follows a possessive.
 */
function creditVerb(w: string): boolean {
  if (!isSpeechVerb(w)) return false;
  return PAST_FORMS.has(w) || VERB_ONLY_S.has(w) || (w.endsWith("ed") && w.length > 3);
}

const isSingleCode = (c: number): boolean => c === 39 || c === 0x2018 || c === 0x2019;

/**
 * Whether the single mark at `at`, after "s" and in closing position while a single quote is open,
 * is a plural possessive ("the Joneses' house", "the workers’ union"): a space and a lower-case word
 * that is no credit's verb follow it ("'We lost the votes' said Hill" closes there), and the next
 * single mark in the paragraph that opens or closes a quote (`end` bounds it) is a closing one, which
 * then closes the quote. The next opening one ("'reckless' and the costs 'huge'") leaves the mark a
 * closer. Each call reads on only to the next mark in closing or opening position, and the scanner
 * asks again only at a closing mark after that one, so the reads over a paragraph do not overlap.
 */
export function pluralPossessiveAt(text: string, at: number, end: number): boolean {
  const s = text.charCodeAt(at - 1);
  if ((s !== 115 && s !== 83) || text.charCodeAt(at + 1) !== 32) return false;
  const w = at + 2;
  const c = text.charCodeAt(w);
  if (!(c >= 97 && c <= 122)) return false;
  let e = w + 1;
  while (e < end && isWordChar(text[e])) e++;
  if (creditVerb(text.slice(w, e))) return false;
  for (let j = e; j < end; j++) {
    const m = text.charCodeAt(j);
    if (!isSingleCode(m)) continue;
    // The scanner's reading of the mark (direct.ts): in a word ("don't") it is none.
    const before = text[j - 1];
    const after = j + 1 < end ? text[j + 1] : undefined;
    const wordBefore = isWordChar(before);
    const wordAfter = isWordChar(after);
    if (wordBefore && wordAfter) continue;
    const spaceBefore = isSpaceLike(before) || isMarkCode(before.charCodeAt(0));
    if (!spaceBefore && !wordAfter) return true;
    if (m !== 0x2019 && !wordBefore && !isCloseContext(after)) return false;
  }
  return false;
}

// How many words a dropped g's quote may still hold after it: a nickname's rest or a short phrase
// ("Lyin’ Ted’", "comin’ back for more,’"), not a clause.
const DROPPED_G_WORDS = 4;
// And how many characters: white space and symbols between them count too (each call reads at most this far).
const DROPPED_G_REACH = 80;

/**
 * Whether the single mark at `at`, in closing position while a single quote is open, is a dropped g's
 * apostrophe ("‘Lyin’ Ted’", "'keep comin' back,'"): it ends a word in "in", a space and a word follow
 * it, and within the next few words of the same clause (`end` bounds the paragraph) a single mark stands
 * in closing position, which then closes the quote. A mark that opens a quote first ("‘great again’ and
 * ‘win’"), a double mark, a stop and a space, a comma, colon or semicolon before any such mark, or a
 * later mark that may be a plural possessive ("the members’ union") leave this one the closer ("‘a big
 * win’ for the party and the members’ union"). PolNeAR train: 'Lyin’ Ted' in single marks came out as
 * "Lyin", and the nickname's rest as narration.
 */
export function droppedGAt(text: string, at: number, end: number): boolean {
  // "…in’ W": n and i before the mark (a letter before them too), a space and a letter after it.
  if (text.charCodeAt(at - 1) !== 110 || text.charCodeAt(at - 2) !== 105 || !isWordChar(text[at - 3])) return false;
  if (text.charCodeAt(at + 1) !== 32 || !isWordChar(text[at + 2])) return false;
  let words = 0;
  const stop = Math.min(end, at + DROPPED_G_REACH);
  for (let j = at + 2; j < stop; j++) {
    const m = text.charCodeAt(j);
    if (isWordChar(text[j]) && !isWordChar(text[j - 1]) && ++words > DROPPED_G_WORDS) return false;
    if (isSingleCode(m)) {
      const wordBefore = isWordChar(text[j - 1]);
      const wordAfter = j + 1 < end && isWordChar(text[j + 1]);
      if (wordBefore && wordAfter) continue; // an apostrophe in a word
      // Closing position: no space before it and no word after it (as the scanner reads it).
      if (isSpaceLike(text[j - 1]) || wordAfter) return false;
      // "the members’ union": a possessive as likely as a closer.
      const s = text.charCodeAt(j - 1);
      return !((s === 115 || s === 83) && text.charCodeAt(j + 1) === 32 && isLowerAt(text, j + 2));
    }
    // A stop, comma, colon or semicolon ends the stretch unless a mark follows it ("Ted.’", "more,’").
    if ((m === 46 || m === 33 || m === 63 || m === 44 || m === 58 || m === 59) && !(j + 1 < end && isSingleCode(text.charCodeAt(j + 1)))) return false;
    if (m === 34 || m === 0x201c || m === 0x201d) return false;
  }
  return false;
}

const isLowerAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
};
