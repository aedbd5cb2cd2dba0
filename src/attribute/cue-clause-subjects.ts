import { JUDGING_VERBS, NAMING_VERBS, REFERRING_VERBS, SPEECH_VERBS } from "../extract/lexicon.js";
import { beforeTimePhrase } from "../extract/time-phrase.js";
import type { Span } from "../model/index.js";
import type { QuoteContext } from "./cue-context.js";
import { canSpeak, leadingSubject, relativeSource, subjectBeforeVerb } from "./cue-subjects.js";
import { BETWEEN, CLAUSE_OPENERS, DASHES, DETERMINER_WORDS, DOCUMENT_NOUNS, NOT_SUBJECT_OPENERS, NP_GLUE, OPENING_CONJUNCTIONS, PASSIVE, RELATIVE_SOURCE, spanOf } from "./cue-words.js";
import { isLyAdverb, ORG_WORDS, PERSON_NOUNS, PRONOUNS, WEEKDAYS } from "./lexicon.js";
import { determinerSubjectVerbAt, isFiniteVerbLike, isVerbAt, opensParticipleClause, opensQuantity, parseSubject, personNounListEnd, remadeMention, type Mention } from "./mention.js";
import { isPossessive as isPossessiveTok, sentenceTail, tokenize, type Tok } from "./tokens.js";

/**
 * The subject of a sentence or clause, found from its predicate rather than from a cue verb: the quote's
 * sentence (clauseSubject), the sentence before the quote or at the end of the paragraph before
 * (sentenceBeforeSubject, previousParagraphSubject), and the nearest clause before the quote with a
 * subject that can speak (nearestClauseSubject, for the last-resort rule).
 */

/** The word at i starts the predicate: an auxiliary, a past form, a speech verb, or a verb in -s after a name or noun. */
function predicateAt(toks: readonly Tok[], i: number, s: number): boolean {
  const t = toks[i];
  if (!t.word || t.cap || i <= s) return false;
  const l = t.lower;
  if (PASSIVE.has(l) || l === "has" || l === "have" || l === "had" || l === "will" || l === "would" || l === "could" || l === "can" || l === "may" || l === "might" || l === "must" || l === "should" || l === "did" || l === "does") return true;
  if (isVerbAt(toks, i) || determinerSubjectVerbAt(toks, i)) return true;
  if (DETERMINER_WORDS.has(toks[i - 1].lower)) return false;
  // "Trump openly admires": an adverb in -ly may stand between the subject and its verb.
  const prev = i - 2 >= s && !toks[i - 1].cap && isLyAdverb(toks[i - 1].lower) ? toks[i - 2] : toks[i - 1];
  if (SPEECH_VERBS.has(l) || NAMING_VERBS.has(l)) return !PERSON_NOUNS.has(l) && !ORG_WORDS.has(l);
  // "Trump attacks", "the group seeks": an -s word right after a name or a person/organisation noun.
  const nounBefore = prev.cap || PERSON_NOUNS.has(prev.lower) || ORG_WORDS.has(prev.lower) || DOCUMENT_NOUNS.has(prev.lower) || PRONOUNS.has(prev.lower);
  return nounBefore && /[^su]s$/.test(l) && !PERSON_NOUNS.has(l) && !ORG_WORDS.has(l) && !NP_GLUE.has(l) && !NOT_S_VERBS.has(l);
}
// Words in -s that are never a verb after a name ("Given his comments", "Trump this week").
const NOT_S_VERBS: ReadonlySet<string> = new Set(["his", "its", "this", "thus", "less", "unless", "plus", "versus", "regardless", "nevertheless", "yours", "ours", "theirs", "hers", "whereas", "perhaps", "always", "sometimes", "besides", "across", "towards", "afterwards"]);

