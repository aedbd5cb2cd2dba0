import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/run.js";
import { recorder } from "./recorder.js";

vi.setConfig({ testTimeout: 60_000 });

// Made-up files whose names hold a line feed or a terminal escape (names a downloaded archive may
// hold): each line that names one stays one line and drives no terminal.
const dir = mkdtempSync(join(tmpdir(), "qc-control-names-"));
const folder = join(dir, "in");
mkdirSync(folder);
writeFileSync(join(folder, "bad\nname.txt"), Buffer.from([0, 0, 0, 0, 0x62, 0x69, 0x6e]));
writeFileSync(join(folder, "\u001b[31mred.txt"), Buffer.from([0, 0, 0, 0, 0x62, 0x69, 0x6e]));
writeFileSync(join(folder, "story\tone.txt"), "Bridge to reopen\n\n“We will reopen the bridge in May,” the mayor said.\n\n“It is closed,” someone said.\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Any control character but the line feed that ends each line.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("file names with control characters", () => {
  it.each(["extract", "articles", "check", "speakers"])("must: %s names each on one line, escaped", async (command) => {
    const io = recorder();
    await run([command, folder, "--no-cache"], io);
    expect(io.stderr).not.toMatch(CONTROL);
    const lines = io.stderr.split("\n");
    expect(lines.filter((l) => l.includes("name.txt"))).toEqual([expect.stringMatching(/bad\\nname\.txt: not a text file/)]);
    expect(lines.filter((l) => l.includes("red.txt"))).toEqual([expect.stringMatching(/\\x1b\[31mred\.txt: not a text file/)]);
  });

  it("must: check's finding lines name the file escaped", async () => {
    const io = recorder();
    await run(["check", folder, "--no-cache", "--fail-on", "info"], io);
    expect(io.stdout).not.toMatch(CONTROL);
    const lines = io.stdout.split("\n").filter((l) => l !== "");
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/story\\tone\.txt:\d+:\d+: /);
  });

  it("must-not: a plain name stays as it is", async () => {
    const io = recorder();
    await run(["check", join(folder, "story\tone.txt").replace("story\tone", "missing"), "--no-cache"], io);
    expect(io.stderr).toContain(join(folder, "missing.txt") + ": no such file or directory");
  });
});
