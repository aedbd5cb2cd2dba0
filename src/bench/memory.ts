/*
 * Memory of a bench pass, beside its time: the resident set and V8's heap, sampled between the
 * pass's steps (an article, a file). A pass is synchronous between its steps, so a peak inside one
 * step is seen only when it is still held at the step's end; the process's own peak RSS
 * (resourceUsage().maxRSS) catches the rest but counts every pass before it in the same process.
 */

/** The highest resident set and heap used seen by `sample`, in MB. */
export type MemoryPeak = { readonly rssMB: number; readonly heapMB: number };

export type MemoryTracker = { readonly sample: () => void; readonly peak: () => MemoryPeak };

const MB = 1024 * 1024;

/**
 * A tracker that starts from a collected heap (when the process runs with --expose-gc, as the bench
 * does), so one pass's garbage is not counted in the next pass's peak.
 */
export function memoryTracker(): MemoryTracker {
  collect();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > rss) rss = m.rss;
    if (m.heapUsed > heap) heap = m.heapUsed;
  };
  sample();
  return { sample, peak: () => (sample(), { rssMB: Math.round(rss / MB), heapMB: Math.round(heap / MB) }) };
}

/** A full garbage collection when the process was started with --expose-gc; nothing otherwise. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** V8's heap in use after a full collection (when exposed), in MB: what the process still holds. */
export function heldHeapMB(): number {
  collect();
  return Math.round(process.memoryUsage().heapUsed / MB);
}
