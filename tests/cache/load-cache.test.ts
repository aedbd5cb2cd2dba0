import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { loadReport, streamInputs, type InputOutcome } from "../../src/cli/load.js";

let root: string;
let corpus: string;
let io: Io & { errors: string[] };
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "qc-loadcache-"));
  corpus = join(root, "corpus");
  const errors: string[] = [];
  io = {
    out: () => {},
    err: (s) => errors.push(s),
    errors,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { QUOTECHECK_CACHE_DIR: join(root, "cache") },
    cwd: root,
  };
  mkdirSync(corpus);
  writeFileSync(join(corpus, "one.txt"), '“We will rebuild,” the mayor said on Tuesday.\n\nResidents were not so sure.\n');
  writeFileSync(join(corpus, "two.txt"), "According to the ministry, 40 people were evacuated.\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = async (env: Io["env"] = io.env, noCache = false) => {
  const seen: InputOutcome[] = [];
  const summary = await streamInputs([corpus], { ...io, env }, "quotes", { cache: !noCache }, (o) => seen.push(o));
  return { seen, summary };
};

const entries = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? entries(join(d, e.name)) : [join(d, e.name)]));

// (The timeout is a guard for a loaded machine, not a measurement: the seven cases extract two small files
// in about 3 s together here, but one took 5.1-5.3 s at a load average of 10 on 2 cores, past vitest's 5 s default.)
describe("parsed-result cache in the loader", { timeout: 30_000 }, () => {
  it("misses, then hits with the same result for unchanged files", async () => {
    const cold = await run();
    expect(cold.summary.cache).toMatchObject({ hits: 0, misses: 2, writes: 2 });
    const warm = await run();
    expect(warm.summary.cache).toMatchObject({ hits: 2, misses: 0, writes: 0 });
    expect(warm.seen).toEqual(cold.seen);
    expect(warm.summary.inputs).toEqual(cold.summary.inputs);
  });

  it("misses a file whose content changed, and only that one", async () => {
    await run();
    writeFileSync(join(corpus, "two.txt"), "According to the ministry, 41 people were evacuated.\n");
    const again = await run();
    expect(again.summary.cache).toMatchObject({ hits: 1, misses: 1, writes: 1 });
    const two = again.seen.find((o) => o.path.endsWith("two.txt"));
    expect(two?.ok && two.document.text).toContain("41 people");
  });

  it("ignores a corrupt entry, recomputes and rewrites it, with no error line", async () => {
    const cold = await run();
    for (const f of entries(join(root, "cache"))) writeFileSync(f, readFileSync(f).subarray(0, 40));
    const spoiled = await run();
    expect(spoiled.summary.cache).toMatchObject({ hits: 0, corrupt: 2, writes: 2 });
    expect(spoiled.seen).toEqual(cold.seen);
    expect(io.errors).toEqual([]);
    expect((await run()).summary.cache).toMatchObject({ hits: 2 });
  });

  it("writes nothing with the cache off", async () => {
    const r = await run(io.env, true);
    expect(r.summary.cache).toBeNull();
    const r2 = await run({ ...io.env, QUOTECHECK_NO_CACHE: "1" });
    expect(r2.summary.cache).toBeNull();
    expect(() => readdirSync(join(root, "cache"))).toThrow();
  });

  it("gives loadReport the same report warm as cold, from one whole-report entry", async () => {
    writeFileSync(join(corpus, "empty.txt"), "");
    const cold = await loadReport([corpus], io, "full");
    expect(cold.stats.reportCached).toBe(false);
    const coldErrors = [...io.errors];
    expect(coldErrors).toHaveLength(1);
    const warm = await loadReport([corpus], io, "full");
    expect(warm.stats.reportCached).toBe(true);
    expect(warm.report).toEqual(cold.report);
    expect(JSON.stringify(warm.report)).toBe(JSON.stringify(cold.report)); // key order too
    // quotes keep their place in the file (line, column) without the file's text: the "We will rebuild" quote opens at 1:2
    expect(warm.report.quotes.find((q) => q.text.startsWith("We will rebuild"))).toMatchObject({ line: 1, column: 2 });
    // source offsets come back unpacked on first use, the same as the run made them
    expect(cold.report.articles[0].sourceOffsets).toBeInstanceOf(Int32Array);
    warm.report.articles.forEach((a, i) => expect(a.sourceOffsets).toEqual(cold.report.articles[i].sourceOffsets));
    expect(warm.readAnything).toBe(true);
    // the skipped file is reported again, the same way
    expect(io.errors).toEqual([...coldErrors, ...coldErrors]);
  });

  it("re-analyses when any file changes, is added or removed, taking unchanged files from the cache", async () => {
    const first = await loadReport([corpus], io, "full");
    writeFileSync(join(corpus, "one.txt"), '“We will rebuild,” the mayor said on Wednesday.\n');
    const changed = await loadReport([corpus], io, "full");
    expect(changed.stats.reportCached).toBe(false);
    expect(changed.stats.cache).toMatchObject({ hits: 1 });
    expect(changed.report.articles.map((a) => a.text).join()).toContain("Wednesday");
    writeFileSync(join(corpus, "three.txt"), "A third story.\n");
    expect((await loadReport([corpus], io, "full")).stats.reportCached).toBe(false);
    rmSync(join(corpus, "three.txt"));
    expect((await loadReport([corpus], io, "full")).stats.reportCached).toBe(true);
    expect(first.report.articles).toHaveLength(2);
  });

  it("caches each depth apart", async () => {
    await loadReport([corpus], io, "articles");
    expect((await loadReport([corpus], io, "full")).stats.reportCached).toBe(false);
    expect((await loadReport([corpus], io, "articles")).stats.reportCached).toBe(true);
  });
});
