import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles, describeFsError, readInput } from "../../src/ingest/files.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qc-files-"));
  mkdirSync(join(dir, "story"));
  for (const f of ["a.txt", "draft.md", "report.md"]) writeFileSync(join(dir, "story", f), `"Words," said ${f}.\n`);
  symlinkSync(join(dir, "story", "draft.md"), join(dir, "draft-link.md"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("collectFiles", () => {
  it("lists a folder's files in name order", async () => {
    const { files, skipped } = await collectFiles([join(dir, "story")]);
    expect(files.map((f) => f.id)).toEqual(["story/a.txt", "story/draft.md", "story/report.md"]);
    expect(skipped).toEqual([]);
  });

  // The draft being verified, or the report being written, is no source of its own: found in a
  // source folder, named directly or reached through a link, it is skipped with the reason given.
  it("leaves out a file it is told to, wherever the paths lead to it, and says why", async () => {
    const leaveOut = [{ path: join(dir, "story", "draft.md"), reason: "the draft being verified, not a source" }];
    for (const paths of [[join(dir, "story")], [join(dir, "story", "a.txt"), join(dir, "draft-link.md")]]) {
      const { files, skipped } = await collectFiles(paths, leaveOut);
      expect(files.map((f) => f.path).some((p) => /draft/.test(p))).toBe(false);
      expect(files).toHaveLength(paths.length === 1 ? 2 : 1);
      expect(skipped).toEqual([expect.objectContaining({ reason: "the draft being verified, not a source", ruleId: "ingest/left-out", severity: "info" })]);
    }
  });

  it("reads a folder named twice once, and says so as info", async () => {
    const { files, skipped } = await collectFiles([join(dir, "story"), join(dir, "story") + "/"]);
    expect(files).toHaveLength(3);
    expect(skipped).toEqual([expect.objectContaining({ ruleId: "ingest/repeat", severity: "info" })]);
  });

  it("leaves out nothing when the file to leave out does not exist yet", async () => {
    const { files, skipped } = await collectFiles([join(dir, "story")], [{ path: join(dir, "story", "new-report.md"), reason: "x" }]);
    expect(files).toHaveLength(3);
    expect(skipped).toEqual([]);
  });

  // "noperm: permission denied: cannot read this file" for a folder sent the user looking for a file.
  it("names what could not be read: a file or a folder", () => {
    const denied = Object.assign(new Error("EACCES"), { code: "EACCES" });
    expect(describeFsError(denied).reason).toBe("permission denied: cannot read this file");
    expect(describeFsError(denied, "folder").reason).toBe("permission denied: cannot read this folder");
  });

  // A folder reached twice was already skipped as a repeat; a file named twice (or inside a folder
  // also given) was read twice, every quote in it listed twice, and a second "-" read an empty stdin.
  it("reads a file reached twice, and standard input, once", async () => {
    const story = join(dir, "story");
    const { files, skipped } = await collectFiles([story, join(story, "a.txt"), "-", `${story}/./a.txt`, "-"]);
    expect(files.map((f) => f.id)).toEqual(["story/a.txt", "story/draft.md", "story/report.md", "-"]);
    expect(skipped).toEqual([
      { id: join(story, "a.txt"), reason: "reached again; read once, as story/a.txt", ruleId: "ingest/repeat", severity: "info", afterFiles: 3 },
      { id: `${story}/./a.txt`, reason: "reached again; read once, as story/a.txt", ruleId: "ingest/repeat", severity: "info", afterFiles: 4 },
      { id: "-", reason: "named again; standard input is read once", ruleId: "ingest/repeat", severity: "info", afterFiles: 4 },
    ]);
  });
});

// A file and a symbolic link to it (a "latest.txt" beside the dated story, a folder linked into
// another) were read twice: every quote listed twice and checked against itself.
describe("collectFiles: a file reached through a link is read once", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "qc-links-"));
    mkdirSync(join(root, "story"));
    mkdirSync(join(root, "other"));
    mkdirSync(join(root, "desk"));
    writeFileSync(join(root, "story", "a.txt"), '"Words," said Ann Lee.\n');
    writeFileSync(join(root, "other", "a.txt"), '"Words," said Ann Lee.\n');
    symlinkSync("a.txt", join(root, "story", "latest.txt"));
    symlinkSync(join(root, "story"), join(root, "desk", "linked-story"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const cases: readonly { readonly name: string; readonly paths: (r: string) => string[]; readonly ids: readonly string[]; readonly repeats: number }[] = [
    { name: "a folder holding a file and a link to it", paths: (r) => [join(r, "story")], ids: ["story/a.txt"], repeats: 1 },
    { name: "a file named, and its link named", paths: (r) => [join(r, "story", "a.txt"), join(r, "story", "latest.txt")], ids: [join("story", "a.txt")], repeats: 1 },
    { name: "a file named, and a linked folder that holds it", paths: (r) => [join(r, "story", "a.txt"), join(r, "desk")], ids: [join("story", "a.txt")], repeats: 2 },
    // must not: two files with the same name and the same words are two files
    { name: "two files of one name in two folders", paths: (r) => [join(r, "story", "a.txt"), join(r, "other", "a.txt")], ids: [join("story", "a.txt"), join("other", "a.txt")], repeats: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { files, skipped } = await collectFiles(c.paths(root));
      expect(files.map((f) => f.path.slice(root.length + 1))).toEqual(c.ids);
      expect(skipped.filter((s) => s.ruleId === "ingest/repeat")).toHaveLength(c.repeats);
      expect(skipped.filter((s) => s.ruleId !== "ingest/repeat")).toEqual([]);
    });
  }
});

