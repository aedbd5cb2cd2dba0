import { describe, expect, it } from "vitest";
import { heapPeaks, memoryTracker } from "../../src/bench/memory.js";
import { DENSE_COMMANDS, denseMemory } from "../../src/bench/dense-memory.js";
import { commandLoaders } from "../../src/cli/commands/index.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { denseText } from "../../src/bench/dense.js";

/** A full collection in a process started without --expose-gc (the flag set, then gc read from a fresh context). */
function fullGc(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

// The bench's memory columns: measured sizes, never times.
describe("bench memory", () => {
  it("must: a pass's peak heap counts what it held between its steps", () => {
    const mem = memoryTracker();
    const before = mem.peak().heapMB;
    const held = Array.from({ length: 4_000_000 }, (_, i) => i + 0.5); // some 32 MB of doubles
    mem.sample();
    expect(mem.peak().heapMB).toBeGreaterThanOrEqual(before + 25);
    expect(held.length).toBe(4_000_000);
  });
  it("must not: a new tracker counts the garbage of the pass before it (it starts from its own sample)", () => {
    const first = memoryTracker();
    first.sample();
    const second = memoryTracker();
    expect(second.peak().rssMB).toBeGreaterThan(0);
    expect(second.peak().heapMB).toBeLessThanOrEqual(first.peak().heapMB + 40);
  });
  it("must: heapPeaks counts what one step held before it was dropped, with no sample taken inside it", () => {
    // (From a collected heap: the garbage of the tests before would otherwise count in `before` and
    // could be collected during the step.)
    fullGc();
    const before = Math.round(process.memoryUsage().heapUsed / (1024 * 1024));
    const heap = heapPeaks();
    const step = () => {
      // Some 64 MB of doubles, held until the step ends, then garbage; made in pieces so collections run meanwhile.
      const parts = Array.from({ length: 8 }, () => Array.from({ length: 1_000_000 }, (_, i) => i + 0.5));
      return parts.reduce((n, p) => n + p.length, 0);
    };
    expect(step()).toBe(8_000_000);
    // A full collection drops the step's garbage, so the heap in use at the end no longer shows it.
    fullGc();
    const after = Math.round(process.memoryUsage().heapUsed / (1024 * 1024));
    const { peakHeapMB, heldHeapMB } = heap.stop();
    expect(after).toBeLessThan(before + 40);
    expect(peakHeapMB).toBeGreaterThanOrEqual(before + 40);
    // Held is what a full collection left, never more than the peak. (Not "below before + 40": a full
    // collection V8 runs inside the step, while its arrays are still live, rightly counts them held;
    // that made this row fail now and then in the full suite.)
    expect(heldHeapMB).toBeLessThanOrEqual(peakHeapMB);
  });
  it("must: heapPeaks' held heap counts what is still live at a full collection", () => {
    fullGc();
    const before = Math.round(process.memoryUsage().heapUsed / (1024 * 1024));
    const heap = heapPeaks();
    const kept = Array.from({ length: 8 }, () => Array.from({ length: 1_000_000 }, (_, i) => i + 0.5));
    fullGc();
    const { peakHeapMB, heldHeapMB } = heap.stop();
    expect(kept.reduce((n, p) => n + p.length, 0)).toBe(8_000_000);
    expect(heldHeapMB).toBeGreaterThanOrEqual(before + 40);
    expect(peakHeapMB).toBeGreaterThanOrEqual(heldHeapMB);
  });
  it("must: every command the dense section measures is a command, and one runs over a small dense story", async () => {
    for (const c of DENSE_COMMANDS) expect(commandLoaders.some((l) => l.name === c[0])).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "qc-dense-"));
    try {
      const file = join(dir, "dense.txt");
      writeFileSync(file, denseText(20_000));
      const row = await denseMemory(file, 0.02, ["report", "--format", "html"]);
      expect(row.exit).toBe(0);
      expect(Number(row.outputMB)).toBeGreaterThan(0.1);
      expect(Number(row.peakRssMB)).toBeGreaterThan(0);
      expect(Number(row.peakHeapMB)).toBeGreaterThanOrEqual(Number(row.heldHeapMB));
      expect(Number(row.peakHeapMB)).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
