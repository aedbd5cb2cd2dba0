import { describe, expect, it } from "vitest";
import { wordNorms } from "../../src/align/words.js";
import type { Finding } from "../../src/model/index.js";
import { analyse } from "./fixtures.js";
import { goldConflicts, palmyra, type GoldConflict } from "./palmyra-fixture.js";

/**
 * The must-show of issue 4 on the Palmyra gold quotes: the conflict stage is run on the gold
 * quotations (as the quote engine should find them), not on hand-picked claims.
 */
const overlap = (a: string, b: string) => {
  const x = new Set(wordNorms(a));
  const y = wordNorms(b);
  const shared = y.filter((w) => x.has(w)).length;
  return shared / Math.min(x.size, y.length);
};

/** Gold claims of `g` that `f` names (same article, mostly the same words). */
function matched(g: GoldConflict, f: Finding) {
  return g.claims.filter((gc) => f.claims.some((c) => c.article === gc.article && overlap(gc.text, c.text) >= 0.8));
}

const found = (g: GoldConflict, fs: readonly Finding[]) =>
  fs.find((f) => {
    const m = matched(g, f);
    const speakers = new Set(f.claims.filter((c) => m.some((gc) => c.article === gc.article && overlap(gc.text, c.text) >= 0.8)).map((c) => c.speaker));
    return m.length >= 2 && speakers.size >= 2;
  });

describe("Palmyra gold conflicts", () => {
  const { articles, quotes } = palmyra();
  const r = analyse(articles, quotes);
  const gold = goldConflicts();

  it.each(gold.filter((g) => g.must))("finds the must conflict $id with two claims from two speakers", (g) => {
    const f = found(g, r.findings);
    expect(f, `no finding for ${g.id}`).toBeDefined();
    expect(f!.kind).toBe("contradiction");
  });

  // A claim whose participants are named only around it ("many of these also deserted", "The
  // government is not allowing us.") is on its side too.
  it.each(gold.filter((g) => g.must))("names every claim of the must conflict $id", (g) => {
    const f = found(g, r.findings);
    expect(f, `no finding for ${g.id}`).toBeDefined();
    expect(matched(g, f!).map((c) => c.text)).toEqual(g.claims.map((c) => c.text));
  });

  it.each(gold.filter((g) => g.type === "corroboration" && g.claims.every((c) => quotes.some((q) => overlap(c.text, q.text) >= 0.8))))(
    "finds the corroboration $id",
    (g) => {
      expect(found(g, r.findings.filter((f) => f.kind === "corroboration"))).toBeDefined();
    },
  );

  it("has at most five findings beyond the gold ones, each with a one-sentence explanation", () => {
    const others = r.findings.filter((f) => !gold.some((g) => found(g, [f])));
    expect(others.length).toBeLessThanOrEqual(5);
    for (const f of r.findings) {
      expect(f.explanation).toMatch(/\.$/);
      expect(f.claims.length).toBeGreaterThan(0);
    }
  });

  it("merges state media across the two outlets and keeps people who share a first name apart", () => {
    const state = r.speakers.filter((s) => /state (television|news media)/i.test([s.name, ...s.aliases].join(" ")));
    expect(state).toHaveLength(1);
    expect(state[0].outlets).toEqual(["The Daily Beast", "The New York Times"]);
    const khaleds = r.speakers.filter((s) => s.name.startsWith("Khaled "));
    expect(khaleds.length).toBe(2);
  });

  it("reads the reporters' judgements on state media claims", () => {
    const judged = r.claims.filter((c) => c.judgement).map((c) => c.judgement);
    expect(judged).toEqual(expect.arrayContaining(["made false claims", "incorrectly declared", "belied"]));
    expect(judged).toHaveLength(3);
  });
});
