import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { propertyTimeout } from "../property-runs.js";
import { packOffsets, unpackOffsets } from "../../src/cache/offsets.js";
import { articleFromText } from "../../src/ingest/index.js";

// Property tests: a time limit for a loaded machine (see tests/property-runs.ts), not a measure.
vi.setConfig({ testTimeout: propertyTimeout(300) });

describe("packed source offsets", () => {
  it("round-trips any offsets", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 300 }), (xs) => {
        const offsets = Int32Array.from(xs);
        expect(unpackOffsets(packOffsets(offsets))).toEqual(offsets);
      }),
      { numRuns: 300 },
    );
  });

  it("stores a reflowed article's offsets in a few runs", () => {
    const wrapped = Array.from({ length: 40 }, (_, i) => `Line ${i} of a hard-wrapped mail that goes on for a while,`).join("\n");
    const a = articleFromText(`${wrapped}\n\n${wrapped}\n`);
    expect(a.sourceOffsets).not.toBeNull();
    const packed = packOffsets(a.sourceOffsets!);
    expect(unpackOffsets(packed)).toEqual(a.sourceOffsets);
    // one run a joined line, not one entry a character
    expect(packed.length).toBeLessThan(a.sourceOffsets!.length / 10);
  });
});
