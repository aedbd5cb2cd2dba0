import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild, ROOT } from "./run-bin.js";
import { schemaValidator } from "../report/schema-validator.js";

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });
let tmp: string;
beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), "qc-report-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("quotecheck report (built binary)", () => {
  it("writes the JSON report of the corpus, valid against schema/report.schema.json", () => {
    const r = quotecheck(["report", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(schemaValidator("report")(doc)).toEqual([]);
    expect(doc.articles.length).toBe(2);
  });

  it("writes each format to -o FILE atomically (no temporary file left), the format following the extension", () => {
    for (const [file, check] of [
      ["report.html", (s: string) => s.startsWith("<!DOCTYPE html>") && s.includes("Content-Security-Policy")],
      ["report.md", (s: string) => s.startsWith("<!-- quotecheck report -->\n# Attribution report")],
      ["quotes.csv", (s: string) => s.startsWith("\uFEFFspeaker,") && s.includes("\r\n")],
    ] as const) {
      const out = join(tmp, file);
      const r = quotecheck(["report", "-o", out]);
      expect(r.code, file).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`wrote .*${file.replace(".", "\\.")}`));
      expect(check(readFileSync(out, "utf8")), file).toBe(true);
    }
    expect(readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("gives in the HTML each quote's sentence, the words marked and the credit in bold", () => {
    const r = quotecheck(["report", "--format", "html"]);
    expect(r.code).toBe(0);
    const $ = cheerio.load(r.stdout);
    const ctx = $("p.context").filter((_, p) => $(p).find("mark").text().startsWith("The fighting is putting at risk"));
    expect(ctx).toHaveLength(1);
    expect(ctx.find("b").map((_, b) => $(b).text()).get()).toEqual(["Irina Bokova, the director-general of UNESCO", "said in a statement"]);
    // Under its quote's words, not in a finding's claim card.
    expect(ctx.parent().is("div.quote")).toBe(true);
    // The page names the one file read; none is counted away.
    expect($("h1 + p.meta").text()).not.toContain("more files");
  });

  it("gives in the Markdown each quote's words once, in bold in their sentence, the credit in italics", () => {
    const r = quotecheck(["report", "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| Quote | Said on |");
    const row = r.stdout.split("\n").find((l) => l.startsWith("| “**The fighting is putting at risk"))!;
    const context = row.split(/(?<!\\)\|/)[1];
    expect(context.split("The fighting is putting at risk")).toHaveLength(2);
    expect(context).toContain("*Irina Bokova, the director-general of UNESCO*");
    expect(context).toContain("*said in a statement*");
  });

  it("refuses --format given twice with two values (exit 2, both named, nothing written)", () => {
    const out = join(tmp, "twice.html");
    const r = quotecheck(["report", "--format", "html", "--format", "md", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format html and --format md");
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  it("prints Markdown to standard output by default", () => {
    const r = quotecheck(["report"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!-- quotecheck report -->\n# Attribution report\n/);
    expect(r.stdout).toMatch(/\n## Conflicts\n/);
    // The most quoted speaker first (Omran, 20 quotes and more), not the first one quoted (Bokova).
    const speakers = r.stdout.slice(r.stdout.indexOf("## Speakers"), r.stdout.indexOf("## Conflicts"));
    expect(speakers.match(/^### (.+)$/m)?.[1]).toBe("Khaled Omran");
    expect(speakers.indexOf("### Khaled Omran")).toBeLessThan(speakers.indexOf("### Irina Bokova"));
  });

  it("exits 2 on a bad format, an unwritable target, or nothing to read; no partial file", () => {
    const bad = quotecheck(["report", "--format", "pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of json, md, html, csv/);
    const target = join(tmp, "no-such-dir", "r.html");
    const unwritable = quotecheck(["report", "-o", target]);
    expect(unwritable.code).toBe(2);
    // Says what is wrong in words, with the system's code.
    expect(unwritable.stderr).toContain(`r.html: cannot write report: the folder ${join(tmp, "no-such-dir")} does not exist (ENOENT)`);
    expect(existsSync(target)).toBe(false);
    const nothing = quotecheck(["report", "tests/fixtures/no-such-folder"]);
    expect(nothing.code).toBe(2);
  });

  it("refuses a target it cannot write before reading any input (no wait for the analysis), exit 2", () => {
    mkdirSync(join(tmp, "a-folder.md"));
    writeFileSync(join(tmp, "a-file"), "not a folder");
    const cases: [string, string][] = [
      [join(tmp, "gone", "r.md"), `the folder ${join(tmp, "gone")} does not exist (ENOENT)`],
      [join(tmp, "a-folder.md"), "a folder has that name (EISDIR)"],
      [join(tmp, "a-file", "r.md"), `${join(tmp, "a-file")} is not a folder (ENOTDIR)`],
    ];
    for (const [target, words] of cases) {
      // The missing input would have its own line had the inputs been read.
      const r = quotecheck(["report", "tests/fixtures/no-such-file.txt", "-o", target]);
      expect(r.code, target).toBe(2);
      expect(r.stderr, target).toContain(words);
      expect(r.stderr, target).not.toMatch(/no-such-file/);
    }
    expect(readdirSync(join(tmp, "a-folder.md"))).toEqual([]);
  });

  it("still writes the whole report of what it could read when a named path is missing, and exits 2", () => {
    const target = join(tmp, "partial-inputs.md");
    const r = quotecheck(["report", "corpus", "tests/fixtures/no-such-file.txt", "-o", target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-file\.txt: no such file or directory/);
    const whole = quotecheck(["report", "corpus", "--format", "md"]).stdout;
    const written = readFileSync(target, "utf8");
    // The same report, plus the missing file among its sources' problems.
    expect(written).toMatch(/- error: tests\/fixtures\/no-such-file\.txt: no such file or directory \(ingest\/missing\)/);
    expect(written.length).toBeGreaterThan(whole.length);
  });

  it("does not read its own earlier report when -o writes it into the folder it reads", () => {
    const story = join(tmp, "story");
    mkdirSync(story);
    copyFileSync(join(ROOT, "corpus/midden-oosten-2015-05-22-isis-captures-palmyra.txt"), join(story, "palmyra.txt"));
    const first = quotecheck(["report", "story", "-o", "story/report.json"], { cwd: tmp });
    expect(first.code).toBe(0);
    const again = quotecheck(["report", "story", "-o", "story/report.json"], { cwd: tmp });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/story\/report\.json: .*output file/);
    const doc = JSON.parse(readFileSync(join(story, "report.json"), "utf8"));
    expect(doc.articles).toHaveLength(2);
    expect(doc.quotes.length).toBe(JSON.parse(quotecheck(["report", "story/palmyra.txt", "--format", "json"], { cwd: tmp }).stdout).quotes.length);
  });

  it("refuses -o onto one of its inputs before reading (exit 2, the source untouched), not onto its own earlier report", () => {
    const story = join(tmp, "sources");
    mkdirSync(story);
    const text = '"We are ready," said the mayor, John Smith, on Monday.\n';
    writeFileSync(join(story, "a.txt"), text);
    writeFileSync(join(story, "b.txt"), text);
    for (const args of [["sources/a.txt", "sources/b.txt", "-o", "sources/b.txt"], ["sources", "-o", "sources/b.txt"]]) {
      const r = quotecheck(["report", ...args], { cwd: tmp });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("sources/b.txt: cannot write report: it is one of the inputs");
      expect(readFileSync(join(story, "b.txt"), "utf8")).toBe(text);
    }
    // Must not: a report the run wrote before, in the folder it reads, is replaced.
    expect(quotecheck(["report", "sources", "-o", "sources/report.md"], { cwd: tmp }).code).toBe(0);
    expect(quotecheck(["report", "sources", "-o", "sources/report.md"], { cwd: tmp }).code).toBe(0);
    expect(readFileSync(join(story, "report.md"), "utf8")).toMatch(/^<!-- quotecheck report -->/);
  });

  it("writes through a symbolic link given as -o, leaving the link in place", () => {
    writeFileSync(join(tmp, "linked.md"), "old\n");
    symlinkSync(join(tmp, "linked.md"), join(tmp, "link.md"));
    const r = quotecheck(["report", "corpus", "-o", join(tmp, "link.md")]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(tmp, "link.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(tmp, "linked.md"), "utf8")).toMatch(/^<!-- quotecheck report -->/);
  });

  it("refuses -o with an empty value (an unset variable) instead of printing the report, exit 2", () => {
    const r = quotecheck(["report", "corpus", "-o", ""]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("-o (--output) needs a value (got an empty string)");
  });
});
