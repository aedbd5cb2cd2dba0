import { isAbbreviation } from "./abbreviations.js";
import { LETTER, SPACE, UPPER, classAt, classOf } from "./chars.js";
import type { Span } from "./span.js";

/**
 * The one sentence splitter every stage reads: extract finds reported speech sentence by sentence,
 * conflicts reads the sentence around a claim, and the reports show a quote's sentences and name an
 * untitled article by its first one. One splitter and one abbreviation list (abbreviations.ts), so
 * the stages agree on where a sentence ends. A single regex pass over the stretch, linear in it.
 */

// A sentence ends at . ! ? or … (with closing quotes or brackets after it) before a space and a
// capital, a digit, an opening quote or bracket; or at a line break inside the paragraph.
const SENTENCE_END = /[.!?…]+(?:''|["”’')\]])*(?=\s+(?:''|["“‘'([])?[\p{Lu}\p{N}])|\n+/gu;

/** Two or three upper-case initials with the final period left off ("H.W", "A.E"). */
const UPPER_INITIALS = /^\p{Lu}(?:\.\p{Lu}){1,2}$/u;
/** U.S. states and places written as initials, which often end a sentence. */
const PLACE_INITIALS: ReadonlySet<string> = new Set(["N.J", "N.Y", "N.H", "N.C", "S.C", "N.D", "S.D", "N.M", "R.I", "D.C", "L.A", "U.S", "U.K", "U.N", "E.U"]);
/** The next word after a sentence-final period is one that commonly opens a sentence. */
const OPENER_NEXT = /^\s+(?:''|["“‘'(])?(?:He|She|They|It|We|I|The|But|And|This|That|There|His|Her|Their|Its|In|On|At|A|An|If|When|As|So|Yet|Still|However|Meanwhile|After|Before)\b/u;

/** Sentence spans (absolute offsets) of `text.slice(from, to)`, without surrounding white space. */
export function sentenceSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const para = text.slice(from, to);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(para); m; m = SENTENCE_END.exec(para)) {
    const end = m.index + m[0].length;
    if (m[0] === ".") {
      // The letters and periods just before the period (at most 12 code units back), read
      // backwards as /([\p{L}.]+)$/u would match them: a surrogate pair counts as one letter.
      const lo = Math.max(start, m.index - 12);
      let k = m.index;
      let points = 0;
      while (k > lo) {
        const c = para.charCodeAt(k - 1);
        if (c === 46 || (c < 0xd800 || c > 0xdfff ? (classOf(c) & LETTER) !== 0 : false)) k--;
        else if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= lo && para.charCodeAt(k - 2) >= 0xd800 && para.charCodeAt(k - 2) <= 0xdbff && (classAt(para, k - 2) & LETTER) !== 0) k -= 2;
        else break;
        points++;
      }
      // "Mr." or an initial ("Michael C. Cernech") does not end a sentence.
      if (k < m.index && (isAbbreviation(para.slice(k, m.index)) || (points === 1 && (classAt(para, k) & UPPER) !== 0))) continue;
      // Nor do two initials before a name ("George H.W. Bush", "scholar A.E. Dick Howard"), unless a word
      // that opens sentences follows ("... in the U.K. He said"), or they abbreviate a place: a state
      // after its town's comma ("at his golf club in Bedminster, N.J. Roger Ailes also met ...").
      if (k < m.index && UPPER_INITIALS.test(para.slice(k, m.index)) && !OPENER_NEXT.test(para.slice(end, end + 12)) && !PLACE_INITIALS.has(para.slice(k, m.index)) && !(k >= 2 && para[k - 1] === " " && para[k - 2] === ",")) continue;
    }
    pushTrimmed(para, start, m[0][0] === "\n" ? m.index : end, from, out);
    start = end;
  }
  pushTrimmed(para, start, para.length, from, out);
  return out;
}

/** Whether the code unit is white space as /\s/ reads one code unit (no surrogate is). */
const isSpaceUnit = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : (c < 0xd800 || c > 0xdfff) && (classOf(c) & SPACE) !== 0);

function pushTrimmed(para: string, s: number, e: number, base: number, out: Span[]): void {
  while (s < e && isSpaceUnit(para.charCodeAt(s))) s++;
  while (e > s && isSpaceUnit(para.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: base + s, end: base + e });
}

/** The sentences of a flat text (one line, as a finding's excerpt or an article's first line), as strings. */
export function sentencesOf(flat: string): string[] {
  return sentenceSpans(flat, 0, flat.length).map((s) => flat.slice(s.start, s.end));
}
