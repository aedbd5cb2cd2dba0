import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzRuns, propertyTimeout } from "../property-runs.js";
import { collapseMapped } from "../../src/ingest/collapse.js";

// Property tests: a time limit for a loaded machine (see tests/property-runs.ts), not a measure.
const RUNS = fuzzRuns(3000);
vi.setConfig({ testTimeout: propertyTimeout(RUNS) });

// collapseMapped as it was written character by character (one string, a regex test and two pushes
// a character): the definition the run-by-run version keeps to.
function reference(chars: string, offs: readonly number[], keepLines: boolean): { text: string; offsets: Int32Array } {
  const outC: string[] = [];
  const outO: number[] = [];
  const isSpace = (c: string) => c === " " || c === "\t" || c === "\u00a0";
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k];
    if (keepLines) {
      if (isSpace(c)) {
        let m = k;
        while (m < chars.length && isSpace(chars[m])) m++;
        if (m < chars.length && chars[m] === "\n") {
          k = m - 1;
          continue;
        }
      }
      if (c === "\r") continue;
      outC.push(c);
      outO.push(offs[k]);
    } else if (/\s/.test(c)) {
      if (outC.length && outC[outC.length - 1] !== " ") {
        outC.push(" ");
        outO.push(offs[k]);
      }
    } else {
      outC.push(c);
      outO.push(offs[k]);
    }
  }
  let s = 0;
  let e = outC.length;
  if (keepLines) while (s < e && outC[s] === "\n") s++;
  while (e > s && /\s/.test(outC[e - 1])) e--;
  while (!keepLines && s < e && outC[s] === " ") s++;
  return { text: outC.slice(s, e).join(""), offsets: Int32Array.from(outO.slice(s, e)) };
}

const offsetsOf = (s: string) => Array.from(s, (_, i) => 100 + i * 2);

describe("collapseMapped", () => {
  it.each([
    ["runs of white space are one space, at the run's first offset", "  a \t\n b\u00a0\u2003c  ", false, "a b c", [104, 106, 114, 116, 120]],
    ["<pre>: blanks before a line break go, CRs and leading line breaks go", "\n\nx \t\ny\r\nz  ", true, "x\ny\nz", [104, 110, 112, 116, 118]],
    ["<pre>: blanks before a CR stay (the CR goes)", "x  \r\ny", true, "x  \ny", [100, 102, 104, 108, 110]],
    ["<pre>: blanks inside a line stay", "a  b", true, "a  b", [100, 102, 104, 106]],
    ["nothing but white space", " \n\t ", false, "", []],
  ])("%s", (_name, chars, keep, text, offsets) => {
    const r = collapseMapped(chars, offsetsOf(chars), keep);
    expect(r.text).toBe(text);
    expect(Array.from(r.offsets)).toEqual(offsets);
    expect(r).toEqual(reference(chars, offsetsOf(chars), keep));
  });

  it("keeps to its character-by-character definition on any text", () => {
    const pieces = fc.constantFrom("a", "Bc", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\n", "\r\n", "\r", "\u000b", "\f", "\ufeff", "\u2028", "\ud83d\ude00", "\ud83d");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join("")), fc.boolean(), (chars, keep) => {
        expect(collapseMapped(chars, offsetsOf(chars), keep)).toEqual(reference(chars, offsetsOf(chars), keep));
      }),
      { numRuns: RUNS },
    );
  });

  it("stays linear on a long run of blanks inside a <pre> line", () => {
    const chars = `a${" ".repeat(200_000)}b`;
    const r = collapseMapped(chars, offsetsOf(chars), true);
    expect(r.text.length).toBe(chars.length);
  });
});
