import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { recorder } from "./recorder.js";

// Made-up inputs: files that are read but hold no article (a page with no body, a message whose
// only part is an attachment), beside one that does.
const dir = mkdtempSync(join(tmpdir(), "qc-no-usable-"));
const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
const noBody = file("nobody.html", "<html><head><title>Nothing here</title></head></html>");
const onlyAttachment = file(
  "attached.eml",
  [
    "From: a@example.com",
    "Subject: files",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="XX"',
    "",
    "--XX",
    'Content-Type: application/pdf; name="x.pdf"',
    'Content-Disposition: attachment; filename="x.pdf"',
    "Content-Transfer-Encoding: base64",
    "",
    "JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K",
    "--XX--",
    "",
  ].join("\r\n"),
);
const story = file("story.txt", "Bridge to reopen\n\n“We will reopen the bridge in May,” the mayor said.\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("exit code when no input gave an article", () => {
  it.each([
    ["an HTML page with no body", [noBody]],
    ["a message with only an attachment", [onlyAttachment]],
    ["both", [noBody, onlyAttachment]],
  ])("must trigger: %s alone is an input failure (2), each file named with its problem", async (_, paths) => {
    for (const command of ["extract", "articles", "speakers", "check"]) {
      const io = recorder();
      expect(await run([command, ...paths, "--no-cache"], io), command).toBe(2);
      for (const p of paths) expect(io.stderr).toContain(`${p}: `);
    }
  }, 60_000);

  // conflicts and articles printed "[]" or a bare header when nothing could be read, as extract did.
  it.each([
    ["conflicts", "json", "no findings listed"],
    ["conflicts", "table", "no findings listed"],
    ["articles", "json", "no articles listed"],
    ["articles", "table", "no articles listed"],
  ])("must trigger: %s --format %s writes nothing to standard output and says so", async (command, format, said) => {
    const io = recorder();
    expect(await run([command, noBody, "--format", format, "--no-cache"], io)).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr).toContain(`${noBody}: `);
    expect(io.stderr).toContain(`nothing could be read; ${said}`);
  }, 60_000);

  // The UI's plain table (standard output not a terminal, --plain or --format) printed its bare
  // header, or "[]", and the hint to run it on a terminal, where extract writes nothing.
  it.each([["table"], ["json"], ["csv"], ["jsonl"]])("must trigger: tui --format %s writes nothing to standard output and says so", async (format) => {
    const io = recorder();
    expect(await run(["tui", noBody, "--format", format, "--no-cache"], io)).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr).toContain(`${noBody}: `);
    expect(io.stderr).toContain("nothing could be read; no quotes listed");
  }, 60_000);

  it("must trigger: bare quotecheck piped, nothing read: no header, no terminal hint", async () => {
    const io = recorder();
    expect(await run([noBody, "--no-cache"], io)).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr).toContain("nothing could be read; no quotes listed");
    expect(io.stderr).not.toContain("standard output is not a terminal");
  }, 60_000);

  it("must not trigger: bare quotecheck piped on a story prints its table and the hint (0)", async () => {
    const io = recorder();
    expect(await run([story, "--no-cache"], io)).toBe(0);
    expect(io.stdout).toContain("We will reopen the bridge in May");
    expect(io.stderr).toContain("standard output is not a terminal");
    expect(io.stderr).not.toContain("nothing could be read");
  }, 60_000);

  // check said it in words of its own ("0 problems (0 errors, 0 warnings, 0 info); fails: no input
  // gave an article", or "fails: x.txt could not be read") and, as JSON, printed a report of nothing
  // with "failed": false beside exit 2; every other command writes nothing and one line.
  it.each([
    ["text, a page with no body", [noBody], []],
    ["json, a page with no body", [noBody], ["--format", "json"]],
    ["text, a missing file", [join(dir, "missing.txt")], []],
    ["json, a missing file and a page with no body", [join(dir, "missing.txt"), noBody], ["--format", "json"]],
  ])("must trigger: check (%s) writes nothing to standard output and says it as the others do", async (_, paths, flags) => {
    const io = recorder();
    expect(await run(["check", ...paths, ...flags, "--no-cache"], io)).toBe(2);
    expect(io.stdout).toBe("");
    for (const p of paths) expect(io.stderr).toContain(`${p}: `);
    expect(io.stderr).toMatch(/quotecheck: nothing could be read; nothing checked\n$/);
    expect(io.stderr).not.toMatch(/problems? \(/);
    // each file's line once
    expect(io.stderr.split(`${paths[0]}: `).length).toBe(2);
  }, 60_000);

  it.each([
    ["text", []],
    ["json", ["--format", "json"]],
  ])("must not trigger: check (%s) with a story beside a page with no body checks the story, its summary as before", async (_, flags) => {
    const io = recorder();
    const code = await run(["check", noBody, story, ...flags, "--no-cache"], io);
    expect(code).not.toBe(2);
    expect(io.stderr).toContain(`${noBody}: no article text found`);
    expect(io.stderr).not.toContain("nothing could be read");
    if (flags.length) expect(JSON.parse(io.stdout).summary.articles).toBe(1);
    else expect(io.stderr).toMatch(/^\d+ problems? \(.*; (passes|fails) at --fail-on error$/m);
  }, 60_000);

  it("must trigger: report writes nothing and says so", async () => {
    const io = recorder();
    expect(await run(["report", noBody, "--no-cache"], io)).toBe(2);
    expect(io.stderr).toContain("nothing could be read");
  }, 60_000);

  // README: a file read that gave nothing usable "gets one line on standard error from every
  // command"; report and verify said nothing of it when another file could be read.
  it.each([
    ["report", ["report", noBody, story, "--format", "json", "--no-cache"]],
    ["report -o", ["report", noBody, story, "-o", join(dir, "out.md"), "--no-cache"]],
    ["verify (a source)", ["verify", story, "--against", noBody, story, "--no-cache"]],
    ["verify (the draft)", ["verify", noBody, "--against", story, "--no-cache"]],
  ])("must trigger: %s names a file that gave no article", async (_, args) => {
    const io = recorder();
    await run(args, io);
    expect(io.stderr).toContain(`${noBody}: no article text found`);
  }, 60_000);

  // A draft that gave no article (a login page saved by mistake) read "no direct quotations found"
  // and exit 0: all well to a script, with nothing checked.
  it("must trigger: verify of a draft that gave no article cannot verify (2)", async () => {
    const io = recorder();
    expect(await run(["verify", noBody, "--against", story, "--no-cache"], io)).toBe(2);
    expect(io.stderr).toContain(`quotecheck: cannot verify: the draft ${noBody} gave no article text`);
    expect(io.stdout).toBe("");
  }, 60_000);

  it("must not trigger: a draft with an article but no quotation is checked as before (0)", async () => {
    const plain = file("plain.txt", "Bridge work\n\nThe bridge will reopen in May after repairs.\n");
    const io = recorder();
    expect(await run(["verify", plain, "--against", story, "--no-cache"], io)).toBe(0);
    expect(io.stderr).not.toContain("cannot verify");
  }, 60_000);

  it.each([
    ["report", ["report", story, "--format", "json", "--no-cache"]],
    ["verify", ["verify", story, "--against", story, "--no-cache"]],
  ])("must not trigger: %s on a story alone says nothing of the kind", async (_, args) => {
    const io = recorder();
    await run(args, io);
    expect(io.stderr).not.toContain("no article text");
  }, 60_000);

  it("must not trigger: one file with an article beside them reads as before (0), the others still named", async () => {
    const io = recorder();
    expect(await run(["extract", noBody, onlyAttachment, story, "--format", "jsonl", "--no-cache"], io)).toBe(0);
    expect(io.stdout).toContain("We will reopen the bridge in May");
    expect(io.stderr).toContain(`${noBody}: no article text found`);
  }, 60_000);
});
