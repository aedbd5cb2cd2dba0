import type { Span } from "../model/index.js";
import { AUX_ADVERBS, CLAIM_NOUNS, CLAUSE_WORDS, DETERMINERS, LY_NOUNS, MEDIUM_NOUNS, NOMINAL_DETERMINERS, PHRASE_PREPOSITIONS, SPEECH_VERBS, SUBJECT_PRONOUNS, TIME_WORDS } from "./reported-lexicon.js";
import { auxiliaryTest } from "../model/auxiliary-words.js";
import { posBeforeLast, tag } from "./reported-nlp.js";
import { isState } from "./states.js";
import { COPULA_CONTRACTION, FINITE_AUX, type Source, headOf, isName, nameListStart, subjectBefore } from "./reported-source.js";
import { headBeforeGloss } from "./reported-source-head.js";
import { type Token, joinedTexts, tokenAt } from "./reported-text.js";
import { NOT_FRONTED_ING, datelineEnd, forwardStop } from "./reported-content.js";
import { AUX_START, DASHES, type Sentence, type VerbSite, clauseIn, content, isTrigger, tokSpan, verbFirst } from "./reported-sentence.js";

/**
 * Sources that the subject walk back from the cue (reported-source.ts) does not find by itself: the
 * sentence's own subject, a fronted or relative-clause subject, a source after the verb ("..., said X")
 * or across quotation marks, and the subject of a participle ("with 22 percent saying ...").
 */

/**
 * "Tom told Annette, who answered her door and said she planned ...": a relative clause opened by "who" after
 * the last comma before "and"/"but" (at `and`) has the second verb too; its pronoun is the source (the
 * attribution resolves it to the antecedent). Null when no such clause.
 */
export function relativeBeforeAnd(toks: readonly Token[], and: number): Source | null {
  let c = and - 1;
  while (c > 0 && and - c < 20 && toks[c].text !== "," && !DASHES.has(toks[c].text) && toks[c].text !== ";") c--;
  if (c <= 0 || toks[c].text !== ",") return null;
  // "The news conference, in which he laid out the record but then announced ...": a relative after a preposition has
  // a subject of its own, a pronoun or a name, which has the second verb too.
  const pied = PIED_RELATIVE.test(toks[c + 1]?.lower ?? "") && /^(?:which|whom)$/.test(toks[c + 2]?.lower ?? "");
  const a = pied ? c + 3 : c + 1;
  let b = a + 1;
  if (pied) {
    if (!/^(?:he|she|they|we|i)$/.test(toks[a]?.lower ?? "")) while (b < and && toks[b].word && toks[b].cap) b++;
    if (!(toks[a]?.cap || /^(?:he|she|they|we|i)$/.test(toks[a]?.lower ?? ""))) return null;
  } else if (toks[a]?.lower !== "who") return null;
  if (b >= and) return null;
  for (let k = b; k < and; k++) if (!toks[k].word || CLAUSE_WORDS.has(toks[k].lower)) return null;
  const sp = tokSpan(toks, a, b);
  return { source: sp, mention: sp, role: null };
}
/** Prepositions that open a relative clause before "which"/"whom" ("in which", "at which"). */
const PIED_RELATIVE = /^(?:in|at|on|during|after|for|with|from|by|to|under|through)$/;

/** Subordinators whose clause has a subject of its own ("when Rubio thanked Miami and said ..."). */
const CLAUSE_SUBORDINATORS = /^(?:when|after|as|because|since|before|while|once|until|if|though|although)$/;

/**
 * "The crowd cheered when Trump spotted a sign and asked ...", "Some booed, and when Rubio thanked Miami and said
 * ...": a subordinate clause whose subject is a name or a pronoun, with its own verb, runs up to "and"/"but" (at
 * `and`) with no comma, dash or semicolon: the second verb is that subject's, not the sentence's. Null when
 * there is no such clause.
 */
export function subordinateBeforeAnd(toks: readonly Token[], and: number): Source | null {
  let k = and - 1;
  // (A bracketed aside and quotation marks are passed over, uncounted: "when Trump called immigrants “rapists”
  // (although he allowed that some might be good people) and promised ...".)
  let skipped = 0;
  while (k > 0 && and - k - skipped < 20 && !CLAUSE_SUBORDINATORS.test(toks[k].lower)) {
    if (toks[k].text === ")") {
      let o = k - 1;
      while (o > 0 && k - o < 30 && toks[o].text !== "(" && toks[o].text !== ")") o--;
      if (toks[o].text !== "(") return null;
      skipped += k - o + 1;
      k = o - 1;
      continue;
    }
    if (!toks[k].word && !DOUBLE_MARKS.has(toks[k].text)) break;
    if (!toks[k].word) skipped++;
    k--;
  }
  if (k < 0 || !CLAUSE_SUBORDINATORS.test(toks[k].lower) || toks[k].cap && k > 0) return null;
  // The subject: a pronoun, or a run of capitalised words (a name), then a lower-case word (the verb).
  const a = k + 1;
  let b = a;
  if (/^(?:he|she|they|we|i)$/.test(toks[a]?.lower ?? "")) b = a + 1;
  else while (b < and && toks[b].cap && toks[b].word) b++;
  if (b === a || b >= and - 1 || toks[b].cap || !toks[b].word || CLAUSE_WORDS.has(toks[b].lower)) return null;
  const sp = tokSpan(toks, a, b);
  return { source: sp, mention: sp, role: null };
}

/** Speech participles whose subject a name after "with" can be ("with Lee asking the witness whether ..."). */
const WITH_NAME_PARTICIPLES = /^(?:saying|asking|telling)$/;

/**
 * "with 47 percent of Cuban Americans saying ...": the index of a "with" at most 8 tokens before the
 * participle at i "saying", with only words of a noun phrase that a number or a quantity opens between; -1 if none.
 * Also "with Lee asking ...", "with Mayor Ann Ortiz telling ...": a name of one to four capitalised words between
 * "with" and the participle "saying", "asking" or "telling".
 */
export function withSubject(toks: readonly Token[], i: number): number {
  if (!WITH_NAME_PARTICIPLES.test(toks[i].lower)) return -1;
  let n = i - 1;
  while (n >= 0 && i - n <= 4 && toks[n].word && toks[n].cap) n--;
  if (n >= 0 && n < i - 1 && toks[n].lower === "with") return n;
  if (toks[i].lower !== "saying") return -1;
  for (let k = i - 1; k >= 0 && i - k <= 9; k--) {
    const t = toks[k];
    if (t.lower === "with") return k < i - 1 && /^(?:\d[\d,.]*%?|a|about|nearly|almost|more|most|half|only|just|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(toks[k + 1].lower) ? k : -1;
    if (!t.word && t.text !== "%") return -1;
    if (CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower) || FINITE_AUX.test(t.lower)) return -1;
  }
  return -1;
}

/**
 * Double quotation marks as tokens, and the two apostrophes that stand for them in some archives
 * (the tokeniser's "''": "Ms. Lee, who wrote the book ''Strangers No More,'' said …").
 */
const DOUBLE_MARKS: ReadonlySet<string> = new Set(["“", "”", "\"", "«", "»", "„", "''"]);

/**
 * "Humphrey, who calls Trump a “sociopath,” said ...": quotation marks inside the subject's appositive stop
 * the subject walk. The walk is tried again over the tokens without the marks (the spans are offsets, so
 * they hold). Only when no other subject was found.
 */
export function subjectAcrossMarks(s: Sentence, cueStart: number): Source | null {
  const { toks } = s;
  let first = -1;
  let count = 0;
  for (let k = 0; k < cueStart; k++) {
    if (!DOUBLE_MARKS.has(toks[k].text)) continue;
    if (first < 0) first = k;
    count++;
  }
  // (The marks must pair up, and the first must open a quotation: a closing one ends a quotation from an
  // earlier sentence, and the words before it are the quoted speaker's.)
  if (first < 0 || count % 2 !== 0 || toks[first].text === "”" || toks[first].text === "»") return null;
  if ((toks[first].text === "\"" || toks[first].text === "''") && first > 0 && toks[first - 1].end === toks[first].start) return null;
  const kept: Token[] = [];
  for (let k = 0; k < cueStart; k++) if (!DOUBLE_MARKS.has(toks[k].text)) kept.push(toks[k]);
  const n = kept.length;
  for (let k = cueStart; k < toks.length; k++) kept.push(toks[k]);
  // The subject starts before the quotation, and a comma or dash comes between its head and the marks: they
  // stand inside its appositive ("Humphrey, who calls Trump a “sociopath,” said"). ("3 percent of
  // self-identified “liberals” said" and "Fiorina was not one for “...,” said X" have no such subject.)
  const src = subjectBefore(kept, n, 0);
  if (!src || src.source.start >= toks[first].start || src.mention.end > toks[first].start) return null;
  let comma = false;
  for (let k = first - 1; k >= 0 && toks[k].start >= src.mention.end && !comma; k--) comma = toks[k].text === "," || DASHES.has(toks[k].text);
  return comma ? src : null;
}

