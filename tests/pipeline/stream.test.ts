import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { loadReport } from "../../src/cli/load.js";
import { loadInputs } from "../../src/ingest/index.js";
import { analyse } from "../../src/pipeline/index.js";

// Some tests start worker threads, each loading the engine anew: on a busy two-core machine that
// alone can pass vitest's 5 s default (seen once with other jobs running).
vi.setConfig({ testTimeout: 60_000 });

let root: string;
const io = (errors: string[]): Io => ({
  out: () => {},
  err: (s) => errors.push(s),
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stdinIsTTY: false,
  env: { QUOTECHECK_NO_CACHE: "1" },
  cwd: root,
});

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "qc-stream-"));
  for (const d of ["a", "b", "c"]) mkdirSync(join(root, "in", d), { recursive: true });
  // The same file name in three folders gives the same article id three times.
  for (const d of ["a", "b", "c"])
    writeFileSync(join(root, "in", d, "story.txt"), `“The bridge in ${d} is closed,” said Maria Lopez, the mayor.\n\nShe added that repairs would take a month.\n`);
  writeFileSync(join(root, "in", "empty.txt"), "");
  writeFileSync(join(root, "in", "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("streamed loading", () => {
  it("gives the report that ingest's loadInputs + analyse give, skips included", async () => {
    const dir = join(root, "in");
    const errors: string[] = [];
    const streamed = await loadReport([dir], io(errors), "full", { workers: 0 });
    const reference = analyse(await loadInputs([dir]), "full");
    expect(streamed.report).toEqual(reference);
    expect(streamed.report.inputs.filter((i) => i.status === "skipped").map((i) => i.path).sort()).toEqual(["in/binary.txt", "in/empty.txt"]);
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => /^in\/(binary|empty)\.txt: /.test(e))).toBe(true);
  });

  it("keeps article ids unique across files and re-credits quotes of a renamed article", async () => {
    const { report } = await loadReport([join(root, "in")], io([]), "quotes", { workers: 0 });
    const ids = report.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(3);
    // Each of the three articles keeps its own quotes under its own (possibly renamed) id.
    expect(new Set(report.quotes.map((q) => q.articleId))).toEqual(new Set(ids));
    for (const q of report.quotes) {
      const a = report.articles.find((x) => x.id === q.articleId);
      expect(a?.documentId).toBe(q.documentId);
      expect(a?.text.slice(q.span.start, q.span.end)).toBe(q.text);
    }
  });

  // A path that cannot be listed stands where it was named, between the files around it, in both
  // loaders (the streamed one and ingest's), with or without workers.
  it("keeps inputs in the order the paths named them, skipped ones included", async () => {
    const paths = [join(root, "in", "a"), join(root, "gone.txt"), join(root, "in", "c", "story.txt"), join(root, "in", "b"), join(root, "also-gone")];
    const want = ["a/story.txt", "gone.txt", "in/c/story.txt", "b/story.txt", "also-gone"];
    const relative = (p: string) => p.replace(root + "/", "");
    for (const workers of [0, 2]) {
      const { report } = await loadReport(paths, io([]), "quotes", { workers });
      expect(report.inputs.map((i) => relative(i.path))).toEqual(want);
    }
    expect((await loadInputs(paths)).inputs.map((i) => relative(i.path))).toEqual(want);
  });
});
