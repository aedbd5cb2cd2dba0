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

describe("quotecheck conflicts --format json: why a corroboration was not counted", () => {
  // Two papers on one flood; `head` opens each story (a plain dateline, or the AP's), `b` is the
  // second paper's speaker.
  const run = (head: string, b: string) => {
    const dir = mkdtempSync(join(tmpdir(), "qc-not-independent-"));
    const story = (title: string, paper: string, who: string) =>
      `${title}\n\n${paper}, April 3, 2031\n\n${head} The river burst its banks in Riverton overnight.\n\n"Forty families were evacuated from the valley," ${who}.\n\nOfficials in Riverton said more rain was expected.\n`;
    writeFileSync(join(dir, "courier.txt"), story("Floods close the valley road", "Daily Courier", "the Interior Ministry said in a statement on Tuesday"));
    writeFileSync(join(dir, "herald.txt"), story("Riverton braces for more rain", "Valley Herald", b));
    const r = quotecheck(["conflicts", dir, "--format", "json", "--no-cache"]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { kind: string; ruleId: string; severity: string; explanation: string; claims: { speaker: string | null; text: string }[] }[];
    return { corroborations: out.filter((f) => f.kind === "corroboration"), notes: out.filter((f) => f.kind === "not-independent") };
  };

  it("must: a ministry and its own spokesman, listed after the findings with the claims and why", () => {
    const { corroborations, notes } = run("RIVERTON —", "said Tom Reyes, an Interior Ministry spokesman");
    expect(corroborations).toEqual([]);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      expect(n.ruleId).toBe("conflicts/not-independent");
      expect(n.severity).toBe("info");
      expect(n.explanation).toMatch(/not independently: Tom Reyes speaks for the Interior Ministry/);
      expect(n.claims.map((c) => c.speaker).sort()).toEqual(["Interior Ministry", "Tom Reyes"]);
    }
  });

  it("must: two papers printing one AP story", () => {
    const { corroborations, notes } = run("RIVERTON (AP) —", "said Tom Reyes, a farmer");
    expect(corroborations).toEqual([]);
    expect(notes.some((n) => /not independently: both carry Associated Press copy/.test(n.explanation))).toBe(true);
  });

  it("must-not: a farmer in another paper's own reporting is an independent source, no note", () => {
    const { corroborations, notes } = run("RIVERTON —", "said Tom Reyes, a farmer");
    expect(corroborations.length).toBeGreaterThan(0);
    expect(notes).toEqual([]);
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
