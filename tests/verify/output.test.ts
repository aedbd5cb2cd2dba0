import { describe, expect, it } from "vitest";
import { verifySummary, type VerifyRun } from "../../src/verify/output.js";
import type { VerifyItem } from "../../src/verify/verify.js";

/** A run with `n` verbatim quotes, `skipped` reported statements and `sources` sources. */
const run = (n: number, skipped: number, sources: number): VerifyRun => ({
  result: {
    items: Array.from({ length: n }, () => ({ status: "verbatim" }) as unknown as VerifyItem),
    skipped: Array.from({ length: skipped }, (_, k) => ({ quoteId: `q${k}`, text: "that it rained", reason: "reported speech" })),
    counts: { verbatim: n, changed: 0, "other-speaker": 0, partial: 0, "not-found": 0 },
  },
  draft: "draft.txt",
  sources: Array.from({ length: sources }, (_, k) => `s${k}.txt`),
  articles: new Map(),
  texts: new Map(),
});

describe("verify's summary line counts in words that agree", () => {
  it.each([
    // quotes, reported statements skipped, sources, the line opens with, and says
    [1, 0, 1, "1 quote checked against 1 source:", ""],
    [2, 1, 3, "2 quotes checked against 3 sources:", "; 1 reported statement not checked word for word;"],
    [5, 2, 1, "5 quotes checked against 1 source:", "; 2 reported statements not checked word for word;"],
  ])("%i quotes, %i skipped, %i sources", (n, skipped, sources, opening, middle) => {
    const line = verifySummary(run(n, skipped, sources));
    expect(line.startsWith(opening)).toBe(true);
    expect(line).toContain(middle);
    expect(line).not.toMatch(/\b1 (quotes|sources|reported statements)\b/);
  });
});
