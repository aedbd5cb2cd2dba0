import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzRuns, propertyTimeout } from "../property-runs.js";
import { isHardWrapped, reflow, scratchOffsets } from "../../src/ingest/reflow.js";

// Property tests: a time limit for a loaded machine (see tests/property-runs.ts), not a measure.
const RUNS = fuzzRuns(2000);
vi.setConfig({ testTimeout: propertyTimeout(RUNS) });

describe("reflow", () => {
  const wrapped = "The first line of a wrapped \nparagraph goes on here and \nends on this line.\n\nA second paragraph \nthat is also wrapped \nover three lines.\n";

  it("joins hard-wrapped lines into paragraphs", () => {
    const r = reflow(wrapped);
    expect(r.text).toBe(
      "The first line of a wrapped paragraph goes on here and ends on this line.\n\nA second paragraph that is also wrapped over three lines.",
    );
    expect(r.paragraphs).toHaveLength(2);
  });

  it("maps every kept character back to its source offset", () => {
    const r = reflow(wrapped);
    for (let i = 0; i < r.text.length; i++) {
      const ch = r.text[i];
      if (ch !== " " && ch !== "\n") expect(wrapped[r.offsets[i]]).toBe(ch);
    }
  });

  it("keeps one paragraph a line when lines are long", () => {
    const long = "x".repeat(150);
    const r = reflow(`${long} one.\n${long} two.\n${long} three.\n`);
    expect(r.paragraphs).toHaveLength(3);
  });

  it("collapses blank runs, drops NUL and keeps each character's offset, on any text", () => {
    // The definition, line by line for hard-wrapped text: trim, blank runs to one space, NUL out,
    // lines of a block joined by a space, blocks by a blank line.
    const TRIM = /^[\0 \t\u00a0\f\v\r\u2003]+|[\0 \t\u00a0\f\v\r\u2003]+$/g;
    const ref = (src: string): string =>
      src
        .split("\n")
        .map((l) => l.replace(TRIM, "").replace(/[ \t\u00a0]+/g, " ").replace(/\0/g, ""))
        .join("\n")
        .split(/\n(?:\n)+/)
        .map((block) => block.split("\n").filter((l) => l).join(" "))
        .filter((b) => b)
        .join("\n\n");
    const pieces = fc.constantFrom("a", "Bc", "word", "end.", " ", "  ", "\t", "\u00a0", "\u0000", " \u0000 ", "\u2003", "\n", "\n\n", "\r\n", "x y");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join("")), (src) => {
        const r = reflow(src, 0, src.length, true);
        expect(r.text).toBe(ref(src));
        for (let i = 0; i < r.text.length; i++) {
          const ch = r.text[i]!;
          if (ch !== " " && ch !== "\n") expect(src[r.offsets[i]!]).toBe(ch);
          else if (ch === " " && r.text[i + 1] !== "\n" && i > 0 && r.text[i - 1] !== "\n") expect(" \t\u00a0\n\r\u0000\u2003").toContain(src[r.offsets[i]!]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // reflow measures its lines in place to tell whether the text is hard-wrapped; isHardWrapped
  // measures them as strings. Both must decide alike, on lines ending in any white space.
  it("decides hard wrapping as isHardWrapped does on the lines as strings", () => {
    const pieces = fc.constantFrom("word ", "x".repeat(60), "x".repeat(120), " ", "\t", "\u00a0", "\u2003", "\u3000", "\r", "\n", "\n\n", "\u000b", "\u0000", "end.");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }).map((a) => a.join("")), (src) => {
        const lines = src.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
        expect(reflow(src)).toEqual(reflow(src, 0, src.length, isHardWrapped(lines)));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["a tab", "a\tb", "a b"],
    ["a no-break space", "a\u00a0b", "a b"],
    ["two spaces", "a  b", "a b"],
    ["a space then a tab", "a \tb c", "a b c"],
    ["one space stays in the run", "a b  c", "a b c"],
    ["NUL dropped", "a\u0000b", "ab"],
    ["blanks before the line end", "a b  \nc", "a b c"],
  ])("ends a run of ordinary characters at %s", (_name, src, want) => {
    const r = reflow(src, 0, src.length, true);
    expect(r.text).toBe(want);
    for (let i = 0; i < r.text.length; i++) if (r.text[i] !== " ") expect(src[r.offsets[i]!]).toBe(r.text[i]);
  });

  it("shares one working map up to its cap, and gives a longer text its own (scratchOffsets)", () => {
    const a = scratchOffsets(10);
    expect(a.length).toBeGreaterThanOrEqual(10);
    expect(scratchOffsets(5)).toBe(a);
    const b = scratchOffsets(a.length + 1);
    expect(b.length).toBeGreaterThan(a.length);
    expect(scratchOffsets(3)).toBe(b);
    const own = scratchOffsets(1 << 19);
    expect(own.length).toBe(1 << 19);
    expect(scratchOffsets(1 << 19)).not.toBe(own);
    expect(scratchOffsets(3)).toBe(b);
  });

  // The shared map keeps what the last text wrote: a text after a longer one must read none of it.
  it("maps a text alike whatever was reflowed before it", () => {
    const pieces = fc.constantFrom("word ", "x".repeat(60), " ", "\t", "\u00a0", "\r", "\n", "\n\n", "\u0000", "end.");
    const text = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, text, (first, second) => {
        const alone = reflow(second);
        const copy = { text: alone.text, offsets: Int32Array.from(alone.offsets), paragraphs: alone.paragraphs };
        reflow(first + first);
        // (Nor does the map it returned change: it is the text's own, not the shared one.)
        expect(alone.offsets).toEqual(copy.offsets);
        expect(reflow(second)).toEqual(copy);
      }),
      { numRuns: RUNS },
    );
  });
});
