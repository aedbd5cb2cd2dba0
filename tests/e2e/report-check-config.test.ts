import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild, ROOT } from "./run-bin.js";

// Two fixtures whose check findings are of four rules: no-speaker (an unattributed quote), and
// altered-quote, conflict and misattribution (two outlets' versions of one story).
const INPUTS = [join(ROOT, "tests/fixtures/check-unattributed"), join(ROOT, "tests/fixtures/check-multi-outlet")];
const CONFIG = { rules: { "no-speaker": "error", conflict: "off", "altered-quote": "info" } };

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });
let tmp: string;
beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), "qc-report-config-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Note = { ruleId: string; severity: string; message: string };

/** `check --format json`'s findings as "rule severity: message", one each. */
function checkNotes(extra: readonly string[], cwd: string): string[] {
  const r = quotecheck(["check", ...INPUTS, "--format", "json", ...extra], { cwd });
  expect([0, 1], r.stderr).toContain(r.code);
  const notes = (JSON.parse(r.stdout).findings as Note[]).map((f) => `${f.ruleId} ${f.severity}: ${f.message}`);
  return [...new Set(notes)].sort();
}

/** The JSON report's check findings over all its quotes, in the same form (each once). */
function reportNotes(extra: readonly string[], cwd: string): string[] {
  const r = quotecheck(["report", ...INPUTS, "--format", "json", ...extra], { cwd });
  expect(r.code, r.stderr).toBe(0);
  const quotes = JSON.parse(r.stdout).quotes as { checks: Note[] }[];
  return [...new Set(quotes.flatMap((q) => q.checks.map((c) => `${c.ruleId} ${c.severity}: ${c.message}`)))].sort();
}

const rulesOf = (notes: readonly string[]) => [...new Set(notes.map((n) => n.slice(0, n.indexOf(":"))))].sort();

function freshDir(name: string): string {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe("report --format json lists the check findings as check gives them, config and all", () => {
  it("without a config: every rule at its default, the same findings as check", () => {
    const dir = freshDir("none");
    const notes = reportNotes([], dir);
    expect(rulesOf(notes)).toEqual(["altered-quote warning", "conflict warning", "misattribution error", "no-speaker warning"]);
    expect(notes).toEqual(checkNotes([], dir));
  });

  it.each([
    ["quotecheck.config.json in the working directory", "quotecheck.config.json", []],
    [".quotecheckrc.json in the working directory", ".quotecheckrc.json", []],
    ["--config FILE", "elsewhere.json", ["--config", "elsewhere.json"]],
  ] as const)("honours %s, as check does", (_label, file, flags) => {
    const dir = freshDir(file.replace(/\W/g, ""));
    writeFileSync(join(dir, file), JSON.stringify(CONFIG));
    const notes = reportNotes(flags, dir);
    // no-speaker raised to error, conflict off, altered-quote lowered; misattribution (an error) as it was.
    expect(rulesOf(notes)).toEqual(["altered-quote info", "misattribution error", "no-speaker error"]);
    expect(notes).toEqual(checkNotes(flags, dir));
  });

  it("takes --rule over the config file, as check does", () => {
    const dir = freshDir("rule-flag");
    writeFileSync(join(dir, "quotecheck.config.json"), JSON.stringify(CONFIG));
    const flags = ["--rule", "conflict=error", "--rule", "no-speaker=off"];
    const notes = reportNotes(flags, dir);
    expect(rulesOf(notes)).toEqual(["altered-quote info", "conflict error", "misattribution error"]);
    expect(notes).toEqual(checkNotes(flags, dir));
  });

  it("refuses a bad config before reading or writing anything (exit 2), as check does", () => {
    const dir = freshDir("bad");
    writeFileSync(join(dir, "quotecheck.config.json"), JSON.stringify({ rules: { "no-such-rule": "off" } }));
    const out = join(dir, "r.json");
    const r = quotecheck(["report", ...INPUTS, "-o", out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quotecheck\.config\.json: unknown rule "no-such-rule"/);
    expect(existsSync(out)).toBe(false);
    expect(quotecheck(["check", ...INPUTS], { cwd: dir }).code).toBe(2);
  });

  // must-not: a format that lists no check findings does not read the working directory's config,
  // so a broken one there does not stop a Markdown report; a named one is still read and said of.
  it("leaves the config alone for a report that lists no check findings, but reads one named on the command line", () => {
    const dir = freshDir("md");
    writeFileSync(join(dir, "quotecheck.config.json"), "{ not json");
    const md = quotecheck(["report", ...INPUTS, "--format", "md"], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stderr).toBe("");
    const named = quotecheck(["report", ...INPUTS, "--format", "md", "--config", "quotecheck.config.json"], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/quotecheck\.config\.json: not valid JSON/);
    writeFileSync(join(dir, "ok.json"), JSON.stringify(CONFIG));
    const ok = quotecheck(["report", ...INPUTS, "--format", "md", "--config", "ok.json"], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/the md report lists no check findings; --config, --rule and --fail-on change nothing in it/);
  });

  // The report said the findings but not the settings: a rule turned off looked like a rule that
  // found nothing, and the config file and the gate's level were said nowhere.
  it.each([
    // must-not: no config, no flags: every rule at its default, no file, check's failOn
    ["no config", null, [], null, "error"],
    ["the working directory's config", "quotecheck.config.json", [], "quotecheck.config.json", "warning"],
    ["--config, --rule and --fail-on", "elsewhere.json", ["--config", "elsewhere.json", "--rule", "conflict=error", "--fail-on", "info"], "elsewhere.json", "info"],
  ] as const)("says the check settings it ran with, as check lists its rules: %s", (_label, file, flags, configFile, failOn) => {
    const dir = freshDir(`settings-${file ?? "none"}`.replace(/\W/g, ""));
    if (file) writeFileSync(join(dir, file), JSON.stringify({ ...CONFIG, failOn: "warning" }));
    const r = quotecheck(["report", ...INPUTS, "--format", "json", ...flags], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { checkSettings: { configFile: string | null; failOn: string; rules: unknown[] } };
    expect(report.checkSettings.configFile).toBe(configFile);
    expect(report.checkSettings.failOn).toBe(failOn);
    // the rules as `check --format json` lists them with the same config and rule flags
    const checkFlags = flags.filter((_f, i) => flags[i] !== "--fail-on" && flags[i - 1] !== "--fail-on");
    const check = quotecheck(["check", ...INPUTS, "--format", "json", ...checkFlags], { cwd: dir });
    expect(report.checkSettings.rules).toEqual(JSON.parse(check.stdout).rules);
  });
});