const SUBORDINATORS = /^(while|although|though|when|if|as|because|after|before|since|whereas|unless|once|who|which)$/;
/** Subordinators of time, cause and condition, whose clause may trail the main clause (see mainClauseBefore). */
const TRAILING_SUBORDINATORS = /^(?:when|if|as|because|after|before|since|unless|once)$/;

/** The cue sits in a fronted subordinate or relative clause ("While X said A, B"; "X, who said A, B"). */
export function inSubordinate(toks: readonly Token[], sourceStart: number, cueStart: number): boolean {
  const a = tokenAt(toks, sourceStart);
  const prev = a > 0 ? toks[a - 1].lower : "";
  const subj = a >= 0 ? toks[a].lower : "";
  // ("Clinton stretched the truth during the debate, when she claimed that the Islamic State, or ISIS, has used
  // Trump ...": a clause of time or cause after the main clause has no main clause after it to give way to.)
  // (A concession keeps the first comma: "..., though Omran insisted that A, such as B, ..." goes on with the
  // reporter's gloss as often as not.)
  if (TRAILING_SUBORDINATORS.test(prev) && mainClauseBefore(toks, a - 1)) return false;
  return SUBORDINATORS.test(prev) || ((subj === "who" || subj === "which") && a + 1 >= cueStart) || (prev === "who" && toks[a - 2]?.lower === "those");
}

/**
 * Whether a main clause stands before the subordinator at index j, so that the subordinate clause trails it
 * ("Clinton stretched the truth during the debate, when she claimed ...", "he has pursued them since he
 * announced ..."): a finite verb before it (an auxiliary, a past form, a speech verb). A phrase with no verb
 * ("In a September debate, while ...", "A few weeks after ...") or "and"/"but" right before the subordinator
 * ("..., and while he said A, B") leaves the clause fronted: the main clause comes after it.
 */
function mainClauseBefore(toks: readonly Token[], j: number): boolean {
  if (j < 1 || /^(?:and|but|yet|so)$/.test(toks[j - 1].lower)) return false;
  for (let k = datelineEnd(toks); k < j; k++) {
    const t = toks[k];
    if (!t.word || t.cap) continue;
    if (FINITE_AUX.test(t.lower) || (t.lower.length > 4 && t.lower.endsWith("ed")) || (SPEECH_VERBS.has(t.lower) && !t.lower.endsWith("ing"))) return true;
  }
  return false;
}

/** Words that open a fronted clause of concession, time, cause or condition ("Although ...", "Now that ..."). */
const FRONT_SUBORDINATORS = /^(?:although|though|while|whereas|when|whenever|if|unless|because|since|once|as|after|before|until)$/;
/** Words that may stand before such a clause at the sentence's start ("But although ...", "Indeed, while ..."). */
const FRONT_LEAD = /^(?:but|and|yet|so|still|indeed|now|even|,)$/;

/**
 * "Although the agency declined to comment and aides later said A, B", "Now that X has claimed that A, B", "Indeed,
 * while X spent the week trying to tell voters that A, B": the cue sits in a clause the sentence opens with, so
 * the main clause follows the first comma after the reported one. (Only with no comma between the subordinator and
 * the cue: "When asked, Lee said A, B" has its cue in the main clause.)
 */
export function inFrontedClause(toks: readonly Token[], cueStart: number): boolean {
  let k = datelineEnd(toks);
  while (k < cueStart && k < 4 && FRONT_LEAD.test(toks[k].lower) && !(toks[k].lower === "now" && toks[k + 1]?.lower === "that")) k++;
  if (toks[k]?.lower === "now" && toks[k + 1]?.lower === "that") k++;
  else if (k >= cueStart || !FRONT_SUBORDINATORS.test(toks[k].lower)) return false;
  if (cueStart - k > 30) return false;
  // (A hyphen inside a word is no boundary; a spaced dash is: "While some say A - an aside - others say B".)
  for (let m = k + 1; m < cueStart; m++) {
    const t = toks[m];
    if (t.word || t.text === "’" || t.text === "'" || t.text === "." || (t.text === "-" && toks[m - 1].end === t.start && toks[m + 1]?.start === t.end)) continue;
    return false;
  }
  return true;
}

/** Words that open an aside on the sentence's subject ("X, who ...", "X, though she ...", "X, in which ..."). */
const ASIDE_OPENERS = /^(?:who|which|whose|though|although|while)$/;

/**
 * "The governor, who endorsed Lee in May and said he would campaign with her, did not show up", "Clinton, though
 * she praised him and said the Senate should give him a hearing, notably stopped short of ...", "The news
 * conference, in which he announced that he would not press charges, was just the latest ...": the cue sits in an
 * aside on the sentence's subject (a plain noun phrase), so a comma and the main clause's verb (after an adverb
 * or two) close the aside and end its content.
 */
