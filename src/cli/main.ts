import { run } from "./run.js";
import { stdoutProblem, type Io } from "./io.js";
import { removePendingWrites } from "./output-file.js";

// The only file that touches process.exit: flags -> options -> pipeline -> formatter -> exit code.
const io: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  columns: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined,
  env: process.env,
  cwd: process.cwd(),
};

// A reader that stops early (`quotecheck extract | head`) closes the pipe: that is not an error.
// Any other failure to write the output (a full disk: ENOSPC, EIO) is an output failure, said in
// words with the system's code and exit 2, not a stack trace and exit 1 (which means findings).
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`quotecheck: ${stdoutProblem(err)}\n`);
  process.exit(2);
});

// Ctrl-C or a kill while a report is written: its temporary file goes, the old report stays whole
// (the rename never happened), and the exit code is the shell's for the signal (130, 143). The
// cache needs nothing: its entries are renamed into place whole, and a stray temporary file is
// pruned. (Without a handler Node dies at once, leaving the temporary file.)
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.on(signal, () => {
    removePendingWrites();
    process.exit(code);
  });
}

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`quotecheck: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
