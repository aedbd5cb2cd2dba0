import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describeFsError } from "../ingest/files.js";
import { CONFIG_FILES, ConfigError, mergeConfig, parseConfig, parseRuleFlag, type CheckConfig } from "../check/config.js";
import type { RuleSettings } from "../check/types.js";
import type { Severity } from "../model/index.js";

/**
 * The config file named by `named` (--config), else the first of CONFIG_FILES in `cwd`; {} when
 * none is there. `check` and the reports that list check findings (JSON, the UI's export) read it
 * here, so a rule the project turns off or raises is off or raised in both.
 */
export async function readCheckConfig(cwd: string, named?: string): Promise<CheckConfig> {
  return (await readCheckConfigFile(cwd, named)).config;
}

/**
 * readCheckConfig's config, and the file it was read from: `named` as given, else its name in `cwd`;
 * null when none was there.
 */
export async function readCheckConfigFile(cwd: string, named?: string): Promise<{ config: CheckConfig; file: string | null }> {
  const candidates = named ? [resolve(cwd, named)] : CONFIG_FILES.map((f) => resolve(cwd, f));
  for (const path of candidates) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!named && code === "ENOENT") continue;
      // In the words an unreadable input gets, with the system's code: "(ENOENT)" alone tells a user little.
      const { reason } = describeFsError(e);
      throw new ConfigError(`${named ?? path}: cannot read config: ${reason}${code && !reason.includes(code) ? ` (${code})` : ""}`);
    }
    const file = named ?? path.replace(/^.*[\\/]/, "");
    return { config: parseConfig(bytes, file), file };
  }
  return { config: {}, file: null };
}

/**
 * The rule settings a run uses: the config file's (readCheckConfig), each `--rule id=level` over
 * it. Throws ConfigError on a bad file or flag.
 */
export async function checkRuleSettings(cwd: string, named: string | undefined, ruleFlags: readonly string[] = []): Promise<RuleSettings> {
  return (await checkSetup(cwd, named, ruleFlags)).rules;
}

/** The settings a report's check findings are made with, and where they came from (Report.checkSettings). */
export type CheckSetup = { readonly rules: RuleSettings; readonly failOn: Severity; readonly configFile: string | null };

/**
 * checkRuleSettings, with the severity `check` would fail at (`failOn`, the --fail-on flag, over the
 * file's) and the config file read. Throws ConfigError on a bad file or flag.
 */
export async function checkSetup(cwd: string, named: string | undefined, ruleFlags: readonly string[] = [], failOn?: Severity): Promise<CheckSetup> {
  const { config, file } = await readCheckConfigFile(cwd, named);
  const merged = mergeConfig(config, { failOn, rules: Object.fromEntries(ruleFlags.map(parseRuleFlag)) });
  return { rules: merged.rules, failOn: merged.failOn, configFile: file };
}
