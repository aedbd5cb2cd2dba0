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
