import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BIN, requireBuild, ROOT } from "./run-bin.js";

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

// Start-up cost: iconv-lite (its encodings table, 7-10 ms) and the cache's modules (15-20 ms) load
// only when a run needs them. A probe loaded before the binary names each cache module as it is
// loaded and, at exit, whether iconv-lite was.
const PROBE = `
import { register, createRequire } from "node:module";
const hook = 'export async function load(url, ctx, next) { if (url.includes("/dist/cache/")) process.stderr.write("MODULE cache/" + url.split("/dist/cache/")[1] + "\\\\n"); return next(url, ctx); }';
register("data:text/javascript," + encodeURIComponent(hook));
const require = createRequire(import.meta.url);
process.on("exit", () => {
  if (Object.keys(require("node:module")._cache).some((k) => /node_modules[\\\\/]iconv-lite[\\\\/]lib[\\\\/]index\\.js$/.test(k))) process.stderr.write("MODULE iconv-lite\\n");
});
`;

describe("modules loaded on first use (built binary)", () => {
  let dir: string;
  beforeAll(() => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "qc-lazy-"));
    writeFileSync(join(dir, "probe.mjs"), PROBE);
    writeFileSync(join(dir, "utf8.txt"), '"We are ready," said the mayor, John Smith, on Monday.\n');
    writeFileSync(join(dir, "latin1.txt"), Buffer.from('\x93We are ready,\x94 said the mayor, John Smith, on Monday.\n', "latin1"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const loaded = (args: readonly string[], env: Record<string, string> = {}): string[] => {
    const r = spawnSync(process.execPath, ["--import", join(dir, "probe.mjs"), BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("John Smith");
    return [...new Set(r.stderr.split("\n").filter((l) => l.startsWith("MODULE ")).map((l) => l.slice(7)))].sort();
  };

  it("a UTF-8 text under --no-cache loads neither iconv-lite nor the cache's code (its on/off test aside)", () => {
    expect(loaded(["extract", join(dir, "utf8.txt"), "--no-cache", "--format", "jsonl"])).toEqual(["cache/dir.js"]);
  });

  // must: the legacy text still loads iconv-lite (and reads its curly marks); the cache on loads its code
  it("a windows-1252 text loads iconv-lite; a run with the cache on loads the cache", () => {
    const mods = loaded(["extract", join(dir, "latin1.txt"), "--format", "jsonl"], { QUOTECHECK_CACHE_DIR: join(dir, "cache") });
    expect(mods).toContain("iconv-lite");
    expect(mods).toEqual(expect.arrayContaining(["cache/index.js", "cache/store.js", "cache/packed.js", "cache/file-hashes.js"]));
  });
});
