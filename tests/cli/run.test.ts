import { describe, expect, it } from "vitest";
import { MAX_BYTES } from "../../src/ingest/index.js";
import { commandLoaders } from "../../src/cli/commands/index.js";
import { helpText, run } from "../../src/cli/run.js";
import { textWidth } from "../../src/cli/io.js";
import { recorder } from "./recorder.js";
import stringWidth from "string-width";

describe("cli dispatch", () => {
  it("states the real size limit in --help", async () => {
    expect(await helpText()).toContain(`Files over ${MAX_BYTES / 1024 / 1024} MB are skipped`);
  });

  it("names every kind of input the README lists, .mht and .mhtml too", async () => {
    const help = await helpText();
    for (const ext of [".txt", ".md", ".html", ".htm", ".eml", ".mbox", ".mht", ".mhtml"]) expect(help).toMatch(new RegExp(`Inputs:[^\\n]*\\${ext}[ \\n]`));
  });

  it("lists every command in --help, each loading under its own name", async () => {
    const help = await helpText();
    for (const c of commandLoaders) {
      expect((await c.load()).name).toBe(c.name);
      expect(help).toContain(`  ${c.name.padEnd(10)} `);
    }
  });

  // `extract --help` printed its usage line and then the whole --help under it: every command's
  // summary and usage (check's rule table, report's formats), fifty lines for one command's flags.
  it.each(commandLoaders.map((c) => [c.name]))("must trigger: %s --help is that command's help, not every command's", async (name) => {
    const io = recorder();
    expect(await run([name, "--help"], io)).toBe(0);
    const cmd = await commandLoaders.find((c) => c.name === name)!.load();
    expect(io.stdout).toContain(cmd.summary);
    expect(io.stdout).toContain(cmd.usage);
    // the flags every corpus-reading command shares and the exit codes are still said
    expect(io.stdout).toContain("--max-bytes");
    expect(io.stdout).toMatch(/exit codes: 0 /);
    expect(io.stdout).toContain('"quotecheck --help" lists every command');
    // not the other commands' usage lines
    for (const other of await Promise.all(commandLoaders.filter((c) => c.name !== name).map((c) => c.load()))) {
      expect(io.stdout, other.name).not.toContain(other.usage.split("\n")[0]);
    }
    expect(io.stdout).not.toContain("\ncommands:\n");
  });

  it("must not trigger: quotecheck --help and a bare -h still list every command", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const io = recorder();
      expect(await run(args, io)).toBe(0);
      expect(io.stdout).toContain("\ncommands:\n");
      for (const c of await Promise.all(commandLoaders.map((l) => l.load()))) expect(io.stdout).toContain(c.usage.split("\n")[0]);
    }
  });

  // check's rule table padded ids to 18 cells; the headline-quote ids are longer, so their severity
  // and description ran on from the id and the columns no longer lined up.
  it("must trigger: check --help lines every rule's severity up in one column, whatever the id's length", async () => {
    const io = recorder();
    expect(await run(["check", "--help"], io)).toBe(0);
    const rows = io.stdout.split("\n").filter((l) => /^ {4}[a-z]+(?:-[a-z]+)+ +(?:error|warning|info|off) /.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const at = new Set(rows.map((l) => l.search(/ (?:error|warning|info|off) /)));
    expect([...at]).toHaveLength(1);
  });

  // `quotecheck help extract` printed the whole --help, as if "extract" were not there.
  it.each([[["help", "extract"]], [["--help", "extract"]], [["-h", "report"]]])("must trigger: %j is that command's help", async (args) => {
    const io = recorder();
    expect(await run(args, io)).toBe(0);
    const cmd = await commandLoaders.find((c) => c.name === args[1])!.load();
    expect(io.stdout.startsWith(`quotecheck ${cmd.name}: ${cmd.summary}`)).toBe(true);
    expect(io.stdout).not.toContain("\ncommands:\n");
  });

  it("must not trigger: help followed by no command, or by a word that is none, is the whole --help", async () => {
    for (const args of [["help"], ["help", "extrct"]]) {
      const io = recorder();
      expect(await run(args, io)).toBe(0);
      expect(io.stdout).toContain("\ncommands:\n");
    }
  });

  // A usage error in a command pointed at the whole --help; the command's own help is shorter and says its flags.
  it("must trigger: a usage error in a named command points at that command's --help", async () => {
    const io = recorder();
    expect(await run(["speakers", "--format", "csv"], io)).toBe(2);
    expect(io.stderr).toContain('run "quotecheck speakers --help" for usage');
  });

  it("must not trigger: a mistyped command still points at quotecheck --help", async () => {
    const io = recorder();
    expect(await run(["extrct"], io)).toBe(2);
    expect(io.stderr).toContain('run "quotecheck --help" for usage');
  });

  // Node's "Unknown option '--fail-on'. To specify a positional argument starting with a '-' …"
  // said nothing of where the flag belongs.
  it.each([
    [["verify", "d.txt", "--fail-on", "warning"], "verify does not take --fail-on (check, report take it)", "usage: quotecheck verify DRAFT"],
    [["extract", "--against", "x"], "extract does not take --against (verify takes it)", "usage: quotecheck extract"],
    [["check", "--jobs", "2"], "check does not take --jobs\n", "usage: quotecheck check"],
    [["--fail-on", "error"], "tui does not take --fail-on (check, report take it)", "usage: quotecheck [tui]"],
    [["articles", "--include-scare"], "articles does not take --include-scare (extract takes it)", "usage: quotecheck articles"],
    // report's usage named only -o, so its long name found no command that takes it
    [["extract", "--output", "quotes.json"], "extract does not take --output (report takes it)", "usage: quotecheck extract"],
    [["check", "-o", "out.txt"], "check does not take -o (report takes it)", "usage: quotecheck check"],
  ])("names the commands that take a flag this one does not: %j", async (args, said, usage) => {
    const io = recorder();
    expect(await run(args, io)).toBe(2);
    expect(io.stderr).toContain(`quotecheck: ${said}`);
    expect(io.stderr).toContain(usage);
    expect(io.stderr).not.toContain("positional argument");
  });

  // parseArgs kept the last: `report --format html --format md` wrote Markdown without a word.
  it("refuses two formats with exit 2 naming both flags, before reading anything, and says so in --help", async () => {
    const io = recorder();
    expect(await run(["report", "--format", "html", "--format", "md", "nope-never-read.txt"], io)).toBe(2);
    expect(io.stderr).toContain("quotecheck: --format html and --format md: --format takes one value");
    expect(io.stderr).not.toContain("nope-never-read.txt");
    expect(io.stdout).toBe("");
    expect(await helpText()).toMatch(/given twice with two values[^\n]*\n[^\n]*exit 2/);
  });

  // must not: a flag's missing value is no unknown flag
  it("keeps Node's words for a flag given without its value", async () => {
    const io = recorder();
    expect(await run(["report", "-o"], io)).toBe(2);
    expect(io.stderr).toContain("argument missing");
    expect(io.stderr).not.toContain("does not take");
  });

  it("turns an unknown flag into a usage error with exit code 2", async () => {
    const io = recorder();
    expect(await run(["extract", "--no-such-flag"], io)).toBe(2);
    expect(io.stderr).toMatch(/no-such-flag/);
  });

  it("rejects an unknown --format value with exit code 2", async () => {
    const io = recorder();
    expect(await run(["extract", "--format", "yaml"], io)).toBe(2);
    expect(io.stderr).toContain("--format must be one of");
  });

  // A mistyped command used to be read as a missing file, and the default command went on to run
  // on the other paths with exit code 0.
  it("turns a bare word that is neither a command nor a path into a usage error, with a suggestion", async () => {
    for (const [args, msg] of [
      [["extrct", "corpus"], /unknown command "extrct" \(did you mean "extract"\?\)/],
      [["speaker"], /unknown command "speaker" \(did you mean "speakers"\?\)/],
      [["version"], /unknown command "version"(?! \(did)/],
    ] as const) {
      const io = recorder();
      expect(await run(args, io)).toBe(2);
      expect(io.stderr).toMatch(msg);
      expect(io.stdout).toBe("");
    }
  });

  it("still reads a bare word that names a file or folder", async () => {
    const io = recorder();
    expect(await run(["corpus", "--format", "jsonl", "--no-cache"], io)).toBe(0);
    expect(io.stdout).toContain('"doc":"corpus/');
    // the whole pipeline on the corpus: over vitest's 5 s default on a loaded machine
  }, 60_000);
});

