import { SPEECH_VERBS } from "../extract/lexicon.js";
import type { Span } from "../model/index.js";
import { CLAUSE_JOINERS, isCueVerb, SENTENCE_END } from "./cue-words.js";
import type { Mention } from "./mention.js";
import { datelineEnd, keepTokens, sentenceTail, tokenize, type Tok } from "./tokens.js";

/**
 * What the cue rules read and return: the quote's context, a hit, a row of the table and the rule ids
 * and reasons (R); and the narration windows before and after the quote, kept for the last quote so
 * that all rules share one tokenisation of each.
 */

/** What a direct quote's surroundings look like to the cue rules. */
export type QuoteContext = {
  readonly text: string;
  readonly para: Span;
  /** The quote with its marks. */
  readonly outer: Span;
  /** The quoted words. */
  readonly span: Span;
  /** Where the narration around the quote stops: the neighbouring quotes in the paragraph. */
  readonly prevQuoteEnd: number;
  readonly nextQuoteStart: number;
  /** A transcript's speaker label inside the marks (“PENCE: …”), when extraction found one. */
  readonly label?: Span;
  /**
   * The scare quotes (titles, words in marks, as extraction classed them) between the previous quote
   * and this one: narration, so a sentence that holds one still quotes no one.
   */
  readonly scare?: readonly Span[];
};

export type CueHit = {
  /** Null when the rule finds that the quote has no speaker to credit (see `noSpeaker`). */
  readonly mention: Mention | null;
  readonly cue: Span;
  /** The narration that holds the cue: where to read to whom, how and when. */
  readonly clause: Span;
  readonly ruleId: string;
  readonly reason: string;
};

/** A cue rule: a row of the table, tried in order; the first that matches decides. */
export type CueRule = {
  readonly id: string;
  readonly reason: string;
  /** Made-up examples of what it must and must not match (the tests read these). */
  readonly must: readonly string[];
  readonly mustNot: readonly string[];
  /** The row decides that the quote has no speaker: its hits carry no mention. */
  readonly noSpeaker?: boolean;
  readonly match: (q: QuoteContext) => CueHit | null;
};

/**
 * Narration after the closing mark to the end of its clause (a stop, the next quote, the paragraph
 * end), and before the opening mark. The rules ask for one quote's windows many times in a row, so
 * the last quote's are kept (one entry each: a WeakMap keyed on short-lived contexts cost every
 * garbage collection a walk over its entries). The windows depend on the context alone.
 */
let afterOf: QuoteContext | null = null;
let afterToks: Tok[] = [];
let beforeOf: QuoteContext | null = null;
let beforeToks: Tok[] = [];

export function afterWindow(q: QuoteContext): Tok[] {
  if (q !== afterOf) {
    afterToks = afterWindowOf(q);
    afterOf = q;
  }
  return afterToks;
}

export function beforeWindow(q: QuoteContext): Tok[] {
  if (q !== beforeOf) {
    beforeToks = beforeWindowOf(q);
    beforeOf = q;
  }
  return beforeToks;
}

/**
 * A subject that a closing quotation mark ends, perhaps after a comma ("“Opening Belle,” which …, is a
 * twist on “…”", "Think ''Barton Fink'' meets “…”"), is a title or words in marks: no one who speaks.
 * (A nickname in marks inside a name, Dwayne “The Rock” Johnson, does not end it.)
 */
export function closedByMark(text: string, end: number): boolean {
  const at = text.charCodeAt(end) === 0x2c ? end + 1 : end;
  const c = text[at];
  return c === "”" || c === '"' || (c === "'" && text[at + 1] === "'");
}

const isMarkTok = (t: Tok): boolean => t.text === "“" || t.text === "”" || t.text === '"';

/**
 * A quotation mark: one of “ ” " or either half of two apostrophes written for one (''), as some
 * archives print every mark; a lone apostrophe ("the Joneses' house") is no mark.
 */
const isMarkAt = (toks: readonly Tok[], i: number): boolean => {
  const t = toks[i];
  if (isMarkTok(t)) return true;
  if (t.text !== "'") return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (prev !== undefined && prev.text === "'" && prev.end === t.start) || (next !== undefined && next.text === "'" && next.start === t.end);
};

function afterWindowOf(q: QuoteContext): Tok[] {
  const end = Math.min(q.nextQuoteStart, q.para.end, q.outer.end + 300);
  // The loop below stops at the first sentence end: tokens after it are never read.
  const toks = tokenize(q.text, { start: q.outer.end, end }, true);
  keepTokens(q.text, q.outer.end, toks);
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (SENTENCE_END.has(t.text) || t.text === "…" || t.text === ";") break;
    if (isMarkAt(toks, i)) continue;
    // A second clause ("…, while X told AFP") has its own cue; the quote's clause ends before it.
    // (A speech verb's word used as a noun, "assistant secretary of state for population, refugees,
    // and migration", opens no clause: the word must read as the verb.)
    if (t.text === "," && CLAUSE_JOINERS.has(toks[i + 1]?.lower ?? "") && out.some((o, k) => SPEECH_VERBS.has(o.lower) && isCueVerb(out, k)) && !isSerialComma(out, toks[i + 1]!, toks[i + 2])) break;
    out.push(t);
  }
  return out;
}

