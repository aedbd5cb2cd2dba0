import type { Article, Diagnostic, QuoteKind, Span } from "../model/index.js";
import { isHeadline, isLinkList, isSingleMarkHeadline } from "./headline.js";
import { scanQuoteRuns, type QuoteRun } from "./direct.js";
import { candidate } from "./candidate.js";
import { findReportedSpeech } from "./reported.js";
import { notSpeech } from "./not-speech.js";
import { transcriptLabel } from "./transcript.js";
import { signedAsTweet } from "./tweet.js";
import { buildCueIndex, buildParagraphCueIndex, classifyRun, firstWords, type CueIndex } from "./scare.js";
import { capitalisedWords } from "./titles.js";
import { pullQuotes } from "./pull-quote.js";

/** A quotation found in the text, before anyone is credited with it. */
export type Candidate = {
  readonly kind: QuoteKind;
  /** The quoted words, without marks. */
  readonly span: Span;
  /** The span including its quote marks (same as span for reported speech). */
  readonly outer: Span;
  readonly truncated: boolean;
  /**
   * Reported speech is found through its cue, so the extractor already knows the cue and the words
   * that name the speaker; attribution resolves that mention to a canonical speaker.
   */
  readonly cueSpan?: Span;
  readonly mentionSpan?: Span;
  readonly ruleId?: string;
  readonly reason?: string;
  /**
   * A direct quote that runs over paragraphs is one candidate per paragraph (the benchmark's
   * convention); these say it opens as the continuation of the previous piece / goes on in the next.
   */
  readonly continuesPrevious?: boolean;
  readonly continuesNext?: boolean;
  /** A transcript's speaker label that opened the words in marks (“PENCE: …”); `span` starts after it. */
  readonly labelSpan?: Span;
};

/**
 * The article's own headline: its first paragraph, when ingest took that paragraph for the title
 * (short, standing above the story). Its quotes repeat the story's, in sentence case too ("Reid:
 * 'Never, ever underestimate Trump.'", "Cruz 'glad to finish' fight with Trump"), where isHeadline's
 * test of capitals does not see a headline. Measured on PolNeAR train: 26 runs in such first
 * paragraphs were read as quotations, none a quotation in the gold.
 */
function isTitleParagraph(article: Article, p: Span, i: number): boolean {
  // The headline and the deck under it, as ingest counted them ("Jobs report gives Democrats a lift;"
  // over "Solid upturn … could blunt Republican claims.").
  if (article.headParagraphs !== undefined && i < article.headParagraphs) return true;
  const title = article.title;
  return i === 0 && title !== null && title.length > 0 && p.end - p.start === title.length && article.text.startsWith(title, p.start);
}

// Between two items of a list: a comma, "and" or "or" (", and", ", or"), and white space.
const LIST_JOIN = /^\s*(?:,\s*|,?\s+(?:and|or)\s+)$/u;
const MAX_LIST_JOIN = 8;

/** Whether only a list's join stands between `from` and `to` (the comma may be inside the marks before: "“A,” “B”"). */
function isListJoin(text: string, prevSpanEnd: number, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_LIST_JOIN) return false;
  const gap = text.slice(from, to);
  return LIST_JOIN.test(gap) || (text.charCodeAt(prevSpanEnd - 1) === 44 && gap.trim() === "");
}

/** Whether runs `a` and `b` (a before b) are items of one list in one paragraph. */
function listItems(text: string, runs: readonly QuoteRun[], a: number, b: number): boolean {
  return runs[a].paragraph === runs[b].paragraph && isListJoin(text, runs[a].span.end, runs[a].outer.end, runs[b].outer.start);
}

/**
 * Whether run `item` (one of `a` < `b`) is a title-case list item joined to the other: no more words
 * than a title has, every word capitalised but a title's small ones, no sentence inside, not a piece
 * of a quote over paragraphs.
 */
