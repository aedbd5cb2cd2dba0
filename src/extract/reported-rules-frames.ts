import type { Span } from "../model/index.js";
import { AUX_ADVERBS, BAD_CONTENT_START, CLAIM_NOUNS, CLAUSE_WORDS, DETERMINERS, PHRASE_PREPOSITIONS, SPEECH_VERBS, SUBJECT_PRONOUNS, TIME_WORDS } from "./reported-lexicon.js";
import { type Source, auxStart, headOf, isTimeThat, skipAdverbials, subjectBefore, walkNP } from "./reported-source.js";
import { type Token, tokenAt } from "./reported-text.js";
import { backwardStart, beforeNewSubject, forwardContent, forwardStop, mainClauseComma, reportedClause } from "./reported-content.js";
import { AUX_START, type CueRule, DASHES, type Sentence, clauseIn, content, isEnd, isTrigger, lastWordIndex, opensSentence, subjectAt, tokSpan, verbFirst } from "./reported-sentence.js";
import { inSubordinate, sourceAfter } from "./reported-subject.js";
import { PASSIVE_SUBJECT_LEMMAS, QUESTION_WORDS, cueSpanOf, questionNounAt, siteAt } from "./reported-verb.js";
import { negated } from "./reported-not-said.js";
import { TIME_NOUNS } from "./time-phrase.js";
import { withoutAskingOccasion } from "./reported-asked-occasion.js";

/**
 * The first part of the cue-rule table (see REPORTED_RULES): cues in a fixed frame rather than an active
 * speech verb after its subject. A title-case headline, "according to X", a claim noun, a fronted
 * "Asked ..." or speech participle, and the passives.
 */

/** A closing double mark after the quotation's own comma or question mark ("…,” she said"). */
const CLOSES_QUOTE = /[,?!]["”]/;

/**
 * Whether a directly quoted answer closed before "asked" at token `asked`, with its speaker's verb in between
 * ("“…,” Lee said when asked about X", "“…,” McCain said, asked about X"): the question trails the attribution.
 * Cheap: a character-class test, then a speech-verb lookup among the words in between.
 */
const answerQuotedBefore = (s: Sentence, asked: number): boolean => {
  const before = s.text.slice(0, s.toks[asked].start - s.span.start);
  if (!CLOSES_QUOTE.test(before)) return false;
  for (let m = asked - 1; m >= 0 && s.toks[m].start >= s.span.start; m--) {
    const tok = s.toks[m];
    if (!tok.word) {
      if (tok.text === "”" || tok.text === '"') return false;
      continue;
    }
    if (SPEECH_VERBS.has(tok.lower)) return true;
  }
  return false;
};

/** Prepositions the possessor walk of a claim noun may take in ("questions about Lee's claim that"); no part of the claimant. */
const POSSESSOR_PREPOSITIONS = /^(?:about|against|for|into|despite|unlike|like|amid|given|following)$/;

/** Words that open the question after "asked (by X)": the by-phrase's agent ends there. */
const ASKED_QUESTION = /^(?:whether|if|how|why|what|who|when|where|which|about)$/;

/** Participles that gloss where a source wrote or spoke ("According to Ann Lee, writing for the Herald: ..."). */
const SOURCE_GLOSS = /^(?:writing|speaking|reporting|testifying|appearing)$/;
const GLOSS_PREPOSITIONS = /^(?:for|in|on|at|to|from|before)$/;

/** Modals of advice or obligation: "it should be noted", "it must be said", "it ought to be stressed". */
const ADVICE_MODALS = /^(?:should|must|ought)$/;

/**
 * "It should be noted that ...", "it must be stressed that ...": the expletive "it" with a modal of advice or obligation
 * on the passive verb is the writer telling the reader, an account of no one's ("it was noted that ..." reports one).
 * `cueStart` opens the verb group (the modal).
 */
const writersAside = (toks: readonly Token[], cueStart: number): boolean =>
  cueStart > 0 && toks[cueStart - 1].lower === "it" && ADVICE_MODALS.test(toks[cueStart].lower);

/**
 * Words that join a second clause after "..., according to X,": the account goes on. (Not "but": after
 * it the writer as often turns to a contrast of his own, "..., according to a tally, but his path is narrow".)
 */
const JOINED_AFTER_SOURCE = /^(?:and|although|though|while|whereas)$/;

/**
 * Words that go on with the clause the "according to X" phrase interrupts ("One of the decisions, according to
 * X, is to ...", "G4S receives, according to one report, $234 million"): a verb or an object after the source's
 * closing comma, so what stood before was the clause's start, not a whole clause.
 */
const CONTINUES_AFTER_SOURCE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|remains|remained|\$.*)$/;

/** Connectives that may open a sentence before a comma ("But, according to X, ..."). */
const OPENING_CONNECTIVES = /^(?:but|and|so|yet|still|however|meanwhile|instead|indeed|also|moreover)$/;

/** Words after which an "according to X," phrase opens the clause it vouches for ("because, according to X, ..."). */
const SOURCE_OPENS_CLAUSE = /^(?:after|because|while|since|although|though|when|whereas|until|before|that)$/;

/** Words that open a fronted clause of time or condition ("When reached and asked about ...", "Once asked ..."). */
const FRONTED_OPENERS = /^(?:when|whenever|after|before|once|if|while|upon)$/;

/**
 * Whether "and asked"/"but asked" at i joins a second verb to a subject's first ("Lee praised the plan and asked
 * whether ..."), not a fronted clause ("When reached by phone and asked about the levy, Lee said ...", "Reached and
 * asked ..."): the sentence (after an opening connective) opens with neither a subordinator of time nor a participle in
 * -ed, or a comma stands between its start and the cue (the main clause has begun).
 */
