import type { Span } from "../model/index.js";
import { NOT_NAMES } from "./lexicon.js";
import { mentionAt, type Mention } from "./mention.js";
import { tokenize, type Tok } from "./tokens.js";

/**
 * Reported speech whose source extraction gave as one name of a coordination: the last name when
 * each carries a party tag ("Sen. Ann Lee (D-Ohio) and Rep. Tom Reyes (R-Utah) said that …" gave
 * "Rep. Tom Reyes (R-Utah)"), the first when a participle's clause follows ("Ann Lee and Tom Reyes
 * sent a letter, asking that …" gave "Ann Lee"). The names speak together (see mention.ts,
 * coordinatedName, which reads the pair once it has the whole span); this finds that span.
 */

// Lower-case role words that may open a conjunct before its title or name ("former Gov. Tom Reyes").
const ROLE_WORDS: ReadonlySet<string> = new Set(["former", "retired", "late", "then", "acting", "fellow"]);
// What may stand right before a coordination that is its clause's subject: the sentence's start or a
// clause break, a subordinator or a conjunction, "both". (Not a preposition or a verb: "such as Ann
// Lee and Tom Reyes", "between Lee and Reyes", "praised Lee and Reyes" make the names an object.)
const SUBJECT_LEADS: ReadonlySet<string> = new Set([
  ".", "!", "?", ",", ";", ":", "—", "–", "--", "but", "and", "yet", "so", "while", "when", "as", "because", "though", "although",
  "after", "before", "since", "if", "once", "that", "both", "meanwhile", "indeed", "then", "also",
]);
// Conjunctions that open a clause only after a clause break ("…, and Lee and Reyes said"; not "thanked
// Dover and Troy and Lee said", where "and" joins the objects).
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(["but", "and", "yet", "so"]);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([".", "!", "?", ",", ";", ":", "—", "–", "--"]);
// Bounds: a list of up to four names before the one extraction gave, each of up to six words.
const MAX_CONJUNCTS = 4;
const MAX_RUN = 6;

const nameWord = (t: Tok): boolean => t.word && t.cap && !NOT_NAMES.has(t.lower);
const roleWord = (t: Tok): boolean => t.word && !t.cap && ROLE_WORDS.has(t.lower);

/** The party tag or state that closes at `close` ("(D-Ohio)", "(R)"): the index of its "(", or -1. */
function tagOpenBefore(toks: readonly Tok[], close: number): number {
  if (toks[close]?.text !== ")") return -1;
  for (let k = close - 1; k >= 0 && close - k <= 4; k--) if (toks[k].text === "(") return k < close - 1 && toks[k + 1].cap ? k : -1;
  return -1;
}

/** The first index of the conjunct (role words, title, name, tag) that ends at `end`, or -1. */
function conjunctStartBefore(toks: readonly Tok[], end: number): number {
  let k = end;
  const open = tagOpenBefore(toks, k);
  if (open >= 0) k = open - 1;
  const nameEnd = k;
  while (k >= 0 && nameEnd - k < MAX_RUN && nameWord(toks[k])) k--;
  if (k === nameEnd) return -1;
  let s = k + 1;
  while (k >= 0 && s - k <= 2 && roleWord(toks[k])) s = k--;
  return s;
}

/** The last index of the conjunct (role words, title, name, tag) that opens at `from`, or -1. */
function conjunctEndAfter(toks: readonly Tok[], from: number): number {
  let k = from;
  while (k < toks.length && k - from < 2 && roleWord(toks[k])) k++;
  const nameFrom = k;
  while (k < toks.length && k - nameFrom < MAX_RUN && nameWord(toks[k])) k++;
  if (k === nameFrom) return -1;
  if (toks[k]?.text === "(") {
    let c = k + 1;
    while (c < toks.length && c - k <= 4 && toks[c].text !== ")") c++;
    if (toks[c]?.text === ")" && tagOpenBefore(toks, c) === k) return c;
  }
  return k - 1;
}

/**
 * The span of the whole coordination of names around the source `whole` as extraction gave it (in
 * its paragraph `para`), when the names are the subject of their clause; or null.
 */
export function coordinatedSourceSpan(text: string, para: Span, whole: Span): Span | null {
  // (Most sources stand alone: one cheap look at the words either side first.)
  const left = text.slice(Math.max(para.start, whole.start - 6), whole.start);
  const right = text.slice(whole.end, Math.min(para.end, whole.end + 16));
  const andBefore = /\band\s+(?:\S+\s+)?$/.test(left);
  const andAfter = /^\s*(?:\([^()]{1,12}\))?\s*,?\s*and\s/.test(right);
  if (!andBefore && !andAfter) return null;
  let start = whole.start;
  let end = whole.end;
  if (andBefore) {
    const from = Math.max(para.start, whole.start - 200);
    const toks = tokenize(text, { start: from, end: whole.start });
    // (Role words of the conjunct extraction gave stay outside its span: "… and former Gov. Tom Reyes".)
    let k = toks.length - 1;
    while (k >= 0 && toks.length - 1 - k < 2 && roleWord(toks[k])) k--;
    if (k < 1 || toks[k].lower !== "and") return null;
    k--;
    if (toks[k].text === ",") k--; // the serial comma
    let s = -1;
    for (let n = 0; n < MAX_CONJUNCTS && k >= 0; n++) {
      const c = conjunctStartBefore(toks, k);
      if (c < 0) break;
      s = c;
      if (c >= 2 && toks[c - 1].text === ",") k = c - 2;
      else break;
    }
    if (s < 0) return null;
    // A list's comma before the first conjunct found is no list: the clause break before the subject.
    const lead = s > 0 ? toks[s - 1] : null;
    if (lead ? !SUBJECT_LEADS.has(lead.lower) || (lead.lower === "as" && s > 1 && toks[s - 2].lower === "such") : from > para.start) return null;
    if (lead && CLAUSE_CONJUNCTIONS.has(lead.lower) && !(s === 1 ? from === para.start : CLAUSE_BREAKS.has(toks[s - 2].text))) return null;
    start = toks[s].start;
  }
  if (andAfter) {
    const toks = tokenize(text, { start: whole.end, end: Math.min(para.end, whole.end + 160) });
    let k = 0;
    const tagEnd = toks[0]?.text === "(" ? toks.findIndex((t) => t.text === ")") : -1;
    if (tagEnd > 0 && tagEnd <= 4) k = tagEnd + 1;
    if (toks[k]?.text === ",") k++;
    if (toks[k]?.lower !== "and") return andBefore ? { start, end } : null;
    const e = conjunctEndAfter(toks, k + 1);
    // The pair then goes on to its verb: a lower-case word (not "of" or a possessive: "Lee and Reyes's aides").
    const next = e >= 0 ? toks[e + 1] : undefined;
    if (e < 0 || !next || !next.word || next.cap || next.lower === "of") return andBefore ? { start, end } : null;
    end = toks[e].end;
  }
  return start === whole.start && end === whole.end ? null : { start, end };
}

/**
 * The pair (or list) as one mention when the source `m` that extraction gave is one of its names
 * (see coordinatedSourceSpan); null when there is none or the whole does not read as names that speak
 * together (a body's name, "the State Department", keeps the source as it was).
 */
export function coordinatedSourceMention(text: string, para: Span, m: Mention): Mention | null {
  if (m.kind !== "name" || m.type !== "person") return null;
  const span = coordinatedSourceSpan(text, para, m.whole);
  const pair = span ? mentionAt(text, span) : null;
  return pair && pair.type === "group" ? pair : null;
}
