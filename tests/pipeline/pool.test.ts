import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { POOL_THRESHOLD, poolHelps, streamInputs, type InputOutcome } from "../../src/cli/load.js";
import { createPool, processFile } from "../../src/pipeline/pool.js";

const FAILING = new URL("./fixtures/failing-worker.ts", import.meta.url);

let root: string;
let corpus: string;
const N = POOL_THRESHOLD + 5;
const names: string[] = [];
// Files under a directory given by absolute path are known by ids relative to its parent.
const ids: string[] = [];

// Articles of different lengths, so workers finish out of order.
const article = (i: number) =>
  [
    `Story ${i}`,
    "",
    ...Array.from({ length: 1 + ((i * 7) % 23) }, (_, k) =>
      `“Paragraph ${k} of story ${i} is here,” said Official Number${i}, a spokesman.\n\nAccording to witnesses, ${i * k} people left.`,
    ),
  ].join("\n\n");

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "qc-pool-"));
  corpus = join(root, "corpus");
  mkdirSync(corpus);
  for (let i = 0; i < N; i++) {
    const name = `story-${String(i).padStart(3, "0")}.txt`;
    names.push(join(corpus, name));
    ids.push(join("corpus", name));
    writeFileSync(join(corpus, name), article(i));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const quietIo = (errors: string[]): Io => ({
  out: () => {},
  err: (s) => errors.push(s),
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stdinIsTTY: false,
  env: {},
  cwd: root,
});

async function collect(paths: string[], opts: Parameters<typeof streamInputs>[3]) {
  const seen: InputOutcome[] = [];
  const errors: string[] = [];
  const summary = await streamInputs(paths, quietIo(errors), "quotes", { cache: false, ...opts }, (o) => seen.push(o));
  return { seen, errors, summary };
}

describe("worker pool", () => {
  it("gives the same documents and quotes as in-process, in input order", async () => {
    const pooled = await collect([corpus], { workers: 2 });
    const local = await collect([corpus], { workers: 0 });
    expect(pooled.summary.workers).toBe(2);
    expect(local.summary.workers).toBe(0);
    expect(pooled.seen.map((o) => o.path)).toEqual(ids);
    expect(pooled.seen).toEqual(local.seen);
    expect(pooled.summary.inputs).toEqual(local.summary.inputs);
  }, 120_000);

  it("stays in-process for a handful of files", async () => {
    const few = await collect(names.slice(0, 3), {});
    expect(few.summary.workers).toBe(0);
    expect(few.seen).toHaveLength(3);
  });

  it("is chosen by default only for a large input with a core free beside this one", () => {
    expect(poolHelps(true, 2, 0.2)).toBe(true);
    expect(poolHelps(true, 8, 5)).toBe(true);
    expect(poolHelps(true, 2, 1.2)).toBe(false); // another process has most of the second core
    expect(poolHelps(true, 1, 0)).toBe(false);
    expect(poolHelps(false, 8, 0)).toBe(false);
  });

  it("stays in-process by default for many files under POOL_MIN_BYTES in all", async () => {
    const small = await collect([corpus], {});
    expect(small.summary.workers).toBe(0);
    expect(small.seen.map((o) => o.path)).toEqual(ids);
  });

  it("turns a file that throws or kills its worker into a skipped input, and goes on", async () => {
    writeFileSync(names[4], "This one says THROW and takes its worker down.");
    writeFileSync(names[9], "This one says EXIT.");
    try {
      const r = await collect([corpus], { workers: 2, workerUrl: FAILING });
      expect(r.summary.inputs.map((i) => i.path)).toEqual(ids);
      const skipped = r.summary.inputs.filter((i) => i.status === "skipped");
      expect(skipped.map((s) => s.path)).toEqual([ids[4], ids[9]]);
      expect(skipped[0]).toMatchObject({ reason: expect.stringContaining("the parser blew up") });
      expect(skipped[1]).toMatchObject({ reason: expect.stringContaining("exited with code 3") });
      expect(r.summary.inputs.filter((i) => i.status === "processed")).toHaveLength(N - 2);
      expect(r.errors).toHaveLength(2);
      expect(r.errors[0].startsWith(`${ids[4]}: `)).toBe(true);
      expect(r.errors[0]).toContain("the parser blew up");
      expect(r.summary.diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId)).toEqual(["pipeline/worker-failed", "pipeline/worker-failed"]);
      expect(r.summary.readAnything).toBe(true);
    } finally {
      writeFileSync(names[4], article(4));
      writeFileSync(names[9], article(9));
    }
  }, 120_000);

  it("answers each job with processFile's result", async () => {
    const pool = createPool({ size: 2 });
    try {
      const bytes = () => new TextEncoder().encode(article(3));
      const [a, b] = await Promise.all([
        pool.run({ id: "x.txt", bytes: bytes(), depth: "quotes" }),
        pool.run({ id: "x.txt", bytes: bytes(), depth: "articles" }),
      ]);
      expect(a).toEqual(processFile({ id: "x.txt", bytes: bytes(), depth: "quotes" }));
      expect(b).toEqual(processFile({ id: "x.txt", bytes: bytes(), depth: "articles" }));
    } finally {
      await pool.close();
    }
  }, 120_000);
});