/** The verb right after an appositive's closing comma ("Ann Lee, the mayor, lauded …"). */
function predicateAfterAppositive(t: Tok): boolean {
  if (!t.word || t.cap) return false;
  const l = t.lower;
  if (PASSIVE.has(l) || l === "has" || l === "had" || l === "will" || l === "would" || /n['’]t$/.test(l)) return true;
  return SPEECH_VERBS.has(l) || NAMING_VERBS.has(l) || isFiniteVerbLike(t) || (/[^su]s$/.test(l) && !PERSON_NOUNS.has(l));
}

/**
 * The subject of the quote's sentence: after any opening adverbials ("In August,"), the noun
 * phrase before the first word of the predicate, with an appositive between commas ("Another
 * critic, Ann Lee, likened …"). Null when the sentence does not open with a subject and its verb.
 */
export function clauseSubject(q: QuoteContext, toks: readonly Tok[], bareCue = false): Mention | null {
  const m = clauseSubjectFrom(q, toks, 0, bareCue);
  if (m) return m;
  // A dateline or a heading before a dash or colon ("PARIS, May 2 (AP) — The council voted …").
  for (let i = 1; i < toks.length && i < 16; i++) {
    if (DASHES.has(toks[i].text) || toks[i].text === ":") return clauseSubjectFrom(q, toks, i + 1, bareCue);
  }
  return null;
}

// Words after a bare cue's verb that report no content ("said in a statement", "said on Monday").
const BARE_CUE_TAIL: ReadonlySet<string> = new Set(["in", "on", "at", "to", "during", "via", "after", "before", "later", "earlier", "today", "yesterday", "tonight", "a", "an", "the", "this", "last", "late", "early", "his", "her", "their", "its", "written", "emailed", "prepared", "statement", "interview", "email", "e-mail", "release", "news", "press", "conference", "tweet", "post", "letter", "call", "phone", "telephone", "week", "weekend", "morning", "afternoon", "evening", "night", ...WEEKDAYS]);

/**
 * "Ann Lee, the spokeswoman for the party said in a statement.": an appositive whose closing comma
 * the writer left out, in a sentence that is only its cue (a speech verb then no content). The name
 * before the comma opens the subject, the appositive (after a determiner) runs to the verb at `f`.
 */
function unclosedAppositiveVerb(toks: readonly Tok[], s: number, comma: number, f: number): boolean {
  if (f >= toks.length || !toks[s].cap || comma + 2 >= f) return false;
  const d = toks[comma + 1].lower;
  if (d !== "the" && d !== "a" && d !== "an") return false;
  const l = toks[f].lower;
  if (!SPEECH_VERBS.has(l) || l.endsWith("ing")) return false;
  for (let i = f + 1; i < toks.length; i++) if (!BARE_CUE_TAIL.has(toks[i].lower)) return false;
  return true;
}

const TIME_STAMP = /^(?:\d+|:|a\.m\.|p\.m\.|_+|\.)$/i;

function clauseSubjectFrom(q: QuoteContext, toks: readonly Tok[], from: number, bareCue: boolean): Mention | null {
  let s = from;
  // A time stamp that opens a live-blog entry ("9:34 p.m. Trump has …").
  while (s < toks.length && TIME_STAMP.test(toks[s].text)) s++;
  for (let hops = 0; hops < 3 && s < toks.length; hops++) {
    const f = toks[s];
    // "But Sen. Ann Lee (D-Ohio) refused …": a conjunction that opens the sentence without a comma
    // is one word before the subject, not an adverbial that runs to the next comma.
    if (s === from && OPENING_CONJUNCTIONS.has(f.lower) && f.cap && s + 1 < toks.length && toks[s + 1].word) {
      s++;
      continue;
    }
    // A participle clause ("Reading from a prepared text, …", "Informed of the plan, …") opens too.
    const participleClause = opensParticipleClause(toks, s);
    const opener = !opensQuantity(toks, s) && (!f.word || (!f.cap && !PRONOUNS.has(f.lower) && !DETERMINER_WORDS.has(f.lower) && !PERSON_NOUNS.has(f.lower)) || NOT_SUBJECT_OPENERS.has(f.lower) || participleClause || opensSpanOfTime(toks, s));
    if (!opener) break;
    // Skip an opening adverbial to its comma.
    let c = s;
    while (c < toks.length && toks[c].text !== ",") c++;
    if (c >= toks.length - 1) return null;
    s = c + 1;
  }
  if (s >= toks.length) return null;
  if (/(?:ing|ed)$/.test(toks[s].lower) && !toks[s].cap) return null;
  const limit = Math.min(toks.length, s + 30);
  let e = s + 1;
  let endTok = -1; // the last token of the subject (its appositive's comma included)
  let listed = 0; // tokens of person-noun lists after the head ("artists, writers and scientists")
  while (e < limit) {
    const t = toks[e];
    // "A group of artists, writers and scientists published …": a list of person nouns goes on with the subject.
    const list = t.text === "," ? personNounListEnd(toks, e) : -1;
    if (list > 0 && list < limit) {
      // (The list's commas and joined nouns count as its one head against the length bound below.)
      listed += list - e;
      e = list;
      continue;
    }
    if (t.text === ",") {
      // "X, the head of Y, said": the segment to the next comma is an appositive when a predicate follows it.
      let f = e + 1;
      // "X, who was elected in 2010, casts …": a relative clause between commas has its own
      // predicate; the appositive runs to its closing comma all the same.
      const relative = RELATIVE_SOURCE.has(toks[f]?.lower ?? "") || toks[f]?.lower === "whose";
      while (f < limit && toks[f].text !== "," && (relative || !predicateAt(toks, f, e + 1)) && toks[f].text !== "“" && toks[f].text !== '"') f++;
      let v = f + 1;
      while (v < limit && (BETWEEN.has(toks[v].lower) || isLyAdverb(toks[v].lower))) v++;
      if (f < limit && toks[f].text === "," && f > e + 1 && v < limit && predicateAfterAppositive(toks[v])) {
        endTok = f;
        e = v;
        break;
      }
      if (bareCue && unclosedAppositiveVerb(toks, s, e, f)) {
        // (parseSubject reads a comma with no partner as the end of an opener: the name is read alone.
        // A full name or a title, not one word: "Sadly, the spokeswoman said" opens with an adverb.)
        const name = parseSubject(q.text, spanOf(toks[s], toks[e - 1]));
        const full = name !== null && (name.title !== null || (name.name ?? "").includes(" "));
        return name && full && name.kind === "name" && name.type === "person" && !name.role ? remadeMention(name, { role: spanOf(toks[e + 1], toks[f - 1]), whole: spanOf(toks[s], toks[f - 1]) }) : null;
      }
      return null;
    }
    // "Sean Spicer — as the campaign noted this week — promoted …", "A former candidate — John McCain,
    // who lost in 2008 — said": an aside between dashes, then the predicate; read as an appositive
    // between commas is (parseSubject: a name in it speaks, a clause in it does not).
    const aside = DASHES.has(t.text) && e > s ? dashAsideEnd(toks, e, limit) : -1;
    if (aside > 0) {
      endTok = aside - 1;
      while (endTok > e && !DASHES.has(toks[endTok].text)) endTok--;
      e = aside;
      break;
    }
    if (!t.word && !isPossessiveTok(t) && !/^[.&'’\-()]$/.test(t.text)) return null;
    if (predicateAt(toks, e, s)) break;
    if (t.word && !t.cap && BETWEEN.has(t.lower) && e + 1 < limit && predicateAt(toks, e + 1, s)) break;
    e++;
  }
  // An appositive between commas may be long ("Ann Lee, co-founder of … and advocate of …, welcomed").
  if (e >= limit || (endTok < 0 && e - s - listed > 14)) return null;
  // ("Trump openly admires": the adverb before the verb is no part of the subject.)
  const verbAt = e - 1 > s && endTok < 0 && !toks[e - 1].cap && isLyAdverb(toks[e - 1].lower) ? e - 1 : e;
  const last = endTok >= 0 ? endTok : beforeTimePhrase(toks, s, verbAt) - 1;
  if (last < s) return null;
  const m = parseSubject(q.text, spanOf(toks[s], toks[last]));
  return m;
}

/**
 * The dash at `open` opens an aside that a dash closes (a doubled hyphen, "--", is one dash) with a
 * predicate right after it: the index of the predicate's first word, or -1.
 */
function dashAsideEnd(toks: readonly Tok[], open: number, limit: number): number {
  let f = open + 1;
  if (f < limit && DASHES.has(toks[f].text)) f++;
  const first = f;
  while (f < limit && !DASHES.has(toks[f].text) && toks[f].text !== "“" && toks[f].text !== '"') f++;
  if (f >= limit || f === first || !DASHES.has(toks[f].text)) return -1;
  let v = f + 1;
  if (v < limit && DASHES.has(toks[v].text)) v++;
  while (v < limit && (BETWEEN.has(toks[v].lower) || isLyAdverb(toks[v].lower))) v++;
  return v < limit && predicateAfterAppositive(toks[v]) ? v : -1;
}

const NUMBER_WORDS: ReadonlySet<string> = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "several", "many", "few"]);
const TIME_UNITS: ReadonlySet<string> = new Set(["years", "months", "weeks", "days", "hours", "minutes", "decades", "nights"]);

/** "Thirteen years earlier, she …", "Two days later, …": a span of time opens an adverbial, not the subject. */
function opensSpanOfTime(toks: readonly Tok[], s: number): boolean {
  const n = toks[s].lower;
  // "Twenty-two years ago", "15 years ago" too.
  // (The unit after it first: it is asked of every subject's first word, and most are followed by none.)
  return s + 1 < toks.length && TIME_UNITS.has(toks[s + 1].lower) && (NUMBER_WORDS.has(n) || NUMBER_WORDS.has(n.split("-")[0]) || /^\d+$/.test(n));
}

const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  "of", "over", "in", "on", "at", "from", "for", "to", "with", "by", "near", "under", "across", "behind",
  // ("Stronger coordination among European countries could …": no "European" who speaks.)
  "among", "between", "about", "against", "into", "through", "toward", "towards", "amid", "around", "beyond", "within", "without",
]);

