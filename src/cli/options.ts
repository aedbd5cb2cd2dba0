import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Flags shared by every command that reads a corpus. */
export const commonOptions = {
  format: { type: "string", short: "f" },
  help: { type: "boolean", short: "h" },
  "max-bytes": { type: "string" },
  "no-color": { type: "boolean" },
  "no-cache": { type: "boolean" },
} as const satisfies Options;

/** parseArgs with usage errors turned into UsageError (exit code 2). */
export function parse<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], dflt: T): T {
  if (value === undefined) return dflt;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
}

export function maxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)(k|m|g)?b?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-bytes must be a size like 50MB (got "${value}")`);
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? "").toLowerCase() as "k" | "m" | "g"] ?? 1;
  return Number(m[1]) * mult;
}
