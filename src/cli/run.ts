import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { commandLoaders, DEFAULT_COMMAND, loadAllCommands, type Command } from "./commands/index.js";
import { EXIT, UsageError, type Io } from "./io.js";
import { UnknownFlag, unknownFlagMessage } from "./options.js";
// Kept here (not imported from ingest) so `--help` does not load the parsers.
const MAX_MB = 50;

/** What every command's help says: paths, the size limit, the shared flags. */
const COMMON_HELP = [
  "  With no paths, the embedded corpus (corpus/) is read. Paths may be files, directories",
  "  (read recursively) or - for standard input. Inputs: .txt .md .html .htm .eml .mbox .mht .mhtml",
  "  (a saved web page), also known by their content whatever their name.",
  `  Files over ${MAX_MB} MB are skipped (change with --max-bytes).`,
  "  --jobs N (extract, articles, report, conflicts, speakers, tui): cores to use; 2 or more start a",
  "  worker pool (default: a pool only for 20+ files, 32 MB+ of input and a free core). --no-cache",
  "  skips the cache of parsed results.",
  "  A flag that takes one value (--format, -o, --fail-on …) given twice with two values is a usage",
  "  error (exit 2) naming both: a run writes one format; run once per format.",
];
const EXIT_HELP = "exit codes: 0 clean, 1 check's findings at or above --fail-on or verify's problems, 2 usage or input failure";
/**
 * A command that reads and lists (extract, articles, speakers, conflicts, report, the UI) never
 * exits 1: its help said "1 findings at or above --fail-on", a flag only check takes.
 */
const READER_EXITS = "exit codes: 0 done, 2 usage or input failure (nothing could be read, or a path named on the command line could not be)";

/** package.json's version, read where it is kept (src/cli and dist/cli both stand two folders under it), not written twice. */
function version(): string {
  return (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
}

export async function helpText(): Promise<string> {
  const commands = await loadAllCommands();
  const lines = [
    "quotecheck: find every quotation in news articles, credit it, and line the sources up.",
    "",
    "usage: quotecheck [command] [paths...] [options]",
    ...COMMON_HELP,
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    "",
    ...commands.map((c) => `  ${c.usage}`),
    "",
    EXIT_HELP,
    '"quotecheck CMD --help" (or "quotecheck help CMD") gives one command\'s help; quotecheck --version (-v) its version.',
  ];
  return lines.join("\n") + "\n";
}

/**
 * `quotecheck CMD --help`: that command's summary, usage and notes, then what all commands share.
 * It printed the usage line over the whole --help, every other command's usage and check's rule
 * table included, so the command's own flags were one line among fifty.
 */
export function commandHelpText(command: Pick<Command, "name" | "summary" | "usage" | "notes" | "exits">): string {
  const lines = [
    `quotecheck ${command.name}: ${command.summary}`,
    "",
    `usage: ${command.usage}`,
    ...(command.notes ? [command.notes] : []),
    "",
    ...COMMON_HELP,
    "",
    command.exits ?? READER_EXITS,
    '"quotecheck --help" lists every command.',
  ];
  return lines.join("\n") + "\n";
}

/**
 * A first argument that reads as a word (letters and hyphens, no dot or slash) and names no file
 * or folder is a mistyped command, not a path: run as the default command's path it was only a
 * "no such file" line, and the command went on with the other paths and exit code 0.
 */
function isStrayWord(arg: string, cwd: string): boolean {
  return /^[a-z][a-z-]*$/i.test(arg) && !existsSync(resolve(cwd, arg));
}

/** The command within two edits of `word` (or that it begins), if one is. */
function nearestCommand(word: string): string | null {
  const w = word.toLowerCase();
  let best: { name: string; d: number } | null = null;
  for (const { name } of commandLoaders) {
    const d = name.startsWith(w) || w.startsWith(name) ? 1 : editDistance(w, name);
    if (d <= 2 && (!best || d < best.d)) best = { name, d };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Dispatch argv to a command; returns the exit code. Never calls process.exit. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") {
    // `quotecheck help extract`: the command's own help, as `quotecheck extract --help` gives it.
    const asked = commandLoaders.find((c) => c.name === rest[0]);
    io.out(asked ? commandHelpText(await asked.load()) : await helpText());
    return EXIT.ok;
  }
  // `-v` too, as most CLIs take it: it ran the UI on a path "-v" ("tui does not take -v").
  if (first === "--version" || first === "-v") {
    io.out(`${version()}\n`);
    return EXIT.ok;
  }
  const named = commandLoaders.find((c) => c.name === first);
  if (!named && first !== undefined && isStrayWord(first, io.cwd)) {
    const near = nearestCommand(first);
    io.err(`quotecheck: unknown command "${first}"${near ? ` (did you mean "${near}"?)` : ""}\nrun "quotecheck --help" for usage\n`);
    return EXIT.failure;
  }
  const entry = named ?? commandLoaders.find((c) => c.name === DEFAULT_COMMAND);
  const args = named ? rest : argv;
  if (!entry) throw new Error("no commands registered");
  const target = await entry.load();
  try {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(commandHelpText(target));
      return EXIT.ok;
    }
    return await target.run(args, io);
  } catch (e) {
    if (e instanceof UnknownFlag) {
      io.err(`quotecheck: ${unknownFlagMessage(target.name, e.flag, await loadAllCommands())}\nusage: ${target.usage}\n`);
      return EXIT.failure;
    }
    if (e instanceof UsageError) {
      // A named command's own help is the one that lists its flags and values.
      io.err(`quotecheck: ${e.message}\nrun "quotecheck ${named ? `${target.name} ` : ""}--help" for usage\n`);
      return EXIT.failure;
    }
    throw e;
  }
}
