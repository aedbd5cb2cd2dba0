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

/**
 * Shingles of many documents in two flat arrays: document d's distinct shingle hashes are
 * hashes[start[d] .. start[d + 1]). A million small typed arrays would cost more than the data.
 */
export type Shingles = { readonly start: Int32Array; readonly hashes: Uint32Array };

export class ShingleBuilder {
  private hashes = new Uint32Array(1 << 16);
  private starts: number[] = [0];
  private used = 0;

  /** Add one document from its words' hashes; its n-grams (the whole text when shorter) are kept once each. */
  add(wordHashes: ArrayLike<number>, n: number): void {
    const count = Math.max(1, wordHashes.length - n + 1);
    if (this.used + count > this.hashes.length) {
      const bigger = new Uint32Array(Math.max(this.hashes.length * 2, this.used + count));
      bigger.set(this.hashes.subarray(0, this.used));
      this.hashes = bigger;
    }
    const from = this.used;
    for (let i = 0; i < count; i++) {
      let h = FNV_OFFSET ^ n;
      for (let k = i; k < Math.min(i + n, wordHashes.length); k++) {
        h ^= wordHashes[k];
        h = Math.imul(h, FNV_PRIME);
        h ^= h >>> 15;
      }
      this.hashes[from + i] = h >>> 0;
    }
    const doc = this.hashes.subarray(from, from + count);
    doc.sort();
    let w = 0;
    for (let i = 0; i < count; i++) if (i === 0 || doc[i] !== doc[i - 1]) doc[w++] = doc[i];
    this.used = from + w;
    this.starts.push(this.used);
  }

  build(): Shingles {
    return { start: Int32Array.from(this.starts), hashes: this.hashes.slice(0, this.used) };
  }
}

export const shingleCount = (s: Shingles, d: number) => s.start[d + 1] - s.start[d];

export type ShingleIndex = {
  readonly shingles: Shingles;
  /** Bucket b holds postings[offsets[b] .. offsets[b+1]). */
  readonly offsets: Int32Array;
  readonly postingDoc: Int32Array;
  readonly postingHash: Uint32Array;
  readonly mask: number;
};

export function buildIndex(shingles: Shingles): ShingleIndex {
  const { start, hashes } = shingles;
  const docs = start.length - 1;
  const total = hashes.length;
  let buckets = 1024;
  // About one bucket a posting: a different shingle in the same bucket is told apart by its hash.
  while (buckets < total && buckets < 1 << 25) buckets <<= 1;
  const mask = buckets - 1;
  const offsets = new Int32Array(buckets + 1);
  for (let i = 0; i < total; i++) offsets[(hashes[i] & mask) + 1]++;
  for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
  const postingDoc = new Int32Array(total);
  const postingHash = new Uint32Array(total);
  // Fill through the offsets themselves (each moves to its bucket's end), then shift them back one
  // place: no second array of 2^25 counters at a million quotes.
  for (let doc = 0; doc < docs; doc++) {
    for (let i = start[doc]; i < start[doc + 1]; i++) {
      const at = offsets[hashes[i] & mask]++;
      postingDoc[at] = doc;
      postingHash[at] = hashes[i];
    }
  }
  offsets.copyWithin(1, 0, buckets);
  offsets[0] = 0;
  return { shingles, offsets, postingDoc, postingHash, mask };
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
  const { start, hashes } = index.shingles;
  const n = start.length - 1;
  const stamp = new Int32Array(n).fill(-1);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let a = 0; a < n; a++) {
    touched.length = 0;
    for (let i = start[a]; i < start[a + 1]; i++) {
      const h = hashes[i];
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
