/** Where a command writes; tests pass a recorder, main passes the process streams. */
export type Io = {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** The terminal's width when standard output is one; text tables fit it. Unset for a file or pipe. */
  readonly columns?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
};

/**
 * The width a text table fits: the terminal's, when standard output is one (COLUMNS, as a shell
 * exports it, when the stream does not say). A file or pipe gets the full table.
 */
export function textWidth(io: Pick<Io, "stdoutIsTTY" | "columns" | "env">): number | undefined {
  if (!io.stdoutIsTTY) return undefined;
  const n = io.columns ?? Number(io.env.COLUMNS);
  // A terminal narrower than 40 still gets 40: the least widths of a row need about that much.
  return Number.isInteger(n) && n > 0 ? Math.max(40, n) : 80;
}

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