/**
 * “Valastro praised Christie's leadership. ¶ “We need someone …””: the subject of the sentence that
 * ends the paragraph before a quote paragraph with no cue of its own, when it can speak and that
 * sentence quotes no one. Null otherwise.
 */
export function previousParagraphSubject(text: string, prev: Span, scare: readonly Span[] = []): { mention: Mention; clause: Span } | null {
  return sentenceBeforeSubject(text, prev, true, scare);
}

/**
 * The subject of the last sentence of `prev` when it ends there with a stop, can speak and quotes no
 * one. With `colon`, a sentence that ends in a colon counts too: a paragraph that ends "Trump told
 * the crowd:" introduces the quote paragraph after it. Marks inside `scare` (the scare quotes
 * extraction found: 'On "Face the Nation," Sanders identified …') quote no one; any other mark does.
 */
export function sentenceBeforeSubject(text: string, prev: Span, colon = false, scare: readonly Span[] = []): { mention: Mention; clause: Span } | null {
  let e = prev.end;
  while (e > prev.start && /\s/.test(text[e - 1])) e--;
  if (e <= prev.start || (text[e - 1] !== "." && !(colon && text[e - 1] === ":"))) return null;
  let toks = sentenceTail(text, { start: prev.start, end: e - 1 });
  if (toks.length < 3 || toks.length > 60) return null;
  // "… said Ann Lee, one of the “big four” negotiators, along with Tom Reyes. “…”": lower case right
  // after a quoted phrase (no stop or comma inside its marks) goes on with the phrase's sentence,
  // whose subject stands before it; the words after the marks are no sentence of their own. (After
  // “…,” the words are the quote's attribution: "“…,” an angry Lee retaliated.")
  if (toks[0].word && !toks[0].cap && toks[0].start - prev.start <= 2 && phraseQuoteEndsAt(text, prev.start)) return null;
  let marks = false;
  for (const t of toks) {
    if (t.text === ":") return null;
    if (t.text !== "“" && t.text !== "”" && t.text !== '"') continue;
    if (!inSome(scare, t.start)) return null;
    marks = true;
  }
  // A scare quote's marks are left out, as the narration windows leave them: the words are read.
  if (marks) toks = toks.filter((t) => t.text !== "“" && t.text !== "”" && t.text !== '"');
  const q: QuoteContext = { text, para: prev, outer: { start: e, end: e }, span: { start: e, end: e }, prevQuoteEnd: prev.start, nextQuoteStart: e };
  const m = clauseSubject(q, toks, true);
  if (!m || !canSpeak(q, m) || (colon && isRecordLabel(toks))) return null;
  // "They also lie in a dead zone": a plural pronoun as often means things as people.
  if (m.kind === "pronoun" && m.plural) return null;
  // "The old bridge over the Marrow": a capital after a preposition names a place, not the head.
  for (const t of tokenize(text, m.span)) if (SUBJECT_PREPOSITIONS.has(t.lower)) return null;
  return { mention: m, clause: spanOf(toks[0], toks[toks.length - 1]) };
}

