import { PERSON_NOUNS } from "../model/name-words.js";
import { FIRST_NAME_GENDER } from "../model/given-names.js";
import { isTitle } from "./names.js";

/**
 * Whether an article writes a capitalised name as a publisher's ("according to Statista", "Variety
 * reported", "a Pew survey", "Playbook's report", the title ''Playbook'' in quotation marks,
 * "California Department of Transportation (Caltrans)") and never as a person's: no given name,
 * initial or title before it, no "who", "he"/"she" or role noun after it ("X, a Republican
 * strategist"), and, for a name of two words or more, its last word never alone (a person named in
 * full is then "Praeli" or "Ms. Praeli"; an outlet is never called by its last word). The name
 * pattern types such a name a person ("Statista", "Daily Caller", "HuffPost Pollster"), so it joined
 * nobody and read as a person in every check. Each occurrence is looked at in a bounded window, one
 * indexOf pass over the text: linear. Pure.
 */
export function writesAsPublisher(text: string, name: string): boolean {
  const words = name.split(" ");
  if (words.some((w) => isTitle(w) || FIRST_NAME_GENDER.has(w.toLowerCase()))) return false;
  let publisher = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
    const before = text.slice(Math.max(0, at - 80), at);
    const after = sentenceRest(text, end);
    if (personBefore(before) || personAfter(after)) return false;
    if (!publisher) publisher = publisherAt(before, after);
  }
  if (!publisher) return false;
  // A name of two words or more whose last word stands alone is a person's ("Smith said").
  if (words.length > 1) {
    const last = words[words.length - 1];
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
      if (isWordChar(text[at - 1]) || isWordChar(text[at + last.length])) continue;
      if (!text.slice(Math.max(0, at - name.length), at).endsWith(name.slice(0, name.length - last.length))) return false;
    }
  }
  return true;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The rest of the sentence after a name, at most 100 characters. */
function sentenceRest(text: string, from: number): string {
  const window = text.slice(from, from + 100);
  const stop = window.search(/[.!?\n](?:\s|$)/u);
  return stop < 0 ? window : window.slice(0, stop);
}

/** A given name, an initial or a title right before the name ("Anna Variety", "J. Variety", "Mayor Variety"), or a role noun ("analyst Variety"). */
function personBefore(before: string): boolean {
  const m = /(\p{L}[\p{L}.]{0,20})\s$/u.exec(before);
  if (!m) return false;
  const w = m[1];
  return /^\p{Lu}\.$/u.test(w) || isTitle(w) || FIRST_NAME_GENDER.has(w.toLowerCase()) || PERSON_NOUNS.has(w);
}

/** "who", "he"/"she" or a role noun in an appositive after the name ("X, who", "X said he", "X, a Republican strategist"). */
function personAfter(after: string): boolean {
  if (/^,?\s+who\b/u.test(after) || /\b(?:he|she|his|her|himself|herself)\b/iu.test(after)) return true;
  if (!after.startsWith(", ")) return false;
  const phrase = after.slice(2).split(/[,;:()]/u)[0];
  return phrase.split(/\s+/u).some((w) => PERSON_NOUNS.has(w));
}

/** What only a publisher's name stands in: "according to X", "X reported", "a X survey", "X's report", ''X'', "(X)" after a body's name. */
function publisherAt(before: string, after: string): boolean {
  if (/according to (?:the )?$/iu.test(before)) return true;
  if (/^\s(?:has |had |first )?(?:reported|reports|published|estimates)\b/u.test(after)) return true;
  if (/^['’]s?\s(?:report|reporting|survey|poll|polling|analysis|study|article|story|estimates?|data|ranking|tally|investigation)\b/u.test(after)) return true;
  if (/\b(?:a|an|the)\s(?:(?:new|recent|latest|\d{4})\s)?$/iu.test(before) && /^\s(?:survey|poll|analysis|study|report|estimates?|ranking|tally|data)\b/u.test(after)) return true;
  // A title in quotation marks: a person's name is not written so.
  if (/(?:[“‘]|''|")$/u.test(before) && /^,?(?:[”’]|''|")/u.test(after)) return true;
  // The short name in brackets after a body's name ("Department of Transportation (Caltrans)").
  return after.startsWith(")") && /\p{Lu}[\p{L}.-]*\s(?:of|for)\s(?:the\s)?\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}\s\($/u.test(before);
}

/**
 * Whether a speaker's name may be a publisher's, before its article is read: capitalised, four
 * words at most, none a given name or a title. (The cross-source stage reads only such names with
 * their article's text.)
 */
export function mayBePublisherName(name: string): boolean {
  if (!/^\p{Lu}/u.test(name)) return false;
  const words = name.split(" ");
  return words.length <= 4 && !words.some((w) => isTitle(w) || FIRST_NAME_GENDER.has(w.toLowerCase()));
}

/**
 * Where an article's text may hold a publisher's name, found once an article: the places a name
 * would start (after "according to", an opening bracket or quotation mark) and end (before
 * "reported", "'s report", " survey" …). A superset of writesAsPublisher's publisher words, so a name
 * at none of them is no publisher there and its article is not scanned for it (scanning the text for
 * every name of a long article was quadratic in it).
 */
export type PublisherCues = { readonly starts: readonly number[]; readonly ends: readonly number[] };

const ACCORDING = /according to (?:the )?/giu;
const OPENING = /[(“‘"]|''/gu;
const END_CUES = /['’]s?\s(?:report|reporting|survey|poll|polling|analysis|study|article|story|estimates?|data|ranking|tally|investigation)\b|\s(?:has |had |first )?(?:reported|reports|published|estimates)\b|\s(?:survey|poll|analysis|study|report|estimates?|ranking|tally|data)\b/gu;

const END_WORDS = ["report", "survey", "poll", "analysis", "study", "article", "story", "estimate", "data", "ranking", "tally", "investigation", "published"];

export function publisherCues(text: string): PublisherCues {
  const starts: number[] = [];
  const ends: number[] = [];
  if (text.includes("ccording to")) for (const m of text.matchAll(ACCORDING)) starts.push(m.index + m[0].length);
  // One mark a match: as cheap as indexOf.
  for (const m of text.matchAll(OPENING)) starts.push(m.index + m[0].length);
  if (END_WORDS.some((w) => text.includes(w))) for (const m of text.matchAll(END_CUES)) ends.push(m.index);
  return { starts, ends };
}

/** Whether a name stands at one of an article's publisher cues (see publisherCues). */
export function atPublisherCue(text: string, name: string, cues: PublisherCues): boolean {
  return cues.starts.some((s) => text.startsWith(name, s)) || cues.ends.some((e) => e >= name.length && text.startsWith(name, e - name.length));
}
