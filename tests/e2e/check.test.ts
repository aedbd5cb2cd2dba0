import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { BIN, quotecheck, requireBuild, ROOT } from "./run-bin.js";
import { schemaValidator } from "../report/schema-validator.js";

const CLEAN = "tests/fixtures/check-clean";
const UNATTRIBUTED = "tests/fixtures/check-unattributed";
let tmp: string;
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
// Each run starts Node and loads the NLP model; on a shared two-core machine that takes seconds.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), "qc-check-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("quotecheck check (built binary)", () => {
  it("exits 0 on an article with nothing to flag", () => {
    const r = quotecheck(["check", CLEAN, "--fail-on", "info"]);
    expect(r.stderr).toMatch(/0 problems/);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });

  it("exits 1 on a quote nobody is credited with, one line each: file:line:col: severity: message (rule-id)", () => {
    const r = quotecheck(["check", UNATTRIBUTED, "--fail-on", "warning"]);
    expect(r.code).toBe(1);
    const line = r.stdout.split("\n").find((l) => l.includes("(no-speaker)"));
    expect(line).toMatch(/^tests\/fixtures\/check-unattributed\/notice\.txt:5:2: warning: quote has no speaker: “The bridge will stay closed/);
  });

  it("exits 0 when findings are below --fail-on, and 1 when a --rule raises them", () => {
    expect(quotecheck(["check", UNATTRIBUTED, "--fail-on", "error"]).code).toBe(0);
    expect(quotecheck(["check", UNATTRIBUTED, "--fail-on", "error", "--rule", "no-speaker=error"]).code).toBe(1);
    expect(quotecheck(["check", UNATTRIBUTED, "--fail-on", "info", "--rule", "no-speaker=off", "--rule", "truncated-quote=off"]).stdout).not.toMatch(/no-speaker/);
  });

  it("finds an altered and a misattributed quote across two made-up outlets; misattribution fails the default gate", () => {
    const r = quotecheck(["check", "tests/fixtures/check-multi-outlet"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.some((l) => /: warning: quote altered .*\[-(dawn|midnight)-\] \{\+(midnight|dawn)\+\}; check which words were said \(altered-quote\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /: error: quote credited to (Tomas Reyes|Ana Holt) here but to (Ana Holt|Tomas Reyes) .*\(misattribution\)$/.test(l))).toBe(true);
    // Each file names its paper in a header line ("The Valley Courier, March 5, 2031"): words told
    // to The Valley Courier are that paper's own reporting, not a secondhand quote.
    expect(r.stdout).not.toMatch(/secondhand-source/);
  });

  it("exits 1 on the corpus at --fail-on info (it has cut paragraphs and unnamed sources)", () => {
    const r = quotecheck(["check", "--fail-on", "info"]);
    expect(r.code).toBe(1);
    for (const l of r.stdout.trimEnd().split("\n")) expect(l).toMatch(/^\S+\.txt:\d+:\d+: (error|warning|info): .+ \([a-z-]+\)$/);
  });

  it("gives JSON that validates against schema/check.schema.json", () => {
    for (const target of [[], [CLEAN], [UNATTRIBUTED]]) {
      const r = quotecheck(["check", ...target, "--format", "json", "--fail-on", "warning"]);
      const doc = JSON.parse(r.stdout);
      expect(schemaValidator("check")(doc)).toEqual([]);
      expect(r.code).toBe(doc.failed ? 1 : 0);
    }
  });

  it("reads quotecheck.config.json from the working directory; flags win over it", () => {
    const dir = join(tmp, "cfg");
    rmSync(dir, { recursive: true, force: true });
    const abs = join(ROOT, UNATTRIBUTED);
    freshDir(dir);
    writeFileSync(join(dir, "quotecheck.config.json"), JSON.stringify({ failOn: "info", format: "json", rules: { "no-speaker": "error" } }));
    const r = quotecheck(["check", abs], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    expect(doc.failOn).toBe("info");
    expect(doc.findings.find((f: { ruleId: string }) => f.ruleId === "no-speaker").severity).toBe("error");
    expect(r.code).toBe(1);
    expect(quotecheck(["check", abs, "--rule", "no-speaker=off", "--rule", "truncated-quote=off", "--fail-on", "error"], { cwd: dir }).code).toBe(0);
  });

  it("reads .quotecheckrc.json and --config FILE", () => {
    const dir = join(tmp, "rc");
    freshDir(dir);
    writeFileSync(join(dir, ".quotecheckrc.json"), JSON.stringify({ rules: { "no-speaker": "off", "truncated-quote": "off" } }));
    const abs = join(ROOT, UNATTRIBUTED);
    expect(quotecheck(["check", abs, "--fail-on", "info"], { cwd: dir }).stdout).not.toMatch(/no-speaker/);
    const named = join(tmp, "named.json");
    writeFileSync(named, JSON.stringify({ failOn: "warning" }));
    expect(quotecheck(["check", abs, "--config", named]).code).toBe(1);
  });

  // Windows PowerShell's `>` writes UTF-16 with a byte-order mark: such a config was "binary content".
  it("reads a config saved as UTF-16 with its mark; a binary one is still refused in one line", () => {
    const abs = join(ROOT, UNATTRIBUTED);
    const utf16 = join(tmp, "utf16.json");
    writeFileSync(utf16, Buffer.from("\uFEFF" + JSON.stringify({ failOn: "info", format: "json" }) + "\r\n", "utf16le"));
    const r = quotecheck(["check", abs, "--config", utf16]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).failOn).toBe("info");
    const png = join(tmp, "png.json");
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const bad = quotecheck(["check", abs, "--config", png]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split("\n")[0]).toBe(`quotecheck: ${png}: not valid JSON (binary content, not a text file)`);
  });

  it("exits 2 on bad usage or input, with a clear message", () => {
    const badJson = join(tmp, "bad.json");
    writeFileSync(badJson, "{ failOn: warning }");
    const unknownRule = join(tmp, "unknown-rule.json");
    writeFileSync(unknownRule, JSON.stringify({ rules: { "no-such-rule": "error" } }));
    const cases: [string[], RegExp][] = [
      [["check", "--config", badJson], /bad\.json: not valid JSON/],
      [["check", "--config", unknownRule], /unknown rule "no-such-rule"/],
      [["check", "--config", join(tmp, "missing.json")], /missing\.json: cannot read config: no such file or directory \(ENOENT\)/],
      [["check", "--config", tmp], /cannot read config: is a directory where a file was expected \(EISDIR\)/],
      [["check", "--fail-on", "fatal"], /--fail-on must be one of error, warning, info/],
      [["check", "--rule", "no-speaker"], /--rule must look like id=off\|info\|warning\|error/],
      [["check", "--format", "xml"], /--format must be one of text, table, json/],
      [["check", "tests/fixtures/no-such-folder"], /no-such-folder/],
    ];
    for (const [args, msg] of cases) {
      const r = quotecheck(args);
      expect(r.stderr, args.join(" ")).toMatch(msg);
      expect(r.code, args.join(" ")).toBe(2);
    }
  });

  it("goes on past a named input it cannot read, then fails with exit 2 and says so", () => {
    const r = quotecheck(["check", CLEAN, "tests/fixtures/no-such-file.txt", "--fail-on", "info"]);
    expect(r.stderr).toMatch(/no-such-file\.txt: no such file/);
    expect(r.stderr).toMatch(/^0 problems .*; fails: tests\/fixtures\/no-such-file\.txt could not be read$/m);
    expect(r.stderr).not.toMatch(/passes/);
    expect(r.code).toBe(2);
  });

  // The JSON's "failed" said false beside exit 2: a script reading it took the gate for passed.
  it("says \"failed\": true in JSON when a named input cannot be read, as its exit 2 does", () => {
    const r = quotecheck(["check", CLEAN, "tests/fixtures/no-such-file.txt", "--format", "json"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(schemaValidator("check")(doc)).toEqual([]);
    expect(doc.failed).toBe(true);
    expect(doc.summary.findings).toBe(0);
    expect(doc.errors).toEqual([{ file: "tests/fixtures/no-such-file.txt", message: "no such file or directory", ruleId: "ingest/missing" }]);
  });

  it("keeps \"failed\": false in JSON for a stray unreadable file inside a named folder (exit 0)", () => {
    const dir = join(tmp, "stray");
    freshDir(dir);
    writeFileSync(join(dir, "story.txt"), "The council met on Monday. “We will build the bridge,” said Mayor Ann Lee.\n");
    writeFileSync(join(dir, "photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = quotecheck(["check", dir, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.failed).toBe(false);
    expect(doc.errors.map((e: { ruleId: string }) => e.ruleId)).toEqual(["ingest/binary"]);
  });

  it("prints no colour when output is not a terminal", () => {
    expect(quotecheck(["check", UNATTRIBUTED]).stdout).not.toMatch(/\u001b\[/);
  });

  // util-linux `script` gives the binary a pseudo-terminal, as a user's shell would.
  it.skipIf(!hasScript)("colours severities on a terminal, and not with NO_COLOR", () => {
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check ${UNATTRIBUTED}`;
    const onTty = (env: Record<string, string | undefined>) =>
      spawnSync("script", ["-qec", cmd, "/dev/null"], { cwd: ROOT, env: { ...process.env, NO_COLOR: undefined, ...env }, encoding: "utf8", timeout: 120_000 }).stdout;
    expect(onTty({})).toMatch(/\u001b\[33mwarning\u001b\[39m/);
    expect(onTty({ NO_COLOR: "1" })).not.toMatch(/\u001b\[/);
  });
});

function freshDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
