import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { destinationProblem, inputRoots, isAmongInputs, writeTarget } from "../../src/cli/output-file.js";
import { OWN_REPORT_MARK } from "../../src/model/index.js";

describe("isAmongInputs: is the file read when these paths are", () => {
  const rows: readonly [string, string, readonly string[], boolean][] = [
    ["the file named", "/s/a.txt", ["/s/a.txt"], true],
    ["a file in a named folder", "/s/a.txt", ["/s"], true],
    ["a file deep in a named folder", "/s/x/y/a.txt", ["/s"], true],
    ["a file beside the named one", "/s/b.txt", ["/s/a.txt"], false],
    ["a folder whose name starts the same", "/story2/a.txt", ["/story"], false],
    ["the folder above", "/a.txt", ["/s"], false],
    ["a hidden file in the folder (the walk leaves it out)", "/s/.report.md", ["/s"], false],
    ["a file in a hidden folder", "/s/.cache/a.txt", ["/s"], false],
    ["no inputs", "/s/a.txt", [], false],
  ];
  for (const [label, file, inputs, want] of rows) it(label, () => expect(isAmongInputs(file, inputs)).toBe(want));
});

describe("inputRoots", () => {
  it("resolves the named paths, leaves standard input out, and is the corpus when none is named", () => {
    expect(inputRoots("/w", ["a.txt", "-", "/abs/dir"], "/corpus")).toEqual(["/w/a.txt", "/abs/dir"]);
    expect(inputRoots("/w", [], "/corpus")).toEqual(["/corpus"]);
  });
});

describe("destinationProblem: an existing file in the way of -o", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "qc-dest-"));
    mkdirSync(join(dir, "story"));
    writeFileSync(join(dir, "story", "a.txt"), '"We are ready," said the mayor.\n');
    writeFileSync(join(dir, "story", "old.md"), `${OWN_REPORT_MARK}\n# Attribution report\n`);
    writeFileSync(join(dir, "notes.md"), "my notes\n");
    symlinkSync(join(dir, "story", "a.txt"), join(dir, "link.md"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const story = () => [join(dir, "story")];

  it("refuses a source among the inputs: named, in a named folder, or reached by a link", async () => {
    const words = /one of the inputs, a source and not a report quotecheck wrote/;
    expect(await destinationProblem(join(dir, "story", "a.txt"), [join(dir, "story", "a.txt")])).toMatch(words);
    expect(await destinationProblem(join(dir, "story", "a.txt"), story())).toMatch(words);
    expect(await destinationProblem(join(dir, "link.md"), story())).toMatch(words);
  });

  it("lets through its own earlier report in the folder, a file outside the inputs, and a new file", async () => {
    expect(await destinationProblem(join(dir, "story", "old.md"), story())).toBeNull();
    expect(await destinationProblem(join(dir, "notes.md"), story())).toBeNull();
    expect(await destinationProblem(join(dir, "story", "new.md"), story())).toBeNull();
  });

  it("writes through a link to the file it leads to, and to the path itself when nothing is there", async () => {
    expect(await writeTarget(join(dir, "link.md"))).toBe(join(dir, "story", "a.txt"));
    expect(await writeTarget(join(dir, "none.md"))).toBe(join(dir, "none.md"));
  });

  it("writes through a link that leads to no file yet to the file it names, as the shell's > does (the link stays)", async () => {
    symlinkSync("story/later.md", join(dir, "dangling.md"));
    symlinkSync(join(dir, "dangling.md"), join(dir, "chain.md"));
    expect(await writeTarget(join(dir, "dangling.md"))).toBe(join(dir, "story", "later.md"));
    expect(await writeTarget(join(dir, "chain.md"))).toBe(join(dir, "story", "later.md"));
    expect(await destinationProblem(join(dir, "dangling.md"), story())).toBeNull();
  });

  it("refuses a link into a folder that does not exist, and a loop of links, before anything is read", async () => {
    symlinkSync(join(dir, "gone", "x.md"), join(dir, "nowhere.md"));
    symlinkSync(join(dir, "loop-b.md"), join(dir, "loop-a.md"));
    symlinkSync(join(dir, "loop-a.md"), join(dir, "loop-b.md"));
    expect(await destinationProblem(join(dir, "nowhere.md"), story())).toBe(`the folder ${join(dir, "gone")} does not exist (ENOENT)`);
    expect(await destinationProblem(join(dir, "loop-a.md"), story())).toBe("a loop of symbolic links (ELOOP)");
  });

  // Root may write any file, so a read-only mode stops nothing there: the test needs another user.
  it.skipIf(process.getuid?.() === 0)("refuses a read-only file (the rename would replace it all the same)", async () => {
    const ro = join(dir, "ro.md");
    writeFileSync(ro, "keep\n");
    chmodSync(ro, 0o444);
    expect(await destinationProblem(ro, story())).toMatch(/^the file is read-only \(EACCES\)$/);
  });
});
