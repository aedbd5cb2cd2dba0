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
