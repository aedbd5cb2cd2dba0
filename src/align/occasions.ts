import type { Article, Span } from "../model/index.js";

/**
 * Words with which a story says a quote was given on another occasion ("Trump parroted these views
 * during an interview with NBC", "he later said", "she repeated"). Each a row: id, pattern, why.
 */
const OCCASION_WORDS: readonly { readonly id: string; readonly pattern: RegExp; readonly reason: string }[] = [
  { id: "later", pattern: /\b(?:later|earlier)\b/i, reason: "the words were said at another time than the quote before" },
  { id: "again", pattern: /\b(?:again|repeat(?:ed|ing|s)?|reiterat(?:ed|ing|es)|parrot(?:ed|ing|s)?|echo(?:ed|ing|es))\b/i, reason: "the speaker said it once more: a second saying, worded anew" },
  { id: "similar", pattern: /\bsimilar (?:comments?|remarks?|views?|words?|points?|lines?|message)\b/i, reason: "the story itself calls the words a similar remark, not the same one" },
];

/** A live blog's entry heading: a time alone on its line ("10:30 p.m."). */
const ENTRY_TIME = /^[ \t]*\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*$/im;

/** Narration only: quoted words left out, so "again" in a quote is not the story's word. */
const narration = (text: string) => text.replace(/“[^”]*”|"[^"]*"/g, " ");

/**
 * Two quotes of one article (their spans) that the story tells as two occasions: a live blog's entry time lies
 * between them (two entries, two events: a rally at night, a speech the next day), or the
 * narration leading to the later one says so ("Trump parroted these views during an interview",
 * "he later said", "she repeated"). Their different words are two sayings, not a quote altered.
 * The later quote's paragraph up to it and the paragraph before are read; text further back
 * speaks of other things.
 */
export function toldAsTwoOccasions(article: Article, x: Span, y: Span): boolean {
  const [a, b] = x.start <= y.start ? [x, y] : [y, x];
  if (b.start < a.end) return false;
  const text = article.text;
  const between = text.slice(a.end, b.start);
  if (between.includes(":") && ENTRY_TIME.test(between)) return true;
  const paras = article.paragraphs;
  const at = paras.findIndex((p) => p.start <= b.start && b.start < p.end);
  const from = Math.max(a.end, at > 0 ? paras[at - 1].start : at === 0 ? paras[0].start : b.start - 400);
  const lead = narration(text.slice(from, b.start));
  return OCCASION_WORDS.some((r) => r.pattern.test(lead));
}