// The shell passes a pattern that matched nothing on as it is: "no such file" alone sent the user
// looking for a file named with a star.
describe("collectFiles: a missing path that is a pattern says so", () => {
  const cases: readonly [string, boolean][] = [
    ["stories/*.txt", true],
    ["story-?.md", true],
    ["draft[12].txt", true],
    ["missing-story.txt", false],
    ["no/such/folder", false],
  ];
  for (const [path, hint] of cases) {
    it(`${path}: ${hint ? "a pattern that matched nothing" : "no such file, nothing more"}`, async () => {
      const { skipped } = await collectFiles([join(dir, path)]);
      const reason = "no such file or directory" + (hint ? " (a pattern that matched no file? quotecheck does not expand *, ? or [...] itself)" : "");
      expect(skipped).toEqual([expect.objectContaining({ reason, ruleId: "ingest/missing" })]);
    });
  }
});

// A named pipe nobody writes to blocks the read (open waits for a writer) and the run with it; a
// device may never end. Named on the command line, either is refused with its reason; what a shell
// hands over as a path to a stream already open (`<(…)` is /dev/fd/63, /dev/stdin) is still read.
describe("collectFiles: a named pipe, device or socket named on the command line is refused", () => {
  const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
  it.skipIf(!hasMkfifo)("refuses a named pipe, with a reason, and lists the file beside it", async () => {
    const fifo = join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    try {
      const { files, skipped } = await collectFiles([fifo, join(dir, "story", "a.txt")]);
      expect(files.map((f) => f.path)).toEqual([join(dir, "story", "a.txt")]);
      expect(skipped).toEqual([{ id: fifo, reason: expect.stringMatching(/^a named pipe \(FIFO\), not a regular file: .*; skipped$/), ruleId: "ingest/not-a-file", afterFiles: 0 }]);
      expect(skipped[0]!.reason).not.toContain("\n");
    } finally {
      rmSync(fifo);
    }
  });

  it.skipIf(!existsSync("/dev/null"))("refuses a device", async () => {
    const { files, skipped } = await collectFiles(["/dev/null"]);
    expect(files).toEqual([]);
    expect(skipped.map((s) => [s.reason.replace(/,.*/, ""), s.ruleId])).toEqual([["a device", "ingest/not-a-file"]]);
  });

  it.skipIf(!existsSync("/dev/fd/0") || !existsSync("/dev/stdin"))("reads standard input and a stream the shell hands over as a path", async () => {
    const { files, skipped } = await collectFiles(["-", "/dev/fd/0", "/dev/stdin"]);
    expect(skipped.filter((s) => s.ruleId === "ingest/not-a-file")).toEqual([]);
    expect(files.map((f) => f.id).slice(0, 2)).toEqual(["-", "/dev/fd/0"]);
  });
});

describe("readInput: a pipe or device is read up to the limit, never to its end", () => {
  it.skipIf(!existsSync("/dev/zero"))("stops /dev/zero (endless) after the limit and says so", async () => {
    await expect(readInput("/dev/zero", 64 * 1024, async () => Buffer.alloc(0))).rejects.toThrow(/^a pipe or device that gave more than the 64\.0 KB limit; stopped reading/);
  });

  it.skipIf(spawnSync("mkfifo", ["--version"]).status !== 0)("reads a pipe under the limit whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-fifo-"));
    try {
      const fifo = join(dir, "p");
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      const text = '"We are ready," said the mayor.\n'.repeat(100);
      const writer = writeFile(fifo, text);
      const got = await readInput(fifo, 64 * 1024, async () => Buffer.alloc(0));
      await writer;
      expect(got.toString("utf8")).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("hands the limit to the standard-input reader and refuses what goes past it", async () => {
    const asked: number[] = [];
    const stdin = async (max: number) => (asked.push(max), Buffer.alloc(max + 1, 0x61));
    await expect(readInput("-", 1000, stdin)).rejects.toThrow(/^standard input gave more than the 1000 bytes limit; stopped reading/);
    expect(asked).toEqual([1000]);
    await expect(readInput("-", 1000, async () => Buffer.from("short"))).resolves.toEqual(Buffer.from("short"));
  });
});

describe("readInput: the size in the too-large message", () => {
  const dir = mkdtempSync(join(tmpdir(), "qc-size-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it.each([
    [1, 2, /^file is 2 bytes, over the 1 byte limit/],
    [2, 3, /^file is 3 bytes, over the 2 bytes limit/],
    [1024, 2048, /^file is 2\.0 KB, over the 1\.0 KB limit/],
  ])("limit %i, file of %i bytes", async (max, n, message) => {
    const f = join(dir, `f${max}-${n}.txt`);
    writeFileSync(f, "a".repeat(n));
    await expect(readInput(f, max, async () => Buffer.alloc(0))).rejects.toThrow(message);
  });
});
