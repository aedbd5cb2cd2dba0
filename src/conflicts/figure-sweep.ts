/**
 * Counts filed by key in order of their figures, so that a walk over one claim's partners meets only
 * the counts whose figures can pass a check's test and that no taken pair has joined to it yet. The
 * walk over every holder of a key (candidates.ts eachCandidate) paid an integer step for each of the
 * n(n-1)/2 pairs of a key's holders even when one pair's union had joined them all (the dense bench
 * file: 1.5 million pairs, 0.1-0.2 s a check); here a joined stretch of a key's counts, or one whose
 * figures all fail the test, is passed over whole. Cost: n log n to file, then about log n for each
 * partner met, plus the stretches that mix components.
 */

/**
 * What a check's test on two figures implies: `quantitiesAgree(a, b, tolerance) === meet` ("the
 * same number" implies they agree at tolerance 0; "they differ" that they do not agree at 15%).
 * Read as intervals: for counts of at least 0, a and b agree at tolerance t exactly when
 * [low - t·high, high] of one meets that of the other (the slack is t times the larger high, and
 * the larger one's interval reaches down to the smaller one's high).
 */
export type Window = { readonly meet: boolean; readonly tolerance: number };

/** One count as filed: its claim (walk order), its node in the caller's union-find, its figures and keys. */
export type FiledCount = {
  readonly claim: number;
  /** Its node in the caller's union-find, or -1 when it has none to be passed over by. */
  readonly node: number;
  readonly low: number;
  readonly high: number;
  /** Closed on its keys (a first-person count): it meets only counts open on them. */
  readonly closed: boolean;
  readonly keys: readonly string[];
};

/** One key's counts, as a segment tree over their interval starts in increasing order. */
type Tree = {
  readonly size: number;
  /** Position -> count (index into the filed counts). */
  readonly at: Int32Array;
  /** Position -> interval start, in increasing order. */
  readonly lo: Float64Array;
  /** Per tree node: live counts, the least and greatest interval end among them. */
  readonly live: Int32Array;
  readonly minHi: Float64Array;
  readonly maxHi: Float64Array;
  /**
   * Per tree node: a count whose component holds every live count below the node, or -1 when not
   * known. Components only merge and counts only leave, so once true it stays true.
   */
  readonly uniform: Int32Array;
};

/**
 * Rounding margin: the intervals are widened (meet) or narrowed (differ) by it, so they find a
 * superset of the pairs the check's own test takes, which then decides every pair as before.
 */
const margin = (high: number) => 1e-9 * (Math.abs(high) + 1);

function intervals(counts: readonly FiledCount[], window: Window | null): { lo: Float64Array; hi: Float64Array } {
  const lo = new Float64Array(counts.length);
  const hi = new Float64Array(counts.length);
  counts.forEach((c, k) => {
    const t = window?.tolerance ?? 0;
    const usable = window !== null && Number.isFinite(c.low) && Number.isFinite(c.high) && c.low >= 0 && c.low <= c.high && t >= 0 && Number.isFinite(t);
    if (!usable) {
      // Met by every count, and meeting every one: always a partner (the check's test decides).
      lo[k] = window?.meet === false ? Infinity : -Infinity;
      hi[k] = window?.meet === false ? -Infinity : Infinity;
      return;
    }
    const m = margin(c.high);
    const start = c.low - t * c.high;
    lo[k] = window.meet ? start - m : start + m;
    hi[k] = window.meet ? c.high + m : c.high - m;
  });
  return { lo, hi };
}

function buildTree(members: readonly number[], lo: Float64Array, hi: Float64Array): Tree {
  const sorted = [...members].sort((a, b) => lo[a] - lo[b] || a - b);
  let size = 1;
  while (size < sorted.length) size *= 2;
  const t: Tree = {
    size,
    at: Int32Array.from(sorted),
    lo: Float64Array.from(sorted, (c) => lo[c]),
    live: new Int32Array(2 * size),
    minHi: new Float64Array(2 * size).fill(Infinity),
    maxHi: new Float64Array(2 * size).fill(-Infinity),
    uniform: new Int32Array(2 * size).fill(-1),
  };
  sorted.forEach((c, p) => {
    t.live[size + p] = 1;
    t.minHi[size + p] = hi[c];
    t.maxHi[size + p] = hi[c];
    t.uniform[size + p] = c;
  });
  for (let v = size - 1; v >= 1; v--) pull(t, v);
  return t;
}

function pull(t: Tree, v: number): void {
  t.live[v] = t.live[2 * v] + t.live[2 * v + 1];
  t.minHi[v] = Math.min(t.minHi[2 * v], t.minHi[2 * v + 1]);
  t.maxHi[v] = Math.max(t.maxHi[2 * v], t.maxHi[2 * v + 1]);
}

