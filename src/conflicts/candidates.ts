/**
 * Candidate pairs through an inverted index, never all pairs: two items are compared only when
 * they share a key (a counted noun and a context word, a predicate lemma and a participant, a
 * salient name and a fortnight). Keys held by more than `maxBucket` items are skipped, as the
 * shingle index skips shingles in every quote: such a key says nothing about a pair, and this is
 * what keeps a 10k-article corpus from turning into billions of comparisons.
 *
 * Pairs come back as `[i, j]` with i < j, sorted, each once, with how many keys they share, so a
 * check that walks them visits the same pairs in the same order as its all-pairs loop did.
 */

export const MAX_BUCKET = 2000;

export type Candidate = { readonly i: number; readonly j: number; readonly shared: number };

/**
 * `home(i)` are the keys item i is filed under; `probe(i)` those it looks up (its home keys when
 * left out). A pair is a candidate when either finds the other. `skipped` hears of each key held
 * by more than `maxBucket` items, with the items that hold it.
 */
export function candidatePairs(
  n: number,
  home: (i: number) => Iterable<string>,
  probe: ((i: number) => Iterable<string>) | null = null,
  maxBucket = MAX_BUCKET,
  skipped: ((key: string, holders: readonly number[]) => void) | null = null,
): Candidate[] {
  const index = new Map<string, number[]>();
  for (let i = 0; i < n; i++)
    for (const k of new Set(home(i))) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  // A check can tell its reader what went uncompared; once a key, in filing order.
  if (skipped) for (const [k, list] of index) if (list.length > maxBucket) skipped(k, list);
  // shared[j] counts keys i shares with a later j; stamps avoid clearing the arrays per item.
  const stamp = new Int32Array(n).fill(-1);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  const found = new Map<number, number>();
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  for (let i = 0; i < n; i++) {
    touched.length = 0;
    for (const k of probe ? new Set(probe(i)) : new Set(home(i))) {
      const list = index.get(k);
      if (!list || list.length > maxBucket) continue;
      for (const j of list) {
        if (j === i || (!probe && j < i)) continue;
        if (stamp[j] !== i) {
          stamp[j] = i;
          shared[j] = 0;
          touched.push(j);
        }
        shared[j]++;
      }
    }
    for (const j of touched) {
      const key = pairKey(i, j);
      // With separate probe keys a pair can be found from both ends: keep the larger count.
      found.set(key, Math.max(found.get(key) ?? 0, shared[j]));
    }
  }
  const keys = [...found.keys()].sort((a, b) => a - b);
  return keys.map((key) => ({ i: Math.floor(key / n), j: key % n, shared: found.get(key)! }));
}

/**
 * Items by key (`all`), and of those the ones open on it (`open`): an item open on a key meets
 * every holder of it, one closed on it only the holders open on it. Two counts of speakers' own
 * ("We won … 12 towns", "We won … 30 towns") are never a pair, so they file their keys closed and
 * the walk never visits the n(n-1)/2 pairs of a file of them.
 */
export type KeyIndex = { readonly all: ReadonlyMap<string, readonly number[]>; readonly open: ReadonlyMap<string, readonly number[]> };

/** Each key with the items (in increasing order) that hold it, and those open on it (`open(i)`, within `home(i)`; all when null). */
export function keyIndex(n: number, home: (i: number) => Iterable<string>, open: ((i: number) => Iterable<string>) | null = null): KeyIndex {
  const file = (index: Map<string, number[]>, keys: (i: number) => Iterable<string>) => {
    for (let i = 0; i < n; i++)
      for (const k of new Set(keys(i))) {
        const list = index.get(k);
        if (list) list.push(i);
        else index.set(k, [i]);
      }
    return index;
  };
  const all = file(new Map(), home);
  return { all, open: open ? file(new Map(), open) : all };
}

const NONE: readonly number[] = [];

/**
 * The pairs `candidatePairs` gives (without `probe`), in its order (by i, then j), but for pairs
 * that share only keys both are closed on (KeyIndex), handed to `visit` one at a time and never
 * held: memory stays linear in the items, however many pairs one key makes. A walk that stops
 * caring about a pair (its two ends already joined) pays a few integer steps for it, not an object.
 */
export function eachCandidate(
  index: KeyIndex,
  n: number,
  home: (i: number) => Iterable<string>,
  open: ((i: number) => Iterable<string>) | null,
  maxBucket: number,
  visit: (i: number, j: number) => void,
): void {
  const stamp = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    touched.length = 0;
    const opened = open ? new Set(open(i)) : null;
    for (const k of new Set(home(i))) {
      const holders = index.all.get(k);
      if (!holders || holders.length > maxBucket) continue;
      const list = !opened || opened.has(k) ? holders : (index.open.get(k) ?? NONE);
      // The list is in increasing order: start past i.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid] <= i) lo = mid + 1;
        else hi = mid;
      }
      for (let t = lo; t < list.length; t++) {
        const j = list[t];
        if (stamp[j] !== i) {
          stamp[j] = i;
          touched.push(j);
        }
      }
    }
    // One key's list (or several that add nothing new) leaves them in order already: no sort.
    let sorted = true;
    for (let t = 1; t < touched.length && sorted; t++) sorted = touched[t - 1] < touched[t];
    if (!sorted) touched.sort((a, b) => a - b);
    for (const j of touched) visit(i, j);
  }
}