function titleItem(text: string, runs: readonly QuoteRun[], a: number, b: number, item: number): boolean {
  const r = runs[item];
  if (r.continuesPrevious || r.continuesNext || !listItems(text, runs, a, b)) return false;
  const quoted = text.slice(r.span.start, r.span.end);
  const ws = firstWords(quoted, MAX_TITLE_ITEM_WORDS + 1);
  return ws.length > 0 && ws.length <= MAX_TITLE_ITEM_WORDS && !/[.!?]\s+\S|[!?]\s*$/u.test(quoted) && capitalisedWords(ws);
}
const MAX_TITLE_ITEM_WORDS = 8;

/** Whether the run's words open with a lower-case letter. */
function opensLower(text: string, run: QuoteRun): boolean {
  return LOWER_START.test(text.slice(run.span.start, run.span.start + 2));
}
const LOWER_START = /^\p{Ll}/u;

/** Direct quotations and scare quotes: every run of words between quotation marks. */
export function findDirectQuotes(article: Article): { candidates: Candidate[]; diagnostics: Diagnostic[] } {
  const { runs, diagnostics } = scanQuoteRuns(article);
  const paras = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  // Whether paragraph i is a headline, worked out for a paragraph a run of marks stands in and only once:
  // most paragraphs hold none, and each test reads its paragraph (and the single-mark one the story below).
  // pullQuotes asks of every paragraph that holds a word of a quote alone in its paragraph, in an article with one.
  const headlines = new Map<number, boolean>();
  const isHeadlineParagraph = (i: number): boolean => {
    let v = headlines.get(i);
    if (v === undefined) headlines.set(i, (v = isHeadline(article.text, paras[i], i) || isTitleParagraph(article, paras[i], i) || isSingleMarkHeadline(article.text, paras[i], i) || isLinkList(article.text, paras[i])));
    return v;
  };
  let whole: CueIndex | null = null;
  const wholeIndex = (): CueIndex => (whole ??= buildCueIndex(article.text, runs));
  // Built for a paragraph when one of its quotes needs it: most paragraphs never do.
  const byParagraph = new Map<number, CueIndex>();
  const paragraphIndex = (at: number): CueIndex => {
    const p = runs[at].paragraph;
    let index = byParagraph.get(p);
    if (!index) {
      let a = at;
      while (a > 0 && runs[a - 1].paragraph === p) a--;
      let b = at + 1;
      while (b < runs.length && runs[b].paragraph === p) b++;
      const after = b < runs.length ? runs[b].outer.start : article.text.length;
      index = buildParagraphCueIndex(article.text, runs.slice(a, b), paras[p], after) ?? wholeIndex();
      byParagraph.set(p, index);
    }
    return index;
  };
  // First each run's verdict, then the list items before a quotation, then the candidates.
  const scare: boolean[] = [];
  const noCue: boolean[] = []; // a scare quote for want of a cue (not a title, a name, a label)
  const title: boolean[] = []; // read as a work's title
  let lastDirect = -1; // the index of the last run read as a quotation
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    // A stage direction or a credit line is no speech even as a piece of a quote over paragraphs.
    let isScare = notSpeech(article.text, r.span) !== null;
    let want = false;
    let isTitle = false;
    if (!isScare && !r.continuesPrevious && !r.continuesNext) {
      const verdict = classifyRun(article.text, () => paragraphIndex(i), paras[r.paragraph], r.span, r.outer, isHeadlineParagraph(r.paragraph));
      // Words in marks joined by "and", "or" or a comma to a quotation just before them are the
      // next item of the same list ("as “Miss Piggy” and “Miss Housekeeping”"): the cue that made
      // the first a quotation is the second's too.
      want = verdict.why === "no-cue";
      isTitle = verdict.why === "title";
      isScare = verdict.scare && !(want && lastDirect >= 0 && listItems(article.text, runs, lastDirect, i));
    }
    scare.push(isScare);
    noCue.push(want);
    title.push(isTitle);
    if (!isScare) lastDirect = i;
  }
  // The same list read back: a lower-case item joined to a lower-case quotation right after it
  // ("would be “incredibly ugly,” “a huge shock” and “a fight from start to finish.”") is said by the
  // same voice. Not capitalised items, titles more often ("“24,” “Prison Break” and “Gilmore
  // Girls.”"). PolNeAR train: 2 such runs were scare quotes, both quotations in the gold.
  for (let i = runs.length - 2; i >= 0; i--) {
    if (scare[i] && noCue[i] && !scare[i + 1] && opensLower(article.text, runs[i]) && opensLower(article.text, runs[i + 1]) && listItems(article.text, runs, i, i + 1)) scare[i] = false;
  }
  // A list of titles read forward, then back: title-case words in marks joined by "and", "or" or a
  // comma to a title are the next title ("starred in “Parks and Recreation” and “Guardians of the
  // Galaxy,”"): the credit or kind that made the first a title names the list. PolNeAR train: 1 such
  // run was a quotation (a film's title, not in the gold); dev none.
  for (let i = 1; i < runs.length; i++) if (title[i - 1] && !scare[i] && titleItem(article.text, runs, i - 1, i, i)) scare[i] = title[i] = true;
  for (let i = runs.length - 2; i >= 0; i--) if (title[i + 1] && !scare[i] && titleItem(article.text, runs, i, i + 1, i)) scare[i] = title[i] = true;
  // A pull quote repeats words the story quotes in its narration: the body's quote is the speech.
  const pulls = pullQuotes(article.text, runs, paras, isHeadlineParagraph);
  for (let i = 0; i < runs.length; i++) if (pulls[i]) scare[i] = true;
  // Pushed one by one, not runs.map: once V8 optimises a caller of .map its result comes out as a
  // holey array, another map than the packed one before, and every function that reads the
  // candidates was deoptimised when the first holey list reached it. Pushed, the list is always packed.
  const candidates: Candidate[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    const kind = scare[i] ? "scare" : "direct";
    const label = kind === "direct" ? transcriptLabel(article.text, r.span) : null;
    const span = label ? { start: label.wordsStart, end: r.span.end } : r.span;
    const none = undefined;
    candidates.push(candidate(kind, span, r.outer, r.truncated, r.continuesPrevious, r.continuesNext, label ? label.label : none, none, none, none, none, none, none, none));
  }
  return { candidates, diagnostics };
}

