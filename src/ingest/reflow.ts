import type { Span } from "../model/index.js";

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
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 3) return false;
  const p90 = lengths[Math.floor(lengths.length * 0.9)];
  return p90 <= LONG_LINE;
}

/**
 * Reflow `source.slice(from, to)` into paragraphs separated by a blank line. Lines in a block are
 * joined with one space when the text is hard-wrapped; otherwise each line is its own paragraph.
 * Every output character keeps its source offset so spans can be shown in the original file.
 */
export function reflow(source: string, from = 0, to = source.length, wrapped?: boolean): MappedText {
  const lines: { start: number; end: number }[] = [];
  let i = from;
  while (i < to) {
    let j = source.indexOf("\n", i);
    if (j < 0 || j > to) j = to;
    let end = j;
    if (end > i && source.charCodeAt(end - 1) === 13) end--;
    lines.push({ start: i, end });
    i = j + 1;
  }
  const hard = wrapped ?? isHardWrapped(lines.map((l) => source.slice(l.start, l.end)));
  const out: string[] = [];
  const offs: number[] = [];
  const paragraphs: Span[] = [];
  let paraStart = -1;
  let len = 0;
  const push = (s: string, at: number, step: boolean) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]);
      offs.push(step ? at + k : at);
      len++;
    }
  };
  const closePara = () => {
    if (paraStart >= 0) {
      paragraphs.push({ start: paraStart, end: len });
      paraStart = -1;
    }
  };
  for (const line of lines) {
    let s = line.start;
    let e = line.end;
    while (s < e && (/\s/.test(source[s]) || source[s] === HIDDEN)) s++;
    while (e > s && (/\s/.test(source[e - 1]) || source[e - 1] === HIDDEN)) e--;
    if (s >= e) {
      closePara();
      continue;
    }
    // One paragraph a line, except a line that plainly continues the sentence before it (the
    // previous line has no closing punctuation and this one starts in lower case).
    if (paraStart >= 0 && !hard && !(/[\p{Ll},\u2014-]$/u.test(out[out.length - 1] ?? "") && /^\p{Ll}/u.test(source[s]))) closePara();
    if (paraStart < 0) {
      if (len > 0) push("\n\n", line.start, false);
      paraStart = len;
    } else {
      push(" ", line.start - 1, false);
    }
    // Collapse runs of inner whitespace so offsets stay exact for every kept character.
    let k = s;
    while (k < e) {
      const ch = source[k];
      if (ch === " " || ch === "\t" || ch === "\u00a0") {
        let m = k;
        while (m < e && (source[m] === " " || source[m] === "\t" || source[m] === "\u00a0")) m++;
        push(" ", k, false);
        k = m;
      } else {
        if (ch !== HIDDEN) push(ch, k, false);
        k++;
      }
    }
  }
  closePara();
  const offsets = new Int32Array(offs.length + 1);
  for (let n = 0; n < offs.length; n++) offsets[n] = offs[n];
  offsets[offs.length] = offs.length ? offs[offs.length - 1] + 1 : from;
  return { text: out.join(""), offsets, paragraphs };
}