// Words after "and" that open a clause of their own rather than a list's last item.
const CLAUSE_START_WORDS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i", "you", "it", "there", "then", "this", "that", "who", "which", "also", "later"]);
// Words that make a stretch between two commas a clause or an aside, not a list item.
// (A determiner too: "said Ann Lee, a nurse, and left" has an appositive before its comma, no list item.)
const NOT_LIST_ITEM_WORDS: ReadonlySet<string> = new Set(["who", "which", "whose", "that", "he", "she", "they", "we", "i", "it", "said", "says", "told", "added", "a", "an", "the", "his", "her", "their", "its"]);

/**
 * ", and" that closes a list ("said Tom Reyes, the head of planning, training, and security"): the
 * serial comma before its last item, not a second clause. The window so far holds the speech verb,
 * the name, and two commas or more after it; the item before this comma is one to three words with
 * no relative or personal pronoun, determiner or speech verb among them (a clause or an aside is
 * longer, "who founded the DLC, and wrote …"; an appositive has its article, "a nurse, and left");
 * and "and" goes on to "security", not a subject ("and he left").
 */
function isSerialComma(out: readonly Tok[], joiner: Tok, next: Tok | undefined): boolean {
  if (joiner.lower !== "and" || !next?.word || CLAUSE_START_WORDS.has(next.lower)) return false;
  let last = out.length;
  let commas = 0;
  let item = -1;
  const verb = out.findIndex((o, k) => SPEECH_VERBS.has(o.lower) && isCueVerb(out, k));
  for (let k = out.length - 1; k > verb; k--) {
    if (out[k].text !== ",") continue;
    if (commas === 0) item = last - k - 1;
    commas++;
    last = k;
  }
  if (commas < 2 || item < 1 || item > 3) return false;
  for (let k = out.length - item; k < out.length; k++) if (!out[k].word || NOT_LIST_ITEM_WORDS.has(out[k].lower)) return false;
  return true;
}

/** Narration from the sentence start (or the previous quote) to the opening mark. */
function beforeWindowOf(q: QuoteContext): Tok[] {
  let start = Math.max(q.prevQuoteEnd, q.para.start, q.outer.start - 300);
  // A dateline that opens the paragraph ("WASHINGTON (Reuters) - X said …") is not narration.
  if (start === q.para.start) {
    const d = datelineEnd(q.text, start);
    if (d > start && d < q.outer.start) start = d;
  }
  // The windows stop at the neighbouring quotes but run through scare quotes (titles, words in
  // marks), which are narration: their marks are left out so the rules read the words.
  const toks = sentenceTail(q.text, { start, end: q.outer.start }).filter((_t, i, all) => !isMarkAt(all, i));
  return afterOpenBracket(toks);
}

/**
 * "Historians recognize it (as Lee once said, “…”)": a bracket that opens before the quote and is
 * not closed again, with a finite speech verb of its own inside, holds the quote's clause; the words before
 * it are another clause. (A bracket with the quote alone, "taking shots at Rubio (“…”)", or with no
 * speech verb, "(Sanders leads among “…” voters", is an aside on the words before.)
 */
function afterOpenBracket(toks: Tok[]): Tok[] {
  for (let i = toks.length - 1; i > 0; i--) {
    const t = toks[i].text;
    if (t === ")") return toks;
    if (t !== "(") continue;
    // (A finite verb: a participle, "by declaring himself the “…”", hangs on a clause that may have
    // its subject elsewhere.)
    for (let v = i + 2; v < toks.length; v++) if (isCueVerb(toks, v) && !toks[v].lower.endsWith("ing")) return toks.slice(i + 1);
    return toks;
  }
  return toks;
}

const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019;
const isSentenceStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
export const isQuestionOrBang = (c: number): boolean => c === 63 || c === 33;
export const isCommaQuestionOrBang = (c: number): boolean => c === 44 || c === 63 || c === 33;
export const isComma = (c: number): boolean => c === 44;

/**
 * Whether text.slice(start, end) ends in a code unit `last` accepts with only closing marks (" ' ” ’)
 * after it, as /[…]["'”’]*$/ tests it (for a `last` that accepts no closing mark). A loop back from
 * the end: V8 tries a regex anchored at $ at every position of the stretch, a whole quote's length.
 */
