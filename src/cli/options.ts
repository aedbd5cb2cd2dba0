import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io.js";
import { textFormat, textFormatNames, type TextFormat } from "../model/text-formats.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Flags shared by every command that reads a corpus. */
export const commonOptions = {
  format: { type: "string", short: "f" },
  help: { type: "boolean", short: "h" },
  "max-bytes": { type: "string" },
  "no-color": { type: "boolean" },
  "no-cache": { type: "boolean" },
} as const satisfies Options;

/** Commands that read through the loader (cache, worker pool) also take --jobs. */
export const loaderOptions = { ...commonOptions, jobs: { type: "string", short: "j" } } as const satisfies Options;

/** A flag the command does not take; the dispatcher names the commands that do take it. */
export class UnknownFlag extends UsageError {
  constructor(readonly flag: string) {
    super(`unknown flag ${flag}`);
  }
}

/**
 * What to say of a flag `command` does not take: Node's "Unknown option '--fail-on'. To specify a
 * positional argument starting with a '-', place it at the end of the command after '--' …" told
 * a user of `verify --fail-on warning` nothing of where the flag belongs. The other commands whose
 * usage line lists the flag are named. Pure.
 */
export function unknownFlagMessage(command: string, flag: string, commands: readonly { readonly name: string; readonly usage: string }[]): string {
  const takes = commands.filter((c) => c.name !== command && c.usage.split(/[\s[\]|=]+/).includes(flag)).map((c) => c.name);
  return `${command} does not take ${flag}${takes.length ? ` (${takes.join(", ")} ${takes.length === 1 ? "takes" : "take"} it)` : ""}`;
}

/**
 * parseArgs with usage errors turned into UsageError (exit code 2). An empty string is no path and
 * no flag value (every string flag here names a file, a size, a count or a choice): it comes from
 * a script's unset variable (`-o "$OUT"`, `--config "$CFG"`, `quotecheck extract "$DIR"`), and
 * read as nothing it would print the report instead of writing it, drop the config without a word,
 * or report a file named "" as missing. So it is refused, with what was empty.
 */
export function parse<T extends Options>(args: readonly string[], options: T) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const flag = /^Unknown option '([^']{1,200})'/.exec((e as Error).message)?.[1];
    throw flag ? new UnknownFlag(flag) : new UsageError((e as Error).message);
  }
  const empty = emptyArgument(parsed.values, parsed.positionals, options);
  if (empty) throw new UsageError(empty);
  const twice = givenTwice(parsed.tokens, options);
  if (twice) throw new UsageError(twice);
  return parsed;
}

type Token = { readonly kind: string; readonly name?: string; readonly rawName?: string; readonly value?: string | undefined };

/**
 * A flag that takes one value given twice with two values, in words naming both, or null. parseArgs
 * keeps the last: `report --format html --format md` wrote Markdown without a word, and a CI job
 * that meant both got one. A run writes one format (one `-o`), so it is refused; the same value
 * twice (a script's default repeated) says one thing and is taken.
 */
export function givenTwice(tokens: readonly Token[], options: Options): string | null {
  const first = new Map<string, Token>();
  for (const t of tokens) {
    if (t.kind !== "option" || !t.name || options[t.name]?.type !== "string" || options[t.name]?.multiple) continue;
    const seen = first.get(t.name);
    if (!seen) first.set(t.name, t);
    else if (seen.value !== t.value) return `${seen.rawName} ${seen.value} and ${t.rawName} ${t.value}: --${t.name} takes one value; give it once`;
  }
  return null;
}

/** What was given empty, in words, or null. */
export function emptyArgument(values: Readonly<Record<string, unknown>>, positionals: readonly string[], options: Options = {}): string | null {
  for (const [flag, v] of Object.entries(values)) {
    if (v !== "" && !(Array.isArray(v) && v.includes(""))) continue;
    const short = options[flag]?.short;
    return `${short ? `-${short} (--${flag})` : `--${flag}`} needs a value (got an empty string)`;
  }
  return positionals.includes("") ? "a path is an empty string: name a file, a folder, or - for standard input" : null;
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], dflt: T): T {
  if (value === undefined) return dflt;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
}

/**
 * check's and verify's `--format text|json`, with `table` accepted for `text`: every other command
 * calls its human-readable format `table`. The names are model/text-formats', which check's config
 * file reads too.
 */
export function textOrJson(value: string | undefined): TextFormat {
  if (value === undefined) return "text";
  const f = textFormat(value);
  if (!f) throw new UsageError(`--format must be one of ${textFormatNames.join(", ")} (got "${value}")`);
  return f;
}

export function maxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // "50MB", "1.5MB", "200k", "1 GB"; a fraction of a byte is rounded down.
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(k|m|g)?b?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-bytes must be a size like 50MB or 1.5MB (got "${value}")`);
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? "").toLowerCase() as "k" | "m" | "g"] ?? 1;
  const n = Math.floor(Number(m[1]) * mult);
  // A limit under one byte would skip every input, each as "over the limit".
  if (n < 1) throw new UsageError(`--max-bytes must be 1 byte or more (got "${value}")`);
  return n;
}

/**
 * `--jobs N`: how many cores to use. 1 runs in-process; 2 or more start a worker pool of that size;
 * without the flag the loader decides (a pool only for many large inputs with a core free).
 * Returned as the loader's `workers` (0 = no pool).
 */
export function jobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64 (got "${value}")`);
  const n = Number(value);
  return n === 1 ? 0 : n;
}

/** The load options every corpus-reading command takes from its flags. */
export function loadFlags(values: { readonly "max-bytes"?: string; readonly "no-cache"?: boolean; readonly jobs?: string }): {
  maxBytes: number | undefined;
  cache: boolean;
  workers: number | undefined;
} {
  return { maxBytes: maxBytes(values["max-bytes"]), cache: !values["no-cache"], workers: jobs(values.jobs) };
}
