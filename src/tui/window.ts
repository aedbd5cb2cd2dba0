/** Cursor moves every list understands. */
export type Move = "up" | "down" | "pageUp" | "pageDown" | "home" | "end";

export const clampIndex = (i: number, total: number): number => (total <= 0 ? 0 : Math.min(Math.max(i, 0), total - 1));

/** Where the cursor lands after a move in a list of `total` rows with `page` rows visible. */
export function moveCursor(cursor: number, move: Move, total: number, page: number): number {
  const step = Math.max(1, page - 1);
  switch (move) {
    case "up":
      return clampIndex(cursor - 1, total);
    case "down":
      return clampIndex(cursor + 1, total);
    case "pageUp":
      return clampIndex(cursor - step, total);
    case "pageDown":
      return clampIndex(cursor + step, total);
    case "home":
      return 0;
    case "end":
      return clampIndex(total - 1, total);
  }
}

/**
 * First visible row: the previous one, moved as little as possible to keep the cursor in view and
 * never past the end (so a resize or a shorter list does not leave empty rows below).
 */
export function scrollTop(top: number, cursor: number, height: number, total: number): number {
  if (height <= 0 || total <= 0) return 0;
  let t = top;
  if (cursor < t) t = cursor;
  if (cursor >= t + height) t = cursor - height + 1;
  return Math.max(0, Math.min(t, total - height));
}

/** The rows to render: only the visible slice, with the index of its first row. */
export function visibleSlice<T>(items: readonly T[], top: number, height: number): { rows: readonly T[]; first: number } {
  const first = Math.max(0, Math.min(top, Math.max(0, items.length - height)));
  return { rows: items.slice(first, first + Math.max(0, height)), first };
}

/** Scroll offset for a text pane (no cursor): moves by lines, clamped to the content. */
export function scrollText(top: number, move: Move, total: number, height: number): number {
  const max = Math.max(0, total - height);
  const step = Math.max(1, height - 1);
  const next = { up: top - 1, down: top + 1, pageUp: top - step, pageDown: top + step, home: 0, end: max }[move];
  return Math.min(Math.max(next, 0), max);
}
