import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { helpText, run } from "../../src/cli/run.js";
import { recorder } from "./recorder.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

// `quotecheck -v` ran the UI on a path "-v" and said "tui does not take -v", though most CLIs print
// their version for it; `--version` worked but neither --help nor README said so, and its number was
// written in run.ts apart from package.json's.
describe("the version", () => {
  it.each([["--version"], ["-v"]])("must: quotecheck %s prints package.json's version, exit 0", async (flag) => {
    const io = recorder();
    expect(await run([flag], io)).toBe(0);
    expect(io.stdout).toBe(`${pkg.version}\n`);
    expect(io.stderr).toBe("");
  });

  it("must: --help names --version and -v", async () => {
    expect(await helpText()).toMatch(/--version \(-v\)/);
  });

  it.each([["-V"], ["--verbose"]])("must not: %s is still an unknown flag (usage error, exit 2)", async (flag) => {
    const io = recorder();
    expect(await run([flag], io)).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr).toContain(`does not take ${flag}`);
  });

  it("must not: a command's -v is that command's unknown flag, not the version", async () => {
    const io = recorder();
    expect(await run(["extract", "-v"], io)).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr).toContain("extract does not take -v");
  });
});
