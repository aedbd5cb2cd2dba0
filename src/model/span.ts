/** Half-open character range [start, end) into a text (an article's text unless said otherwise). */
export type Span = { readonly start: number; readonly end: number };

export const spanText = (text: string, span: Span): string => text.slice(span.start, span.end);

/** 1-based line and column of an offset; derived only when printing. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  const stop = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < stop; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: stop - lastBreak };
}

/** Offsets of a text's line starts, for `lineColAmong` when one text has many places to print. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, by binary search among `lineStarts(text)`. */
export function lineColAmong(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** `file:line:col` as diagnostics, `check` and the reports print a place; the file alone when the line is not known. */
export const placeText = (file: string, line: number | null | undefined, column: number | null | undefined): string =>
  line == null || column == null ? file : `${file}:${line}:${column}`;

/**
 * The index of the paragraph (of `paragraphs`, sorted and apart) that holds `offset`: the last one
 * starting at or before it, so an offset between two paragraphs belongs to the one before; 0 when
 * none starts that early or there are none.
 */
export function paragraphIndexAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
