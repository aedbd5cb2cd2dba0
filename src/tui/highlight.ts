import type { Article, Span } from "../model/index.js";
import { cellWidth } from "./text.js";

export type Mark = "quote" | "cue" | "mention";
export type Segment = { readonly text: string; readonly mark: Mark | null };
export type MarkedSpan = { readonly span: Span; readonly mark: Mark };

// Where marks overlap (a mention inside its cue, "she said"), the narrower kind wins.
const RANK: Record<Mark, number> = { quote: 1, cue: 2, mention: 3 };

/** The paragraphs a span touches, as one range of the article text. */
export function paragraphRange(article: Pick<Article, "paragraphs" | "text">, span: Span): Span {
  const ps = article.paragraphs;
  const first = ps.find((p) => p.end > span.start) ?? ps[ps.length - 1];
  const last = [...ps].reverse().find((p) => p.start < Math.max(span.end, span.start + 1)) ?? first;
  if (!first || !last) return { start: 0, end: article.text.length };
  return { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
}

/**
 * Word-wrap `text[range]` to `width` cells and cut each line into segments by mark. Paragraph
 * breaks inside the range become an empty line. Offsets are never lost: every line is a slice
 * of the text, so a highlight lands exactly on its span.
 */
export function markedLines(text: string, range: Span, marks: readonly MarkedSpan[], width: number): Segment[][] {
  const w = Math.max(1, width);
  const lines: Span[] = [];
  let para = range.start;
  while (para < range.end) {
    const brk = text.indexOf("\n\n", para);
    const paraEnd = brk < 0 || brk >= range.end ? range.end : brk;
    if (lines.length) lines.push({ start: para, end: para });
    wrapRange(text, { start: para, end: paraEnd }, w, lines);
    para = paraEnd + 2;
    while (para < range.end && /\s/.test(text[para] ?? "")) para++;
  }
  return lines.map((l) => segmentsOf(text, l, marks));
}

function wrapRange(text: string, range: Span, width: number, out: Span[]): void {
  const words: Span[] = [];
  const re = /\S+/g;
  const slice = text.slice(range.start, range.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let s = range.start + m.index;
    const e = s + m[0].length;
    // a word wider than the line is cut into line-sized pieces
    while (cellWidth(text.slice(s, e)) > width) {
      let cut = s;
      while (cut < e && cellWidth(text.slice(s, cut + 1)) <= width) cut++;
      if (cut === s) cut = s + 1;
      words.push({ start: s, end: cut });
      s = cut;
    }
    if (s < e) words.push({ start: s, end: e });
  }
  let line: Span | null = null;
  for (const wd of words) {
    if (line && cellWidth(text.slice(line.start, wd.end)) <= width) line = { start: line.start, end: wd.end };
    else {
      if (line) out.push(line);
      line = wd;
    }
  }
  if (line) out.push(line);
  else out.push({ start: range.start, end: range.start });
}

function segmentsOf(text: string, line: Span, marks: readonly MarkedSpan[]): Segment[] {
  const segs: Segment[] = [];
  let runStart = line.start;
  let runMark: Mark | null = null;
  const markAt = (i: number): Mark | null => {
    let best: Mark | null = null;
    for (const m of marks) if (m.span.start <= i && i < m.span.end && (!best || RANK[m.mark] > RANK[best])) best = m.mark;
    return best;
  };
  for (let i = line.start; i <= line.end; i++) {
    const m = i < line.end ? markAt(i) : null;
    if (i === line.end || m !== runMark) {
      if (i > runStart) segs.push({ text: text.slice(runStart, i).replace(/\s/g, " "), mark: runMark });
      runStart = i;
      runMark = m;
    }
  }
  return segs;
}
