import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/run.js";
import { recorder } from "./recorder.js";

// The first run loads the engine, several seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

// One story in one temporary folder for both blocks; each test writes a file of its own name there.
let dir: string;
let story: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qc-ext-"));
  story = join(dir, "story.txt");
  writeFileSync(story, "Harbor council backs wall\n\n“We are ready,” said Mayor Ann Lee.\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = async (...args: string[]) => {
  const io = recorder();
  const code = await run(["report", story, "--no-cache", ...args], io);
  return { code, stderr: io.stderr };
};

// `report --format html -o r.md` wrote HTML into a file whose name says Markdown, and said so only
// inside "wrote r.md (html, …)": a CI step that files r.md with the story filed a page of tags.
describe("report: a --format the output file's extension contradicts", () => {

  it.each([
    ["html into .md", ["--format", "html", "-o", "r1.md"], "r1.md", /r1\.md.*html/],
    ["md into .html", ["--format", "md", "-o", "r2.html"], "r2.html", /r2\.html/],
    ["csv into .json", ["--format", "csv", "-o", "r3.json"], "r3.json", /r3\.json/],
  ])("must warn: %s, and still write what was asked (exit 0)", async (_, args, file, names) => {
    const { code, stderr } = await report(...args.map((a) => (a === file ? join(dir, file) : a)));
    expect(code).toBe(0);
    const warning = stderr.split("\n").find((l) => /extension/.test(l));
    expect(warning).toBeDefined();
    expect(warning).toMatch(names);
    expect(readFileSync(join(dir, file), "utf8").length).toBeGreaterThan(0);
  });

  it.each([
    ["the format the extension says", ["--format", "html", "-o", "ok.html"]],
    ["no --format (the extension decides)", ["-o", "ok2.json"]],
    ["an extension no format has", ["--format", "html", "-o", "page.txt"]],
    ["markdown under its long extension", ["--format", "md", "-o", "notes.markdown"]],
  ])("must not warn: %s", async (_, args) => {
    const { code, stderr } = await report(...args.map((a) => (/\.\w+$/.test(a) ? join(dir, a) : a)));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/extension/);
  });
});

// `report -o r.pdf` (or .docx) wrote Markdown into a file no PDF or Word reader opens, and said only
// "wrote r.pdf (md, …)". With no --format the name asked for a format no report is written in.
describe("report: an output file named for a document format no report is written in", () => {

  it.each([["r.pdf"], ["r.docx"], ["R.PDF"]])("must: -o %s without --format is a usage error naming the formats, nothing written", async (name) => {
    const { code, stderr } = await report("-o", join(dir, name));
    expect(code).toBe(2);
    expect(stderr).toContain(`${join(dir, name)}: no report format writes`);
    expect(stderr).toMatch(/\.md, \.html, \.json or \.csv, or give --format/);
    expect(() => readFileSync(join(dir, name))).toThrow();
  });

  it("must: --format md -o r.pdf is written as asked, with a warning", async () => {
    const { code, stderr } = await report("--format", "md", "-o", join(dir, "asked.pdf"));
    expect(code).toBe(0);
    expect(stderr).toMatch(/asked\.pdf: no report format writes \.pdf; writing md as --format asked/);
    expect(readFileSync(join(dir, "asked.pdf"), "utf8")).toMatch(/^<!-- quotecheck report -->/);
  });

  it.each([["notes.txt"], ["report"], ["r.pdf.md"]])("must not: -o %s (text, no extension, or a format's) is written as before", async (name) => {
    const { code, stderr } = await report("-o", join(dir, name));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/no report format writes/);
  });
});
