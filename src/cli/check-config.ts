import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describeFsError } from "../ingest/files.js";
import { CONFIG_FILES, ConfigError, mergeConfig, parseConfig, parseRuleFlag, type CheckConfig } from "../check/config.js";
import type { RuleSettings } from "../check/types.js";

/**
 * The config file named by `named` (--config), else the first of CONFIG_FILES in `cwd`; {} when
 * none is there. `check` and the reports that list check findings (JSON, the UI's export) read it
 * here, so a rule the project turns off or raises is off or raised in both.
 */
export async function readCheckConfig(cwd: string, named?: string): Promise<CheckConfig> {
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
    return parseConfig(bytes, named ?? path.replace(/^.*[\\/]/, ""));
  }
  return {};
}

/**
 * The rule settings a run uses: the config file's (readCheckConfig), each `--rule id=level` over
 * it. Throws ConfigError on a bad file or flag.
 */
export async function checkRuleSettings(cwd: string, named: string | undefined, ruleFlags: readonly string[] = []): Promise<RuleSettings> {
  const fromFile = await readCheckConfig(cwd, named);
  return mergeConfig(fromFile, { rules: Object.fromEntries(ruleFlags.map(parseRuleFlag)) }).rules;
}
