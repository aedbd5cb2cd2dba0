import { commandLoaders, DEFAULT_COMMAND, loadAllCommands } from "./commands/index.js";
import { EXIT, UsageError, type Io } from "./io.js";
// Kept here (not imported from ingest) so `--help` does not load the parsers.
const MAX_MB = 50;

export async function helpText(): Promise<string> {
  const commands = await loadAllCommands();
  const lines = [
    "quotecheck: find every quotation in news articles, credit it, and line the sources up.",
    "",
    "usage: quotecheck [command] [paths...] [options]",
    "  With no paths, the embedded corpus (corpus/) is read. Paths may be files, directories",
    "  (read recursively) or - for standard input. Inputs: .txt .md .html .htm .eml .mbox.",
    `  Files over ${MAX_MB} MB are skipped (change with --max-bytes).`,
    "  --jobs N (extract, articles, report, conflicts, speakers, tui): cores to use; 2 or more start a",
    "  worker pool (default: a pool only for 20+ files, 32 MB+ of input and a free core). --no-cache",
    "  skips the cache of parsed results.",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    "",
    ...commands.map((c) => `  ${c.usage}`),
    "",
    "exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input failure",
  ];
  return lines.join("\n") + "\n";
}

/** Dispatch argv to a command; returns the exit code. Never calls process.exit. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") {
    io.out(await helpText());
    return EXIT.ok;
  }
  if (first === "--version") {
    io.out("0.1.0\n");
    return EXIT.ok;
  }
  const named = commandLoaders.find((c) => c.name === first);
  const entry = named ?? commandLoaders.find((c) => c.name === DEFAULT_COMMAND);
  const args = named ? rest : argv;
  if (!entry) throw new Error("no commands registered");
  const target = await entry.load();
  try {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(`${target.usage}\n\n${await helpText()}`);
      return EXIT.ok;
    }
    return await target.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`quotecheck: ${e.message}\nrun "quotecheck --help" for usage\n`);
      return EXIT.failure;
    }
    throw e;
  }
}