export function beforeSubjectPredicate(s: Sentence, body: Span, cueStart: number): Span {
  const { toks } = s;
  let c = cueStart - 1;
  while (c > 0 && toks[c].text !== ",") c--;
  if (c <= 0) return body;
  let o = c + 1;
  if (/^(?:in|of|for|under|with|to|by|at|during)$/.test(toks[o].lower) && /^(?:which|whom)$/.test(toks[o + 1]?.lower ?? "")) o++;
  if (!ASIDE_OPENERS.test(toks[o].lower)) return body;
  const a = subjectStart(toks);
  if (c - a < 1 || c - a > 12) return body;
  for (let m = a; m < c; m++) if (!toks[m].word && !/^[’'.&-]$/.test(toks[m].text)) return body;
  const bs = tokenAt(toks, body.start);
  if (bs < 0) return body;
  for (let k = bs + 2; k < toks.length - 1 && toks[k].start < body.end; k++) {
    if (toks[k].text !== ",") continue;
    let m = k + 1;
    while (m < toks.length - 1 && m - k <= 2 && !AUX_START.test(toks[m].lower) && (AUX_ADVERBS.has(toks[m].lower) || (toks[m].lower.endsWith("ly") && toks[m].lower.length > 4))) m++;
    const v = toks[m];
    if (v.word && !v.cap && (AUX_START.test(v.lower) || (v.lower.endsWith("ed") && v.lower.length > 4))) return content(s, bs, k) ?? body;
  }
  return body;
}

/** Conjunctions that open a clause of the reporter's own after the source's comma ("…, according to a tally, but his path is narrowing"). */
const CLAUSE_AFTER_SOURCE = /^(?:but|yet|so|while|whereas|although|though)$/;

/**
 * The source that runs from token `from` to `to` after the cue ("…, according to a count by the AP", "…, said a
 * former spokesman, Oleg Voloshyn"): its head, and the appositive after its first comma as its role. A clause that a
 * conjunction opens after that comma is the reporter's, not the source's: the source ends at the comma.
 */
export function sourceAfter(s: Sentence, from: number, to: number): Source | null {
  const { toks } = s;
  if (from >= to) return null;
  let comma = from;
  while (comma < to && toks[comma].text !== ",") comma++;
  if (comma > from && comma + 1 < to && CLAUSE_AFTER_SOURCE.test(toks[comma + 1].lower)) to = comma;
  // "..., said a former spokesman for the ministry, Oleg Voloshyn": a description in lower case and the name in
  // apposition after it; the name is who spoke, the description its role.
  const named = describedName(toks, from, comma, to);
  if (named) return { source: tokSpan(toks, from, to), mention: named, role: tokSpan(toks, from, comma) };
  const mention = headBeforeGloss(toks, from, headOf(toks, from, comma));
  return { source: tokSpan(toks, from, to), mention, role: comma + 1 < to ? tokSpan(toks, comma + 1, to) : null };
}

/**
 * "a former spokesman for the ministry, Oleg Voloshyn", "the party's leader, Ann Lee, who ...": the chunk from..comma
 * opens with an article or a lower-case word and holds a person noun's phrase, and the chunk after the comma (to
 * the next comma or `to`) is a name of two words or more: that name's span, or null. ("a spokesman, who ..." and
 * "Ann Lee, a spokeswoman" are left as they are.)
 */
function describedName(toks: readonly Token[], from: number, comma: number, to: number): Span | null {
  if (comma >= to - 2 || comma - from > 12 || toks[from].cap) return null;
  // (A document and its author are no description of a person: "a study by the harbor board, Tom Reyes".)
  for (let k = from; k < comma; k++) if (toks[k].lower === "by" || MEDIUM_NOUNS.has(toks[k].lower) || CLAIM_NOUNS.has(toks[k].lower)) return null;
  let e = comma + 1;
  while (e < to && toks[e].text !== ",") e++;
  // (The name: capitalised words only, two or more, no pronoun or relative.)
  let words = 0;
  for (let k = comma + 1; k < e; k++) {
    if (toks[k].word && !toks[k].cap) return null;
    if (toks[k].word) words++;
  }
  return words >= 2 && isName(toks, comma + 1, e) ? tokSpan(toks, comma + 1, e) : null;
}

/** Words that open a fronted phrase before the subject ("In Iowa on Monday, Trump ...", "Speaking Sunday, ..."). */
const FRONT_OPENERS = /^(?:in|on|at|for|during|after|before|since|despite|amid|among|under|following|with|from|by|to|over|through)$/;
const TWO_WORD_OPENERS = /^(?:prior|ahead|because|thanks|due|instead|apart|aside)$/;
const FRONTED_PARTICIPLES = /^(?:asked|pressed|reached|contacted|questioned|interviewed|challenged|confronted)$/;
const FRONT_ADVERBS: ReadonlySet<string> = new Set(["likewise", "meanwhile", "however", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "still", "there", "here", "inside", "outside", "beyond", "within", "throughout", "across", "behind", "besides", "just", "again", "indeed", "thus", "otherwise", "similarly", "separately", "additionally", "finally", "ultimately", "afterward", "afterwards", "shortly", "soon"]);
const CLOSING_MARKS: ReadonlySet<string> = new Set(["”", "\"", "’", "'"]);
/** Conjunctions that may open a sentence before its subject ("But ...", "Yet ...", "And ..."). */
const SENTENCE_CONJUNCTIONS: ReadonlySet<string> = new Set(["but", "yet", "and", "so", "or", "nor"]);

const TIME_SPAN_COUNTS = /^(?:a|an|the|one|two|three|four|five|six|several|few|couple|next|following|same|previous|that)$/;
const TIME_SPAN_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|nights?|mornings?|evenings?)$/;

/** The end (exclusive) of a span of time at `a` ("A few minutes later", "The day before", "Two weeks ago"), or -1. */
function timeSpanEnd(toks: readonly Token[], a: number): number {
  let k = a;
  while (k < toks.length && k - a < 3 && TIME_SPAN_COUNTS.test(toks[k].lower)) k++;
  // ("Hours later, Lee …", "Days earlier": a plural unit with no count, when "later", "earlier" or
  // "ago" follows it.)
  const bare = k === a && k + 1 < toks.length && toks[k].lower.endsWith("s") && /^(?:later|earlier|ago)$/.test(toks[k + 1].lower);
  if ((k === a && !bare) || k >= toks.length || !TIME_SPAN_UNITS.test(toks[k].lower)) return -1;
  k++;
  if (k < toks.length && /^(?:later|earlier|ago|before|after)$/.test(toks[k].lower)) k++;
  return k;
}

/** Where the sentence's subject starts: after a dateline ("PARIS (Reuters) -") and fronted phrases ("On Tuesday, ..."). */
export function subjectStart(toks: readonly Token[]): number {
  let a = datelineEnd(toks);
  // "But the other candidate, ..., drew a contrast, saying ...", "Yet he is facing skepticism after saying ...": a
  // conjunction that opens the sentence links it to the one before; it is no part of the subject (a capital
  // "But" would otherwise pass for a one-word name).
  if (a + 1 < toks.length && SENTENCE_CONJUNCTIONS.has(toks[a].lower) && toks[a + 1].word) a++;
  for (let round = 0; round < 2 && a < toks.length; round++) {
    const t = toks[a];
    const fronted =
      FRONT_OPENERS.test(t.lower) ||
      // "Prior to the debate,", "Ahead of the vote,": a two-word preposition.
      (TWO_WORD_OPENERS.test(t.lower) && /^(?:to|of|from)$/.test(toks[a + 1]?.lower ?? "")) ||
      // "Asked about his speeches, Huckabee's campaign said": a fronted past participle of asking or reaching.
      FRONTED_PARTICIPLES.test(t.lower) ||
      // "Speaking Sunday on ABC, ...", "Walking to the next address, ..." (not "Ebeling smiled, ...": a name
      // ending in -ing; only a time word, preposition or determiner after the participle tells it apart)
      (t.lower.length > 5 && t.lower.endsWith("ing") && !NOT_FRONTED_ING.test(t.lower) && a + 1 < toks.length && toks[a + 1].word &&
        (TIME_WORDS.has(toks[a + 1].lower) || DETERMINERS.has(toks[a + 1].lower) || PHRASE_PREPOSITIONS.has(toks[a + 1].lower) || /^(?:about|for|into|out|up|back|down|around|across|outside)$/.test(toks[a + 1].lower))) ||
      (TIME_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)) ||
      // "When the vote ended, Tom Wade stood up and asked ...", "Although polls had closed, ...": a fronted subordinate
      // clause, to its comma (a capital "When" would otherwise pass for a one-word name).
      FRONT_SUBORDINATORS.test(t.lower) ||
      // "Likewise, ...", "There, ...", "Inside the hall, ...", "Shortly before the vote, ...": a sentence
      // adverb or a place preposition; an adverb in -ly only before a preposition (not "Kelly, the host,").
      FRONT_ADVERBS.has(t.lower) ||
      (t.lower.length > 4 && t.lower.endsWith("ly") && !LY_NOUNS.has(t.lower) && PHRASE_PREPOSITIONS.has(toks[a + 1]?.lower ?? "")) ||
      // "Rallying hundreds of workers, ...": a participle before a quantity.
      (t.lower.length > 5 && t.lower.endsWith("ing") && !NOT_FRONTED_ING.test(t.lower) && /^(?:hundreds|thousands|dozens|millions|supporters|voters|reporters)$/.test(toks[a + 1]?.lower ?? "")) ||
      ((t.lower === "the" || t.lower === "this" || t.lower === "last") && TIME_WORDS.has(toks[a + 1]?.lower ?? ""));
    if (!fronted) {
      // "A few minutes later they …", "The day before, at a rally, Mr. Lee …": a span of time that opens
      // the sentence (to its comma, or with no comma when it ends in "later", "earlier" or "ago").
      const e = timeSpanEnd(toks, a);
      if (e < 0) break;
      if (toks[e]?.text === "," && toks[e + 1]?.word) a = e + 1;
      else if (/^(?:later|earlier|ago)$/.test(toks[e - 1].lower) && toks[e]?.word) a = e;
      else break;
      continue;
    }
    let k = a + 1;
    while (k < toks.length && k - a < 16 && toks[k].text !== "," && toks[k].text !== ";" && !DASHES.has(toks[k].text)) k++;
    // "In a victory speech from Wyoming -- which holds a caucus on Saturday -- Sanders claimed": an
    // aside between dashes closes the fronted phrase; the subject follows the second dash.
    if (k < toks.length && DASHES.has(toks[k].text)) {
      let close = k + 1;
      while (close < toks.length && close - k < 20 && !DASHES.has(toks[close].text) && toks[close].text !== ";") close++;
      if (close >= toks.length - 1 || !DASHES.has(toks[close].text) || !toks[close + 1].word) break;
      a = close + 1;
      continue;
    }
    if (k >= toks.length - 1 || toks[k].text !== ",") break;
    // ("At a rally in Beaumont, Tex., Mr. Lee …", "At an event in Dayton, Ohio, Ann Lee …": a state after the
    // place's comma.)
    if (k + 2 < toks.length - 1 && toks[k + 1].cap && /\.$/.test(toks[k + 1].text) && toks[k + 2].text === ",") k += 2;
    else if (k + 2 < toks.length - 1 && toks[k + 2].text === "," && isState(toks[k + 1].text)) k += 2;
    else if (k + 3 < toks.length - 1 && toks[k + 3].text === "," && toks[k + 1].cap && isState(`${toks[k + 1].text} ${toks[k + 2].text}`)) k += 3;
    // ("Speaking on ABC’s “This Week,” Carson said": the comma stands inside a title's closing mark.)
    while (k + 1 < toks.length - 1 && CLOSING_MARKS.has(toks[k + 1].text)) k++;
    if (!toks[k + 1].word) break;
    a = k + 1;
  }
  return a;
}

