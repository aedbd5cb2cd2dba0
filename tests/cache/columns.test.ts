import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { propertyTimeout } from "../property-runs.js";
import { fromColumns, toColumns } from "../../src/cache/columns.js";

// Property tests: a time limit for a loaded machine (see tests/property-runs.ts), not a measure.
vi.setConfig({ testTimeout: propertyTimeout(300) });

const roundTrip = (v: unknown) => fromColumns(structuredClone(toColumns(v)));

// Equal as the cache must give it back: same keys in the same order, -0 kept, undefined kept apart
// from a missing key, typed arrays with their type.
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (ArrayBuffer.isView(a)) return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from((b as Int32Array).buffer, (b as Int32Array).byteOffset, (b as Int32Array).byteLength));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

describe("columnar cache values", () => {
  it("gives back a report-like value exactly", () => {
    const span = (start: number, end: number) => ({ start, end });
    const value = {
      schemaVersion: "1.0",
      quotes: [
        { id: "a:q1", text: "We will “rebuild”", span: span(0, 10), speaker: "Ann Lee", role: null, mentionSpan: null, truncated: false },
        { id: "a:q2", text: "Später", span: span(12, 20), speaker: null, role: "mayor", mentionSpan: span(1, 3), truncated: true },
      ],
      claims: [{ topics: ["x", "y"], numbers: [{ value: 2.5, counts: null, raw: "2.5" }], speakerId: undefined }, { topics: [], numbers: [], kind: "direct" }],
      offsets: [new Int32Array([0, 5, 9, 3]), null],
      mixed: [1, -0, 2 ** 40, NaN, Infinity, "1", true, false, null, undefined, [], {}, [[1, [2]]]],
    };
    expect(same(roundTrip(value), value)).toBe(true);
    expect(roundTrip(value)).toEqual(value);
  });

  it("keeps each object's own key order, and keys like __proto__ as plain keys", () => {
    const value = [{ a: 1, b: 2 }, { b: 3, a: 4 }, JSON.parse('{"__proto__": {"x": 1}, "y": 2}'), { "": "empty key", "a\u0000b": "nul" }, { a: 1 }];
    const back = roundTrip(value) as Record<string, unknown>[];
    expect(back.map((o) => Object.keys(o))).toEqual(value.map((o) => Object.keys(o)));
    expect(Object.getPrototypeOf(back[2])).toBe(Object.prototype);
    expect(same(back, value)).toBe(true);
  });

  it("round-trips any JSON-like value (property)", () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("v"), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 4 }), tie("v"), { maxKeys: 5, noNullPrototype: true })),
    })).v;
    fc.assert(fc.property(fc.array(value, { maxLength: 8 }), (v) => same(roundTrip(v), v)), { numRuns: 300 });
  });

  it("refuses a value nested without end, and anything that is not its own output", () => {
    const deep: unknown[] = [];
    let cur = deep;
    for (let i = 0; i < 100; i++) cur.push((cur = []));
    expect(() => toColumns(deep)).toThrow(/nested/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => toColumns(cyclic)).toThrow(/nested/);
    const good = toColumns([{ a: "x", b: 1 }, { a: "y", b: 2 }]);
    expect(() => fromColumns(null)).toThrow();
    expect(() => fromColumns({ ...good, ends: new Uint32Array([99]) })).toThrow();
    expect(() => fromColumns({ ...good, root: { ...good.root, n: 2 } })).toThrow();
    expect(() => fromColumns({ ...good, text: "" })).toThrow();
  });
});
