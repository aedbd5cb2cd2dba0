import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { schemaValidator } from "../report/schema-validator.js";
import { BIN, quotecheck, requireBuild, ROOT } from "./run-bin.js";

// Each test runs the built binary several times (a fresh Node and engine each): on a slow or busy
// machine that takes more than vitest's 5 s default, as in the other e2e files.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

// The JSONL contract the shared scorer reads (issue 3, docs/schema.md).
const CONTRACT = [
  "doc", "article", "outlet", "published", "kind", "text", "speaker", "role", "mention", "cue",
  "toOutlet", "medium", "spokenOn", "start", "end", "truncated", "ruleId",
];

describe("quotecheck extract (built binary)", () => {
  beforeAll(requireBuild);

  it("prints one schema-valid quote a line with the scorer's fields, on the corpus", () => {
    const r = quotecheck(["extract", "corpus", "--format", "jsonl", "--no-cache"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(40);
    const validate = schemaValidator("quote-row");
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(CONTRACT));
      expect(validate(row)).toEqual([]);
      expect(row.end).toBeGreaterThanOrEqual(row.start);
    }
    expect(new Set(rows.map((q) => q.outlet))).toEqual(new Set(["The Daily Beast", "The New York Times"]));
  });

  it("reaches the issue's Palmyra thresholds when scored by the shared scorer", () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-extract-"));
    const pred = join(dir, "pred.jsonl");
    writeFileSync(pred, quotecheck(["extract", "corpus", "--format", "jsonl", "--no-cache"]).stdout);
    const s = spawnSync(
      process.execPath,
      [join(ROOT, "scripts/score-quotes.mjs"), "--gold", join(ROOT, "tests/fixtures/palmyra-gold/palmyra.quotes.jsonl"), "--pred", pred, "--json"],
      { encoding: "utf8" },
    );
    rmSync(dir, { recursive: true, force: true });
    const score = JSON.parse(s.stdout);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.endToEndRecall).toBeGreaterThanOrEqual(0.9);
  });

  it("writes CSV with a header row and a table for people", () => {
    const csv = quotecheck(["extract", "corpus", "--format", "csv", "--no-cache"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split(/\r?\n/)[0]).toContain("speaker");
    const table = quotecheck(["extract", "corpus", "--format", "table", "--no-cache"]);
    expect(table.stdout).toMatch(/Irina Bokova/);
  });

  it("names the article in the table's outlet column when a file names no outlet", () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-bare-"));
    try {
      writeFileSync(join(dir, "harbor-flood.txt"), "The river rose overnight.\n\n“We lost the bakery,” said Ann Lee, a baker.\n");
      const r = quotecheck(["extract", dir, "--format", "table", "--no-cache"]);
      expect(r.code).toBe(0);
      const row = r.stdout.split("\n").find((l) => l.startsWith("Ann Lee")) ?? "";
      // By its words (cut to the column), not the id quotecheck made from the file's name.
      expect(row).toMatch(/^Ann Lee\s+“The river rose/);
      expect(r.stdout).toContain("“…” outlet unknown: the article by its title or first words");
      expect(row).not.toContain("harbor-flood");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("goes on past an unreadable path named on the command line, then exits 2; a bad file inside a named folder does not fail the run", () => {
    const some = quotecheck(["extract", "corpus", "no/such/file.txt", "--format", "jsonl", "--no-cache"]);
    expect(some.code).toBe(2);
    expect(some.stderr).toContain("no/such/file.txt");
    expect(some.stdout.trim().split("\n").length).toBeGreaterThan(40);
    const none = quotecheck(["extract", "no/such/file.txt", "--format", "jsonl", "--no-cache"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no/such/file.txt");
    const dir = mkdtempSync(join(tmpdir(), "qc-extract-stray-"));
    writeFileSync(join(dir, "story.txt"), "Bridge to reopen\n\n“We will reopen the bridge in May,” the mayor said.\n");
    writeFileSync(join(dir, "scan.txt"), Buffer.from([0, 1, 2, 0, 3]));
    const stray = quotecheck(["extract", dir, "--format", "jsonl", "--no-cache"]);
    expect(stray.code).toBe(0);
    expect(stray.stderr).toMatch(/scan\.txt: not a text file/);
    expect(stray.stdout.trim().split("\n")).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it("says on standard error why a file it read gave nothing (no article text), in every format, in the plain UI table and in speakers and conflicts", () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-extract-notext-"));
    writeFileSync(join(dir, "login.html"), "<!DOCTYPE html><html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav><form><input name=u><button>Go</button></form></body></html>");
    writeFileSync(join(dir, "story.txt"), "Bridge to reopen\n\n“We will reopen the bridge in May,” the mayor said.\n");
    const runs = [
      ...["table", "jsonl", "csv", "json"].map((f) => ["extract", dir, "--format", f, "--no-cache"]),
      ["tui", dir, "--plain", "--no-cache"],
      ["speakers", dir, "--no-cache"],
      ["conflicts", dir, "--no-cache"],
    ];
    for (const args of runs) {
      const r = quotecheck(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stderr, args.join(" ")).toMatch(/login\.html: no article text found in this html file \(ingest\/no-text\)/);
      expect(r.stderr, args.join(" ")).not.toMatch(/story\.txt/);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps its cache under QUOTECHECK_CACHE_MAX_MB after a run that wrote to it", () => {
    const cache = mkdtempSync(join(tmpdir(), "qc-cachecap-"));
    try {
      const bytes = (d: string): number =>
        readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? bytes(join(d, e.name)) : statSync(join(d, e.name)).size), 0);
      const r = quotecheck(["extract", "corpus", "tests/fixtures", "--format", "jsonl"], { env: { QUOTECHECK_CACHE_DIR: cache, QUOTECHECK_CACHE_MAX_MB: "0.1" } });
      expect(r.code).toBe(0);
      expect(existsSync(join(cache, "last-prune"))).toBe(true);
      // Entries for ~60 inputs take several times the limit; pruning leaves at most 80% of it.
      expect(bytes(cache)).toBeLessThanOrEqual(0.1e6);
      // The output does not depend on what the cache kept.
      const again = quotecheck(["extract", "corpus", "--format", "jsonl"], { env: { QUOTECHECK_CACHE_DIR: cache } });
      expect(again.stdout).toBe(quotecheck(["extract", "corpus", "--format", "jsonl", "--no-cache"]).stdout);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it("gives the same lines in the same order with a worker pool (--jobs 2) as in-process (--jobs 1)", () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-jobs-"));
    // Several small articles, so the pool hands files to both workers and must restore input order.
    for (let i = 0; i < 6; i++)
      writeFileSync(join(dir, `a${i}.txt`), `Report ${i}\n\n“We counted ${i + 10} boats,” said Mara Quint, a harbour official.\n\nShe added that the port would reopen.\n`);
    const one = quotecheck(["extract", dir, "--format", "jsonl", "--no-cache", "--jobs", "1"]);
    const two = quotecheck(["extract", dir, "--format", "jsonl", "--no-cache", "-j", "2"]);
    rmSync(dir, { recursive: true, force: true });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stdout.trim().split("\n")).toHaveLength(12);
    expect(two.stdout).toBe(one.stdout);
    const bad = quotecheck(["extract", dir, "--jobs", "0"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--jobs must be a whole number/);
  });

  it("exits quietly when the reader closes the pipe early", async () => {
    const child = spawn(process.execPath, [BIN, "extract", "corpus", "--format", "jsonl", "--no-cache"], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((res) => child.on("close", res));
    expect(stderr).not.toMatch(/EPIPE|internal error/);
    expect(code).toBe(0);
  });

  // /dev/full takes the open and refuses every write with ENOSPC, as a full disk does.
  it.skipIf(!existsSync("/dev/full"))("says so and exits 2 when standard output cannot be written (full disk), no stack trace", () => {
    const fd = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [BIN, "extract", "corpus", "--format", "jsonl", "--no-cache"], { cwd: ROOT, stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("quotecheck: cannot write standard output: no space left on the device (ENOSPC)\n");
    } finally {
      closeSync(fd);
    }
  });

  // `<(…)` names a pipe: the cache used to read it for its hash first, and the run found it empty.
  it.skipIf(spawnSync("bash", ["--version"]).status !== 0)("reads a pipe named as a path (process substitution) with the cache on", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "qc-fifo-cache-"));
    try {
      const script = `"${process.execPath}" "${BIN}" extract <(printf '%s\\n' '"We are ready," said the mayor, John Smith, on Monday.') --format jsonl`;
      const r = spawnSync("bash", ["-c", script], { cwd: ROOT, env: { ...process.env, QUOTECHECK_CACHE_DIR: cacheDir }, encoding: "utf8" });
      expect(r.stderr).not.toMatch(/empty file/);
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).speaker)).toEqual(["John Smith"]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

// A named pipe nobody wrote to held the run at its open until killed: now it is refused, the rest read.
describe("quotecheck extract of a named pipe (built binary)", () => {
  beforeAll(requireBuild);

  it.skipIf(spawnSync("mkfifo", ["--version"]).status !== 0)("refuses it in one line, reads the file beside it and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-fifo-named-"));
    try {
      const fifo = join(dir, "feed");
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      writeFileSync(join(dir, "story.txt"), '"We are ready," said the mayor, John Smith, on Monday.\n');
      const r = quotecheck(["extract", fifo, join(dir, "story.txt"), "--format", "jsonl", "--no-cache"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/feed: a named pipe \(FIFO\), not a regular file: .*; skipped \(ingest\/not-a-file\)\n/);
      expect(r.stderr.split("\n").filter((l) => l.includes("feed"))).toHaveLength(1);
      expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).speaker)).toEqual(["John Smith"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("quotecheck extract of an input that cannot be read (built binary)", () => {
  beforeAll(requireBuild);

  // The table's bare header (and csv's) went out before the failure: a half-written output for a
  // script to take as "no quotes".
  it.each(["table", "json", "jsonl", "csv"])("prints nothing on standard output, says why and exits 2 (--format %s)", (format) => {
    const r = quotecheck(["extract", "tests/fixtures/no-such-file.txt", "--format", format, "--no-cache"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no-such-file\.txt: no such file or directory/);
    expect(r.stderr).toContain("quotecheck: nothing could be read; no quotes listed");
  });

  it.each(["table", "json"])("speakers prints nothing either, says why and exits 2 (--format %s)", (format) => {
    const r = quotecheck(["speakers", "tests/fixtures/no-such-file.txt", "--format", format, "--no-cache"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("quotecheck: nothing could be read; no speakers listed");
  });

  // must not: what could be read is listed whole, header and all, and the run still fails.
  it.each(["table", "csv"])("lists what it could read, header first, when one named path is missing (--format %s)", (format) => {
    const r = quotecheck(["extract", "tests/fixtures/no-such-file.txt", "corpus", "--format", format, "--no-cache"]);
    expect(r.code).toBe(2);
    expect(r.stdout.split("\n")[0]).toMatch(format === "csv" ? /^doc,article,outlet/ : /^speaker +outlet/);
    expect(r.stdout.split("\n").length).toBeGreaterThan(40);
    expect(r.stderr).not.toContain("nothing could be read");
  });
});
