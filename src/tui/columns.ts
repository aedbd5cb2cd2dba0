/** A table column: it is dropped (lowest priority first) when the terminal is too narrow for it. */
export type Column<K extends string = string> = {
  readonly key: K;
  readonly title: string;
  readonly min: number;
  /** Widest it grows to; undefined means it takes whatever is left. */
  readonly max?: number;
  /** Higher stays longer. */
  readonly priority: number;
  /** At least this fraction of the width (for the column the table is read for). */
  readonly share?: number;
};

export type Placed<K extends string = string> = { readonly key: K; readonly title: string; readonly width: number };

/**
 * Fit columns into `width` cells: drop the lowest-priority columns until the minimums fit, then
 * hand the spare cells out by priority up to each column's max, the rest to unbounded columns. A
 * column with a `share` gets at least that fraction of the width.
 */
export function layoutColumns<K extends string>(cols: readonly Column<K>[], width: number, gap = 1): Placed<K>[] {
  // a share raises the minimum, so that column keeps its room and the others drop out instead
  let kept = cols.map((c) => (c.share === undefined ? c : { ...c, min: Math.max(c.min, Math.floor(c.share * width)) }));
  const need = (cs: readonly Column<K>[]) => cs.reduce((s, c) => s + c.min, 0) + gap * Math.max(0, cs.length - 1);
  while (kept.length > 1 && need(kept) > width) {
    const lowest = kept.reduce((a, b) => (b.priority < a.priority ? b : a));
    kept = kept.filter((c) => c !== lowest);
  }
  const widths = kept.map((c) => c.min);
  let spare = Math.max(0, width - need(kept));
  const byPriority = kept.map((c, i) => i).sort((a, b) => kept[b].priority - kept[a].priority);
  for (const i of byPriority) {
    const c = kept[i];
    if (c.max === undefined) continue;
    const add = Math.max(0, Math.min(spare, c.max - c.min));
    widths[i] += add;
    spare -= add;
  }
  const open = kept.map((c, i) => (c.max === undefined ? i : -1)).filter((i) => i >= 0);
  open.forEach((i, n) => {
    const share = Math.floor(spare / (open.length - n));
    widths[i] += share;
    spare -= share;
  });
  if (kept.length === 1) widths[0] = Math.min(widths[0], width);
  return kept.map((c, i) => ({ key: c.key, title: c.title, width: widths[i] }));
}