/** A word that may go on a noun phrase after its determiner: no verb, adverb, preposition or clause word. */
// A determiner that opens a noun phrase of its own ends the subject's ("The mayor left the stage"),
// unless a preposition stands before it ("The concern within the administration").
const SUBJECT_PREPOSITIONS = /^(?:within|among|inside|outside|near|behind|under|across|against|without|about|into|around|beyond|between|above|below|toward|towards|throughout|amid|beside|like)$/;
const opensObject = (toks: readonly Token[], k: number): boolean => NOMINAL_DETERMINERS.has(toks[k].lower) && !SUBJECT_PREPOSITIONS.test(toks[k - 1].lower);

const nounWord = (t: Token): boolean =>
  t.word && (!/(?:ed|ly)$/.test(t.lower) || LY_NOUNS.has(t.lower)) && !CLAUSE_WORDS.has(t.lower) && !AUX_START.test(t.lower) && !/^(?:later|then|also|now|still|once|first|before|after|for|of|in|at|on|with|from|by|to)$/.test(t.lower) && !SPEECH_VERBS.has(t.lower);

/**
 * A word that may stand in a noun phrase before its head: a noun word, or a compound adjective in -ed
 * ("China's state-owned investment giant CITIC", "the Iowa-based group"), which is never a finite verb.
 */
const modifierWord = (t: Token): boolean => nounWord(t) || (t.word && t.lower.endsWith("ed") && /\p{L}-\p{L}/u.test(t.lower));

/**
 * "Democrats see Sanders as ...", "Voters gave Trump ...": the lower-case word after a lone name (a..b, not a
 * possessive) is the clause's verb when the tagger reads it as one, so the name after it is its object, not part
 * of the subject ("Clinton campaign chairman John Podesta"). Only the first lower-case word: the tagger reads
 * "official" in "Obama administration official Josh Earnest" as a verb. (Tagged only where the words fit, n > b.)
 */
