import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type * as FsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { removePendingWrites, writeAtomic } from "../../src/cli/output-file.js";

// A write the test holds half done: the temporary file gets its first bytes, then the promise waits
// for ever, as a large report does while Ctrl-C arrives.
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    writeFile: (async (path: string, data: string, opts: unknown) => {
      if (!data.startsWith("HOLD")) return real.writeFile(path, data, opts as Parameters<typeof real.writeFile>[2]);
      await real.writeFile(path, data.slice(0, 4), opts as Parameters<typeof real.writeFile>[2]);
      return new Promise<void>(() => undefined);
    }) as typeof real.writeFile,
  };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qc-interrupted-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an -o write interrupted (SIGINT) before its rename", () => {
  it("must leave the old file whole and no temporary file beside it", async () => {
    const target = join(dir, "report.md");
    writeFileSync(target, "old report\n");
    void writeAtomic(target, "HOLD and the rest of a long report");
    // The temporary file's first bytes land on libuv's thread pool: wait for them by condition, not by
    // a count of event-loop turns, which a loaded machine outruns (failed so under load in session 37).
    await vi.waitFor(() => expect(readdirSync(dir)).toHaveLength(2), { timeout: 20_000, interval: 10 });
    removePendingWrites();
    expect(readdirSync(dir)).toEqual(["report.md"]);
    expect(readFileSync(target, "utf8")).toBe("old report\n");
  });

  it("must not touch a file whose write finished", async () => {
    const target = join(dir, "done.md");
    await writeAtomic(target, "new report\n");
    removePendingWrites();
    expect(readFileSync(target, "utf8")).toBe("new report\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
