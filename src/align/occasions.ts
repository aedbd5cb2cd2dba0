import type { Article, Span } from "../model/index.js";
import { paragraphIndexAt } from "../model/span.js";
import { lowerBound } from "../model/sorted.js";
import { sentenceSpans } from "../model/sentences.js";
import { OTHER_TIME } from "../model/occasion-words.js";

/**
 * Words with which a story says a quote was given on another occasion ("Trump parroted these views
 * during an interview with NBC", "he later said", "she repeated"). Each a row: id, pattern, why, and
 * the pieces (lower case) one of which the text must hold before the pattern is run on it.
 */
const OCCASION_WORDS: readonly { readonly id: string; readonly pattern: RegExp; readonly reason: string; readonly needs: readonly string[] }[] = [
  {
    id: "later",
    // The model's words of another time, which attribution reads for a follow-on quote's cue, and
    // "earlier": here either quote may come first in the story.
    pattern: new RegExp(String.raw`\b(?:${OTHER_TIME}|earlier)\b`, "i"),
    reason: "the words were said at another time than the quote before",
    needs: ["later", "after", "subsequent", "since", "another", "earlier"],
  },
  {
    id: "again",
    pattern: /\b(?:again|repeat(?:ed|ing|s)?|reiterat(?:ed|ing|es)|parrot(?:ed|ing|s)?|echo(?:ed|ing|es))\b/i,
    reason: "the speaker said it once more: a second saying, worded anew",
    needs: ["again", "repeat", "reiterat", "parrot", "echo"],
  },
  {
    id: "similar",
    pattern: /\bsimilar (?:comments?|remarks?|views?|words?|points?|lines?|message)\b/i,
    reason: "the story itself calls the words a similar remark, not the same one",
    needs: ["similar "],
  },
];

/** A live blog's entry heading: a time alone on its line ("10:30 p.m."). */
const ENTRY_TIME = /^[ \t]*\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*$/im;
/** The same, on a piece of one line (no line break in it), which may be all of the line or its edge. */
const ENTRY_TIME_PIECE = /^[ \t]*\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*$/i;
/** What ends a line for ENTRY_TIME's ^ and $ (the m flag's line terminators). */
const isLineEnd = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** The characters an entry time is written with (blanks, digits, ":", "a.m."/"PM"): a piece with any other cannot be one. */
const isTimeChar = (c: number) => c === 0x20 || c === 0x09 || (c >= 0x30 && c <= 0x3a) || c === 0x2e || "apmAPM".includes(String.fromCharCode(c));

// Where each article's entry-time lines start and end, in order: found once an article. Asked for
// every pair of its quotes, reading the text between each pair made a story of thousands of copies
// of a quote quadratic (bench (e), quoted-copies).
const entryTimes = new WeakMap<Article, { readonly starts: number[]; readonly ends: number[] }>();

function entryTimeLines(article: Article): { readonly starts: number[]; readonly ends: number[] } {
  let lines = entryTimes.get(article);
  if (!lines) {
    lines = { starts: [], ends: [] };
    if (article.text.includes(":")) {
      const re = new RegExp(ENTRY_TIME.source, "gim");
      for (let m = re.exec(article.text); m; m = re.exec(article.text)) {
        lines.starts.push(m.index);
        lines.ends.push(m.index + m[0].length);
      }
    }
    entryTimes.set(article, lines);
  }
  return lines;
}

/**
 * Whether the text from `from` to `to` holds an entry time alone on its line, as ENTRY_TIME run on
 * that stretch finds one: a whole line of the article inside it, or its first or last line, which
 * may be a piece of a line (a quote stands on the rest) and is read as it is.
 */
