import type { Article, Diagnostic, Span } from "../model/index.js";
import type { Candidate } from "./index.js";
import { candidate } from "./candidate.js";
import { AUX_ADVERBS, CLAIM_NOUNS, DETERMINERS, GUARDED_VERBS, PHRASE_PREPOSITIONS, SPEECH_VERBS } from "./reported-lexicon.js";
import { quotedRanges, tokenAt, tokenize, wordFinder } from "./reported-text.js";
import { sentenceSpans } from "../model/sentences.js";
import { FRAME_RULES } from "./reported-rules-frames.js";
import { VERB_RULES } from "./reported-rules-verbs.js";
import { BLOCK_RULE, blockAfterColon } from "./reported-block.js";
import { type CueRule, DESCRIBE_FORMS, type Hit, type Sentence, content, isTrigger } from "./reported-sentence.js";
import { FINITE_AUX } from "./reported-source.js";
import { TWEET_PERSONS, tweetAuthorSpan, tweetWords } from "./tweet.js";

/**
 * Reported speech: "X said (that) ...", "X told Y ...", "according to X, ...", "..., X said.",
 * "..., said X.", "made false claims that ...". Every candidate names the cue rule that found it.
 * Content that carries quotation marks is left to the direct-quote extractor.
 */

/** A reported-speech candidate; the extra spans are for attribution (all optional). */
export type ReportedCandidate = Candidate & {
  /** The whole source as written, appositives included ("Mr. Homsi, 32, a former hotel worker, "). */
  readonly sourceSpan?: Span;
  /** The appositive that gives the source's role ("the director-general of UNESCO"). */
  readonly roleSpan?: Span;
  /** The listener after "told" ("AFP", "The Daily Beast", "him"). */
  readonly toSpan?: Span;
};

const MAX_SENTENCE = 2000;

// ---------------------------------------------------------------------------------------------
// The rule table, tried in this order for each cue word.

export const REPORTED_RULES: readonly CueRule[] = [...FRAME_RULES, ...VERB_RULES];

// ---------------------------------------------------------------------------------------------
// Driver

const TRIGGER_WORDS = [...SPEECH_VERBS.keys(), ...GUARDED_VERBS.keys(), "according", ...CLAIM_NOUNS, ...DESCRIBE_FORMS];
const TRIGGER = new RegExp(`\\b(?:${TRIGGER_WORDS.sort((a, b) => b.length - a.length).join("|")})\\b`, "i");
/** Offsets of every cue word in text[from, to) (speech verbs, "according", claim nouns, describe forms). */
export const findTriggers = wordFinder(TRIGGER_WORDS);
/** A character of the word before a speech verb ("Mr.", "O'Neill", "Smith-Jones"). */
const WORD_BEFORE = /[\p{L}’'.-]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * Whether paragraph `p` carries an attribution of the reporter's own: a speech verb (as written, lower case)
 * after a word that can end its subject ("He writes in the column ...", "the senator said ..."), or
 * "according to". After a determiner or a preposition the form is an adjective ("the alleged
 * re-categorization" stays inside a quoted block). `cues` are the article's trigger offsets (`findTriggers`),
 * ascending, so the paragraph is not scanned again: each verb looks back over the spaces and the one word
 * before it, a bounded walk.
 */
export function attributionIn(text: string, p: Span, cues: readonly number[]): boolean {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]! < p.start) lo = mid + 1;
    else hi = mid;
  }
  for (let c = lo; c < cues.length && cues[c]! < p.end; c++) {
    const at = cues[c]!;
    let e = at;
    while (e < p.end && /[a-z]/i.test(text[e]!)) e++;
    const word = text.slice(at, e);
    if (word === "according") {
      if (/^ to(?![\w])/.test(text.slice(e, Math.min(p.end, e + 4)))) return true;
      continue;
    }
    if (!SPEECH_VERBS.has(word)) continue;
    let k = at;
    while (k > p.start && SPACE.test(text[k - 1]!)) k--;
    if (k === at) continue;
    let j = k;
    while (j > p.start && WORD_BEFORE.test(text[j - 1]!)) j--;
    if (j === k || !LETTER.test(text[j]!)) continue;
    const before = text.slice(j, k).toLowerCase();
    if (!(DETERMINERS.has(before) || PHRASE_PREPOSITIONS.has(before))) return true;
  }
  return false;
}

