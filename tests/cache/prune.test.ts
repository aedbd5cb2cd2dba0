import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CACHE_FORMAT, cacheKey, cacheMaxBytes, openCache, pruneCache } from "../../src/cache/index.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "qc-prune-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HOUR = 60 * 60 * 1000;
const NOW = Date.parse("2026-06-01T12:00:00Z");
const key = (n: number) => cacheKey({ contentSha256: String(n), id: "a.txt", variant: "quotes", engine: "e1" });
const pathOf = (k: string) => join(dir, `v${CACHE_FORMAT}`, k.slice(0, 2), `${k}.bin`);
const setTime = (p: string, ms: number) => utimesSync(p, new Date(ms), new Date(ms));
/** Entries 0..n-1 of about `bytes` each, entry i last used i hours after a day before NOW. */
function fill(n: number, bytes: number): string[] {
  const c = openCache(dir);
  const keys = Array.from({ length: n }, (_, i) => key(i));
  keys.forEach((k, i) => {
    c.put(k, { pad: "x".repeat(bytes), i });
    setTime(pathOf(k), NOW - 24 * HOUR + i * HOUR);
  });
  return keys;
}

describe("cache pruning", () => {
  it("drops the least recently used entries until the cache is under 80% of the limit", () => {
    const keys = fill(10, 10_000);
    const one = statSync(pathOf(keys[0]!)).size;
    const r = pruneCache(dir, { maxBytes: one * 5, now: NOW });
    expect(r.ran).toBe(true);
    // 10 entries, limit 5, target 4: the six oldest go.
    expect(r.removedEntries).toBe(6);
    expect(keys.map((k) => existsSync(pathOf(k)))).toEqual([false, false, false, false, false, false, true, true, true, true]);
    expect(r.keptBytes).toBe(keys.slice(6).reduce((n, k) => n + statSync(pathOf(k)).size, 0));
  });

  it("keeps an old entry that was read recently (a hit refreshes its time)", () => {
    const keys = fill(4, 10_000);
    const one = statSync(pathOf(keys[0]!)).size;
    expect(openCache(dir).get(keys[0]!)).toEqual({ pad: "x".repeat(10_000), i: 0 });
    // The hit set entry 0's time to the real clock, later than every made-up time above.
    pruneCache(dir, { maxBytes: one * 2, now: Date.now() + HOUR });
    expect(existsSync(pathOf(keys[0]!))).toBe(true);
    expect(existsSync(pathOf(keys[1]!))).toBe(false);
  });

  it("leaves a cache under its limit alone, but drops other formats and stale temporary files", () => {
    const keys = fill(3, 1_000);
    mkdirSync(join(dir, "v1", "ab"), { recursive: true });
    writeFileSync(join(dir, "v1", "ab", "old.bin"), "old format");
    const sub = join(dir, `v${CACHE_FORMAT}`, keys[0]!.slice(0, 2));
    writeFileSync(join(sub, "x.bin.123.ab.tmp"), "crashed write");
    setTime(join(sub, "x.bin.123.ab.tmp"), NOW - 2 * HOUR);
    writeFileSync(join(sub, "y.bin.456.cd.tmp"), "write in progress");
    setTime(join(sub, "y.bin.456.cd.tmp"), NOW - 60_000);
    const r = pruneCache(dir, { maxBytes: 1e9, now: NOW });
    expect(r.ran).toBe(true);
    expect(keys.every((k) => existsSync(pathOf(k)))).toBe(true);
    expect(existsSync(join(dir, "v1"))).toBe(false);
    expect(readdirSync(sub)).not.toContain("x.bin.123.ab.tmp");
    expect(readdirSync(sub)).toContain("y.bin.456.cd.tmp");
  });

  it("runs at most once a day unless forced", () => {
    const keys = fill(4, 10_000);
    const one = statSync(pathOf(keys[0]!)).size;
    expect(pruneCache(dir, { maxBytes: 1e9, now: NOW }).ran).toBe(true);
    const again = pruneCache(dir, { maxBytes: one, now: NOW + HOUR });
    expect(again.ran).toBe(false);
    expect(keys.every((k) => existsSync(pathOf(k)))).toBe(true);
    expect(pruneCache(dir, { maxBytes: one, now: NOW + 25 * HOUR }).removedEntries).toBe(4);
    expect(pruneCache(dir, { maxBytes: one, now: NOW + 25 * HOUR, force: true }).ran).toBe(true);
  });

  it("does not throw on a missing or empty cache directory", () => {
    expect(pruneCache(join(dir, "none"), { maxBytes: 1, now: NOW }).removedEntries).toBe(0);
    expect(pruneCache(dir, { maxBytes: 1, now: NOW }).keptBytes).toBe(0);
  });

  it("reads the limit from QUOTECHECK_CACHE_MAX_MB, with a default for anything else", () => {
    expect(cacheMaxBytes({ QUOTECHECK_CACHE_MAX_MB: "50" })).toBe(50e6);
    expect(cacheMaxBytes({})).toBe(1024e6);
    expect(cacheMaxBytes({ QUOTECHECK_CACHE_MAX_MB: "lots" })).toBe(1024e6);
    expect(cacheMaxBytes({ QUOTECHECK_CACHE_MAX_MB: "-3" })).toBe(1024e6);
  });
});