describe("text tables fit the terminal when standard output is one", () => {
  it.each([
    // stdout a terminal, its columns, COLUMNS, width fitted
    ["a terminal of 100 columns", true, 100, undefined, 100],
    ["a terminal that gives no width: COLUMNS", true, undefined, "90", 90],
    ["a terminal that gives neither: 80", true, undefined, undefined, 80],
    ["a terminal narrower than 40: 40", true, 20, undefined, 40],
    ["must not: a file or pipe gets the whole table", false, 100, "90", undefined],
  ])("%s", (_, stdoutIsTTY, columns, COLUMNS, width) => {
    expect(textWidth({ stdoutIsTTY, columns, env: COLUMNS ? { COLUMNS } : {} })).toBe(width);
  });
  it.each(["extract", "speakers", "conflicts", "articles"])("quotecheck %s on the embedded corpus at 80 columns: no line wider", async (command) => {
    const io = Object.assign(recorder(), { stdoutIsTTY: true, columns: 80 });
    expect(await run([command, "--no-cache"], io)).toBe(0);
    const lines = io.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
  }, 60_000);
  // `quotecheck --plain` on a terminal printed the table at its full 153 cells: every row ran over
  // two lines at 80 columns, where `extract` on the same terminal fits it.
  it.each([["--plain"], ["--format", "table"]])("must trigger: quotecheck %s on a terminal of 80 columns: no line wider", async (...flags) => {
    const io = Object.assign(recorder(), { stdoutIsTTY: true, stdinIsTTY: true, columns: 80 });
    expect(await run([...flags, "--no-cache"], io)).toBe(0);
    const lines = io.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
  }, 60_000);
  it("must not trigger: quotecheck piped keeps every column whole, as extract piped does", async () => {
    const piped = recorder();
    expect(await run(["--no-cache"], piped)).toBe(0);
    const extract = recorder();
    expect(await run(["extract", "--no-cache"], extract)).toBe(0);
    expect(piped.stdout).toBe(extract.stdout);
    expect(Math.max(...piped.stdout.split("\n").map((l) => stringWidth(l)))).toBeGreaterThan(80);
  }, 60_000);
});