type Found = Hit & { readonly rule: CueRule };

/**
 * The hit with another content. Written out field by field in the order analyseSentence makes them:
 * a spread gave these objects a map of their own, and findReportedSpeech's optimised code, which
 * had seen only the other, was thrown away when the first of them reached it. (Sources are made
 * as literals in one order for the same reason.)
 */
const withContent = (h: Found, content: Span): Found => ({ content, cue: h.cue, source: h.source, to: h.to, forward: h.forward, rule: h.rule });

/** Whether offset `at` lies strictly inside one of the sorted, disjoint spans (binary search). */
function inside(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else if (spans[mid]!.start >= at) hi = mid - 1;
    else return true;
  }
  return false;
}

/** `cues`: offsets that may start a cue word (a superset of the trigger tokens), ascending. */
function analyseSentence(s: Sentence, quoted: readonly Span[], cues: readonly number[], from: number): Found[] {
  const found: Found[] = [];
  for (let c = from; c < cues.length && cues[c] < s.span.end; c++) {
    const i = tokenAt(s.toks, cues[c]);
    if (i < 0 || s.toks[i].start !== cues[c] || !isTrigger(s.toks[i])) continue;
    const at = s.toks[i].start;
    if (inside(quoted, at)) continue; // the quoted speaker's own "I told them"
    for (const rule of REPORTED_RULES) {
      const hit = rule.match(s, i);
      if (hit) {
        // Field by field: an object spread here is many times slower in V8.
        found.push({ content: hit.content, cue: hit.cue, source: hit.source, to: hit.to, forward: hit.forward, rule });
        break;
      }
    }
  }
  return resolveOverlaps(s, found);
}

/** Where a hit's attribution begins: its source's start, or its cue's when that comes first. */
const attributionStart = (h: Found): number => Math.min(h.source?.source.start ?? h.cue.start, h.cue.start);

/**
 * Whether inner's attribution opens outer's forward content ("noted that experts say that ...",
 * "said that two women who ... said they ..."): the other account is the reported clause itself.
 */
function opensContent(s: Sentence, outer: Found, inner: Found): boolean {
  if (!outer.forward || inner === outer) return false;
  const at = attributionStart(inner);
  if (at < outer.content.start || at >= outer.content.end) return false;
  const a = tokenAt(s.toks, outer.content.start);
  const k = tokenAt(s.toks, at);
  return a >= 0 && (k === a || (k === a + 1 && s.toks[a].lower === "that"));
}

/**
 * Whether inner is a second verb of outer's reported clause, not an account of its own: "McConnell says he spoke to
 * Trump and asked him to condemn violence". Outer's cue opens with a present speech verb ("says", "tell"), inner's
 * with a past one ("asked", "told") right after "and" inside outer's forward content, with no subject of its own
 * written between them: the tenses differ, so inner goes on the content's subject ("he spoke ... and asked"), not
 * the speaker's; the content stays whole. (A cue in the same tense, "says he spoke ... and says", is the speaker's.)
 */
function pastActInContent(s: Sentence, outer: Found, inner: Found): boolean {
  if (!outer.forward || inner === outer || inner.cue.start <= outer.content.start || inner.cue.start >= outer.content.end) return false;
  if (attributionStart(inner) < inner.cue.start && (inner.source?.source.start ?? 0) > outer.content.start) return false;
  const o = tokenAt(s.toks, outer.cue.start);
  const k = tokenAt(s.toks, inner.cue.start);
  if (o < 0 || k < 2 || s.toks[k - 1].lower !== "and" || s.toks[k - 2].text === ",") return false;
  const ov = SPEECH_VERBS.get(s.toks[o].lower);
  const iv = SPEECH_VERBS.get(s.toks[k].lower);
  if (!ov || !iv || s.toks[o].cap || s.toks[k].cap) return false;
  const present = ov.form === `${ov.lemma}s` || (ov.form === ov.lemma && o > 0 && s.toks[o - 1].word && s.toks[o - 1].lower !== "to" && !AUX_ADVERBS.has(s.toks[o - 1].lower));
  const past = iv.form !== iv.lemma && !iv.form.endsWith("s") && !iv.form.endsWith("ing");
  return present && past;
}