/** Whether a quote's closing mark ends right before `at` with a word's letter or digit inside it (“big four”). */
function phraseQuoteEndsAt(text: string, at: number): boolean {
  const close = text[at - 1];
  return at >= 2 && (close === "”" || close === '"') && /[\p{L}\p{N}]/u.test(text[at - 2]);
}

/** Whether `at` lies inside one of `spans`. */
function inSome(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (at >= s.start && at < s.end) return true;
  return false;
}

// Nouns for a record of someone's words that a label before a colon names ("Transcript as follows:").
const RECORD_NOUNS: ReadonlySet<string> = new Set(["transcript", "transcripts", "text", "excerpt", "excerpts", "video", "audio", "clip", "footage"]);

/**
 * "Transcript as follows:", "Partial transcript:", "Full text:": a short sentence before a colon whose
 * first or second word is a record's noun, with no determiner before it, labels the words of the
 * speaker the article has named; it names no one who speaks them ("The ad says:" has its determiner
 * and is a source).
 */
export function isRecordLabel(toks: readonly Tok[]): boolean {
  let words = 0;
  let record = false;
  for (const t of toks) {
    if (!t.word) continue;
    if (words === 0 && (!t.cap || DETERMINER_WORDS.has(t.lower) || PRONOUNS.has(t.lower))) return false;
    if (words < 2 && RECORD_NOUNS.has(t.lower)) record = true;
    if (++words > 4) return false;
  }
  return record;
}

