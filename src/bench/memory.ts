import { GCProfiler, getHeapStatistics } from "node:v8";
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

/** The heap's peaks over a stretch of work, in MB (heapPeaks). */
export type HeapPeaks = { readonly peakHeapMB: number; readonly heldHeapMB: number };

/**
 * V8's own record of every collection between the call and `stop` (v8.GCProfiler): `peakHeapMB` the
 * most heap in use before a collection or at the end (garbage not yet collected counts, as it does
 * toward Node's heap limit), `heldHeapMB` the most still in use after a full (mark-compact)
 * collection, what the work held. Sampling between steps (memoryTracker) sees neither inside one
 * step: a report's views were built and dropped inside one.
 */
export function heapPeaks(): { readonly stop: () => HeapPeaks } {
  const profiler = new GCProfiler();
  profiler.start();
  return {
    stop: () => {
      const now = getHeapStatistics().used_heap_size;
      const stats = profiler.stop()?.statistics ?? [];
      let peak = now;
      let held = 0;
      for (const s of stats) {
        peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize);
        if (s.gcType === "MarkSweepCompact") held = Math.max(held, s.afterGC.heapStatistics.usedHeapSize);
      }
      return { peakHeapMB: Math.round(peak / MB), heldHeapMB: Math.round(held / MB) };
    },
  };
}