function verbAfterName(toks: readonly Token[], a: number, b: number, n: number): boolean {
  if (b !== a + 1 || DETERMINERS.has(toks[a].lower) || /[’']s$/.test(toks[a].lower)) return false;
  const tags = tag(joinedTexts(toks, a, n));
  // (The tagger's tokens must line up with ours for its tags to be read off by position.)
  return tags.length === n - a && tags[1]!.pos === "VERB";
}

/** Nouns for a message that carries what a source says ("a statement saying ..."). */
const MESSAGE_NOUN = /^(?:statement|tweet|response|release|letter|message|email|e-mail|note|post|memo|video)$/;
/** Verbs that send a message ("issued a statement", "fired back a response"). */
const MESSAGE_VERB = /^(?:issued|issues|released|releases|sent|sends|posted|posts|put|puts|fired|fires|published|publishes|tweeted|wrote|writes|emailed|e-mailed)$/;

/** Index of the verb that sent the message noun at `n` ("issued a [written] statement", "sent out a tweet"), or -1. */
export function messageVerb(toks: readonly Token[], n: number): number {
  if (!MESSAGE_NOUN.test(toks[n].lower)) return -1;
  let k = n - 1;
  // (One adjective may stand between the article and the noun: "a written statement".)
  if (k > 0 && !DETERMINERS.has(toks[k].lower) && toks[k].word && !toks[k].cap) k--;
  if (k < 1 || !/^(?:a|an|the)$/.test(toks[k].lower)) return -1;
  k--;
  if (k > 0 && /^(?:back|out)$/.test(toks[k].lower)) k--;
  return k > 0 && MESSAGE_VERB.test(toks[k].lower) ? k : -1;
}

/**
 * A possessive ends at k ("company's", or "'s" as a token of its own): the word after it is a noun ("the families of
 * the company's founders"), never a verb in -s.
 */
const possessiveAt = (toks: readonly Token[], k: number): boolean => k >= 0 && /^[’']s$|\p{L}[’']s$|s[’']$/u.test(toks[k].text);

/** Titles that open a name ("Sen. Ann Lee", "Secretary of State Hillary Clinton"): the name brings its own role. */
const NAME_TITLES = /^(?:sen|senator|rep|representative|gov|governor|president|secretary|mayor|judge|justice|gen|general|adm|admiral|col|lt|sgt|dr|prof|professor|pastor|rev|chairman|chairwoman|speaker|ambassador|minister|prime|vice|attorney|director)\.?$/;

/** Quantities whose "of" phrase names the group they pick from ("One of the men", "Many of his supporters"). */
const OF_QUANTITIES = /^(?:one|two|three|some|many|most|several|all|both|each|none|few|half)$/;

/** Capitalised heads of an institution's name that "of"/"for" and another name go on ("Court of Appeals", "Department of Justice"). */
const INSTITUTION_HEADS = /^(?:court|department|university|bank|committee|board|office|bureau|council|institute|association|chamber|ministry|agency|commission|school|college|league|federation|union)$/;

/**
 * Whether the name ending at b - 1 is an institution's head ("the U.S. Court", "The Department") followed by "of" or "for",
 * an optional article and a capitalised word or an ordinal ("of Appeals", "for the 6th Circuit"): the name goes on.
 */
function institutionGoesOn(toks: readonly Token[], b: number): boolean {
  if (b < 1 || b + 1 >= toks.length || !toks[b - 1].cap || !INSTITUTION_HEADS.test(toks[b - 1].lower) || !/^(?:of|for)$/.test(toks[b].lower)) return false;
  const k = toks[b + 1].lower === "the" ? b + 2 : b + 1;
  return k < toks.length && toks[k].word && (toks[k].cap || ORDINAL.test(toks[k].lower));
}
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Role nouns that stand before a name ("Presumptive Democratic presidential nominee Hillary Clinton"). */
const ROLE_BEFORE_NAME = /^(?:nominee|candidate|front-?runner|hopeful|leader|chairman|chairwoman|president|senator|governor|spokesman|spokeswoman|adviser|advisor|director|secretary|strategist)$/;

/** Words that may end a subject noun phrase's head before its verb: a finite auxiliary, or a preposition that opens its modifier. */
const AFTER_HEAD = /^(?:was|is|are|were|would|will|had|has|have|could|should|might|may|can|did|does|of|on|with|in|at|for|from)$/;
/** Relative pronouns that open a clause on a subject's head ("leaders who have been ..."). */
const RELATIVE_AFTER_HEAD = /^(?:who|which|whose)$/;
/** Universal tags of the words a noun phrase's head may be built from ("recent top adviser", "committee staffer"). */
const HEAD_PART_TAGS: ReadonlySet<string> = new Set(["NOUN", "ADJ"]);

/**
 * "FBI officials were angered ... and predicted", "A former Republican committee staffer announced ..., claiming",
 * "The Pentagon's recent top adviser on the campaign went further, arguing": the subject walk stops after the
 * capitalised modifiers (or the first lower-case word), but the head noun follows in lower case. The phrase goes
 * on through up to four lower-case nouns and adjectives ending in a noun, where a finite auxiliary, a past verb
 * or a preposition follows. (Only the tagger tells "FBI officials were" from "Trump met voters in Iowa", and it
 * runs only where the words fit: no time word ("Trump last week said"), a verb-like word after the run.)
 */
function headNounEnd(toks: readonly Token[], a: number, b: number): number {
  let j = b;
  while (j < toks.length && j - b < 4 && toks[j].word && !toks[j].cap && nounWord(toks[j]) && !TIME_WORDS.has(toks[j].lower) && !DETERMINERS.has(toks[j].lower) && !RELATIVE_AFTER_HEAD.test(toks[j].lower)) j++;
  // (Not after a lone demonstrative: "That forecast appeared accurate when the report was finalized and denied".)
  if (j === b || j >= toks.length || b - a > 8 || (b === a + 1 && SUBJECT_PRONOUNS.has(toks[a].lower))) return b;
  const nx = toks[j];
  // ("France's far-right National Front party leader, Marine Le Pen, voiced ...": the head noun may end before the
  // comma of an appositive name.)
  // Nor before a relative clause on it: "Central European leaders who have been ... have embraced ..., warning".
  if (!appositiveNameAt(toks, j) && (!nx.word || nx.cap || !(AFTER_HEAD.test(nx.lower) || RELATIVE_AFTER_HEAD.test(nx.lower) || (nx.lower.endsWith("ed") && nx.lower.length > 4) || SPEECH_VERBS.has(nx.lower)))) return b;
  // The modifier before the run gives the tagger its context, unless it is a possessive, which the tagger
  // splits in two ("Pentagon's").
  const from = /[’']/.test(toks[b - 1].text) ? b : b - 1;
  const tags = tag(joinedTexts(toks, from, j + 1));
  // (The tagger's tokens must line up with ours for its tags to be read off by position.)
  if (tags.length !== j + 1 - from) return b;
  for (let k = b - from; k < j - from; k++) if (!HEAD_PART_TAGS.has(tags[k]!.pos)) return b;
  return tags[j - from - 1]!.pos === "NOUN" && tags[j - from]!.pos !== "NOUN" ? j : b;
}

/**
 * ", Marine Le Pen, voiced": the comma at j opens an appositive that is a name (two to five capitalised words), closed
 * by a comma with a word in lower case after it (the predicate, or the next appositive's article). Bounded: 7 tokens.
 */
function appositiveNameAt(toks: readonly Token[], j: number): boolean {
  if (toks[j]?.text !== ",") return false;
  let k = j + 1;
  while (k < toks.length && k - j <= 6 && toks[k].text !== ",") k++;
  const nx = toks[k + 1];
  return k - j >= 3 && toks[k]?.text === "," && !!nx?.word && !nx.cap && isName(toks, j + 1, k) && !SUBJECT_PRONOUNS.has(toks[j + 1].lower);
}

/** The sentence's subject when the sentence opens with a name or pronoun ("He called ... and said"). */
export function sentenceSubject(toks: readonly Token[]): Source | null {
  let a = subjectStart(toks);
  // ("That’s the view of lawyers in the city, saying …", "It’s a plan …": a pronoun with "’s" (is) opens a copula
  // clause whose subject points back at the sentence before; a capital there is no name.)
  if (a < toks.length && COPULA_CONTRACTION.test(toks[a].lower)) return null;
  // "Carson, Fiorina and Huckabee have all characterized ... and say ...": a list of names opens the sentence.
  const list = nameListEnd(toks, a);
  if (list > a) return { source: tokSpan(toks, a, list), mention: tokSpan(toks, a, list), role: null };
  // ("62-year-old Ann Lee also railed ..., and said": an age before the name is no part of it.)
  if (/^\d{1,3}-year-old$/.test(toks[a]?.lower ?? "") && toks[a + 1]?.cap) a++;
  let b = a;
  while (b < toks.length && b - a < 8 && toks[b].word && (toks[b].cap || b === a)) b++;
  // "At a meeting Tuesday, some senators vented ... and said": after a fronted phrase the subject may open
  // with a lower-case determiner.
  // ("When it was argued in January, a month before the judge died, the court's majority seemed ready to say ...": a
  // span of time after the fronted clause is no subject either.)
  if (DETERMINERS.has(toks[a]?.lower ?? "") && TIME_WORDS.has(toks[a + 1]?.lower ?? "")) return null;
  const lowerDet = a > 0 && b === a + 1 && DETERMINERS.has(toks[a].lower) && !toks[a].cap;
  // ("But the U.S. Court of Appeals overruled and said ...": after an opening conjunction the article is in lower
  // case; the name after it is the subject's, as after "The".)
  const detName = a > 0 && b > a + 1 && DETERMINERS.has(toks[a].lower) && !toks[a].cap && isName(toks, a + 1, b);
  if (b === a || (!lowerDet && !detName && !isName(toks, a, b))) return null;
  // "The nurse later sued, claiming ...": a lone article is no subject; its noun follows in lower case.
  // (Up to three lowercase words, stopping before an adverb, a past verb, a preposition or a clause word;
  // with none, the article stays: some rules need a source to fire, and the reporter's sentence has one.)
  const capName = (k: number): number => {
    while (k < toks.length && k - a < 9 && toks[k].word && toks[k].cap && !/^\d/.test(toks[k].text)) k++;
    return k;
  };
  let verbCut = false;
  if (b === a + 1 && DETERMINERS.has(toks[a].lower)) {
    while (b < toks.length && b - a < 4 && (!toks[b].cap || /^\d/.test(toks[b].text)) && nounWord(toks[b]) && !opensObject(toks, b)) b++;
    // "The mayor left the stage, saying …": an article or possessive opens the object of the word before
    // it, which is then a verb ("left", "won", "held": past forms not in -ed), not part of the subject.
    if (b - a > 2 && b < toks.length && opensObject(toks, b)) b--;
    // "The mayor cast doubt on the audit and suggested ...": a past form that is the bare verb, after the noun, with a
    // bare noun and a preposition after it, is the verb and its object, not part of the subject ("The cast members",
    // right after the article, stay).
    else if (b - a === 4 && BARE_PAST_VERBS.test(toks[a + 2].lower) && b < toks.length && VERB_OBJECT_PREPOSITION.test(toks[b].lower)) {
      b = a + 2;
      verbCut = true;
    }
    // "Many liberal Democrats": the noun phrase may end in a capitalised noun.
    if (b > a + 1) b = capName(b);
  } else if (b < toks.length && (DETERMINERS.has(toks[a].lower) || b <= a + 2) && toks[b].word && (!toks[b].cap || /^\d/.test(toks[b].text)) && modifierWord(toks[b])) {
    // "The Sanders campaign", "Republican presidential front-runner Donald Trump": after a determiner or a
    // lone capitalised word, a lower-case noun goes on the phrase; more than one only before a name.
    let m = b;
    while (m < toks.length && m - b < 3 && (!toks[m].cap || /^\d/.test(toks[m].text)) && modifierWord(toks[m])) m++;
    const n = capName(m);
    // (After a lone capitalised word, only before a name: "Trump struck a tone" is a clause. After two,
    // only when a role noun stands before the name: "Presumptive Republican nominee Donald Trump".)
    if (n > m && (b === a + 1 || DETERMINERS.has(toks[a].lower) || ROLE_BEFORE_NAME.test(toks[m - 1].lower)) && !verbAfterName(toks, a, b, n)) b = n;
    else if (DETERMINERS.has(toks[a].lower)) b++;
  }
  // (Not after the verb was cut off: the head noun's run would take the verb and its object again.)
  if (!verbCut) b = headNounEnd(toks, a, b);
  // "A spokeswoman for Janney", "The attorney general of the state of New York", "other advisers to the island's
  // government": a noun phrase that ends in a lower-case noun goes on through of/for/at/to and the noun phrase
  // after it. (After "to" only a determiner or a name: "the young woman appears to be" is an infinitive.)
  const linked = (k: number): boolean => /^(?:of|for|at)$/.test(toks[k].lower) || (toks[k].lower === "to" && (DETERMINERS.has(toks[k + 1].lower) || toks[k + 1].cap));
  // ("One of the men, Jessie Elkins, ...", "Some of the protesters": a quantity that opens the sentence in capitals
  // is no name; its "of" phrase goes on it.)
  const quantity = b === a + 1 && OF_QUANTITIES.test(toks[a].lower) && toks[b]?.lower === "of";
  // ("But the U.S. Court of Appeals for the 6th Circuit overruled and said ...": a capitalised institution's head goes on
  // through "of"/"for" and the capitalised name after it; see institutionGoesOn.)
  const institution = institutionGoesOn(toks, b);
  for (let round = 0; round < 3 && b > a && b + 1 < toks.length && linked(b) && (round > 0 || !toks[b - 1].cap || quantity || institution); round++) {
    let k = b + 1;
    if (DETERMINERS.has(toks[k].lower) && !TIME_WORDS.has(toks[k + 1]?.lower ?? "")) k++;
    const s0 = k;
    // (An institution's name goes on in capitals only: "the State Board of Canvassers met and said".)
    while (k < toks.length && k - s0 < 6 && toks[k].word && !TIME_WORDS.has(toks[k].lower) && nounWord(toks[k]) && !(k > s0 && !toks[k].cap && /[^s]s$/.test(toks[k].lower) && !possessiveAt(toks, k - 1)) && (!institution || toks[k].cap || ORDINAL.test(toks[k].lower))) k++;
    if (k === s0) break;
    b = k;
  }
  const sp = tokSpan(toks, a, b);
  // The source as written goes on through a bracket ("Sen. Ann Lee (D-Ore.)") and an appositive or
  // relative clause closed by a comma before the verb ("Republicans, who hold the Senate, have ...").
  let e = b;
  if (e < toks.length && toks[e].text === "(") {
    let k = e + 1;
    while (k < toks.length && k - e < 8 && toks[k].text !== ")") k++;
    if (k < toks.length && toks[k].text === ")") e = k + 1;
  }
  // ("the other candidate on the stage, former Secretary of State Hillary Clinton, drew": a short place phrase may
  // stand between a common noun phrase and its appositive name.)
  const placed = e === b && !toks[a].cap ? placePhraseEnd(toks, e) : -1;
  if (placed > 0) e = placed;
  let mention = sp;
  if (e < toks.length - 2 && toks[e].text === ",") {
    let k = e + 1;
    while (k < toks.length && k - e < 25 && toks[k].text !== "," && toks[k].text !== ";" && !isTrigger(toks[k])) k++;
    // (Not an aside: "Trump, meanwhile, said", "Lee, in turn, said".)
    const aside = k - e <= 2 || /^(?:in|for|of|at|on|as|by|however|meanwhile|though|too|also|instead|still|then|now|once|again)$/.test(toks[e + 1].lower);
    // ("One of the men, Jessie Elkins, 70, had served": an age after the name is part of the appositive.)
    const aged = k + 3 < toks.length && toks[k].text === "," && /^\d{1,3}$/.test(toks[k + 1].text) && toks[k + 2].text === "," ? 2 : 0;
    if (!aside && k + aged < toks.length - 1 && toks[k].text === "," && toks[k + aged + 1].word && !toks[k + aged + 1].cap) {
      // "the other candidate, former Secretary of State Hillary Clinton, drew ...": a common noun phrase (in lower
      // case, after a conjunction) whose appositive ends in a person's name (two capitalised words) is that person.
      // (Likewise a phrase with a name in it that ends in a role noun in lower case: "France's far-right National Front
      // party leader, Marine Le Pen, voiced ..."; the phrase is her role.)
      if ((!toks[a].cap || (!toks[b - 1].cap && toks[b - 1].word && isName(toks, e + 1, k))) && k - e <= 9 && toks[k - 1].cap && toks[k - 2].cap && toks[k - 2].word) mention = tokSpan(toks, e + 1, k);
      e = k + aged;
    }
  }
  if (placed > 0 && mention === sp) return { source: sp, mention: sp, role: null };
  // (A name in apposition to a phrase with a name of its own in it is who speaks; the phrase tells who that is. After
  // a phrase in lower case, "the other candidate", the name's own title is the role.)
  // ("The other candidate, former Secretary of State Hillary Clinton": a title before the name is the role too.)
  const m0 = tokenAt(toks, mention.start);
  const titled = m0 >= 0 && (!toks[m0].cap || NAME_TITLES.test(toks[m0].lower));
  return { source: e > b ? tokSpan(toks, a, e) : sp, mention, role: mention !== sp && toks[a].cap && !titled ? sp : null };
}

/**
 * "Carson, Fiorina and Huckabee have ...": the index after a list of three names or more that starts at `a` (see
 * nameListStart), or -1. Bounded: the "and" within 24 tokens, the last name within five after it.
 */
function nameListEnd(toks: readonly Token[], a: number): number {
  if (!toks[a]?.cap || (toks[a + 1]?.text !== "," && toks[a + 2]?.text !== "," && toks[a + 3]?.text !== ",")) return -1;
  let k = a;
  while (k < toks.length && k - a < 24 && toks[k].lower !== "and" && (toks[k].cap || !toks[k].word)) k++;
  if (toks[k]?.lower !== "and") return -1;
  let e = k + 1;
  while (e < toks.length && e - k <= 5 && ((toks[e].word && toks[e].cap) || (toks[e].text === "." && toks[e - 1].cap))) e++;
  return e > k + 1 && nameListStart(toks, k, e, a) === a ? e : -1;
}

/** "on the stage,": a place preposition, a determiner and up to two words, then a comma; the comma's index, or -1. */
function placePhraseEnd(toks: readonly Token[], b: number): number {
  if (b + 3 >= toks.length || !/^(?:on|in|at)$/.test(toks[b].lower) || !DETERMINERS.has(toks[b + 1].lower)) return -1;
  let k = b + 2;
  while (k < toks.length && k - b < 5 && toks[k].word && !toks[k].cap && nounWord(toks[k])) k++;
  return k > b + 2 && toks[k]?.text === "," ? k : -1;
}

/**
 * "Fox, whose education was paid for because he participated in the ROTC program, said", "a union that has endorsed
 * him and that has been busing its members ..., also said", "a ritual that may seem to be a vestige ... in the face of
 * recently announced layoffs": the walk back from the cue stopped inside a clause, so the words it took open with a
 * finite verb in lower case; that is no subject. (The tagger runs only on such a phrase: not a name, an article,
 * a number or a quantity; a form in -ing may open a noun phrase, "hacking specialists", and is left.)
 */
export function verbPhraseSource(s: Sentence, src: Source): boolean {
  const { toks } = s;
  const a = tokenAt(toks, src.source.start);
  const t = toks[a];
  if (a < 0 || !t?.word || t.cap || t.lower.endsWith("ing") || DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || OF_QUANTITIES.test(t.lower)) return false;
  const text = s.text.slice(src.source.start - s.span.start, src.source.end - s.span.start);
  const first = tag(text)[0];
  return first?.pos === "VERB" || first?.pos === "AUX";
}

/**
 * Past forms that are the bare verb ("cast doubt on", "cut the levy"): the tagger reads them as nouns at the head
 * of a phrase, but after "and" right behind the sentence's subject and its first verb they are the second verb.
 */
const BARE_PAST_VERBS = /^(?:cast|cut|put|set|hit|hurt|spread|shut|split|quit)$/;
/** Prepositions that follow a bare past verb's object ("cast doubt on", "put pressure on", "set limits for"). */
const VERB_OBJECT_PREPOSITION = /^(?:on|upon|over|into|for|against|about)$/;

/**
 * "He pledged to create jobs and cast doubt on the jobless rate, suggested that ...", "The mayor praised the budget
 * and visited the farm, suggested ...": the walk back from the cue took the second verb phrase of a coordinated
 * predicate (after "and" or "but"), which is no subject; the three verbs share the sentence's subject. `src` is the
 * walk's source; returns the sentence's subject, or null for any other shape (a noun after "and", "The farmers and
 * ranchers, said", stays with the walk).
 */
export function conjunctPredicateSubject(s: Sentence, src: Source): Source | null {
  const { toks } = s;
  const a = tokenAt(toks, src.source.start);
  if (a < 2 || !/^(?:and|but)$/.test(toks[a - 1].lower) || !toks[a].word || toks[a].cap) return null;
  if (!BARE_PAST_VERBS.test(toks[a].lower) && !verbPhraseSource(s, src)) return null;
  const subject = sentenceSubject(toks);
  // (The subject stands before the first verb, with at least one word between it and the "and".)
  return subject && subject.source.end < toks[a - 2].start ? subject : null;
}

/** Verbs whose object is the subject of the infinitive after it ("led Republicans to say", "pressed him to tell"). */
const OBJECT_CONTROL = /^(?:led|leads|lead|leading|prompted|prompts|prompting|forced|forces|forcing|caused|causes|pushed|pushes|pressed|presses|encouraged|encourages|allowed|allows|invited|invites|inspired|inspires|persuaded|persuades|convinced|convinces|challenged|challenges|dared|dares|got|gets|spurred|spurs|moved)$/;

/**
 * "The timing of the debate led Republicans to say …", "The ruling prompted the mayor to announce …": the noun phrase
 * between a verb of causing and the infinitive's "to" (at cueStart - 1) is who speaks, not the sentence's subject. Up
 * to five words, none a clause word, preposition or pronoun of a subject; null for any other shape.
 */
export function controlledSubject(toks: readonly Token[], cueStart: number): Source | null {
  const to = cueStart - 1;
  if (to < 2 || toks[to].lower !== "to") return null;
  let j = to - 1;
  while (j > 0 && to - j <= 5 && toks[j].word && !OBJECT_CONTROL.test(toks[j].lower) && !CLAUSE_WORDS.has(toks[j].lower) && !PHRASE_PREPOSITIONS.has(toks[j].lower)) j--;
  if (j === to - 1 || !toks[j].word || toks[j].cap || !OBJECT_CONTROL.test(toks[j].lower)) return null;
  return { source: tokSpan(toks, j + 1, to), mention: headOf(toks, j + 1, to), role: null };
}

/**
 * "voters are more likely to say A and to say B": an infinitive of saying joined by "and" to an earlier one repeats
 * its verb; the subject of that earlier infinitive speaks. `cueStart` is the later verb's token (after "and to").
 * Null when no infinitive of saying stands before it within 40 tokens, or the walk finds no subject for it.
 */
export function coordinatedInfinitiveSubject(s: Sentence, cueStart: number): Source | null {
  const { toks } = s;
  if (cueStart < 4 || toks[cueStart - 1].lower !== "to" || toks[cueStart - 2].lower !== "and") return null;
  for (let k = cueStart - 3; k > 1 && cueStart - k <= 40; k--) {
    if (toks[k - 1].lower !== "to" || !toks[k].word || toks[k].cap || !SPEECH_VERBS.has(toks[k].lower)) continue;
    const src = subjectBefore(toks, k, 0);
    // (A walk that ends at the earlier marker found no subject either.)
    return src && src.source.end < toks[k - 1].start ? src : null;
  }
  return null;
}

/**
 * "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. Lee suggested ..., asking ...": a fronted phrase the walk
 * could not skip leaves its preposition as the source, a lone word that is no subject.
 */
export function lonePreposition(toks: readonly Token[], src: Source | null): boolean {
  const a = src ? tokenAt(toks, src.mention.start) : -1;
  return a >= 0 && toks[a].end === src!.mention.end && FRONT_OPENERS.test(toks[a].lower);
}

/**
 * "The bridge will close, Lee said, adding that ...", "..., a city official said, noting ...", "..., said Ann Lee, adding
 * ...": the participle after the comma at `pc` goes on from an attribution set off by commas right before it; its
 * speaker, not the sentence's subject (the first clause is what that speaker said), says it. Null for any other shape.
 * (Bounded: the speaker's words, up to eight.)
 */
export function saidAsideSource(toks: readonly Token[], pc: number): Source | null {
  if (pc < 3 || toks[pc].text !== ",") return null;
  const v = toks[pc - 1];
  if (v.word && !v.cap && SPEECH_VERBS.has(v.lower) && !v.lower.endsWith("ing")) {
    const src = subjectBefore(toks, pc - 1, 0);
    const a = src ? tokenAt(toks, src.source.start) : -1;
    return src && a > 0 && toks[a - 1].text === "," && pc - 1 - a <= 8 ? src : null;
  }
  // ", said Ann Lee, adding": the name after the verb, in capitals.
  let k = pc - 1;
  while (k > 0 && pc - k <= 4 && ((toks[k].word && toks[k].cap) || (toks[k].text === "." && toks[k - 1].cap))) k--;
  const said = toks[k];
  if (k === pc - 1 || k < 2 || !said.word || said.cap || !SPEECH_VERBS.has(said.lower) || said.lower.endsWith("ing") || toks[k - 1].text !== ",") return null;
  const sp = tokSpan(toks, k + 1, pc);
  return { source: sp, mention: sp, role: null };
}

/**
 * "Smith, arguing that the levy was unfair, said she would vote no", "The mayor, noting that the budget was short,
 * told the council ...", "The mayor, asked about the plan, said ...": the sentence opens with a name or a short noun
 * phrase and an aside that a participle of saying (or "asked") opens, closed by the comma right before the cue. The aside is the speaker's own act (its cue has its own
 * content), no role; the subject is the chunk before it. Null for any other shape.
 */
export function participleAsideSubject(toks: readonly Token[], cueStart: number): Source | null {
  if (cueStart < 5 || toks[cueStart - 1].text !== ",") return null;
  let a = 0;
  if (/^(?:but|and|so|yet)$/.test(toks[a].lower)) a++;
  let c = a;
  while (c < cueStart - 1 && c - a <= 8 && toks[c].text !== ",") c++;
  const nx = toks[c + 1];
  // ("The mayor, asked about the plan, said ...": the question put to the subject is an aside of the same shape.)
  const opener = !nx.word || nx.cap ? false : nx.lower === "asked" || (SPEECH_VERBS.has(nx.lower) && nx.lower.endsWith("ing"));
  if (c === a || c >= cueStart - 3 || toks[c].text !== "," || !opener) return null;
  for (let k = a; k < c; k++) if (!toks[k].word || isTrigger(toks[k]) || CLAUSE_WORDS.has(toks[k].lower) || (!toks[k].cap && FINITE_AUX.test(toks[k].lower))) return null;
  // (The aside holds no second comma: "Lee, saying A, B and C, said ..." is left to the other walks.)
  for (let k = c + 2; k < cueStart - 1; k++) if (toks[k].text === "," || toks[k].text === ";" || toks[k].text === ":") return null;
  return { source: tokSpan(toks, a, c), mention: headOf(toks, a, c), role: null };
}

/**
 * "Rep. Jane Roe (D-Ore.), a member who backs the bill, said ...", "Several candidates, including X,
 * said ...": when the appositives defeat the subject walk, the sentence's first comma-separated chunk
 * is the subject and the rest its role, as long as nothing before the cue looks like another clause.
 * `reach`: the most tokens before the cue (a caller whose own walk took a verb phrase may look further:
 * "Jane Roe, director of the union, a group that has endorsed X and that has been busing ..., also said").
 */
export function frontSubject(toks: readonly Token[], cueStart: number, titled = false, reach = 30): Source | null {
  let a = 0;
  if (a < cueStart && /^(but|and|so|yet)$/.test(toks[a].lower)) a++;
  // `titled`: the appositive ends in a short title in marks (`known as “Guccifer,”`), left in the role.
  let end = toks[cueStart - 1].text === "," ? cueStart - 1 : cueStart;
  if (titled) {
    let open = cueStart - 3;
    while (open > a && cueStart - open <= 8 && toks[open].text !== "“" && toks[open].text !== "\"") open--;
    if (open <= a || cueStart - open > 8 || !toks[open - 1].word) return null;
    end = open;
  }
  if (end - a > reach || end <= a || !toks[a].word) return null;
  let comma = -1;
  for (let k = a; k < end; k++) {
    const t = toks[k];
    if (t.text === "," && comma < 0) comma = k;
    if (t.text === ";" || t.text === ":" || t.text === "“" || t.text === "\"" || isTrigger(t) || (t.word && !t.cap && /^(is|was|are|were|has|have|had|will|would|did|does)$/.test(t.lower) && comma < 0)) return null;
  }
  if (comma <= a) return null;
  const head = headOf(toks, a, comma);
  const last = titled ? cueStart - 1 : end;
  return { source: tokSpan(toks, a, last), mention: head, role: comma + 1 < last ? tokSpan(toks, comma + 1, last) : null };
}

/** Modals and finite auxiliaries: each run of them (with adverbs and "not") is one verb group. */
const AUX_GROUP = auxiliaryTest("must", "does", "did", "do");
/** Question words that open a second free relative joined by "and"/"or" ("… and how experts say …"). */
const WH_WORDS = /^(?:what|how|why|who|where|when|whether)$/;

/**
 * "about double what Lee said she anticipated", "the gap between what Lee says her plan would do and how experts say
 * it would work has endured": a free relative ("what"/"how" in lower case right before the subject, after no verb of
 * saying) whose reported clause has a gap. The annotators keep the whole free relative as the account, from its
 * question word; it ends at a comma, a second free relative after "and"/"or", or the main clause's verb (a second run
 * of auxiliaries after the clause's own: "would do has endured"). Null for any other shape, or when the words after
 * the cue are no clause.
 */
export function freeRelative(s: Sentence, v: VerbSite, src: Source): Span | null {
  const { toks } = s;
  const a = tokenAt(toks, src.source.start);
  if (a < 2 || v.cueStart - a > 6 || v.rest >= toks.length || !/^(?:what|how)$/.test(toks[a - 1].text)) return null;
  // ("no matter how many times people told him …": "how" with a degree word asks how much, no free relative.)
  if (/^(?:many|much|often|long|far|few|little|soon)$/.test(toks[a].lower)) return null;
  const before = toks[a - 2];
  if (!before.word || SPEECH_VERBS.has(before.lower) || CLAIM_NOUNS.has(before.lower)) return null;
  for (let k = a; k < v.cueStart; k++) if (!toks[k].word) return null;
  const limit = forwardStop(s, v.rest);
  let stop = v.rest;
  let groups = 0;
  for (; stop < limit; stop++) {
    const t = toks[stop];
    if (t.text === "," || t.text === ";" || t.text === ":" || DASHES.has(t.text)) break;
    if (/^(?:and|or|but)$/.test(t.lower) && WH_WORDS.test(toks[stop + 1]?.lower ?? "")) break;
    if (t.word && !t.cap && AUX_GROUP.test(t.lower) && !(stop > v.rest && AUX_GROUP.test(toks[stop - 1].lower))) {
      if (++groups > 1) break;
    }
  }
  if (stop <= v.rest + 1 || !clauseIn(s, s.text.slice(toks[v.rest].start - s.span.start, toks[stop - 1].end - s.span.start))) return null;
  return content(s, a - 1, stop);
}

/**
 * The subject at token a follows a relative pronoun whose clause the speech verb sits in ("moves that
 * he said improved the economy", "which officials said will start soon"). "that" after a verb or a
 * claim noun is a complementiser ("argued that Trump said ..."), not a relative pronoun.
 */
export function relativeBefore(s: Sentence, a: number): boolean {
  const { toks } = s;
  const rel = toks[a - 1].lower;
  if (rel === "which" || rel === "what") return true;
  if (rel !== "that" || a < 2) return false;
  const prev = toks[a - 2];
  if (!prev.word || prev.cap || SPEECH_VERBS.has(prev.lower) || CLAIM_NOUNS.has(prev.lower) || CLAUSE_WORDS.has(prev.lower) || AUX_ADVERBS.has(prev.lower)) return false;
  // Only the tagger tells "the moves that" (a relative) from "fear that" (a complement).
  return posBeforeLast(s.text.slice(0, toks[a - 1].end - s.span.start)) === "NOUN";
}

/**
 * Index of a relative pronoun (which, who, whom, that) at most eight words before the cue, with only words
 * between it and the cue (the relative clause's subject: "which even critics", "who U.S. officials"), when
 * the content after the cue has a gap: it opens with a finite auxiliary ("say was the most powerful") or
 * with a verb and is no clause ("said discriminated against ..."). Otherwise -1.
 */
export function relativeGap(s: Sentence, v: VerbSite, body: Span): number {
  const { toks } = s;
  const nx = toks[v.rest];
  if (!nx || !nx.word || nx.lower === "that") return -1;
  let r = v.cueStart - 1;
  while (r >= 0 && v.cueStart - r <= 9 && (toks[r].word || toks[r].text === "&") && !/^(?:which|who|whom|that)$/.test(toks[r].lower)) r--;
  if (r < 0 || r >= v.cueStart - 1 || v.cueStart - r > 9 || !/^(?:which|who|whom|that)$/.test(toks[r].lower)) return -1;
  // (Not a speech verb or claim noun right before "that": "argued that critics say ..." is a complement.)
  const before = r > 0 ? toks[r - 1] : null;
  if (toks[r].lower === "that" && before && (SPEECH_VERBS.has(before.lower) || CLAIM_NOUNS.has(before.lower) || (before.text === "," && r > 1 && SPEECH_VERBS.has(toks[r - 2].lower)))) return -1;
  const subj = toks[r + 1];
  if (!subj.word || FINITE_AUX.test(subj.lower) || AUX_START.test(subj.lower)) return -1;
  // (A coordinator there joins verbs, not the words of a name: "which he favors but says would ...".)
  for (let k = r + 1; k < v.cueStart; k++) if (/^(?:and|but|or)$/.test(toks[k].lower) && !toks[k + 1].cap) return -1;
  if (AUX_START.test(nx.lower) && !nx.cap) return r;
  return verbFirst(nx) && !nx.lower.endsWith("ing") && !clauseIn(s, s.text.slice(body.start - s.span.start, body.end - s.span.start)) ? r : -1;
}

/**
 * "— a probe the law enforcement agency said was ongoing", "It's a dynamic Greenberg said could drive ...", "a list of
 * countries he said had sent ...": a relative clause with no relative pronoun. Its subject right before the cue is a
 * pronoun, a name (capitalised words) or a short noun phrase that a determiner opens; a common noun in lower case stands
 * before that subject, a determiner opens the noun's phrase within five words ("of" allowed), and a finite auxiliary
 * right after the cue is the clause's gap. Returns the determiner's and the subject's indexes, or null. (Not when that
 * noun phrase opens the sentence: in "The thing he said was false" the auxiliary is the main clause's.)
 */
export function zeroRelativeGap(s: Sentence, v: VerbSite): { readonly start: number; readonly subject: number } | null {
  const { toks } = s;
  const nx = toks[v.rest];
  const c = v.cueStart;
  if (!nx || !nx.word || nx.cap || !(AUX_START.test(nx.lower) || verbFirst(nx)) || c < 3) return null;
  // The relative clause's subject: a pronoun, a name, or a determiner and up to four words.
  let a = c - 1;
  const last = toks[a];
  if (!last.word) return null;
  if (last.cap) while (a > 0 && c - a < 4 && toks[a - 1].cap && toks[a - 1].word && !NOMINAL_DETERMINERS.has(toks[a - 1].lower)) a--;
  else if (!/^(?:he|she|they|we|i)$/.test(last.lower)) {
    while (a > 0 && c - a <= 5 && !NOMINAL_DETERMINERS.has(toks[a].lower) && toks[a].word && !ZERO_RELATIVE_NOT_NOUN(toks[a].lower)) a--;
    if (!NOMINAL_DETERMINERS.has(toks[a].lower)) return null;
  }
  // (A capitalised determiner of the name's phrase goes with it: "the FBI".)
  if (a > 0 && toks[a - 1].lower === "the" && !toks[a - 1].cap && last.cap) a--;
  if (a < 2) return null;
  const noun = toks[a - 1];
  if (!noun.word || noun.cap || !/^\p{Ll}+$/u.test(noun.lower) || noun.lower.endsWith("ly") || noun.lower.endsWith("ing") || ZERO_RELATIVE_NOT_NOUN(noun.lower)) return null;
  let of = -1;
  for (let d = a - 2; d >= 0 && a - d <= 6; d--) {
    const t = toks[d];
    if (NOMINAL_DETERMINERS.has(t.lower) && !t.cap) {
      if (d === 0 || /^(?:and|but)$/.test(toks[d - 1].lower)) return null;
      // (The costly test last: the tagger reads the word after the cue.)
      return AUX_START.test(nx.lower) || lexicalGap(s, v.rest) ? { start: of > 0 ? of + 1 : d, subject: a } : null;
    }
    if (!t.word || t.cap || (t.lower !== "of" && ZERO_RELATIVE_NOT_NOUN(t.lower))) return null;
    // ("a list of countries he said had sent ...": the clause is on the noun after "of", where the content starts.)
    if (t.lower === "of" && of < 0) of = d;
  }
  return null;
}
/**
 * "a decision they say allowed terrorist activity to multiply": a verb right after the cue (the tagger's first word of
 * the content) has no subject of its own, so it is the zero relative's gap, as an auxiliary is. (Not an -ing form; in
 * "a decision they say voters want" a noun opens the content: a plain account.)
 */
function lexicalGap(s: Sentence, k: number): boolean {
  const nx = s.toks[k]!;
  if (nx.lower.endsWith("ing") || nx.lower.length < 3) return false;
  const body = content(s, k, forwardStop(s, k));
  return !!body && tag(s.text.slice(body.start - s.span.start, body.end - s.span.start))[0]?.pos === "VERB";
}
/** Words that cannot be the head noun (or a modifier in its phrase) before a zero relative's subject. */
const ZERO_RELATIVE_NOT_NOUN = (w: string): boolean =>
  DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || CLAUSE_WORDS.has(w) || PHRASE_PREPOSITIONS.has(w) || AUX_ADVERBS.has(w) || FINITE_AUX.test(w) || AUX_START.test(w) || SPEECH_VERBS.has(w) || TIME_WORDS.has(w);

/**
 * Start of a preposition of manner or addition right before the participle at i ("in", "besides", "in addition
 * to", "aside from", "apart from"), or -1.
 */
export function prepositionBefore(toks: readonly Token[], i: number): number {
  const w = (k: number): string => (k >= 0 ? toks[k].lower : "");
  if (w(i - 1) === "in" || w(i - 1) === "besides") return i - 1;
  if (w(i - 1) === "to" && w(i - 2) === "addition" && w(i - 3) === "in") return i - 3;
  if (w(i - 1) === "from" && (w(i - 2) === "aside" || w(i - 2) === "apart")) return i - 2;
  return -1;
}

/**
 * "..., but he refuses to discuss it, aside from saying ...": the subject pronoun of the clause the
 * prepositional phrase at p hangs on (after a comma or a conjunction), or null.
 */
export function clausePronounBefore(toks: readonly Token[], p: number): Source | null {
  for (let k = p - 1; k >= 0 && p - k <= 15; k--) {
    const t = toks[k];
    if (t.text === ";" || t.text === ":") return null;
    if (/^(?:he|she|they|we|i)$/.test(t.lower) && (k === 0 || toks[k - 1].text === "," || /^(?:and|but|so|yet|while|because|though|although)$/.test(toks[k - 1].lower))) {
      const sp = tokSpan(toks, k, k + 1);
      return { source: sp, mention: sp, role: null };
    }
  }
  return null;
}

/**
 * "Kasich offered the man a job as Secretary of Defense, then says he'll welcome advice": a cue opened by "then"
 * after a comma is a second predicate of the sentence's subject. A source the subject walk found right before that
 * comma, with a word before it (an object after "as", "offered"), is no subject: the sentence's is. (A subject
 * with its appositive, "Mr. Lee, a former aide, then said", opens the sentence and stays.) Null when it does not apply.
 */
export function thenPredicateSubject(toks: readonly Token[], cueStart: number, walked: Source | null): Source | null {
  if (toks[cueStart]?.lower !== "then" || cueStart < 2 || toks[cueStart - 1].text !== ",") return null;
  if (walked) {
    const a = tokenAt(toks, walked.source.start);
    if (a <= 0 || a === subjectStart(toks) || !toks[a - 1].word) return null;
  }
  return sentenceSubject(toks);
}
