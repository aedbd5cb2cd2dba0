import { describe, expect, it } from "vitest";
import { streamed, jsonChunks } from "../../src/report/json-chunks.js";
import { formatterNamed } from "../../src/report/registry.js";
import { sampleReport } from "./sample-report.js";

// The JSON report is written in pieces (a dense 49 MB story's report was over V8's longest string):
// the pieces joined must be exactly what JSON.stringify(value, null, 2) writes.
describe("jsonChunks", () => {
  const cases: [string, unknown][] = [
    ["empty object", {}],
    ["empty arrays and nested empties", { a: [], b: {}, c: [[], {}], d: [{}] }],
    ["scalars", { s: "x", n: 1.5, t: true, f: false, z: null }],
    ["undefined values are left out, in arrays null", { u: undefined, a: [undefined, 1, () => 1], k: 2 }],
    ["strings holding line feeds and quotes", { text: "one\ntwo “three”\r\n", list: ["a\nb", { x: "\n" }] }],
    ["arrays of objects two levels down", { quotes: [{ id: "q1", span: { start: 0, end: 4 } }, { id: "q2", span: null }], n: [1, [2, [3]]] }],
    ["a top-level array", [{ a: 1 }, [], "s"]],
    ["a scalar", "just text"],
    ["an object with toJSON", { d: new Date(0), nested: [{ d: new Date(1) }] }],
  ];
  for (const [what, value] of cases) {
    it(`joins to JSON.stringify's text: ${what}`, () => {
      expect([...jsonChunks(value)].join("")).toBe(JSON.stringify(value, null, 2));
    });
  }

  it("gives one piece an element of the top-level arrays, not one for the whole value", () => {
    const value = { quotes: Array.from({ length: 50 }, (_, i) => ({ id: `q${i}` })), n: 1 };
    const pieces = [...jsonChunks(value)];
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(40);
  });

  it("the report's json formatter writes the same text in pieces as whole", () => {
    const json = formatterNamed("json")!;
    const report = sampleReport();
    expect(json.chunks).toBeDefined();
    const whole = json.format(report);
    expect([...json.chunks!(report)].join("")).toBe(whole);
    // JSON.stringify's layout, and the model's quotes under what the report adds to each (json-report.test.ts)
    const doc = JSON.parse(whole);
    expect(whole).toBe(JSON.stringify(doc, null, 2) + "\n");
    expect(doc.quotes.map(({ paragraph: _p, chain: _c, flags: _f, findings: _g, checks: _k, ...q }: Record<string, unknown>) => q)).toEqual(JSON.parse(JSON.stringify(report.quotes)));
    // and the model's findings under each finding's title and each claim's kind and paragraph (1.3)
    type F = { title: string; claims: Record<string, unknown>[] } & Record<string, unknown>;
    const findings = (doc.findings as F[]).map(({ title: _t, claims, ...f }) => ({ ...f, claims: claims.map(({ kind: _k, paragraph: _p, ...c }) => c) }));
    expect({ ...doc, quotes: [], findings, schemaVersion: "1.0" }).toEqual(JSON.parse(JSON.stringify({ ...report, quotes: [], articles: report.articles.map(({ sourceOffsets: _s, ...a }) => a) })));
  });

  it.each([1, 2, 3])("must: a streamed array given its own depth writes its members' lists a member a piece, as JSON.stringify's text (standing at depth %i)", (depth) => {
    // An article of a dense story: its paragraph spans were one piece with its text.
    const article = { id: "a1", text: "one\ntwo", paragraphs: Array.from({ length: 200 }, (_, i) => ({ start: i * 10, end: i * 10 + 8 })) };
    const value = { n: 1, articles: streamed([article], (a) => a, 3) };
    const pieces = [...jsonChunks(value, depth)];
    expect(pieces.join("")).toBe(JSON.stringify({ n: 1, articles: [article] }, null, 2));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(80);
  });

  it.each([0, 1, 2, 3])("writes a streamed array as JSON.stringify writes the array it stands for (depth %i)", (depth) => {
    const made: number[] = [];
    const value = { a: streamed([1, 2, 3], (n) => (made.push(n), { n, twice: [n, n] })), empty: streamed([], (n) => n), b: [streamed(["x"], (s) => s)] };
    const want = { a: [1, 2, 3].map((n) => ({ n, twice: [n, n] })), empty: [], b: [["x"]] };
    expect(made).toEqual([]); // nothing made before it is written
    expect([...jsonChunks(value, depth)].join("")).toBe(JSON.stringify(want, null, 2));
    expect(made).toEqual([1, 2, 3]);
    expect(JSON.stringify(value)).toBe(JSON.stringify(want)); // and JSON.stringify makes it whole
  });
});
