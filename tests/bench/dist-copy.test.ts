import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withDistCopy } from "../../src/bench/dist-copy.js";

// `npm run bench` ran from a copy of dist/ under node_modules/.cache: in a git worktree whose
// node_modules is a link to the main checkout's, that wrote into the main checkout. The copy must
// sit in the project's own folder, still find the project's packages, and be gone afterwards.
describe("withDistCopy: the bench's copy of dist/", () => {
  const top = mkdtempSync(join(tmpdir(), "qc-bench-copy-"));
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  // The main checkout's packages, and a worktree whose node_modules links to them.
  const shared = join(top, "main", "node_modules");
  mkdirSync(join(shared, "fake-pkg"), { recursive: true });
  writeFileSync(join(shared, "fake-pkg", "package.json"), JSON.stringify({ name: "fake-pkg", type: "module", exports: "./index.js" }));
  writeFileSync(join(shared, "fake-pkg", "index.js"), "export const answer = 42;\n");
  const root = join(top, "wt", "helper");
  mkdirSync(join(root, "dist", "bench"), { recursive: true });
  symlinkSync(shared, join(root, "node_modules"), "dir");
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(root, "dist", "bench", "run.js"), 'import { answer } from "fake-pkg";\nprocess.stdout.write(String(answer));\n');

  const seen: { copy?: string; ran?: string; inShared?: string[] } = {};
  const result = withDistCopy(root, join(root, "dist"), async (copy) => {
    seen.copy = copy;
    seen.ran = spawnSync(process.execPath, [join(copy, "dist", "bench", "run.js")], { encoding: "utf8" }).stdout;
    seen.inShared = readdirSync(shared);
    return "done";
  });

  it("must put the copy inside the project's own folder, not through its node_modules link", async () => {
    expect(await result).toBe("done");
    expect(seen.copy!.startsWith(root + sep)).toBe(true);
    expect(seen.copy!.split(sep)).not.toContain("node_modules");
    expect(seen.inShared).toEqual(["fake-pkg"]);
  });
  it("must let the copied code import the project's packages", async () => {
    await result;
    expect(seen.ran).toBe("42");
  });
  it("must remove the copy afterwards, also when the bench fails", async () => {
    await result;
    expect(existsSync(seen.copy!)).toBe(false);
    let failedCopy = "";
    await expect(
      withDistCopy(root, join(root, "dist"), async (copy) => {
        failedCopy = copy;
        throw new Error("bench failed");
      }),
    ).rejects.toThrow("bench failed");
    expect(failedCopy).not.toBe("");
    expect(existsSync(failedCopy)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(["dist", "node_modules", "package.json"]);
    expect(readdirSync(shared)).toEqual(["fake-pkg"]);
  });
});