/**
 * Whether inner's attribution opens a backward outer's content ("X told investigators A, the Times
 * reported", "Rep. Y explained how B, those people said"): the sentence is the outer source's account
 * of what X said, and stays whole under it (the annotators file it so); the inner account is kept too.
 */
function opensBackward(s: Sentence, outer: Found, inner: Found): boolean {
  if (outer.forward || !inner.forward || !NESTING_OUTER.has(outer.rule.id) || inner.cue.end > outer.content.end) return false;
  // (The inner content must run on to the outer attribution: "X said A, but B, they said" is two clauses,
  // and the outer one vouches for B alone.)
  if (inner.content.end < outer.content.end) return false;
  const a = tokenAt(s.toks, outer.content.start);
  if (a < 0 || tokenAt(s.toks, attributionStart(inner)) !== a) return false;
  // ("..., egged on by suckers eager to believe the lies hucksters tell them": a participle is no source.)
  const first = outer.source ? s.toks[tokenAt(s.toks, outer.source.source.start)] : undefined;
  return !first || first.cap || !/(?:ed|ing)$/.test(first.lower);
}
/** Conjunctions that join a second account after a closing attribution ("A, X said, but B, Y said"). */
const CLOSING_JOINERS = /^(?:and|but|while|whereas|although|though|yet)$/;
/** The backward attributions that close a sentence: "..., the Times reported", "..., according to X". */
const NESTING_OUTER: ReadonlySet<string> = new Set(["reported/said-after", "reported/according-to-after"]);

/**
 * "The Republican who wrote the powerful speech delivered by the mother says he won't vote": a forward hit whose
 * cue opens a relative clause ("who", "that" or "which" right before it) inside another hit's source, while that
 * hit's cue stands inside its content, has run on into the main clause's predicate. It ends before the main cue,
 * and is kept only when what is left has a finite verb ("Voters who say the economy is most important say they
 * ..." keeps "the economy is most important"; "who wrote the powerful speech delivered by ..." leaves a noun
 * phrase: the verb took an object, no speech). Null when dropped. ("Judicial Watch noted Comey said ...", with
 * no relative before "noted", stays whole.)
 */
function inSubjectOf(s: Sentence, found: readonly Found[], h: Found): Found | null {
  if (!h.forward) return h;
  const ci = tokenAt(s.toks, h.cue.start);
  if (ci < 1 || !RELATIVE_OPENERS.test(s.toks[ci - 1].lower)) return h;
  // (The main cue inside the content, or right after it with no comma where beforeMainPredicate already ended it;
  // "Barkley, who said he votes Democratic, said ...": after a comma the relative's content is whole.)
  let next = tokenAt(s.toks, h.content.start);
  while (next >= 0 && next < s.toks.length && s.toks[next].start < h.content.end) next++;
  const after = next > 0 && next < s.toks.length ? s.toks[next].start : h.content.end;
  const main = found.find(
    (o) => o !== h && o.source !== null && o.source.source.start <= h.cue.start && h.cue.end <= o.source.source.end && o.cue.start > h.content.start && o.cue.start <= after,
  );
  if (!main) return h;
  const a = tokenAt(s.toks, h.content.start);
  const b = tokenAt(s.toks, main.cue.start);
  if (a < 0 || b <= a) return null;
  for (let k = a; k < b; k++) if (!s.toks[k].cap && FINITE_AUX.test(s.toks[k].lower)) return withContent(h, content(s, a, b) ?? h.content);
  return null;
}
const RELATIVE_OPENERS = /^(?:who|that|which)$/;