/** Only auxiliaries and adverbs from `from` up to `to` (none at all counts too). */
function onlyAuxiliaries(toks: readonly Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!BETWEEN.has(toks[i].lower) && !PASSIVE.has(toks[i].lower) && !isLyAdverb(toks[i].lower)) return false;
  return true;
}

/**
 * "such a presence on the trail that …", "so loud that …": "that" closes a result clause that "such"
 * or "so" opened a few words before it (no comma between); what follows is narration, not content
 * reported by a verb.
 */
function resultThat(toks: readonly Tok[], b: number): boolean {
  for (let k = b - 1; k >= 0 && b - k <= 7; k--) {
    const l = toks[k].lower;
    if (l === "such" || l === "so") return true;
    if (!toks[k].word) return false;
  }
  return false;
}

/**
 * The subject of the nearest clause before the quote that has one able to speak: the noun phrase
 * right before a word that starts a predicate, back to the clause's opener or comma.
 */
export function nearestClauseSubject(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  for (let v = toks.length - 1; v >= 1; v--) {
    if (!predicateAt(toks, v, 0)) continue;
    let b = v - 1;
    while (b >= 0 && v - b <= 8 && toks[b].text !== "," && toks[b].text !== ";" && !DASHES.has(toks[b].text) && !CLAUSE_OPENERS.has(toks[b].lower) && !RELATIVE_SOURCE.has(toks[b].lower)) b--;
    // "Trump, who has postured himself as the “…”": the relative pronoun right before the
    // predicate (auxiliaries and adverbs aside) is the clause's subject; it is the source as written.
    if (b >= 0 && RELATIVE_SOURCE.has(toks[b].lower) && onlyAuxiliaries(toks, b + 1, v)) {
      const r = relativeSource(q, toks, b);
      return r && canSpeak(q, r) ? r : null;
    }
    if (v - b > 8 || b + 1 >= v) continue;
    const m = subjectBeforeVerb(q, toks, b + 1, v);
    if (!m) continue;
    // The subject of a that-clause is reported content ("… that the union was “…”"), not its source.
    // (Not a result clause: "It has become such a presence on the trail that Sanders thanked …".)
    if (b >= 0 && toks[b].lower === "that" && !resultThat(toks, b)) continue;
    // The nearest clause with a subject holds the quote: when that subject cannot speak ("…, it
    // was labeled “…”"), nothing further back is the source.
    return canSpeak(q, m) ? m : null;
  }
  // No clause with a subject of its own ("Trump cast the blame on …, and emphasized the threat
  // that “…”"): the sentence's leading name or pronoun.
  const lead = leadingSubject(q, toks, toks.length);
  return lead && (lead.kind === "name" || lead.kind === "pronoun") && canSpeak(q, lead) ? lead : null;
}

