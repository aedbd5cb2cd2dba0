import { nextMatchFinder, type Span } from "../model/index.js";

/** Text rebuilt from a source with a map back to it: `offsets[i]` is the source offset of `text[i]`. */
export type MappedText = {
  readonly text: string;
  readonly offsets: Int32Array;
  readonly paragraphs: readonly Span[];
};

const LONG_LINE = 100;

/**
 * A character a format reader put in place of markup (Markdown's "**", a link's URL) so the text
 * keeps its offsets: reflow drops it. Decoded files never hold NUL (binary files are refused).
 */
export const HIDDEN = "\u0000";

/**
 * Decide whether a block of lines is hard-wrapped (mail clients wrap at ~72-78 columns) or one
 * paragraph a line. Long lines anywhere mean the writer did not wrap.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  return wrappedByLengths(lines.map((l) => l.trimEnd().length));
}

/** isHardWrapped of the lines of `source` at `spans`, measured in place (no copy of each line). */
function spansHardWrapped(source: string, spans: readonly Span[]): boolean {
  const lengths: number[] = [];
  for (const { start, end } of spans) {
    let e = end;
    while (e > start && isTrimmed(source.charCodeAt(e - 1))) e--;
    lengths.push(e - start);
  }
  return wrappedByLengths(lengths);
}

function wrappedByLengths(all: readonly number[]): boolean {
  const lengths = all.filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 3) return false;
  const p90 = lengths[Math.floor(lengths.length * 0.9)];
  return p90 <= LONG_LINE;
}

// What String.prototype.trimEnd removes: white space and line terminators, which are /\s/.
const isTrimmed = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/** The lines of `source.slice(from, to)`, each without its line break (LF or CRLF). */
export function lineSpans(source: string, from = 0, to = source.length): Span[] {
  const lines: Span[] = [];
  let i = from;
  while (i < to) {
    let j = source.indexOf("\n", i);
    if (j < 0 || j > to) j = to;
    let end = j;
    if (end > i && source.charCodeAt(end - 1) === 13) end--;
    lines.push({ start: i, end });
    i = j + 1;
  }
  return lines;
}

// reflow's working map, kept from call to call: as long as the text, it was allocated and zeroed anew for every
// text (reflow about 9% slower over bench text). Only texts up to SCRATCH_MAX entries share it, so it never holds
// more than 1 MB; a longer text gets a map of its own. What reflow returns is always a copy of its own.
const SCRATCH_MAX = 1 << 18;
let scratch = new Int32Array(0);

/** An Int32Array of at least n entries whose old contents are left as they were: the shared one up to SCRATCH_MAX. */
export function scratchOffsets(n: number): Int32Array {
  if (n > SCRATCH_MAX) return new Int32Array(n);
  if (scratch.length < n) scratch = new Int32Array(Math.min(SCRATCH_MAX, Math.max(n, 2 * scratch.length, 4096)));
  return scratch;
}

/**
 * Reflow `source.slice(from, to)` into paragraphs separated by a blank line. Lines in a block are
 * joined with one space when the text is hard-wrapped; otherwise each line is its own paragraph.
 * Every output character keeps its source offset so spans can be shown in the original file.
 */
export function reflow(source: string, from = 0, to = source.length, wrapped?: boolean): MappedText {
  const lines = lineSpans(source, from, to);
  // Pushed, not lines.map: once V8 optimises reflow, .map's result comes out as a holey array, another
  // map than the packed one before, and reflow's optimised code was thrown away when the first reached it.
  const lineStarts: number[] = [];
  const lineEnds: number[] = [];
  for (const l of lines) {
    lineStarts.push(l.start);
    lineEnds.push(l.end);
  }
  const hard = wrapped ?? spansHardWrapped(source, lines);
  // The output is never longer than the input plus one character a line (a paragraph break
  // "\n\n" may stand for a single newline). Every entry is written before it is read.
  const offs = scratchOffsets(to - from + lineStarts.length + 2);
  const parts: string[] = [];
  const paragraphs: Span[] = [];
  let paraStart = -1;
  let len = 0;
  let last = 0; // char code of the last character written
  const put = (s: string, at: number) => {
    parts.push(s);
    for (let k = 0; k < s.length; k++) offs[len++] = at;
    last = s.charCodeAt(s.length - 1);
  };
  // Where the run of ordinary characters from `i` ends: the next tab, no-break space, HIDDEN, or a
  // space before another blank (RUN_BREAK), so the text is searched once, not looked at character
  // by character; a break past the line's end is none for the line (a trimmed line ends on no
  // blank, so a space found inside it has its blank inside it too).
  const nextBreak = nextMatchFinder(RUN_BREAK, source);
  const closePara = () => {
    if (paraStart >= 0) {
      paragraphs.push({ start: paraStart, end: len });
      paraStart = -1;
    }
  };
  for (let n = 0; n < lineStarts.length; n++) {
    let st = lineStarts[n];
    let e = lineEnds[n];
    while (st < e && isSkippable(source.charCodeAt(st))) st++;
    while (e > st && isSkippable(source.charCodeAt(e - 1))) e--;
    if (st >= e) {
      closePara();
      continue;
    }
    // One paragraph a line, except a line that plainly continues the sentence before it (the
    // previous line has no closing punctuation and this one starts in lower case).
    if (paraStart >= 0 && !hard && !(CONTINUES.test(String.fromCharCode(last)) && /^\p{Ll}/u.test(source[st]))) closePara();
    if (paraStart < 0) {
      if (len > 0) put("\n\n", lineStarts[n]);
      paraStart = len;
    } else {
      put(" ", lineStarts[n] - 1);
    }
    // Runs of ordinary characters are copied whole; runs of blanks become one space; HIDDEN
    // characters are dropped. Every kept character keeps its exact source offset. A single space
    // between words is copied as it stands, so a run goes on over it: one slice a stretch of plain
    // prose rather than two a word (the join of many small parts was most of ingest's time).
    let k = st;
    while (k < e) {
      const c = source.charCodeAt(k);
      if (c === 9 || c === 0xa0 || (c === 32 && k + 1 < e && isBlank(source.charCodeAt(k + 1)))) {
        let m = k + 1;
        while (m < e) {
          const d = source.charCodeAt(m);
          if (d !== 32 && d !== 9 && d !== 0xa0) break;
          m++;
        }
        put(" ", k);
        k = m;
      } else if (c === 0) {
        k++;
      } else {
        const m = Math.min(nextBreak(k + 1), e);
        parts.push(source.slice(k, m));
        for (let q = k; q < m; q++) offs[len++] = q;
        last = source.charCodeAt(m - 1);
        k = m;
      }
    }
  }
  closePara();
  const offsets = new Int32Array(len + 1);
  offsets.set(offs.subarray(0, len));
  offsets[len] = len ? offsets[len - 1] + 1 : from;
  return { text: parts.join(""), offsets, paragraphs };
}

const CONTINUES = /[\p{Ll},\u2014-]/u;

// What ends a run of ordinary characters; always one character long (the blank after a space is
// looked at, not matched), so the match starts at lastIndex - 1.
const RUN_BREAK = /[\t\u00a0\u0000]| (?=[ \t\u00a0])/g;

/** A blank that reflow collapses: a run of these becomes one space. */
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

// White space (including form feeds and other Unicode spaces) and HIDDEN trimmed from line ends.
function isSkippable(c: number): boolean {
  return c === 0 || c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11 || c === 13 || (c > 0x1fff && /\s/.test(String.fromCharCode(c)));
}