/**
 * Two cues in one sentence: forward content stops where a later cue's source begins ("X said A,
 * but Y said B"); content that contains another hit's cue is dropped in favour of the narrower one.
 */
function resolveOverlaps(s: Sentence, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const h of found) {
    // "Carson noted that experts say that ISIS has mentioned Trump": the account nested at the start of
    // another's content is part of that content; the annotators file the whole under the outer source.
    if (found.some((o) => opensContent(s, o, h) || pastActInContent(s, o, h))) continue;
    let hit: Found | null = inSubjectOf(s, found, h);
    if (!hit) continue;
    for (const o of found) {
      if (o === h || !hit) continue;
      const oStart = attributionStart(o);
      if (hit.forward && oStart > hit.content.start && oStart < hit.content.end) {
        // (An account that opens this content is nested in it: the content stays whole, see above.)
        if (opensContent(s, hit, o) || pastActInContent(s, hit, o)) continue;
        const k = tokenAt(s.toks, oStart);
        let b = k;
        while (b > 0 && (s.toks[b - 1].text === "," || /^(and|but|while|whereas|although|though|as|because)$/.test(s.toks[b - 1].lower))) b--;
        const a = tokenAt(s.toks, hit!.content.start);
        // "the $18 million he says he raised", "unendorse Trump after the mogul claimed that ...": an
        // attribution inside the content with no comma or coordinator before it is embedded in the
        // reported clause (the annotators keep it whole); only "..., and Y said B" starts a new one.
        if (b === k && k > a + 1 && s.toks[k - 1].word && !/^(?:or|so|yet|nor)$/.test(s.toks[k - 1].lower)) continue;
        const cut = a >= 0 && b > a ? content(s, a, b) : null;
        hit = cut ? withContent(hit, cut) : null;
      } else if (!hit.forward && !o.forward && attributionStart(o) > hit.content.start && o.cue.end < hit.content.end && o.content.end <= attributionStart(o)) {
        // "A, X reported, while B, Y reported": another closing attribution inside this content ends the other account;
        // this one starts after it, its comma and a conjunction.
        let a = tokenAt(s.toks, o.cue.end - 1) + 1;
        if (a > 0 && a < s.toks.length && s.toks[a].text === ",") a++;
        if (a > 0 && a < s.toks.length && CLOSING_JOINERS.test(s.toks[a].lower)) a++;
        const b: number = tokenAt(s.toks, hit.content.end - 1) + 1;
        const rest: Span | null = a > 0 && b > a ? content(s, a, b) : null;
        hit = rest ? withContent(hit, rest) : null;
      } else if (!hit.forward && o.cue.start >= hit.content.start && o.cue.end <= hit.content.end && o.rule !== hit.rule && !opensBackward(s, hit, o)) {
        // A backward content that swallows another attribution ("X said A, but B, they said"):
        // it starts after the other's content, or gives way to it.
        if (o.forward && o.content.end < hit.content.end) {
          // ("His lead among voters who say they'll vote in the primary is much larger, according to the poll": a
          // content that ends where the main clause's predicate follows, with no boundary, sits in the subject
          // of the backward content, which stays whole.)
          let after = 0;
          while (after < s.toks.length && s.toks[after].start < o.content.end) after++;
          if (after < s.toks.length && s.toks[after].word && !/^(?:and|but)$/.test(s.toks[after].lower)) continue;
          let a = tokenAt(s.toks, o.content.end);
          while (a >= 0 && a < s.toks.length && !s.toks[a].word) a++;
          if (a >= s.toks.length) a = -1;
          const b = tokenAt(s.toks, hit!.content.end);
          const rest = a >= 0 ? content(s, a, b < 0 ? s.toks.length : b) : null;
          hit = rest ? withContent(hit, rest) : null;
        } else if (!(o.content.start >= hit.content.start && o.content.end <= hit.content.end)) hit = null;
      }
    }
    if (hit) out.push(hit);
  }
  // Same content found twice (e.g. a participle and a parenthetical): keep the first rule's.
  return out.filter((h, k) => !out.some((o, m) => m < k && o.content.start === h.content.start && o.content.end === h.content.end));
}

