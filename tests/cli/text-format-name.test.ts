import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { recorder } from "./recorder.js";

// Every other command calls its human-readable format `table`; `check --format table` and
// `verify --format table` were usage errors (exit 2). `table` is now their `text`.
describe("check and verify take --format table as text", () => {
  let dir: string;
  let story: string;
  let draft: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "qc-fmt-"));
    story = join(dir, "story.txt");
    draft = join(dir, "draft.txt");
    writeFileSync(story, "Harbor council backs wall\n\n“We are ready,” said one official, who asked not to be named.\n");
    writeFileSync(draft, "Council draft\n\n“We are ready,” said Mayor Ann Lee.\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = async (args: string[]) => {
    const io = recorder();
    const code = await run([...args, "--no-cache"], io);
    return { code, stdout: io.stdout, stderr: io.stderr };
  };

  it.each([
    ["check", () => ["check", story]],
    ["verify", () => ["verify", draft, "--against", story]],
  ])("must: %s --format table is --format text", async (_, args) => {
    const asText = await out([...args(), "--format", "text"]);
    const asTable = await out([...args(), "--format", "table"]);
    expect(asTable.code).toBe(asText.code);
    expect(asTable.code).not.toBe(2);
    expect(asTable.stdout).toBe(asText.stdout);
    expect(asTable.stdout.length).toBeGreaterThan(0);
  });

  it.each([
    ["check", () => ["check", story, "--format", "tabel"]],
    ["verify", () => ["verify", draft, "--against", story, "--format", "csv"]],
  ])("must not: %s takes any other name (usage error, exit 2)", async (_, args) => {
    const r = await out(args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of text, table, json/);
  });
});
