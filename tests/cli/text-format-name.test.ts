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

// check's config file named its format by a validator of its own (text or json only), so
// `"format": "table"` in quotecheck.config.json was refused while `--format table` was taken. One
// table of names (model/text-formats) now answers for both, and both errors list the same names.
describe("check's config file takes the format names --format takes", () => {
  let dir: string;
  let story: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "qc-cfg-fmt-"));
    story = join(dir, "story.txt");
    writeFileSync(story, "Harbor council backs wall\n\n“We are ready,” said one official, who asked not to be named.\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const withConfig = async (format: string, flags: string[] = []) => {
    writeFileSync(join(dir, "quotecheck.config.json"), JSON.stringify({ format }));
    const io = { ...recorder(), cwd: dir };
    const rec = recorder();
    const code = await run(["check", story, "--no-cache", ...flags], { ...io, out: rec.out, err: rec.err });
    return { code, stdout: rec.stdout, stderr: rec.stderr };
  };

  it("must: \"format\": \"table\" is text, as --format table is", async () => {
    const table = await withConfig("table");
    const text = await withConfig("text");
    expect(table.code).not.toBe(2);
    expect(table.stdout).toBe(text.stdout);
    expect(table.stdout).toMatch(/anonymous-source/);
  });

  it("must not: another name is refused, the file named and the same names listed as for --format", async () => {
    const r = await withConfig("tabel");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quotecheck\.config\.json: "format" must be one of text, table, json \(got "tabel"\)/);
  });

  it("must not: json in the file still gives JSON", async () => {
    const r = await withConfig("json");
    expect(JSON.parse(r.stdout).schema).toBe("quotecheck/check");
  });
});