// Verbs whose object is words (said, called, blasted, cited).
const WORD_VERBS: readonly ReadonlySet<string>[] = [SPEECH_VERBS, NAMING_VERBS, JUDGING_VERBS, REFERRING_VERBS];

/** Whether "as" follows the verb at `v`, right after it or after one particle ("brought up as"), and ends the tokens. */
function asAfter(toks: readonly Tok[], v: number): boolean {
  const n = toks.length;
  return (n - 1 === v + 1 || n - 1 === v + 2) && toks[n - 1].lower === "as" && toks.slice(v + 1).every((t) => t.word && !t.cap);
}

// Determiners before the noun a contact relative clause hangs on ("an incident", "the plan").
const CONTACT_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "this", "that", "another", "one"]);

/**
 * "…, an incident Trump brought up as “very fishy” in an interview": a relative clause with no
 * "that" or "which", whose subject is a name right after the noun it hangs on ("a" or "the", at most
 * one word, the noun) and right before its verb in the past. The quote stands in that clause when
 * that verb is the nearest one before the quote and no comma, colon, semicolon or dash comes
 * between; the name speaks, not the sentence's subject. Null otherwise.
 */
export function contactRelativeSource(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  for (let v = toks.length - 1; v >= 3; v--) {
    const t = toks[v];
    if (t.text === "," || t.text === ";" || t.text === ":" || DASHES.has(t.text)) return null;
    if (!isFiniteVerbLike(t)) continue;
    // The verb takes the quote: a verb of saying, naming or judging, or any verb with "as" (one
    // particle may stand before it: "brought up as"). ("Lee likened the man Reyes hired to “…”":
    // the clause ends at its verb, and the quote is the main verb's.)
    if (!WORD_VERBS.some((set) => set.has(t.lower)) && !asAfter(toks, v)) return null;
    // The name: one to three capitalised words right before the verb.
    let n = v - 1;
    while (n >= 0 && v - n <= 3 && toks[n].word && toks[n].cap) n--;
    if (n === v - 1 || n < 1) return null;
    const head = toks[n];
    if (!head.word || head.cap || CONTACT_DETERMINERS.has(head.lower) || PRONOUNS.has(head.lower) || SUBJECT_PREPOSITIONS.has(head.lower)) return null;
    const d = toks[n - 1].word && !toks[n - 1].cap && CONTACT_DETERMINERS.has(toks[n - 1].lower) ? n - 1 : n - 2;
    if (d < 0 || !CONTACT_DETERMINERS.has(toks[d].lower) || toks[d].cap || !toks[d + 1].word || toks[d + 1].cap) return null;
    const m = parseSubject(q.text, spanOf(toks[n + 1], toks[v - 1]));
    return m && m.kind === "name" && m.type === "person" && canSpeak(q, m) ? m : null;
  }
  return null;
}