/** Reported speech ("X said that ...", "..., X said.", "according to X, ..."). Pure. */
export function findReportedSpeech(article: Article): { candidates: ReportedCandidate[]; diagnostics: Diagnostic[] } {
  const candidates: ReportedCandidate[] = [];
  const diagnostics: Diagnostic[] = [];
  const text = article.text;
  const paragraphs = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: text.length }];
  // Every cue word of the article in one pass; paragraphs and sentences without one are skipped.
  const cues = findTriggers(text, 0, text.length);
  let next = 0;
  const cueIn = (p: Span): boolean => attributionIn(text, p, cues);
  for (const [pi, para] of paragraphs.entries()) {
    // A paragraph that is one tweet is read without its marks and signature: its words are a text of their own.
    const tweet = tweetWords(text, para);
    const p = tweet ?? para;
    while (next < cues.length && cues[next] < p.start) next++;
    if (next >= cues.length || cues[next] >= p.end) continue;
    const quoted = quotedRanges(text, p.start, p.end);
    let ci = next;
    const sentences = sentenceSpans(text, p.start, p.end);
    for (const [si, sp] of sentences.entries()) {
      while (ci < cues.length && cues[ci] < sp.start) ci++;
      const hasCue = ci < cues.length && cues[ci] < sp.end;
      if (sp.end - sp.start > MAX_SENTENCE) {
        const stext = text.slice(sp.start, sp.end);
        if (!TRIGGER.test(stext)) continue;
        diagnostics.push({
          reason: `sentence of ${stext.length} characters is too long to search for reported speech`,
          documentId: article.documentId,
          articleId: article.id,
          span: sp,
          ruleId: "reported/sentence-too-long",
          stage: "extract",
          severity: "info",
        });
        continue;
      }
      if (!hasCue) continue;
      // A sentence whose cue words all stand inside quotation marks yields nothing (analyseSentence
      // skips each of them), so it is not tokenised: a twentieth of the tokens on PolNeAR.
      let open = false;
      for (let c = ci; c < cues.length && cues[c] < sp.end && !open; c++) open = !inside(quoted, cues[c]);
      if (!open) continue;
      const s: Sentence = { text: text.slice(sp.start, sp.end), span: sp, toks: tokenize(text, sp.start, sp.end), sites: null, subjects: null, clauses: null };
      // "Hewitt writes:" closing a paragraph: the block quotation after it (see blockAfterColon).
      const block = si === sentences.length - 1 ? blockAfterColon(text, paragraphs, pi, s, cueIn) : null;
      if (block) {
        const truncated = article.cuts.some((c) => block.content.end >= c.end - 1 && block.content.start < c.end);
        const src = block.source;
        candidates.push(
          candidate(
            "indirect", block.content, block.content, truncated, undefined, undefined, undefined, block.cue,
            src.mention, src.source, src.role ? src.role : undefined, undefined, BLOCK_RULE.id, BLOCK_RULE.reason,
          ),
        );
        continue;
      }
      for (const h of analyseSentence(s, quoted, cues, ci)) {
        const truncated = article.cuts.some((c) => h.content.end >= c.end - 1 && h.content.start < c.end);
        // (One shape for every candidate: see candidate().)
        let src = h.source;
        // In a tweet, "I" and "we" are its author, named in its signature; "you" is its reader, who said nothing.
        const person = tweet && src ? TWEET_PERSONS.get(text.slice(src.mention.start, src.mention.end).toLowerCase()) : undefined;
        if (person === "reader") continue;
        const author = person === "author" && tweet ? tweetAuthorSpan(text, tweet, para) : null;
        if (src && author) src = { ...src, mention: author, source: author, role: null };
        candidates.push(
          candidate(
            "indirect", h.content, h.content, truncated, undefined, undefined, undefined, h.cue,
            src ? src.mention : undefined, src ? src.source : undefined, src && src.role ? src.role : undefined, h.to ? h.to : undefined,
            h.rule.id, h.rule.reason,
          ),
        );
      }
    }
  }
  return { candidates, diagnostics };
}