function entryTimeBetween(article: Article, from: number, to: number): boolean {
  const text = article.text;
  let j = from;
  while (j < to && isTimeChar(text.charCodeAt(j))) j++;
  if (j === to) return ENTRY_TIME_PIECE.test(text.slice(from, to));
  if (isLineEnd(text.charCodeAt(j)) && ENTRY_TIME_PIECE.test(text.slice(from, j))) return true;
  // The first entry-time line starting in the stretch: inside it when it ends there too (a line
  // running past the stretch is its last line, read as a piece below).
  const { starts, ends } = entryTimeLines(article);
  const lo = lowerBound(starts, from);
  if (lo < starts.length && starts[lo]! < to && ends[lo]! <= to) return true;
  let k = to;
  while (k > from && isTimeChar(text.charCodeAt(k - 1))) k--;
  return k > from && isLineEnd(text.charCodeAt(k - 1)) && ENTRY_TIME_PIECE.test(text.slice(k, to));
}

/** The index of the paragraph that holds `at`, or -1 when it lies between or outside them. */
function paragraphAt(paras: readonly Span[], at: number): number {
  const i = paragraphIndexAt(paras, at);
  return i < paras.length && paras[i]!.start <= at && at < paras[i]!.end ? i : -1;
}
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
  if (entryTimeBetween(article, a.end, b.start)) return true;
  const paras = article.paragraphs;
  const at = paragraphAt(paras, b.start);
  const from = Math.max(a.end, at > 0 ? paras[at - 1].start : at === 0 ? paras[0].start : b.start - 400);
  const lead = narration(text.slice(from, b.start));
  const lower = lead.toLowerCase();
  return OCCASION_WORDS.some((r) => r.needs.some((w) => lower.includes(w)) && r.pattern.test(lead));
}

/**
 * Words with which a story tells a quote as a line its speaker says on many occasions: a stump
 * line, a refrain ("She often speaks of breaking “that highest, hardest glass ceiling”", "Trump
 * then appears in a clip from a stump speech, saying, “…”"). Another outlet's other wording of it is
 * as likely another saying as the words altered. Each a row: id, pattern, why. Read on PolNeAR
 * train: 2 of the 12 altered-quote warnings, both another occasion (a 2008 speech against a line
 * she "often speaks of"; a campaign statement against the stump speech that read it out, "what the
 * hell is going on").
 */
export const REPEATED_LINE_WORDS: readonly { readonly id: string; readonly pattern: RegExp; readonly reason: string }[] = [
  { id: "habitual", pattern: /\b(?:often|frequently|routinely|regularly|repeatedly|habitually)\b/i, reason: "the story says the speaker says it often: one saying of many" },
  { id: "likes-to-say", pattern: /\blikes? to (?:say|tell|quip|joke|remind|note|boast)\b/i, reason: "the story calls it something the speaker likes to say: one saying of many" },
  {
    id: "stump-speech",
    pattern: /\bstump speech(?:es)?\b|\b(?:at|in) (?:every|each|many|most|nearly every|almost every) (?:rally|rallies|stop|stops|speech|speeches|event|events|appearance|appearances)\b/i,
    reason: "the words come from a stump speech, given at rally after rally, each time worded anew",
  },
  { id: "refrain", pattern: /\b(?:refrain|mantra|catchphrase|(?:signature|favou?rite|standard) line)\b/i, reason: "the story calls it the speaker's refrain: a line said on many occasions" },
];

/** Longest stretch read before a quote for its sentence's narration. */
const LEAD_MAX = 300;

/**
 * The row that tells a quote as a line said on many occasions, read in the narration of its own
 * sentence before it (quoted words left out), or null. Only its own sentence: "often" a sentence
 * earlier speaks of something else.
 */
export function toldAsRepeatedLine(article: Article, span: Span): (typeof REPEATED_LINE_WORDS)[number] | null {
  const text = article.text;
  const para = article.paragraphs.find((p) => p.start <= span.start && span.start < p.end);
  const from = Math.max(para?.start ?? 0, span.start - LEAD_MAX);
  // Read to the quote's first letter, so a sentence that ends right before its opening mark ends
  // there (the splitter looks for a capital after the mark); the narration drops marks with their words.
  const sentences = sentenceSpans(text, from, Math.min(text.length, span.start + 1));
  const own = sentences.findLast((x) => x.start <= span.start);
  if (!own) return null;
  const lead = narration(text.slice(own.start, span.start));
  return REPEATED_LINE_WORDS.find((r) => r.pattern.test(lead)) ?? null;
}
