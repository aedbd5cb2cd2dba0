/** Where a command writes; tests pass a recorder, main passes the process streams. */
export type Io = {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
};

/** Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input failure. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

export class UsageError extends Error {}

/** A write's failures that are the device's, not the path's, in words: for a report file and standard output alike. */
export const DEVICE_FULL: Readonly<Record<string, string>> = { ENOSPC: "no space left on the device", EDQUOT: "disk quota exceeded" };

/** Why standard output could not be written, in words with the system's code. */
export function stdoutProblem(e: NodeJS.ErrnoException): string {
  const words: Record<string, string> = { ...DEVICE_FULL, EIO: "input/output error", EBADF: "it is closed", EFBIG: "the file is too large" };
  return `cannot write standard output: ${(e.code && words[e.code]) ?? e.message}${e.code ? ` (${e.code})` : ""}`;
}
