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

/**
 * The sentence around a run, as a span: back to the previous sentence end and on to the next one,
 * within the paragraph and at most `reach` characters each way (so the scan stays linear).
 */
export function sentenceAround(text: string, para: Span, span: Span, reach = 400): Span {
  let s = span.start;
  const lo = Math.max(para.start, span.start - reach);
  while (s > lo) {
    const c = text[s - 1];
    if ((c === "." || c === "!" || c === "?") && /\s/.test(text[s] ?? " ") && !ABBREV.test(text.slice(Math.max(lo, s - 6), s - 1))) break;
    s--;
  }
  let e = span.end;
  const hi = Math.min(para.end, span.end + reach);
  while (e < hi) {
    const c = text[e];
    e++;
    if ((c === "." || c === "!" || c === "?") && (e >= hi || /[\s”"’]/.test(text[e])) && !ABBREV.test(text.slice(Math.max(lo, e - 7), e - 1))) break;
  }
  return { start: s, end: e };
}

/** A speech cue anywhere in the sentence outside the quoted words. */
export function sentenceHasCue(text: string, sentence: Span, outer: Span): boolean {
  const around = text.slice(sentence.start, outer.start) + " " + text.slice(outer.end, sentence.end);
  const ws = words(around).map(lower);
  if (ws.some((w) => SPEECH_VERBS.has(w) || NAMING_VERBS.has(w))) return true;
  return /\baccording to\b|\bwords\b|\bphrase\b|\bin an? (?:interview|statement|email|tweet)\b/i.test(around);
}

export type ScareVerdict = { readonly scare: boolean; readonly why: "headline" | "title" | "no-cue" | "quotation" };

export function classifyRun(text: string, para: Span, span: Span, outer: Span, headline: boolean): ScareVerdict {
  if (headline) return { scare: true, why: "headline" };
  const quoted = text.slice(span.start, span.end);
  const ws = words(quoted);
  if (ws.length === 0) return { scare: true, why: "no-cue" };
  if (ws.length > SHORT_WORDS) {
    return looksLikeTitle(quoted, ws) && !hasAdjacentCue(text, outer) ? { scare: true, why: "title" } : { scare: false, why: "quotation" };
  }
  const sentence = /^[\p{Lu}\p{N}¿¡]/u.test(quoted) && /[.!?…]$/u.test(quoted);
  if (sentence && ws.length >= 2) return { scare: false, why: "quotation" };
  if (hasAdjacentCue(text, outer) || sentenceHasCue(text, sentenceAround(text, para, outer), outer)) return { scare: false, why: "quotation" };
  return { scare: true, why: "no-cue" };
}