function coordinatedAsked(toks: readonly Token[], i: number): boolean {
  const a = OPENING_CONNECTIVES.test(toks[0].lower) ? 1 : 0;
  // (After a relative pronoun, "a boy who stared at it and asked who he was", the first verb is the relative clause's,
  // whose subject the walk back does not find: left as it was.)
  for (let m = a; m < i; m++) if (/^(?:who|which)$/.test(toks[m].lower)) return false;
  for (let m = a; m < i; m++) if (toks[m].text === ",") return true;
  const w = toks[a].lower;
  return !(FRONTED_OPENERS.test(w) || (w.length > 4 && w.endsWith("ed")));
}

/**
 * A title-case headline ("Mayor Says Bridge Will Reopen In June"): every word of four letters or
 * more is capitalised, so the capitalised verb is a cue here, not a name.
 */
function isHeadline(s: Sentence): boolean {
  let caps = 0;
  for (const t of s.toks) {
    if (!t.word || t.lower.length < 4) continue;
    if (!t.cap) return false;
    if (!/^\d/.test(t.text)) caps++;
  }
  return caps >= 3;
}

/** In a headline the content ends where a second headline clause begins ("..., Calls X", "... As Y Does Z"). */
const HEADLINE_JOINS = /^(?:as|while|but|after|before|amid|despite|because|even|though|although)$/;

function headlineStop(s: Sentence, from: number): number {
  const { toks } = s;
  for (let k = from + 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.text === ";" || t.text === ":" || DASHES.has(t.text) || t.text === "|") return k;
    if (t.text === "," && k + 1 < toks.length && SPEECH_VERBS.has(toks[k + 1].lower)) return k;
    if (t.word && HEADLINE_JOINS.test(t.lower) && k > from + 1) return k;
  }
  return toks.length;
}

/** Determiners of a subject that denies the thing was there to report ("No deal was announced"). */
const NO_THING = /^(?:no|neither|none)$/;

/** Words that open the next clause after a passive report's verb and its phrases ("was reported in May and ..."). */
const NEXT_CLAUSE = /^(?:and|but|when|while|after|before|because|since|until|though|although|whereas)$/;

/**
 * Whether the passive report's clause ends at token k, after its verb and its time or medium phrases, though the sentence
 * goes on: a conjunction or a subordinator ("had been reported in May and lawmakers ...", "was first noted when she
 * spoke"), a comma, a semicolon or a dash ("was confirmed, leaving ..."). Another word there is the verb's complement
 * ("was reported missing", "was noted for its length"), and the subject then no thing said.
 */
function passiveClauseEnds(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.text === "," || t.text === ";" || DASHES.has(t.text)) return true;
  return t.word && !t.cap && NEXT_CLAUSE.test(t.lower);
}

/** Speech participles that can open a sentence ("Noting that ..., X said"); "telling" and "asking" take a listener first. */
const FRONTED_PARTICIPLES: ReadonlySet<string> = new Set(["noting", "arguing", "claiming", "insisting", "explaining", "warning", "stating", "saying", "adding", "acknowledging", "conceding"]);

/** Headline verbs that report words; others take a noun phrase there ("Promises Action", "Tweets A Graphic"). */
const HEADLINE_LEMMAS: ReadonlySet<string> = new Set(["say", "tell", "claim", "warn", "insist", "argue", "admit", "predict", "suggest", "announce"]);

/**
 * Words of BAD_CONTENT_START that open a headline's content as the thing said ("Just Said Something Unexpected About
 * Him", "Says Nothing New On Trade"): in a title-case headline they head the noun phrase said; in running text they
 * stay with forwardContent's quantity test ("said something about it", "said nothing has changed").
 */
const HEADLINE_THING_WORDS: ReadonlySet<string> = new Set(["something", "nothing"]);

// A clock time glued to a capitalised word ("9:52PMBush", "11:05amLee"): the time stamp of a live
// blog's entry run into its headline (one token: the tokenizer joins digits across the colon).
const GLUED_CLOCK = /^\d{1,2}:\d{2}[AaPp][Mm](?=\p{Lu}\p{Ll})/u;

/**
 * The span of a headline's source after a time stamp glued to it, when one of toks[a..c) is such a
 * token: from the capital after the time to the verb; null when there is none.
 */
function sourceAfterClock(toks: Sentence["toks"], a: number, c: number): Span | null {
  for (let k = c - 1; k >= a; k--) {
    const t = toks[k];
    // (Cheap first: a digit opens the token and a colon follows within three characters.)
    const d = t.text.charCodeAt(0);
    if (d < 48 || d > 57 || (t.text.charCodeAt(1) !== 58 && t.text.charCodeAt(2) !== 58)) continue;
    const m = GLUED_CLOCK.exec(t.text);
    return m ? { start: t.start + m[0].length, end: toks[c - 1].end } : null;
  }
  return null;
}

/** Prepositions in a title-case headline after which a speech word is a noun ("Against Claims", "Over Reports"). */
const HEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(["against", "over", "about", "amid", "despite", "after", "of", "on", "to", "by", "with", "from", "for", "in"]);

/** Verbs of plain saying or reporting whose subject and adverbials alone make an attribution ("O'Malley said at a press conference"). */
const SAYING_LEMMAS: ReadonlySet<string> = new Set(["say", "tell", "report", "write", "add"]);

/**
 * Where the that-clause of a passive "told" starts, and its teller: "was told that ...", "had been told just before the
 * vote that ..." (a short phrase first), "was told by two engineers that ..." (the agent is the source). Null when the
 * passive is negated ("was never told that ...": nothing was said), sits inside another account ("She said she was
 * told that ...": the outer content holds it), or no clause-opening "that" follows within a few words ("was told to
 * leave", "was told that story").
 */
