/**
 * Article source offsets are one Int32 per character but almost always run up by one (reflow only
 * breaks the run at joined lines and paragraph breaks), so the cache stores them as runs:
 * [value, length] pairs. A 6 KB article's 24 KB of offsets becomes a few hundred bytes.
 */
export function packOffsets(offsets: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  while (i < offsets.length) {
    const start = offsets[i];
    let n = 1;
    while (i + n < offsets.length && offsets[i + n] === start + n) n++;
    out.push(start, n);
    i += n;
  }
  return Int32Array.from(out);
}

export function unpackOffsets(runs: Int32Array): Int32Array {
  let len = 0;
  for (let k = 1; k < runs.length; k += 2) len += runs[k];
  const out = new Int32Array(len);
  let i = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k];
    const n = runs[k + 1];
    for (let j = 0; j < n; j++) out[i++] = start + j;
  }
  return out;
}
