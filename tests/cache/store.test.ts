import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheDir, cacheEnabled, cacheKey, openCache } from "../../src/cache/index.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "qc-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entryFiles = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? entryFiles(join(d, e.name)) : [join(d, e.name)]));

const key = (content: string, id = "a.txt") => cacheKey({ contentSha256: content, id, variant: "quotes", engine: "e1" });

describe("cache store", () => {
  it("returns what was put, typed arrays included", () => {
    const c = openCache(dir);
    const value = { text: "Hello “world”", offsets: new Int32Array([0, 1, 2, 5]), nested: [{ a: null }] };
    expect(c.get(key("x"))).toBeUndefined();
    c.put(key("x"), value);
    const back = openCache(dir).get(key("x"));
    expect(back).toEqual(value);
    expect((back as typeof value).offsets).toBeInstanceOf(Int32Array);
  });

  it("writes in the background with putLater, readable once flushed, with nothing left behind", async () => {
    const c = openCache(dir);
    for (let i = 0; i < 20; i++) c.putLater(key(`k${i}`), { i, text: "“quoted”" });
    expect(c.pending).toBeGreaterThan(0);
    await c.flush();
    expect(c.pending).toBe(0);
    expect(c.stats.writes).toBe(20);
    const back = openCache(dir);
    for (let i = 0; i < 20; i++) expect(back.get(key(`k${i}`))).toEqual({ i, text: "“quoted”" });
    expect(entryFiles(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("counts a background write that cannot be made, and throws nothing", async () => {
    // The cache folder is a file: no entry can be written under it.
    const file = join(dir, "not-a-dir");
    writeFileSync(file, "x");
    const c = openCache(file);
    c.putLater(key("x"), { v: 1 });
    await c.flush();
    expect(c.stats.writes).toBe(0);
    expect(c.stats.writeErrors).toBe(1);
    expect(c.get(key("x"))).toBeUndefined();
  });

  it("misses when the content hash, path or engine differ", () => {
    const c = openCache(dir);
    c.put(key("x"), { v: 1 });
    expect(c.get(key("y"))).toBeUndefined();
    expect(c.get(key("x", "b.txt"))).toBeUndefined();
    expect(c.get(cacheKey({ contentSha256: "x", id: "a.txt", variant: "quotes", engine: "e2" }))).toBeUndefined();
    expect(c.get(cacheKey({ contentSha256: "x", id: "a.txt", variant: "articles", engine: "e1" }))).toBeUndefined();
    expect(c.get(key("x"))).toEqual({ v: 1 });
  });

  it.each([
    ["truncated", (b: Buffer) => b.subarray(0, b.length - 3)],
    ["one byte flipped", (b: Buffer) => Buffer.concat([b.subarray(0, b.length - 2), Buffer.from([b[b.length - 2] ^ 0xff]), b.subarray(b.length - 1)])],
    ["empty", () => Buffer.alloc(0)],
    ["garbage", () => Buffer.from("not a cache entry at all")],
  ])("ignores a %s entry and rewrites it on the next put", (_name, spoil) => {
    const c = openCache(dir);
    c.put(key("x"), { v: "kept" });
    const [file] = entryFiles(dir);
    writeFileSync(file, spoil(readFileSync(file)));
    expect(c.get(key("x"))).toBeUndefined();
    expect(c.stats.corrupt).toBe(1);
    c.put(key("x"), { v: "again" });
    expect(c.get(key("x"))).toEqual({ v: "again" });
  });

  it("writes through a temporary file and leaves none behind", () => {
    const c = openCache(dir);
    for (let i = 0; i < 20; i++) c.put(key(String(i)), { i });
    const files = entryFiles(dir);
    expect(files).toHaveLength(20);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("never throws when the directory cannot be written", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const c = openCache(join(file, "under-a-file"));
    expect(() => c.put(key("x"), { v: 1 })).not.toThrow();
    expect(c.stats.writeErrors).toBe(1);
    expect(c.get(key("x"))).toBeUndefined();
  });
});

describe("cache location", () => {
  it("prefers QUOTECHECK_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache", () => {
    expect(cacheDir({ QUOTECHECK_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe("/c");
    expect(cacheDir({ XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe(join("/x", "quotecheck"));
    expect(cacheDir({ HOME: "/h" })).toBe(join("/h", ".cache", "quotecheck"));
  });

  it("is off with --no-cache or QUOTECHECK_NO_CACHE=1", () => {
    expect(cacheEnabled({}, undefined)).toBe(true);
    expect(cacheEnabled({}, true)).toBe(false);
    expect(cacheEnabled({ QUOTECHECK_NO_CACHE: "1" }, undefined)).toBe(false);
    expect(cacheEnabled({ QUOTECHECK_NO_CACHE: "0" }, undefined)).toBe(true);
  });

  // QUOTECHECK_NO_CACHE=no turned the cache off: only a value that says yes does.
  it.each([
    ["1", false], ["yes", false], ["true", false], ["on", false], ["TRUE", false],
    ["0", true], ["false", true], ["no", true], ["off", true], ["No", true], [" off ", true], ["", true],
  ])("QUOTECHECK_NO_CACHE=%j: cache on is %s", (v, on) => {
    expect(cacheEnabled({ QUOTECHECK_NO_CACHE: v }, undefined)).toBe(on);
    expect(cacheEnabled({ QUOTECHECK_NO_CACHE: v }, true)).toBe(false);
  });
});
