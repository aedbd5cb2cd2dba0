import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild } from "./run-bin.js";

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

// What a fact-checker's folder holds beside the stories: data files, links, patterns the shell left.
describe("inputs that are no article (built binary)", () => {
  let dir: string;
  beforeAll(() => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "qc-inputs-"));
    writeFileSync(join(dir, "story.txt"), '"We are ready," said the mayor, John Smith, on Monday.\n');
    writeFileSync(join(dir, "tweets.json"), '[{"id":"1","text":"\\"The city has fallen,\\" said the governor, Talal Barazi."}]\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Read as text, the dump gave a quote "said the governor, Talal Barazi." credited to no one.
  it("skips a JSON file named on the command line, saying what it is, reads the story, exits 2", () => {
    const r = quotecheck(["extract", "story.txt", "tweets.json", "--format", "jsonl", "--no-cache"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tweets.json: JSON data (an array of 1 item), not an article: quotecheck reads text, Markdown, HTML and mail; skipped (ingest/not-article)");
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { doc: string; speaker: string | null });
    expect(rows.map((q) => [q.doc, q.speaker])).toEqual([["story.txt", "John Smith"]]);
  });

  it("names a JSON draft as such in verify, exit 2", () => {
    const r = quotecheck(["verify", "tweets.json", "--against", "story.txt", "--no-cache"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tweets.json: JSON data (an array of 1 item), not an article");
    expect(r.stderr).toContain("cannot verify: the draft tweets.json could not be read");
  });

  // must not: a JSON file inside a named folder is said once and does not fail the run
  it("reads a folder holding a JSON file: one line for it, exit 0", () => {
    const r = quotecheck(["extract", ".", "--format", "jsonl", "--no-cache"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/not-article/g)).toHaveLength(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });
});
