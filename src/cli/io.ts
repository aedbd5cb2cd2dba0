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
