import type { Io } from "../../src/cli/io.js";

/** An `Io` that keeps what a command writes, not a terminal: what the CLI tests read back. */
export function recorder(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: {},
    cwd: process.cwd(),
  };
  return io;
}
