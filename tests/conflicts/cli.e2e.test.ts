import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { wordNorms } from "../../src/align/words.js";
import type { Finding } from "../../src/model/index.js";
import type { SpeakerRow } from "../../src/report/speakers.js";
import { quotecheck, requireBuild } from "../e2e/run-bin.js";
import { goldConflicts, type GoldConflict } from "./palmyra-fixture.js";

/**
 * `quotecheck conflicts` and `quotecheck speakers` as users run them: the built binary over the
 * embedded corpus, with the real extraction and attribution in front of the conflict stage.
 */
// Each run starts Node and loads the NLP model; on a shared two-core machine that takes seconds.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const overlap = (a: string, b: string) => {
  const x = new Set(wordNorms(a));
  const y = wordNorms(b);
  return y.filter((w) => x.has(w)).length / Math.max(1, Math.min(x.size, y.length));
};
const names = (g: GoldConflict["claims"][number], c: Finding["claims"][number]) => c.article === g.article && overlap(g.text, c.text) >= 0.8;

function matches(g: GoldConflict, f: Finding): boolean {
  const hit = f.claims.filter((c) => g.claims.some((gc) => names(gc, c)));
  const gold = g.claims.filter((gc) => f.claims.some((c) => names(gc, c)));
  return gold.length >= 2 && new Set(hit.map((c) => c.speaker)).size >= 2;
}

describe("quotecheck conflicts (built binary, corpus/)", () => {
  let findings: Finding[];
  let quotes: { article: string; text: string }[];
  const gold = goldConflicts();
  beforeAll(() => {
    requireBuild();
    const r = quotecheck(["conflicts", "--format", "json", "--no-cache"]);
    expect(r.code).toBe(0);
    findings = JSON.parse(r.stdout) as Finding[];
    quotes = JSON.parse(quotecheck(["extract", "--format", "json", "--no-cache"]).stdout) as { article: string; text: string }[];
  });

  it("prints findings with the documented fields", () => {
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["id", "kind", "severity", "explanation", "claims"]));
      for (const c of f.claims)
        expect(Object.keys(c)).toEqual(expect.arrayContaining(["speaker", "role", "outlet", "article", "published", "spokenOn", "text", "start", "end"]));
    }
  });

  it.each(gold.filter((g) => g.must).map((g) => [g.id, g] as const))("finds the must conflict %s", (_id, g) => {
    expect(findings.some((f) => f.kind === "contradiction" && matches(g, f))).toBe(true);
  });

  it.each(gold.filter((g) => g.type === "corroboration").map((g) => [g.id, g] as const))("extracts the claims of the corroboration %s and finds it", (_id, g) => {
    for (const gc of g.claims) expect(quotes.some((q) => q.article === gc.article && overlap(gc.text, q.text) >= 0.8), `not extracted: ${gc.text}`).toBe(true);
    expect(findings.some((f) => f.kind === "corroboration" && matches(g, f))).toBe(true);
  });

  it("reports at most five findings beyond the gold ones", () => {
    const others = findings.filter((f) => !gold.some((g) => matches(g, f)));
    expect(others.length).toBeLessThanOrEqual(5);
  });

  it("prints a table with each finding's claims side by side", () => {
    const r = quotecheck(["conflicts", "--no-cache"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ findings from \d+ claims/);
    expect(r.stdout).toContain("CONTRADICTION");
    expect(r.stdout).toContain("Khalil al-Hariri");
  });

  it("exits 2 with a usage error for an unknown format", () => {
    const r = quotecheck(["conflicts", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });

  it("finds nothing in a file with no quotes, and says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-conflicts-"));
    writeFileSync(join(dir, "plain.txt"), "The council met on Tuesday. The budget was approved.\n");
    const r = quotecheck(["conflicts", dir, "--no-cache"]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No conflicts or corroborations found/);
  });
});

describe("quotecheck speakers (built binary, corpus/)", () => {
  it("lists one identity per person with aliases, roles and outlets", () => {
    requireBuild();
    const r = quotecheck(["speakers", "--format", "json", "--no-cache"]);
    expect(r.code).toBe(0);
    const speakers = JSON.parse(r.stdout) as SpeakerRow[];
    const homsi = speakers.filter((s) => /Homsi/.test(s.name));
    expect(homsi).toHaveLength(1);
    expect(homsi[0].quoteCount).toBeGreaterThan(1);
    const khaleds = speakers.filter((s) => s.type === "person" && /^Khaled\b/.test(s.name));
    expect(khaleds.length).toBe(2);
    const state = speakers.filter((s) => s.type === "organisation" && /state/i.test(s.name));
    expect(state).toHaveLength(1);
    expect(state[0].outlets.length).toBe(2);
    const t = quotecheck(["speakers", "--no-cache"]);
    expect(t.stdout.split("\n")[0]).toMatch(/^speaker\s+type\s+quotes\s+outlets/);
  });
});
