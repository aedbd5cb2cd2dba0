import type { Span } from "../model/index.js";
import { NAMING_VERBS, SPEECH_VERBS } from "./lexicon.js";

/**
 * Scare quotes and titles: a word or two in marks ("calm", "idolatrous") with no one quoted as
 * saying them, or a title in capitals ('Stealing America'). A quotation is told apart by its cue:
 * a speech verb right next to it, or a whole sentence inside the marks.
 */

const SHORT_WORDS = 4;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Tokens after the closing mark up to the end of the clause (a stop, a new quote, a bracket). */
function tokensAfter(text: string, from: number, max: number): string[] {
  const window = text.slice(from, from + 80);
  const stop = window.search(/[.!?;“”"«»()\n]|\s[-—–]\s/u);
  return words(stop >= 0 ? window.slice(0, stop) : window).slice(0, max);
}

/** Tokens before the opening mark back to the start of the clause. */
function tokensBefore(text: string, to: number, max: number): { tokens: string[]; tail: string } {
  const window = text.slice(Math.max(0, to - 80), to);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if (/[.!?;“”"«»()\n]/u.test(window[i])) {
      cut = i;
      break;
    }
  }
  const clause = window.slice(cut + 1);
  return { tokens: words(clause).slice(-max), tail: clause.trimEnd().slice(-1) };
}

const lower = (w: string) => w.toLowerCase();

export function hasAdjacentCue(text: string, outer: Span): boolean {
  const after = tokensAfter(text, outer.end, 6).map(lower);
  if (after.some((w) => SPEECH_VERBS.has(w))) return true;
  if (after.length >= 1 && NAMING_VERBS.has(after[0])) return true;
  if (after.length >= 2 && NAMING_VERBS.has(after[1])) return true;
  const before = tokensBefore(text, outer.start, 8);
  const b = before.tokens.map(lower);
  if ((before.tail === "," || before.tail === ":") && b.some((w) => SPEECH_VERBS.has(w))) return true;
  // "called it “treason”", "described as “chaotic”", "in her words, “…”"
  const last = b.slice(-3);
  if (last.some((w) => NAMING_VERBS.has(w)) && (b.at(-1) === "it" || b.at(-1) === "as" || b.at(-1) === "him" || b.at(-1) === "her" || b.at(-1) === "them" || NAMING_VERBS.has(b.at(-1) ?? ""))) return true;
  if (b.includes("words") || b.includes("phrase")) return true;
  return false;
}

/** A title: every content word capitalised and no sentence punctuation inside. */
function looksLikeTitle(quoted: string, ws: readonly string[]): boolean {
  if (ws.length < 2 || ws.length > 10) return false;
  if (/[.!?]\s*$/.test(quoted)) return false;
  const small = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "vs"]);
  return ws.every((w, i) => (i > 0 && small.has(w)) || /^[\p{Lu}\p{N}]/u.test(w));
}

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|Prof|Rev|Inc|Co|No|vs|U\.S|D\.C)|\b\p{Lu})$/u;
const CUE_WORD = /[\p{L}][\p{L}'’-]*/gu;
const CUE_PHRASE = /\baccording to\b|\bin an? (?:interview|statement|email|tweet)\b/giu;

/**
 * Where the narration (the text outside quotation marks) has a speech cue and where its sentences
 * end: built once per article in one pass, then looked up per quote by binary search, so an article
 * with a quote mark in every word stays linear.
 */
export type CueIndex = { readonly cues: readonly number[]; readonly stops: readonly number[] };

export function buildCueIndex(text: string, runs: readonly { readonly outer: Span }[]): CueIndex {
  const cues: number[] = [];
  const stops: number[] = [];
  let from = 0;
  const scan = (start: number, end: number) => {
    if (end <= start) return;
    const gap = text.slice(start, end);
    CUE_WORD.lastIndex = 0;
    for (let m = CUE_WORD.exec(gap); m; m = CUE_WORD.exec(gap)) {
      const w = m[0].toLowerCase();
      // "added to the regime's “thousands”" is arithmetic, not speech.
      if ((w === "added" || w === "adds" || w === "add") && /^\s+to\b/.test(gap.slice(m.index + w.length, m.index + w.length + 4))) continue;
      if (SPEECH_VERBS.has(w) || NAMING_VERBS.has(w)) cues.push(start + m.index);
    }
    CUE_PHRASE.lastIndex = 0;
    for (let m = CUE_PHRASE.exec(gap); m; m = CUE_PHRASE.exec(gap)) cues.push(start + m.index);
    for (let i = 0; i < gap.length; i++) {
      const c = gap[i];
      if (c === "\n" || ((c === "." || c === "!" || c === "?") && /\s/.test(gap[i + 1] ?? " ") && !ABBREV.test(gap.slice(Math.max(0, i - 5), i)))) stops.push(start + i);
    }
  };
  for (const r of runs) {
    scan(from, r.outer.start);
    from = Math.max(from, r.outer.end);
  }
  scan(from, text.length);
  cues.sort((x, y) => x - y);
  return { cues, stops };
}

/** First index in a sorted array whose value is >= x. */
function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A speech cue in the narration of the sentence that holds the quote. */
export function sentenceHasCue(index: CueIndex, para: Span, outer: Span): boolean {
  const si = lowerBound(index.stops, outer.start);
  const sStart = Math.max(para.start, si > 0 ? index.stops[si - 1] : 0);
  const ei = lowerBound(index.stops, outer.end);
  const sEnd = Math.min(para.end, ei < index.stops.length ? index.stops[ei] : para.end);
  const ci = lowerBound(index.cues, sStart);
  return ci < index.cues.length && index.cues[ci] <= sEnd;
}

export type ScareVerdict = { readonly scare: boolean; readonly why: "headline" | "title" | "no-cue" | "quotation" };

export function classifyRun(text: string, index: CueIndex, para: Span, span: Span, outer: Span, headline: boolean): ScareVerdict {
  if (headline) return { scare: true, why: "headline" };
  const quoted = text.slice(span.start, span.end);
  const ws = words(quoted);
  if (ws.length === 0) return { scare: true, why: "no-cue" };
  if (ws.length > SHORT_WORDS) {
    return looksLikeTitle(quoted, ws) && !hasAdjacentCue(text, outer) ? { scare: true, why: "title" } : { scare: false, why: "quotation" };
  }
  const sentence = /^[\p{Lu}\p{N}¿¡]/u.test(quoted) && /[.!?…]$/u.test(quoted);
  if (sentence && ws.length >= 2) return { scare: false, why: "quotation" };
  if (hasAdjacentCue(text, outer) || sentenceHasCue(index, para, outer)) return { scare: false, why: "quotation" };
  return { scare: true, why: "no-cue" };
}
