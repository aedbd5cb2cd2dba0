import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkRuleSettings, checkSetup, readCheckConfig } from "../../src/cli/check-config.js";
import { ConfigError } from "../../src/check/config.js";

describe("the check config one reader gives check and the reports", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "qc-check-config-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, value: unknown) => writeFileSync(join(dir, name), typeof value === "string" ? value : JSON.stringify(value));

  it.each<[string, Record<string, unknown>, string | undefined, unknown]>([
    ["no file: nothing set", {}, undefined, {}],
    ["quotecheck.config.json", { "quotecheck.config.json": { rules: { conflict: "off" } } }, undefined, { rules: { conflict: "off" } }],
    [".quotecheckrc.json", { ".quotecheckrc.json": { failOn: "info" } }, undefined, { failOn: "info" }],
    ["quotecheck.config.json before .quotecheckrc.json", { "quotecheck.config.json": { failOn: "warning" }, ".quotecheckrc.json": { failOn: "info" } }, undefined, { failOn: "warning" }],
    ["--config over the files in the directory", { "quotecheck.config.json": { failOn: "warning" }, "mine.json": { failOn: "info" } }, "mine.json", { failOn: "info" }],
  ])("reads %s", async (_label, files, named, expected) => {
    for (const [name, value] of Object.entries(files)) write(name, value);
    expect(await readCheckConfig(dir, named)).toEqual(expected);
  });

  it("gives the rule settings with each --rule over the file", async () => {
    write("quotecheck.config.json", { failOn: "info", rules: { conflict: "off", "no-speaker": "error" } });
    expect(await checkRuleSettings(dir, undefined)).toEqual({ conflict: "off", "no-speaker": "error" });
    expect(await checkRuleSettings(dir, undefined, ["conflict=info", "altered-quote=off"])).toEqual({ conflict: "info", "no-speaker": "error", "altered-quote": "off" });
  });

  it.each<[string, () => void, string | undefined, RegExp]>([
    ["a file that is no JSON", () => write("quotecheck.config.json", "{ nope"), undefined, /^quotecheck\.config\.json: not valid JSON/],
    ["a named file that is not there", () => undefined, "missing.json", /^missing\.json: cannot read config: no such file or directory \(ENOENT\)$/],
    ["an unknown rule", () => write(".quotecheckrc.json", { rules: { "no-such-rule": "off" } }), undefined, /unknown rule "no-such-rule"/],
  ])("refuses %s with a ConfigError", async (_label, setUp, named, message) => {
    setUp();
    await expect(readCheckConfig(dir, named)).rejects.toThrow(ConfigError);
    await expect(readCheckConfig(dir, named)).rejects.toThrow(message);
  });

  // The JSON report says the settings its check findings were made with: the file read and failOn too.
  it.each<[string, Record<string, unknown>, string | undefined, readonly string[], "error" | "warning" | "info" | undefined, unknown]>([
    // must-not: no file is no file named, check's default failOn
    ["no file", {}, undefined, [], undefined, { rules: {}, failOn: "error", configFile: null }],
    ["the file in the directory, by its name", { ".quotecheckrc.json": { failOn: "warning", rules: { conflict: "off" } } }, undefined, [], undefined, { rules: { conflict: "off" }, failOn: "warning", configFile: ".quotecheckrc.json" }],
    ["--config as named", { "mine.json": { failOn: "info" } }, "mine.json", ["conflict=error"], undefined, { rules: { conflict: "error" }, failOn: "info", configFile: "mine.json" }],
    ["--fail-on over the file's failOn", { "quotecheck.config.json": { failOn: "info" } }, undefined, [], "warning", { rules: {}, failOn: "warning", configFile: "quotecheck.config.json" }],
  ])("checkSetup: %s", async (_label, files, named, ruleFlags, failOn, expected) => {
    for (const [name, value] of Object.entries(files)) write(name, value);
    expect(await checkSetup(dir, named, ruleFlags, failOn)).toEqual(expected);
  });

  it("refuses a bad --rule", async () => {
    await expect(checkRuleSettings(dir, undefined, ["conflict"])).rejects.toThrow(/--rule must look like id=/);
  });
});