function remove(t: Tree, p: number): void {
  let v = t.size + p;
  t.live[v] = 0;
  t.minHi[v] = Infinity;
  t.maxHi[v] = -Infinity;
  for (v >>= 1; v >= 1; v >>= 1) pull(t, v);
}

/**
 * For each claim i in order, `visit(i, j)` for each later claim j, increasing, that holds a count
 * sharing a key with one of i's (not both closed on it) whose figures can pass `window` against it
 * and whose node was not in the component of that count of i's when i's turn came. Every pair the
 * key walk would have built (figures passing, ends not joined) is visited; others may be too, and
 * the caller's own tests decide them. `counts` come in order of claim. Without `window`, every
 * partner not yet joined.
 */
export function eachFigureCandidate(
  claims: number,
  counts: readonly FiledCount[],
  window: Window | null,
  find: (node: number) => number,
  visit: (i: number, j: number) => void,
): void {
  const { lo, hi } = intervals(counts, window);
  // A count's component; one with no node (-1) is alone in its own.
  const comp = (k: number) => (counts[k].node < 0 ? -1 - k : find(counts[k].node));
  const all = new Map<string, number[]>();
  const open = new Map<string, number[]>();
  counts.forEach((c, k) => {
    for (const key of c.keys) {
      for (const index of c.closed ? [all] : [all, open]) {
        const list = index.get(key);
        if (list) list.push(k);
        else index.set(key, [k]);
      }
    }
  });
  // Open counts search a key's tree of all its counts, closed ones its tree of open counts: a tree
  // no count searches is not built (a file of first-person counts builds none), nor one of a key
  // whose counts are all one claim's, which makes no pair.
  const searched = (searchers: (key: string) => number) => (key: string) => {
    const holders = all.get(key)!;
    return searchers(key) > 0 && counts[holders[0]].claim !== counts[holders[holders.length - 1]].claim;
  };
  const trees = (index: Map<string, number[]>, wanted: (key: string) => boolean) => {
    const out = new Map<string, Tree>();
    for (const [key, members] of index) if (wanted(key)) out.set(key, buildTree(members, lo, hi));
    return out;
  };
  const allTrees = trees(all, searched((key) => open.get(key)?.length ?? 0));
  const openTrees = trees(open, searched((key) => all.get(key)!.length - open.get(key)!.length));
  // Where each count sits, to take it out when its claim's turn comes.
  const places: { t: Tree; p: number }[][] = counts.map(() => []);
  for (const ts of [allTrees, openTrees])
    for (const t of ts.values())
      for (let p = 0; p < t.at.length; p++) places[t.at[p]].push({ t, p });
  const stamp = new Int32Array(claims).fill(-1);
  const met: number[] = [];
  let turn = -1;
  let first = 0;
  for (let i = 0; i < claims; i++) {
    turn = i;
    let end = first;
    while (end < counts.length && counts[end].claim === i) end++;
    // Only later claims' counts stay filed.
    for (let k = first; k < end; k++) for (const { t, p } of places[k]) remove(t, p);
    met.length = 0;
    for (let k = first; k < end; k++) {
      const c = counts[k];
      const root = comp(k);
      for (const key of c.keys) {
        const t = (c.closed ? openTrees : allTrees).get(key);
        if (t) search(t, 1, lo[k], hi[k], root);
      }
    }
    first = end;
    if (!met.length) continue;
    met.sort((a, b) => a - b);
    for (const j of met) visit(i, j);
  }

  function search(t: Tree, v: number, qlo: number, qhi: number, root: number): void {
    if (t.live[v] === 0) return;
    // The positions below v: [from, to) of the sorted starts.
    const depth = 31 - Math.clz32(v);
    const span = t.size >> depth;
    const from = (v - (1 << depth)) * span;
    const to = Math.min(from + span, t.at.length);
    if (window !== null) {
      if (window.meet ? t.lo[from] > qhi || t.maxHi[v] < qlo : t.lo[to - 1] <= qhi && t.minHi[v] >= qlo) return;
    }
    const u = t.uniform[v];
    if (u >= 0 && comp(u) === root) return;
    if (v >= t.size) {
      const j = counts[t.at[v - t.size]].claim;
      if (stamp[j] !== turn) {
        stamp[j] = turn;
        met.push(j);
      }
      return;
    }
    search(t, 2 * v, qlo, qhi, root);
    search(t, 2 * v + 1, qlo, qhi, root);
    if (u < 0) {
      const l = t.live[2 * v] ? t.uniform[2 * v] : -2;
      const r = t.live[2 * v + 1] ? t.uniform[2 * v + 1] : -2;
      if (l === -1 || r === -1) return;
      if (l === -2) t.uniform[v] = r;
      else if (r === -2 || comp(l) === comp(r)) t.uniform[v] = l;
    }
  }
}