export function endsBeforeClosers(text: string, start: number, end: number, last: (c: number) => boolean): boolean {
  let e = end;
  while (e > start && isCloser(text.charCodeAt(e - 1))) e--;
  return e > start && last(text.charCodeAt(e - 1));
}

/** The quoted words end a sentence: /[.!?…]["'”’]*$/. */
export const endsSentence = (q: QuoteContext): boolean => endsBeforeClosers(q.text, q.span.start, q.span.end, isSentenceStop);

export function hit(mention: Mention | null, cue: Span, clause: Span, rule: { id: string; reason: string }): CueHit {
  return { mention, cue, clause, ruleId: rule.id, reason: rule.reason };
}

export const R = {
  afterInverted: { id: "attribution/said-name-after-quote", reason: "speech verb right after the quote, its speaker after the verb (“…,” said X)" },
  cameVoices: { id: "attribution/came-voices-from", reason: "the quote is followed by “came” and a noun for voices with where they came from (“…,” came shouts from the crowd): the crowd or group they came from is the source" },
  cameVoicesNoSource: { id: "attribution/came-voices", reason: "the quote is followed by “came” and a noun for voices with no group that can speak (“…,” came shouts from the floor, “…,” came the cry): the shouts are nobody named, so the quote has no speaker (and the quotes beside it take nothing from it)" },
  voicesOf: { id: "attribution/voices-of", reason: "the quote is the words of a noun for voices that meet the subject or just are (to chants of “…”, amid cries of “…”, there were calls of “…”): nobody named chanted them (a gathering roused to them is no one's name either), so the quote has no speaker, and the quotes beside it take nothing from it" },
  foreignInverted: { id: "attribution/foreign-verb-after-quote", reason: "a speech verb of another language right after the quote, its speaker after it or joined to it (« … », a déclaré le ministre; « … », affirme-t-elle; „…“, sagte Merkel): that speaker" },
  foreignBefore: { id: "attribution/foreign-verb-before-quote", reason: "a speech verb of another language and its subject introduce the quote with a colon or comma (Le maire a expliqué : « … »; Merkel sagte: „…“): that subject" },
  afterSubject: { id: "attribution/name-said-after-quote", reason: "speaker and speech verb right after the quote (“…,” X said)" },
  signReads: { id: "attribution/sign-reads", reason: "the quote is what a sign, a banner or a piece of clothing reads (held a sign that read “…”, wore a hat reading “…”, the sign — which said “…”): the thing written on is the source, not the one who holds or wears it" },
  passageReads: { id: "attribution/passage-reads", reason: "a numbered passage of a text reads or says the quote (Isaiah 45:1 reads: “…”, Article 5 of the treaty states: “…”): the passage is the source, a document that is quoted, no person" },
  beforeAdjacent: { id: "attribution/name-said-before-quote", reason: "speaker and speech verb introduce the quote (X said, “…”)" },
  dash: { id: "attribution/dash-credit", reason: "the quote is credited after a dash (“…” ― X)" },
  creditLine: { id: "attribution/credit-line", reason: "the quote ends its paragraph and the next paragraph is only a credit line (“…” ¶ ― X, role)" },
  according: { id: "attribution/according-to", reason: "“according to X” in the quote's sentence" },
  reportedBy: { id: "attribution/reported-by", reason: "the quote's sentence ends “…, X reported.” or “…, reports X.”: like “according to X”, the benchmark's annotators credit the outlet that reported it" },
  asPutIt: { id: "attribution/as-x-put-it", reason: "“as X put it” in the quote's sentence" },
  inWords: { id: "attribution/in-their-words", reason: "“in X's words” in the quote's sentence" },
  citedAuthor: { id: "attribution/cited-author", reason: "the quote is introduced as someone's words (a line from X: “…”), so X wrote or said it, not the narrator who cites it" },
  sentenceVerb: { id: "attribution/speech-verb-in-sentence", reason: "a speech verb with its subject in the quote's sentence (X said that … “…”)" },
  colonIntro: { id: "attribution/colon-before-paragraph", reason: "the paragraph before ends with a speech verb and a colon that introduces the quote (X said: ¶ “…”)" },
  transcriptLabel: { id: "attribution/transcript-label", reason: "the words in marks open with a transcript's speaker label in capitals and a colon (“LEE: …”): the label names the speaker" },
  bracketCredit: { id: "attribution/bracket-credit", reason: "a quote that no one in its sentence says (alone, or after a heading in capitals) ends its paragraph with a bracketed credit (“…” [WaPo.], “…” (Reuters)): a briefing's note of the outlet the passage was copied from, which is its source" },
  colonName: { id: "attribution/name-colon", reason: "the quote's sentence is only a name and a colon (“Ann Lee: “…””, “HEADLINE - Ann Lee: “…””), as in transcripts and round-ups; or only “From” and a document (“From the report: “…””, “From Lee’s Facebook post: “…””): its possessor, else the document, is the source" },
  hereIsName: { id: "attribution/here-is-name", reason: "the quote's sentence is only “Here’s” or “Here is”, a person's name, perhaps a time or place, and a colon (“Here’s Ann Lee in 1992: “…””): the one presented speaks" },
  effectObjectColon: { id: "attribution/effect-object-colon", reason: "the quote's sentence ends on a verb of effect or perception with a person named as its object, then a colon (“The surge doesn’t surprise pollster Ann Lee: “…””, “It struck Ann Lee: “…””): the one affected gives the reaction that follows" },
  headingNameVerb: { id: "attribution/heading-name-verb", reason: "the quote stands in a one-line heading in title case that opens with a person's name and a speech or request verb (“Ann Lee Asked Voters To “Stay Home.””), a name the text below repeats: that person's words" },
  headlineName: { id: "attribution/headline-name-colon", reason: "the quote is in the article's headline, which opens with a person's name and a colon (“Lind: Port ‘will reopen by June’”): in headline style the words after the colon are that person's" },
  naming: { id: "attribution/called-it", reason: "a naming verb frames the quote (X called it “…”)" },
  coordinateBefore: { id: "attribution/coordinate-speaker-before", reason: "a quote that opens its sentence with no cue, right after a sentence that ends on a coordinate clause of a subject and a speech verb with nothing after it (“…,” Lee said, and her husband cut in. “…”): that subject speaks the quote" },
  sentenceBefore: { id: "attribution/sentence-before", reason: "a quote that opens its sentence with no cue, right after a sentence in its paragraph whose subject can speak and that quotes no one (X turned to me. “…”)" },
  possessorOfWords: { id: "attribution/possessor-of-words", reason: "the quote, or the that-clause that holds it, follows a noun for something said whose possessor stands before it (X’s claim that “…”, her remark that “…”, X’s response was: “…”, X’s pledge to be “…”): the possessor, as written with its possessive, is the source" },
  possessorBeforeQuoteNoun: { id: "attribution/possessor-quote-noun", reason: "the quote stands between a possessor and a noun for something said (X’s “…” remark, Obama's “…” promise): the possessor said it" },
  clauseSubject: { id: "attribution/clause-subject", reason: "a quoted phrase inside narration with no cue of its own and no subject that opens its sentence: the subject of the nearest clause before it that can speak is the source (…, long before officials started to portray it as “…”)" },
  passiveAgent: { id: "attribution/passive-agent", reason: "the quote follows a passive naming verb whose agent is named (was labeled “…” by X, known by X as “…”): the agent is the source" },
  agentlessPassive: { id: "attribution/agentless-passive", reason: "the quote follows a passive naming or asking verb with no agent (what is called “…”, X was asked about the “…”, X was said to be “…”): the words are not credited to anyone in the sentence, so the quote has no speaker" },
  pollFinding: { id: "attribution/poll-finding", reason: "a share of respondents says the quoted words inside a sentence that opens with a poll (In a CNN poll released Monday, 31% of voters said they were “…”; The poll finds that 37 percent say …): the benchmark's annotators credit the poll, as news does" },
  askedBy: { id: "attribution/asked-by", reason: "the quote stands inside an opening question clause with its asker (Asked by X whether the plan “…”, Lee said …): the words are the asker's, not the answer's speaker's" },
  passiveAskedBy: { id: "attribution/passive-asked-by", reason: "the quote follows a passive \"asked\" whose asker is named, with only a comma or colon, or the asker's relative clause, between (X was asked by Y, who …, “…?”): the words are the asker's question, not X's" },
  askedQuestion: { id: "attribution/asked-question", reason: "the quote stands inside an opening question clause with no asker (Asked whether the plan “…”, 60 percent said yes): the words are the unnamed asker's, so the quote has no speaker" },
  reportedInner: { id: "attribution/reporter-of-inner-cue", reason: "the cue before the quote belongs to a clause reported by an earlier speech verb in the sentence (Obama said he expected that Americans will say “…”, Lee declared that any deal would demand “…”): the earlier verb's subject is the source" },
  frontedParticiple: { id: "attribution/fronted-participle", reason: "the quote stands in a participle's phrase of saying or naming that opens its sentence and closes with a comma (After saying her foot was “…,” she was taken …; While calling it “…,” Lee left): the main clause's subject after it is the phrase's, and speaks" },
  sentenceSubject: { id: "attribution/sentence-subject", reason: "a quoted phrase inside narration with no speech cue of its own: the subject of its sentence is the source (X likened it to “…”)" },
};