const TOLD_PHRASE_ENDS = /^(?:and|but|or|nor|who|which|while|because|if|so)$/;
function toldThat(s: Sentence, cueStart: number, rest: number): { that: number; source: Source | null } | null {
  const { toks } = s;
  for (let k = 0; k < cueStart; k++) if (isTrigger(toks[k])) return null;
  if (negated(toks, cueStart, rest)) return null;
  const agent = toks[rest]?.lower === "by";
  let m = agent ? rest + 1 : rest;
  // (A short phrase only: a verb, an auxiliary or a coordinator ends it. "was told the vote would wait and announced that
  // ...": the "that" belongs to the next verb.)
  while (m < toks.length && m - rest <= 8 && (toks[m].word || /^[’'.&-]$/.test(toks[m].text)) && toks[m].lower !== "that" && !TOLD_PHRASE_ENDS.test(toks[m].lower) && !AUX_START.test(toks[m].lower) && !(toks[m].lower.endsWith("ed") && !toks[m].cap)) m++;
  if (m >= toks.length || toks[m].lower !== "that" || m - rest > 8 || (agent && m === rest + 1)) return null;
  const next = toks[m + 1];
  if (!next?.word || verbFirst(next) || AUX_START.test(next.lower) || isTimeThat(toks, m)) return null;
  const sp = agent ? tokSpan(toks, rest + 1, m) : null;
  return { that: m, source: sp ? { source: sp, mention: sp, role: null } : null };
}

/** Whether tokens [a, b) are a subject and a verb of saying whose listener and adverbials run to b, with no content. */
function bareAttribution(s: Sentence, a: number, b: number): boolean {
  const { toks } = s;
  for (let m = a + 1; m < b; m++) {
    const t = toks[m];
    if (!t.word || t.cap || !SAYING_LEMMAS.has(SPEECH_VERBS.get(t.lower)?.lemma ?? "") || t.lower.endsWith("ing")) continue;
    const v = siteAt(s, m);
    return !!v && !v.passive && v.rest >= b;
  }
  return false;
}

/**
 * The index of a spaced dash after the cue at i (before `end`) that closes an aside opened by a spaced dash before it
 * ("A - who B, according to X - C"), or undefined. Bounded walks over the sentence's tokens.
 */
function asideCloseAfter(toks: readonly Token[], i: number, end: number): number | undefined {
  const spaced = (m: number): boolean => DASHES.has(toks[m].text) && m > 0 && toks[m - 1].end < toks[m].start;
  let open = false;
  for (let m = i - 1; m > 0 && !open; m--) open = spaced(m);
  if (!open) return undefined;
  for (let m = i + 2; m < end; m++) if (spaced(m)) return m > i + 2 ? m : undefined;
  return undefined;
}

/**
 * The index of the ")" after the cue at i (before `end`) that closes a parenthesis still open before it ("Towns like
 * Milford (nine in 10 own their homes, according to X) have ..."), or undefined: the source ends there, the sentence
 * around the parenthesis goes on after it. Bounded walks over the sentence's tokens.
 */
function parenCloseAfter(toks: readonly Token[], i: number, end: number): number | undefined {
  let depth = 0;
  let m = i - 1;
  for (; m >= 0; m--) {
    if (toks[m].text === ")") depth++;
    else if (toks[m].text === "(" && depth-- === 0) break;
  }
  if (m < 0) return undefined;
  for (let k = i + 2; k < end; k++) if (toks[k].text === ")") return k > i + 2 ? k : undefined;
  return undefined;
}

export const FRAME_RULES: readonly CueRule[] = [
  {
    id: "reported/headline",
    reason: "a title-case headline 'X Says Y' or 'Y, X Says': the capitalised verb is the cue, not a name",
    match(s, i) {
      const { toks } = s;
      const t = toks[i];
      const verb = SPEECH_VERBS.get(t.lower);
      if (!t.cap || !verb || !HEADLINE_LEMMAS.has(verb.lemma) || verb.form.endsWith("ing")) return null;
      // Base forms only for "say" and "tell" ("Some Say ..."); a headline may open with "Says" alone.
      if (verb.form === verb.lemma && verb.lemma !== "say" && verb.lemma !== "tell") return null;
      if (i === 0 ? verb.form !== "says" : !(toks[i - 1].word && toks[i - 1].cap)) return null;
      // "Says the plan would cost jobs.": a claim written without its speaker (a fact-check's heading).
      if (i > 0 && !isHeadline(s)) return null;
      // The source: capitalised words before the verb ("Mayor Just Says": the adverb is the cue's).
      let c = i;
      while (c > 0 && AUX_ADVERBS.has(toks[c - 1].lower) && toks[c - 1].cap) c--;
      let a = c;
      while (a > 0 && c - a < 8 && toks[a - 1].word && toks[a - 1].cap && !CLAUSE_WORDS.has(toks[a - 1].lower)) a--;
      // "If Obama Says It", "What The Senator Said": the verb sits in a subordinate clause.
      if (a > 0 && toks[a - 1].word && CLAUSE_WORDS.has(toks[a - 1].lower)) return null;
      // "February 6, 2016 9:52PMBush Says …": a live blog's time stamp run into its headline is no
      // part of the source, nor is the date before it; the source is the name the clock is glued to.
      const from = a < c ? sourceAfterClock(toks, a, c) : null;
      // "Ben Carson Defends Himself Against Claims He Exaggerated …": after a preposition the cue word is a noun (the
      // claims are someone else's, not named); the words before it are no source.
      const nounCue = c > 0 && HEADLINE_PREPOSITIONS.has(toks[c - 1].lower);
      const source: Source | null = nounCue ? null : from ? { source: from, mention: from, role: null } : a < c ? { source: tokSpan(toks, a, c), mention: tokSpan(toks, a, c), role: null } : null;
      const cue = tokSpan(toks, c, i + 1);
      // "Bridge Will Reopen, Mayor Says.": the content comes before the source (a listener may follow "Tells").
      let e = i + 1;
      if (verb.frame === "tell") while (e < toks.length && e - i <= 4 && toks[e].word && toks[e].cap) e++;
      // ("Guns Are ‘A Crisis,’ Dean Tells Convention": the comma may sit inside a closing single mark.)
      const comma = a > 1 && toks[a - 1].text === "," ? a - 1 : a > 2 && /^[’']$/.test(toks[a - 1].text) && toks[a - 2].text === "," ? a - 2 : -1;
      if (isEnd(s, e) && comma > 0) {
        let b = 0;
        for (let m = 0; m < comma; m++) if (DASHES.has(toks[m].text) || toks[m].text === ":") b = m + 1;
        const body = content(s, b, comma, true);
        return body ? { content: body, cue, source, to: null, forward: false } : null;
      }
      // "Responds To", "Said About", "Said In 2015": a preposition after the verb opens no content.
      if (i + 1 >= toks.length || PHRASE_PREPOSITIONS.has(toks[i + 1].lower) || (BAD_CONTENT_START.has(toks[i + 1].lower) && !(i > 0 && HEADLINE_THING_WORDS.has(toks[i + 1].lower)))) return null;
      const body = content(s, i + 1, i > 0 ? headlineStop(s, i + 1) : forwardStop(s, i + 1), i > 0);
      return body ? { content: body, cue, source, to: null, forward: true } : null;
    },
  },
  {
    id: "reported/according-to-first",
    reason: "sentence opens with 'according to X,': the source comes first, the content after the comma",
    match(s, i) {
      const { toks } = s;
      if (toks[i].lower !== "according" || toks[i + 1]?.lower !== "to") return null;
      // "But, according to X, ...": a sentence connective and its comma still open the sentence.
      const opener = i === 2 && toks[1].text === "," && OPENING_CONNECTIVES.test(toks[0].lower);
      // "(According to X, ...", "... unnoticed: According to X, ...": a bracket or a colon opens a new clause.
      const bracketed = i > 0 && /^(?:\(|:|;|—|--)$/.test(toks[i - 1].text);
      if (i > 0 && !opener && !bracketed && toks[i - 1].text !== "," && !/^(and|but|so|yet)$/.test(toks[i - 1].lower)) return null;
      if (i > 0 && !opener && toks[i - 1].text === ",") return null; // mid-sentence: the next rule
      const chunks: [number, number][] = [];
      let a = i + 2;
      for (let k = a; k < toks.length && chunks.length < 4; k++) {
        if (toks[k].text === "," || k === toks.length - 1) {
          chunks.push([a, k]);
          a = k + 1;
        }
      }
      if (chunks.length < 2) return null;
      let c = 1;
      // Appositives of the source ("a member of the committee") are noun phrases; content is a clause.
      while (c < chunks.length - 1 && !clauseIn(s, s.text.slice(toks[chunks[c][0]].start - s.span.start, toks[chunks[c][1] - 1].end - s.span.start))) c++;
      // "According to Ann Lee, writing for the Herald: ...": a participle of where the source wrote or spoke is its gloss,
      // and the content, if the sentence has one, follows the colon that closes it.
      let from = chunks[c][0];
      // (Only with its preposition: "writing letters is a lost art" is the content's gerund subject.)
      if (SOURCE_GLOSS.test(toks[from].lower) && GLOSS_PREPOSITIONS.test(toks[from + 1]?.lower ?? "")) {
        let k = from + 1;
        while (k < chunks[c][1] && toks[k].text !== ":") k++;
        if (k >= chunks[c][1]) return null;
        from = k + 1;
      }
      const body = forwardContent(s, from);
      if (!body) return null;
      const [sa, sb] = chunks[0];
      if (sb <= sa) return null;
      const src: Source = {
        source: tokSpan(toks, sa, chunks[c - 1][1]),
        mention: headOf(toks, sa, sb),
        role: c > 1 ? tokSpan(toks, chunks[1][0], chunks[c - 1][1]) : null,
      };
      return { content: body, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: true };
    },
  },
  {
    id: "reported/according-to-after",
    reason: "'..., according to X': the content comes before the source",
    match(s, i) {
      const { toks } = s;
      if (toks[i].lower !== "according" || toks[i + 1]?.lower !== "to" || i === 0) return null;
      // "He left after, according to him, the network censured his report", "said that according to its
      // count, the party has won": after a subordinator or "that", the source phrase opens the clause it
      // vouches for; the content is that clause, from the source's closing comma or dash.
      const sub = DASHES.has(toks[i - 1].text) || toks[i - 1].text === "," ? i - 2 : i - 1;
      if (sub >= 1 && SOURCE_OPENS_CLAUSE.test(toks[sub].lower) && !toks[sub].cap) {
        let k = i + 2;
        while (k < toks.length && k - i <= 14 && toks[k].text !== "," && !DASHES.has(toks[k].text)) k++;
        const src = k < toks.length && k - i <= 14 && k > i + 2 ? sourceAfter(s, i + 2, k) : null;
        const body = src ? content(s, k + 1, forwardStop(s, k + 1)) : null;
        // (Without a clause after the source phrase there is none: what stands before ends in the subordinator.)
        return body && src ? { content: body, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: true } : null;
      }
      const end = lastWordIndex(s);
      let srcEnd = end;
      // "X, according to Y, is ...": the content is the whole sentence around the source.
      let k = i + 2;
      while (k < end && toks[k].text !== ",") k++;
      // Only when what stands before is no clause of its own ("The plan, according to X, is ..."): after
      // a whole clause ("Sales fell, according to X, a trade group"), the rest is the source's appositive
      // or the reporter's narration.
      // "Trump is first, according to X, although Carson keeps it close": a clause joined after the source's
      // comma continues the account; the whole sentence, source phrase included, is what X reports.
      const joined = k < end && end - k > 3 && toks[i - 1].text === "," && (JOINED_AFTER_SOURCE.test(toks[k + 1].lower) || CONTINUES_AFTER_SOURCE.test(toks[k + 1].text));
      const midSentence = joined || (k < end && end - k > 3 && toks[i - 1].text === "," && i >= 2 && !clauseIn(s, s.text.slice(0, toks[i - 2].end - s.span.start)));
      if (midSentence) srcEnd = k;
      // "Many Republicans - who made up 46 percent of voters, according to a survey by WBUR - back Ayotte": a dash after
      // the source that closes an aside opened by a dash before the cue ends the source; the main clause's predicate
      // follows it.
      // ("Towns like Milford (nine in 10 own their homes, according to census data) have ...": the same with a parenthesis.)
      else srcEnd = asideCloseAfter(toks, i, end) ?? parenCloseAfter(toks, i, end) ?? end;
      const src = sourceAfter(s, i + 2, srcEnd);
      if (!src) return null;
      if (midSentence) {
        // "Fundraising, according to X, has surged": one word before is the clause's subject too, unless it is a
        // connective ("But, according to X, ..." is the opening rule's).
        const lead = i === 2 && toks[0].word && !OPENING_CONNECTIVES.test(toks[0].lower);
        const before = lead || content(s, 0, i - 1);
        if (!before) return null;
        const whole = content(s, 0, toks.length);
        return whole ? { content: whole, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: false } : null;
      }
      // "That’s according to early returns.": the pronoun stands for the previous sentence's claim.
      if (i === 1 && /^(?:that|this)[’']s$/.test(toks[0].lower)) {
        return { content: { start: toks[0].start, end: toks[0].start + 4 }, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: false };
      }
      const bEnd = toks[i - 1].text === "," ? i - 1 : i;
      let a = backwardStart(s, bEnd);
      // "The tax has not made the city less attractive: London was the financial capital in 2015, according
      // to X": after a colon, a clause of its own is the fact the source vouches for; what stands before the
      // colon is the writer's framing. (Not a list or a phrase after it: "the records of three aides: Mills,
      // Sullivan and Abedin".)
      let colon = -1;
      for (let m = a + 2; m < bEnd - 2; m++) if (toks[m].text === ":") colon = m;
      if (colon > 0 && clauseIn(s, s.text.slice(toks[colon + 1].start - s.span.start, toks[bEnd - 1].end - s.span.start))) a = colon + 1;
      // "“...?” O’Malley said at a press conference, according to the Las Vegas Sun.", "Politico reported, according
      // to sources in the meetings, ...": what stands before is itself an attribution with nothing said in it (a
      // verb of saying and its adverbials up to the comma); the words it credits stand elsewhere.
      if (bareAttribution(s, a, bEnd)) return null;
      const body = content(s, a, bEnd);
      return body ? { content: body, cue: tokSpan(toks, i, i + 2), source: src, to: null, forward: false } : null;
    },
  },
  {
    id: "reported/claim-noun",
    reason: "a claim noun with a that-clause ('made false claims that', 'the claim that', \"X's claim that\")",
    match(s, i) {
      const { toks } = s;
      if (!CLAIM_NOUNS.has(toks[i].lower) || toks[i + 1]?.lower !== "that") return null;
      // Walk left over adjectives ("false", "repeated") to what governs the noun.
      let k = i - 1;
      while (k >= 0 && toks[k].word && !toks[k].cap && !DETERMINERS.has(toks[k].lower) && !/^(made|make|makes|making|repeated|repeating|issued|issue|issues)$/.test(toks[k].lower) && !/[’']s$/.test(toks[k].lower) && i - k < 4) k--;
      if (k < 0) return null;
      const gov = toks[k];
      let source: Source | null = null;
      if (/[’']s$/.test(gov.lower) && gov.word) {
        // The possessor: from its determiner, or its run of capitalised words ("the agency’s", "Acme Corp.’s").
        let a: number | null = k;
        while (a > 0 && k - a < 5 && toks[a - 1].word && !DETERMINERS.has(toks[a].lower) && (toks[a - 1].cap || DETERMINERS.has(toks[a - 1].lower) || k - a < 3) && !(toks[a].cap && !toks[a - 1].cap && !DETERMINERS.has(toks[a - 1].lower))) a--;
        if (a !== null && a > 0 && !DETERMINERS.has(toks[a].lower) && !toks[a].cap) a = walkNP(toks, k + 1, 0);
        // ("asked questions about Lee's assertion that", "Despite Lee's claim that": a preposition the walk took in is no
        // part of the possessor.)
        const p = a !== null && a < k && (!toks[a].cap || opensSentence(toks, a)) && (PHRASE_PREPOSITIONS.has(toks[a].lower) || POSSESSOR_PREPOSITIONS.test(toks[a].lower)) ? a + 1 : a;
        if (p !== null) source = { source: tokSpan(toks, p, k + 1), mention: { start: toks[p].start, end: gov.end - 2 }, role: null };
        // "Lee's claim that the plant is safe is a stretch", "the audit showed that the union's contention that pay fell
        // was wrong": a possessed claim noun that opens a clause is that clause's subject; the writer goes on to judge
        // the claim rather than report it (the that-clause runs on into the predicate). PolNeAR train: 4 such, none gold.
        // (A preposition the possessor's walk took in is no subject: "Despite Lee's claim that ..., the board ...".)
        const fronted = a !== null && (PHRASE_PREPOSITIONS.has(toks[a].lower) || /^(?:despite|unlike|like|amid|given|following)$/.test(toks[a].lower));
        // ("When asked whether the President's insistence that the UK would have to wait its turn was the right position":
        // after "whether" or "if" the claim is as much the subordinate clause's subject. PolNeAR train: 1, the question's.)
        if (a !== null && !fronted && (opensSentence(toks, a) || /^(?:that|whether|if)$/.test(toks[a - 1]?.lower ?? ""))) return null;
      } else if (/^(made|make|makes|making|repeated|repeating|issued|issue|issues)$/.test(gov.lower)) {
        source = subjectBefore(toks, auxStart(toks, k, 0), 0);
      } else return null;
      // Without a named claimant ("the claim that", "his claim that", "a false claim that") the noun phrase
      // mostly points back at a claim already reported, as the object of another predicate ("refuted his
      // claim that", "asked about the claim that"): a mention of the claim, not a report of it.
      // "a claim that is as false as it is cruel": "that" is a relative pronoun, not a complementiser.
      if (AUX_START.test(toks[i + 2]?.lower ?? "")) return null;
      // "Sanders's supporters claim that ...": the verb after a plural subject, not the noun.
      if (toks[i].lower === "claim" && i > 0 && /[^s’']s$/.test(toks[i - 1].lower) && !DETERMINERS.has(toks[i - 1].lower)) return null;
      // The noun phrase sits inside a sentence of the reporter's: its that-clause ends at the first comma or
      // lone dash ("Trump's claims that his net worth exceeds $10 billion, all of the wealth research firms put
      // him far lower", "claims that Clinton is unqualified - and one that made ..."), and "that" is part of it.
      // (Not a comma within the first words: "claims that, if elected, he would ..." sets off an aside.)
      let e = forwardStop(s, i + 2, true);
      if (e - (i + 2) < 4) e = forwardStop(s, i + 2);
      for (let m = i + 3; m < e; m++) if (DASHES.has(toks[m].text) && toks[m - 1].end < toks[m].start) e = m;
      const body = content(s, i + 1, e);
      return body ? { content: body, cue: tokSpan(toks, k, i + 1), source, to: null, forward: true } : null;
    },
  },
  {
    id: "reported/asked-fronted",
    reason: "'Asked whether/why/about ..., X said': a question put to the main clause's subject; the question is the content",
    match(s, i) {
      const { toks } = s;
      if (toks[i].lower !== "asked") return null;
      if (i > 0 && !/^(when|whenever|after|before|once|if|while|and|but)$/.test(toks[i - 1].lower) && toks[i - 1].text !== ",") return null;
      // ("“…,” McCain said, asked about the delay.": after a comma only where the question trails a quote's attribution.)
      if (i > 1 && toks[i - 1].text === "," && !answerQuotedBefore(s, i)) return null;
      // "Lee praised the plan and asked whether ...": "and"/"but" inside the sentence joins "asked" to the subject's
      // first verb, a finite verb with that subject (reported/verb-then-content), not a question put to the main
      // clause's subject. (At the sentence's start, "But asked whether ..., Lee said", it fronts the clause.)
      if (i > 1 && /^(?:and|but)$/.test(toks[i - 1].lower) && coordinatedAsked(toks, i)) return null;
      let j = i + 1;
      // "When asked by a reporter whether ...": the asker is not the source.
      if (toks[j]?.lower === "by") {
        let k = j + 1;
        while (k < toks.length && k - j < 8 && toks[k].word && !QUESTION_WORDS.has(toks[k].lower)) k++;
        j = k;
      }
      // "Asked specifically what ...", "when asked directly whether ...": a manner adverb goes with the asking.
      if (j < toks.length && !toks[j].cap && toks[j].lower.length > 4 && toks[j].lower.endsWith("ly")) j++;
      const a = j;
      j = skipAdverbials(toks, j, toks.length);
      if (j < toks.length && (toks[j].text === "-" || toks[j].text === "—" || toks[j].text === "--")) j++;
      // "Asked at a briefing Monday in Washington about ...", "when asked at the business conference about ...":
      // a place or time phrase the adverbial walk does not close; the question starts at the first "about",
      // "whether" or the like within a few words and before any comma.
      if (j < toks.length && !ASKED_QUESTION.test(toks[j].lower) && (PHRASE_PREPOSITIONS.has(toks[a].lower) || TIME_WORDS.has(toks[a].lower))) {
        let m = a + 1;
        while (m < toks.length && m - a <= 10 && toks[m].word && !/^(?:about|whether|if|why|how|what)$/.test(toks[m].lower) && !CLAUSE_WORDS.has(toks[m].lower) && !SUBJECT_PRONOUNS.has(toks[m].lower)) m++;
        if (m < toks.length && m - a <= 10 && /^(?:about|whether|if|why|how|what)$/.test(toks[m].lower)) j = m;
      }
      const q = toks[j];
      // "Asked to describe the device, the chief said ...": a request is a question put to the subject too.
      // ("Asked a direct question about the plan, she said ...": the question's noun phrase, see questionNounAt.)
      if (!q || (!/^(whether|if|about|how|why|what|who|whom|when|where|which|to)$/.test(q.lower) && questionNounAt(toks, j) < 0)) return null;
      // ("Asked about the merger, she ...": PolNeAR files the topic with its "about", as the question put.)
      const from = j;
      const whole = content(s, from, mainClauseComma(s, from));
      if (!whole) return null;
      // ("Asked about it after a debate, ...": see withoutAskingOccasion.)
      const body = withoutAskingOccasion(s, from, whole);
      // ("Reyes, when asked about the port, said: “…”", "“…,” Lee said when asked about the levy.": a topic beside a
      // directly quoted answer is still the question put, whoever answers; PolNeAR files nine of twelve so on train and dev.)
      return { content: body, cue: tokSpan(toks, i, i + 1), source: null, to: null, forward: true };
    },
  },
  {
    id: "reported/participle-fronted",
    reason: "'Noting that A, X said B': a fronted speech participle; its clause, up to the main clause's comma, is the content and the main clause's subject the source",
    match(s, i) {
      const { toks } = s;
      // ("Having announced that A, the judge B": a perfect participle of a speech verb fronts the sentence as well.)
      const perfect = i > 0 && toks[i - 1].lower === "having" && /(?:ed|^said|^told)$/.test(toks[i].lower) && SPEECH_VERBS.has(toks[i].lower);
      const p = perfect ? i - 1 : i;
      if (!FRONTED_PARTICIPLES.has(toks[i].lower) && !perfect) return null;
      if (p > 0 && !(p === 1 && /^(?:but|and|yet|so)$/.test(toks[0].lower))) return null;
      const comma = mainClauseComma(s, i + 1);
      if (comma >= toks.length || toks[comma].text !== ",") return null;
      const body = content(s, i + 1, comma);
      if (!body) return null;
      // The main clause's subject: a pronoun or a run of capitalised words right after the comma.
      let b = comma + 1;
      if (b < toks.length && /^(?:he|she|they|we|i)$/.test(toks[b].lower)) b++;
      else while (b < toks.length && b - comma <= 6 && toks[b].word && toks[b].cap) b++;
      if (b === comma + 1) return null;
      const verb = SPEECH_VERBS.get(toks[i].lower)!;
      if (toks[i + 1]?.lower !== "that" && !reportedClause(s, body, verb)) return null;
      const sp = tokSpan(toks, comma + 1, b);
      return { content: body, cue: tokSpan(toks, p, i + 1), source: { source: sp, mention: sp, role: null }, to: null, forward: true };
    },
  },
  {
    id: "reported/passive",
    reason: "passive speech verb ('it was announced that', 'was asked whether'): content after; no source named, or the asker of 'was asked by X whether'",
    match(s, i) {
      const v = siteAt(s, i);
      if (!v || !v.passive) return null;
      // "was told": the subject heard it; "was said to be": a rumour about the subject. But "it was said that
      // ...", "it is said that ...": with the expletive "it" the that-clause is what was said.
      const expletive = v.verb.form === "said" && v.cueStart > 0 && s.toks[v.cueStart - 1].lower === "it" && s.toks[v.rest]?.lower === "that";
      if (v.verb.form === "said" && !expletive) return null;
      let rest = v.rest;
      let source: Source | null = null;
      // "had been told just before the vote that she would lose", "was told by aides that ...": what someone said to the
      // subject, the listener; the teller is unnamed, or the agent after "by" (see toldThat).
      if (v.verb.form === "told") {
        const told = toldThat(s, v.cueStart, rest);
        if (!told) return null;
        const body = forwardContent(s, told.that, v.verb);
        return body ? { content: body, cue: cueSpanOf(s, v), source: told.source, to: null, forward: true } : null;
      }
      // "was asked by a caller why ...": the agent is the asker, the question follows it.
      if (v.verb.frame === "ask" && s.toks[rest]?.lower === "by") {
        let e = rest + 1;
        while (e < s.toks.length && e - rest <= 8 && s.toks[e].word && !ASKED_QUESTION.test(s.toks[e].lower)) e++;
        if (e > rest + 1 && e < s.toks.length && ASKED_QUESTION.test(s.toks[e].lower)) {
          const sp = tokSpan(s.toks, rest + 1, e);
          source = { source: sp, mention: sp, role: null };
          rest = e;
        }
      }
      const nx = s.toks[rest];
      if (!nx || nx.lower === "by") return null;
      if (writersAside(s.toks, v.cueStart)) return null;
      // "Sanders was asked to name a decision ...", "Respondents were also asked to pick the loser": the
      // request put to the subject is what was said (the annotators file the infinitive, with or without
      // the subject); an agent after it ("to preserve them by the committee") is the asker, not content.
      if (nx.lower === "to") {
        // ("was not asked to speak": a request nobody made.)
        if (v.verb.frame !== "ask" || rest !== v.vi + 1 || negated(s.toks, v.cueStart, v.vi) || !verbFirst(s.toks[rest + 1])) return null;
        // ("She said she was asked to give a talk": inside another account the request is part of its content.)
        for (let k = 0; k < v.cueStart; k++) if (isTrigger(s.toks[k])) return null;
        let e = forwardStop(s, rest);
        for (let k = rest + 2; k < e; k++) {
          if (s.toks[k].lower !== "by" || /(?:ed|en)$/.test(s.toks[k - 1].lower)) continue;
          // The agent, to the clause's end: "by the House committee".
          let a = k + 1;
          while (a < e && a - k <= 8 && (s.toks[a].word || /^[’'.&-]$/.test(s.toks[a].text)) && !CLAUSE_WORDS.has(s.toks[a].lower)) a++;
          if (a > k + 1 && (a >= e || !s.toks[a].word)) {
            while (a > k + 2 && !s.toks[a - 1].word) a--;
            const sp = tokSpan(s.toks, k + 1, a);
            source = { source: sp, mention: sp, role: null };
          }
          e = k;
        }
        const body = content(s, rest, e);
        return body ? { content: body, cue: cueSpanOf(s, v), source, to: v.to, forward: true } : null;
      }
      // ("was asked about the attack": the particle is already behind the verb, the topic follows.)
      const about = v.verb.frame === "ask" && v.after > v.vi + 1 && s.toks[v.vi + 1].lower === "about";
      if (v.verb.frame === "ask" ? !QUESTION_WORDS.has(nx.lower) && !about && questionNounAt(s.toks, rest) < 0 : nx.lower !== "that") return null;
      // "At a time when it was said that A, B": in a fronted subordinate clause the content ends at its comma.
      const it = v.cueStart - 1;
      let body = forwardContent(s, rest, v.verb, it > 0 && s.toks[it].lower === "it" && inSubordinate(s.toks, s.toks[it].start, v.cueStart));
      // "was asked about Cosby’s donations, and she did her best to evade the question": after a question put,
      // ", and" with a new subject narrates the answer (see beforeNewSubject).
      if (body && v.verb.frame === "ask") body = beforeNewSubject(s, body);
      // "But when voters were asked who would bring change, Trump trounced Clinton": a question put inside a
      // fronted subordinate clause ends at the main clause's comma.
      if (body && v.verb.frame === "ask") {
        const subj = subjectAt(s, v.cueStart);
        if (subj && inSubordinate(s.toks, subj.source.start, v.cueStart)) {
          const bs = tokenAt(s.toks, body.start);
          const c = mainClauseComma(s, bs);
          if (c < s.toks.length && s.toks[c].text === "," && s.toks[c].start < body.end) body = content(s, bs, c);
        }
      }
      return body ? { content: body, cue: cueSpanOf(s, v), source, to: v.to, forward: true } : null;
    },
  },
  {
    id: "reported/passive-subject",
    reason: "'The deal was first reported by X', 'Her death was confirmed.': the passive subject is the thing said, the by-phrase its source",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (!v || !v.passive || !PASSIVE_SUBJECT_LEMMAS.has(v.verb.lemma)) return null;
      // ("roughly 1,100 donor names weren't disclosed", "the deal was never announced": what was not made public is no
      // account of anyone's.)
      if (negated(toks, v.cueStart, v.vi)) return null;
      // The by-phrase comes right after the verb (the adverbial walk would take "by The Times" as a medium).
      const by = toks[v.after]?.lower === "by" ? v.after : toks[v.rest]?.lower === "by" ? v.rest : -1;
      let source: Source | null = null;
      if (by >= 0) {
        let e = by + 1;
        while (e < toks.length && e - by <= 8 && (toks[e].word || /^[’'.&-]$/.test(toks[e].text)) && !CLAUSE_WORDS.has(toks[e].lower) && !PHRASE_PREPOSITIONS.has(toks[e].lower)) e++;
        while (e > by + 1 && !toks[e - 1].word) e--;
        if (e === by + 1) return null;
        const sp = tokSpan(toks, by + 1, e);
        source = { source: sp, mention: sp, role: null };
      } else if (!isEnd(s, v.rest) && !passiveClauseEnds(toks, v.rest)) return null;
      const subj = subjectAt(s, v.cueStart);
      if (!subj) return null;
      let a = tokenAt(toks, subj.source.start);
      // ("No formal deal was announced": what nobody announced is no account of anyone's, as with "never".)
      if (a < 0 || NO_THING.test(toks[a].lower)) return null;
      // ("the day the deal was announced": a time noun's zero relative; the thing reported starts after the noun.)
      for (let k = a + 1; k < v.cueStart - 1; k++) if (/^(?:the|a|an)$/.test(toks[k].lower) && TIME_NOUNS.has(toks[k - 1].lower)) a = k;
      // "which was first reported by X": the relative pronoun alone is no content.
      if (v.cueStart - a < 2) return null;
      const body = content(s, a, v.cueStart);
      return body ? { content: body, cue: cueSpanOf(s, v), source, to: null, forward: false } : null;
    },
  },
  {
    id: "reported/passive-clause",
    reason: "'X was declared the winner in Y': a declared result; the subject and the rest of its clause are what was said",
    match(s, i) {
      const { toks } = s;
      const v = siteAt(s, i);
      if (!v || !v.passive) return null;
      const nx = toks[v.after];
      const winner = (v.verb.lemma === "declare" || v.verb.lemma === "announce") && nx && /^(?:the|a)$/.test(nx.lower) && winnerNounAt(toks, v.after + 1);
      // ("X was asked to name ...": as often the asking alone is narrated, without the subject: left out.)
      if (!winner) return null;
      const subj = subjectAt(s, v.cueStart);
      if (!subj) return null;
      const a = tokenAt(toks, subj.source.start);
      if (a < 0 || /^(?:who|which|that)$/.test(toks[a].lower)) return null;
      // The clause ends at its agent ("by news organizations") or a coordinated clause (", and it is ...").
      let e = forwardStop(s, v.rest);
      let source: Source | null = null;
      for (let k = v.rest + 1; k < e; k++) {
        if (toks[k].lower === "by" || (toks[k].lower === "and" && (toks[k - 1].text === "," || toks[k + 1]?.lower === "that"))) {
          // The agent is who declared the result, the source.
          // (Not a "by" inside a clause of its own: "the winner of an election that was marred by fraud".)
          if (toks[k].lower === "by" && !clauseBetween(toks, v.rest, k)) source = declaringAgent(toks, k + 1, e);
          e = toks[k - 1].text === "," ? k - 1 : k;
          break;
        }
      }
      const body = content(s, a, e);
      return body ? { content: body, cue: cueSpanOf(s, v), source, to: null, forward: true } : null;
    },
  },
];

/** Nouns of a declared result ("was declared the winner"). */
const WINNER_NOUNS = /^(?:winner|victor|nominee)$/;

/**
 * Whether a winner noun stands at k, or after one or two modifiers in lower case ("the second-place winner", "the apparent
 * winner"); a name or a possessor between is no modifier ("the Valley Herald winner", "the county's first winner").
 */
function winnerNounAt(toks: readonly Token[], k: number): boolean {
  for (let m = k; m < toks.length && m <= k + 2; m++) {
    if (WINNER_NOUNS.test(toks[m].lower)) return true;
    if (!toks[m].word || toks[m].cap || /[’']s?$/.test(toks[m].text) || DETERMINERS.has(toks[m].lower)) return false;
  }
  return false;
}

/** What the passive's "by" may name that is no agent: a margin or a count ("by a wide margin", "by 40 votes"). */
const MARGIN_WORDS = /^(?:margin|landslide|points?|votes?|percent|default|acclamation|far|plurality|majority)$/;

/**
 * The agent after "by" (at a, before the clause's end e) of "X was declared the winner by news organizations early
 * Tuesday": a noun phrase up to a comma, a clause word, a preposition or a time word (bounded: 8 tokens). Null for a
 * margin or a count.
 */
function declaringAgent(toks: readonly Token[], a: number, e: number): Source | null {
  let b = a;
  while (b < e && b - a < 8 && toks[b].word && !CLAUSE_WORDS.has(toks[b].lower) && !(PHRASE_PREPOSITIONS.has(toks[b].lower) && toks[b].lower !== "of") && !(TIME_WORDS.has(toks[b].lower) && !DETERMINERS.has(toks[b].lower))) b++;
  if (b === a || b - a >= 8) return null;
  for (let k = a; k < b; k++) if (/\d/.test(toks[k].text) || MARGIN_WORDS.test(toks[k].lower)) return null;
  const sp = tokSpan(toks, a, b);
  return { source: sp, mention: sp, role: null };
}

/** Words that open or carry a clause of its own between the cue and a later "by". */
const CLAUSE_OPENERS = /^(?:that|which|who|whom|whose|was|were|is|are|been|being|had|has|have)$/;

/** Whether a clause of its own opens between tokens a and b ("... in 2004 that was marred by"). */
function clauseBetween(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CLAUSE_OPENERS.test(toks[k].lower)) return true;
  return false;
}
