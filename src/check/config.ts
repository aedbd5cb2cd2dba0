import type { Severity } from "../model/index.js";
import { binaryReason, decodeBytes } from "../ingest/decode.js";
import { checkRules } from "./registry.js";
import { textFormat, textFormatNames } from "../model/text-formats.js";
import type { RuleSetting } from "./types.js";

/** What `quotecheck.config.json`, `.quotecheckrc.json` and the flags can set. */
export type CheckConfig = {
  readonly failOn?: Severity;
  readonly format?: "text" | "json";
  readonly rules?: Readonly<Record<string, RuleSetting>>;
};

export const CONFIG_FILES = ["quotecheck.config.json", ".quotecheckrc.json"] as const;
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
export const SETTINGS: readonly RuleSetting[] = ["off", "info", "warning", "error"];

export class ConfigError extends Error {}

const known = new Set(checkRules.map((r) => r.id));

function ruleSetting(where: string, id: string, value: unknown): RuleSetting {
  if (!known.has(id)) throw new ConfigError(`${where}: unknown rule "${id}" (rules: ${[...known].join(", ")})`);
  if (typeof value !== "string" || !(SETTINGS as readonly string[]).includes(value))
    throw new ConfigError(`${where}: rule "${id}" must be one of ${SETTINGS.join(", ")} (got ${JSON.stringify(value)})`);
  return value as RuleSetting;
}

/**
 * Read a config file: its bytes as read (or a text, taken as its UTF-8 bytes). Binary content is
 * told by the test ingest gives every input (binaryReason) and the text decoded as an input is (a
 * byte-order mark, UTF-16 as Windows PowerShell's `>` writes it, windows-1252). `where` names the
 * file in every error. Pure.
 */
export function parseConfig(content: string | Uint8Array, where: string): CheckConfig {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  // V8's message quotes the text it could not read: of a binary file that is raw bytes and line
  // breaks in the terminal, so say what it is instead.
  if (binaryReason(bytes)) throw new ConfigError(`${where}: not valid JSON (binary content, not a text file)`);
  let raw: unknown;
  try {
    raw = JSON.parse(decodeBytes(bytes).text);
  } catch (e) {
    // Any message on one line.
    throw new ConfigError(`${where}: not valid JSON (${(e as Error).message.replace(/[\u0000-\u001F\u007F]/g, (c) => JSON.stringify(c).slice(1, -1))})`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError(`${where}: must hold a JSON object`);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj))
    if (!["$schema", "failOn", "format", "rules"].includes(key))
      throw new ConfigError(`${where}: unknown key "${key}" (allowed: failOn, format, rules)`);
  const out: { failOn?: Severity; format?: "text" | "json"; rules?: Record<string, RuleSetting> } = {};
  if (obj.failOn !== undefined) {
    if (typeof obj.failOn !== "string" || !(SEVERITIES as readonly string[]).includes(obj.failOn))
      throw new ConfigError(`${where}: "failOn" must be one of ${SEVERITIES.join(", ")} (got ${JSON.stringify(obj.failOn)})`);
    out.failOn = obj.failOn as Severity;
  }
  if (obj.format !== undefined) {
    // The names --format takes (`table` is text), by the one table both read.
    const format = textFormat(obj.format);
    if (!format) throw new ConfigError(`${where}: "format" must be one of ${textFormatNames.join(", ")} (got ${JSON.stringify(obj.format)})`);
    out.format = format;
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== "object" || obj.rules === null || Array.isArray(obj.rules))
      throw new ConfigError(`${where}: "rules" must be an object of rule id -> ${SETTINGS.join("|")}`);
    out.rules = Object.fromEntries(Object.entries(obj.rules).map(([id, v]) => [id, ruleSetting(where, id, v)]));
  }
  return out;
}

/** `--rule id=level`, repeatable. */
export function parseRuleFlag(flag: string): [string, RuleSetting] {
  const m = /^([^=\s]+)=(\S+)$/.exec(flag.trim());
  if (!m) throw new ConfigError(`--rule must look like id=off|info|warning|error (got "${flag}")`);
  return [m[1], ruleSetting("--rule", m[1], m[2])];
}

/** Flags over file over defaults; rules merge key by key. */
export function mergeConfig(...layers: readonly CheckConfig[]): Required<CheckConfig> {
  let failOn: Severity = "error";
  let format: "text" | "json" = "text";
  const rules: Record<string, RuleSetting> = {};
  for (const l of layers) {
    if (l.failOn) failOn = l.failOn;
    if (l.format) format = l.format;
    Object.assign(rules, l.rules ?? {});
  }
  return { failOn, format, rules };
}
