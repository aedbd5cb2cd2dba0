import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import type * as FsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadInputs, MAX_BYTES, type LoadResult } from "../../src/ingest/index.js";
import { formatDiagnostic } from "../../src/report/diagnostics.js";

// Tests may run as root, where chmod 000 does not stop a read: opening any file named
// "unreadable.txt" fails with EACCES instead, as it would for a user without permission.
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: (async (path: Parameters<typeof real.open>[0], ...rest: unknown[]) => {
      if (String(path).endsWith("unreadable.txt")) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: "EACCES" });
      return (real.open as (...a: unknown[]) => ReturnType<typeof real.open>)(path, ...rest);
    }) as typeof real.open,
  };
});

const ARTICLE = "Council votes to close two libraries\n\nThe city council voted 7-4 on Tuesday to close two branch libraries, the mayor said.\n";

let dir: string;
let emptyDir: string;
let res: LoadResult;
const rel = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "qc-malformed-"));
  writeFileSync(rel("good.txt"), ARTICLE);
  writeFileSync(rel("empty.txt"), "");
  writeFileSync(rel("blank.md"), " \n\n\t\n");
  writeFileSync(rel("image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(rel("photo"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]));
  writeFileSync(rel("data.bin"), Buffer.from([1, 2, 3, 0, 0, 0, 7, 8, 250, 251]));
  writeFileSync(rel("notes.xyz"), ARTICLE);
  writeFileSync(rel("saved-page"), `<!DOCTYPE html><html><head><title>Ferry service resumes</title></head><body><article><p>${"The ferry between the islands resumed service on Friday after a week of storms, the operator said. ".repeat(3)}</p></article></body></html>`);
  const cut = Buffer.from("A story that ends inside a character: “", "utf8");
  writeFileSync(rel("truncated.txt"), cut.subarray(0, cut.length - 2));
  writeFileSync(rel("mixed.txt"), Buffer.concat([Buffer.from("One line in UTF-8: “fine”.\n", "utf8"), Buffer.from([0x41, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x2e, 0x0a])]));
  writeFileSync(rel("broken.html"), "<html><body><div><div><p>The harbour reopened on Monday, officials said, after the storm had passed.<p>“We are open,” said the harbour master, Ana Vidal.</div><p>Ships were waiting outside <b>the bre");
  writeFileSync(rel("deep.html"), `<html><body>${"<div>".repeat(10000)}<p>Deep inside ten thousand elements, the text is still found, the parser said.</p>${"</div>".repeat(10000)}</body></html>`);
  writeFileSync(rel("quotes-everywhere.txt"), `“${"“word ".repeat(5000)}\n\n${"said “ ".repeat(3000)}`);
  writeFileSync(rel("unreadable.txt"), ARTICLE);
  writeFileSync(rel("huge.txt"), "");
  truncateSync(rel("huge.txt"), MAX_BYTES + 1); // sparse: over the limit without writing 50 MB
  writeFileSync(rel("deleted.txt"), ARTICLE);
  mkdirSync(rel("nested/deeper"), { recursive: true });
  writeFileSync(rel("nested/deeper/inner.txt"), ARTICLE);
  symlinkSync("..", rel("nested/deeper/loop")); // points back up: a directory symlink loop
  // A directory whose name promises a file, and that holds nothing.
  emptyDir = mkdtempSync(join(tmpdir(), "qc-empty-")) + "/story.html";
  mkdirSync(emptyDir);
  res = await loadInputs([dir, emptyDir, rel("missing.txt")], {
    // The file is deleted after the list is made and before it is read, as on a live folder.
    onProgress: (_done, _total, path) => {
      if (path.endsWith("blank.md")) unlinkSync(rel("deleted.txt"));
    },
  });
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(emptyDir, ".."), { recursive: true, force: true });
});

const input = (name: string) => res.inputs.find((i) => i.path.endsWith(`/${name}`) || i.path === name);
const errorsFor = (path: string) => res.diagnostics.filter((d) => d.documentId === path && d.severity === "error");

describe("bad input: each is accounted for, with one clear error line naming the file", () => {
  const skippedCases: [string, RegExp][] = [
    ["empty.txt", /empty file/],
    ["blank.md", /empty file/],
    ["image.png", /not a text file \(PNG image\)/],
    ["photo", /not a text file \(JPEG image\)/],
    ["data.bin", /not a text file \(binary content/],
    ["unreadable.txt", /permission denied/],
    ["huge.txt", /over the 50\.0 MB limit \(set --max-bytes/],
    ["deleted.txt", /disappeared before it could be read/],
    ["loop", /symlink loop/],
    ["story.html", /directory holds no files/],
    ["missing.txt", /no such file/],
  ];
  it.each(skippedCases)("%s is skipped with its reason", (name, reason) => {
    const i = input(name);
    expect(i, `${name} missing from inputs`).toBeDefined();
    expect(i!.status).toBe("skipped");
    expect(i!.status === "skipped" && i!.reason).toMatch(reason);
    const errs = errorsFor(i!.path);
    expect(errs).toHaveLength(1);
    const line = formatDiagnostic(errs[0], null);
    expect(line.startsWith(`${i!.path}: `)).toBe(true);
    expect(line).toMatch(reason);
    expect(line).not.toContain("\n");
  });

  const processedCases: [string, string, RegExp | null][] = [
    ["good.txt", "text", null],
    ["notes.xyz", "text", /unknown extension/],
    ["saved-page", "html", null],
    ["truncated.txt", "text", /ends inside a UTF-8 character/],
    ["mixed.txt", "text", /mixed encodings/],
    ["broken.html", "html", /malformed HTML/],
    ["deep.html", "html", /^HTML nested 10,00\d elements deep/],
    ["quotes-everywhere.txt", "text", null],
    ["inner.txt", "text", null],
  ];
  it.each(processedCases)("%s is still read (%s)", (name, format, note) => {
    const i = input(name);
    expect(i).toMatchObject({ status: "processed", format });
    expect(errorsFor(i!.path)).toEqual([]);
    const doc = res.documents.find((d) => d.id === i!.path)!;
    expect(doc.articles.length).toBeGreaterThan(0);
    if (note) expect(res.diagnostics.some((d) => d.documentId === i!.path && note.test(d.reason))).toBe(true);
  });

  it("recovers the text of broken and deeply nested HTML", () => {
    const text = (name: string) => res.documents.find((d) => d.id.endsWith(name))!.articles.map((a) => a.text).join("\n");
    expect(text("broken.html")).toContain("“We are open,” said the harbour master, Ana Vidal.");
    expect(text("broken.html")).toContain("Ships were waiting outside the bre");
    expect(text("deep.html")).toContain("Deep inside ten thousand elements");
    expect(text("mixed.txt")).toContain("A “quote”.");
  });

  it("accounts for every input exactly once", () => {
    const paths = res.inputs.map((i) => i.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(res.inputs.filter((i) => i.status === "processed")).toHaveLength(processedCases.length);
    expect(res.inputs.filter((i) => i.status === "skipped")).toHaveLength(skippedCases.length);
  });
});

describe("a run where nothing can be read", () => {
  it("reports no documents, so the CLI exits 2", async () => {
    const r = await loadInputs([join(dir, "does-not-exist"), join(dir, "empty.txt")]);
    expect(r.documents).toEqual([]);
    expect(r.inputs.every((i) => i.status === "skipped")).toBe(true);
  });
});