/** Find direct, reported and scare quotations in one article. Pure. */
export function extractQuotes(article: Article): { candidates: Candidate[]; diagnostics: Diagnostic[] } {
  const direct = findDirectQuotes(article);
  const reported = findReportedSpeech(article);
  // Reported speech never sits inside quotation marks; drop any the other scanner saw inside one.
  // (Lists pushed one by one, packed whatever V8 has optimised: see findDirectQuotes.)
  // A tweet is the exception (tweet.ts): its words are a text of their own, and
  // the speech they report ("Sanders aide Jeff Weaver told me …") is evidence as the article's own is.
  const quoted: Span[] = [];
  for (const d of direct.candidates) if (d.kind !== "scare" && !signedAsTweet(article.text, d.span.end)) quoted.push(d.outer);
  const inside = (s: Span) => {
    // Runs are sorted and do not overlap: binary search for the last one starting at or before s.
    let lo = 0;
    let hi = quoted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (quoted[mid].start <= s.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && s.end <= quoted[found].end;
  };
  const candidates: Candidate[] = [];
  for (const c of direct.candidates) candidates.push(c);
  for (const c of reported.candidates) if (!inside(c.span)) candidates.push(c);
  candidates.sort((a, b) => a.span.start - b.span.start);
  return { candidates, diagnostics: [...direct.diagnostics, ...reported.diagnostics] };
}
