/**
 * An inverted index of word shingles (n-grams), built so that a million quotes fit in typed arrays:
 * every shingle is a 32-bit hash, postings are laid out by hash bucket (counting sort, no Map of
 * millions of keys), and candidate pairs come from shared shingles only, never from all pairs.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashWord(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Distinct hashes of the word n-grams of one text (the whole text when it is shorter than n). */
export function shingleHashes(wordHashes: readonly number[], n: number): Uint32Array {
  const count = Math.max(1, wordHashes.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = FNV_OFFSET ^ n;
    for (let k = i; k < Math.min(i + n, wordHashes.length); k++) {
      h ^= wordHashes[k];
      h = Math.imul(h, FNV_PRIME);
      h ^= h >>> 15;
    }
    out[i] = h >>> 0;
  }
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[w++] = out[i];
  return out.subarray(0, w);
}

export type ShingleIndex = {
  readonly docs: readonly Uint32Array[];
  /** Bucket b holds postings[offsets[b] .. offsets[b+1]). */
  readonly offsets: Int32Array;
  readonly postingDoc: Int32Array;
  readonly postingHash: Uint32Array;
  readonly mask: number;
};

export function buildIndex(docs: readonly Uint32Array[]): ShingleIndex {
  let total = 0;
  for (const d of docs) total += d.length;
  let buckets = 1024;
  while (buckets < total * 2 && buckets < 1 << 26) buckets <<= 1;
  const mask = buckets - 1;
  const offsets = new Int32Array(buckets + 1);
  for (const d of docs) for (let i = 0; i < d.length; i++) offsets[(d[i] & mask) + 1]++;
  for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
  const fill = offsets.slice(0, buckets);
  const postingDoc = new Int32Array(total);
  const postingHash = new Uint32Array(total);
  for (let doc = 0; doc < docs.length; doc++) {
    const d = docs[doc];
    for (let i = 0; i < d.length; i++) {
      const at = fill[d[i] & mask]++;
      postingDoc[at] = doc;
      postingHash[at] = d[i];
    }
  }
  return { docs, offsets, postingDoc, postingHash, mask };
}

/**
 * Calls `visit(a, b, shared)` once for each pair of documents (a < b) that share at least
 * `minShared(a, b)` shingles. Shingles held by more than `maxPostings` documents say nothing about
 * a pair ("one of the" in every quote) and are skipped, which also bounds the work per document.
 */
export function forEachCandidatePair(
  index: ShingleIndex,
  maxPostings: number,
  minShared: (a: number, b: number) => number,
  visit: (a: number, b: number, shared: number) => void,
): void {
  const n = index.docs.length;
  const stamp = new Int32Array(n).fill(-1);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let a = 0; a < n; a++) {
    const d = index.docs[a];
    touched.length = 0;
    for (let i = 0; i < d.length; i++) {
      const h = d[i];
      const b0 = index.offsets[h & index.mask];
      const b1 = index.offsets[(h & index.mask) + 1];
      if (b1 - b0 > maxPostings) continue;
      for (let p = b0; p < b1; p++) {
        const b = index.postingDoc[p];
        if (b <= a || index.postingHash[p] !== h) continue;
        if (stamp[b] !== a) {
          stamp[b] = a;
          shared[b] = 0;
          touched.push(b);
        }
        shared[b]++;
      }
    }
    for (const b of touched) if (shared[b] >= minShared(a, b)) visit(a, b, shared[b]);
  }
}
