import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentHashes, SETTLE_MS } from "../../src/cache/file-hashes.js";
import { openCache } from "../../src/cache/index.js";

let dir: string;
let files: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "qc-hashes-"));
  files = ["a.txt", "b.txt", "c.txt"].map((n) => join(dir, "corpus", n));
  mkdirSync(join(dir, "corpus"));
  for (const [i, f] of files.entries()) writeFileSync(f, `article ${i}: “a quote,” she said.\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
const later = () => Date.now() + 10 * SETTLE_MS; // as if the files had been written long before
const hashes = (opts: { now?: number; max?: number } = {}) => {
  const reads: string[] = [];
  const cache = openCache(join(dir, "cache"));
  const read = async (p: string) => (reads.push(p), readFile(p));
  return contentHashes(cache, [join(dir, "corpus")], files, read, opts.max ?? 1e6, opts.now ?? later()).then((r) => {
    if (!r) throw new Error("no hashes: every file here is a regular file");
    return { ...r, reads, cache };
  });
};

describe("content hashes with a stat fast path", () => {
  it("reads every file once, then none while their stat is unchanged", async () => {
    const first = await hashes();
    expect(first.hashes).toEqual(files.map(sha));
    expect(first.reads).toEqual(files);
    const second = await hashes();
    expect(second.hashes).toEqual(first.hashes);
    expect(second.reads).toEqual([]);
    expect(second.cache.stats.writes).toBe(0);
  });

  it("never serves the old hash of a file rewritten with the same size and mtime", async () => {
    const old = new Date("2020-01-01T00:00:00Z");
    utimesSync(files[1], old, old);
    const first = await hashes();
    const before = statSync(files[1], { bigint: true });
    const edited = readFileSync(files[1], "utf8").replace("she", "him");
    // mtime is put back; ctime cannot be, once the kernel's clock has ticked past the first write
    do {
      writeFileSync(files[1], edited);
      utimesSync(files[1], old, old);
    } while (statSync(files[1], { bigint: true }).ctimeNs === before.ctimeNs);
    const after = statSync(files[1], { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    const again = await hashes();
    expect(again.reads).toEqual([files[1]]);
    expect(again.hashes[1]).toBe(sha(files[1]));
    expect(again.hashes[1]).not.toBe(first.hashes[1]);
    expect((await hashes()).reads).toEqual([]);
  });

  it("does not trust a stat taken within SETTLE_MS of the file's last change", async () => {
    await hashes({ now: Date.now() });
    expect((await hashes({ now: Date.now() })).reads).toEqual(files);
  });

  it("reads a file over the size limit (so the reader refuses it) and passes the error on", async () => {
    await hashes();
    const refusing = contentHashes(openCache(join(dir, "cache")), [join(dir, "corpus")], files, async () => {
      throw new Error("too large");
    }, 4, later());
    await expect(refusing).rejects.toThrow("too large");
  });

  it("passes on the error of a file deleted since, and recovers from a corrupt record", async () => {
    await hashes();
    rmSync(files[2]);
    await expect(hashes()).rejects.toThrow(/ENOENT/);
    writeFileSync(files[2], "back again\n");
    for (const f of readdirSync(join(dir, "cache"), { recursive: true, withFileTypes: true })) {
      if (f.isFile()) writeFileSync(join(f.parentPath, f.name), "garbage");
    }
    const recovered = await hashes();
    expect(recovered.reads).toEqual(files);
    expect(recovered.hashes).toEqual(files.map(sha));
    expect(recovered.cache.stats.corrupt).toBe(1);
  });

  // A pipe can be read once: hashing it ahead of the run would leave the run an empty file.
  it.skipIf(spawnSync("mkfifo", ["--version"]).status !== 0)("gives no hashes, and leaves the pipe unread, when a path is a pipe", async () => {
    const fifo = join(dir, "corpus", "pipe.txt");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reads: string[] = [];
    const r = await contentHashes(openCache(join(dir, "cache")), [join(dir, "corpus")], [...files, fifo], async (p) => (reads.push(p), readFile(p)), 1e6, later());
    expect(r).toBeNull();
    expect(reads).not.toContain(fifo);
  });
});
