import { setFlagsFromString } from "node:v8";

/**
 * A later tier-up to V8's optimising compiler for the whole process (main thread and pool workers).
 *
 * Why: a command is a short run, and V8 optimises every function that gets warm, on helper threads
 * whose CPU counts like the engine's. In one `extract` over PolNeAR train (5.5 MB, --jobs 1, Node 20)
 * those threads took about 4 of the run's 9-10 user CPU seconds (read per thread from /proc), and
 * without optimising at all (`--no-opt`) the run took less CPU than with it: most of that compiling
 * was for functions that did not run long enough afterwards to pay it back. With four times V8's
 * interrupt budget a function is optimised only after it has run four times as much bytecode, so
 * the lukewarm ones stay in baseline code and the hot ones still get optimised (with fuller type
 * feedback, so fewer are thrown away and compiled again). The output is the same: only when code
 * is optimised changes, not what it computes.
 *
 * Only on the V8 it was measured on (11.3, Node 20): later releases tier up through another compiler
 * (Maglev) with other budgets, and a flag a V8 does not know is printed as an error on standard error.
 */
export function jitFlags(v8Version: string): string | null {
  return v8Version.startsWith("11.3.") ? `--interrupt-budget=${4 * DEFAULT_INTERRUPT_BUDGET}` : null;
}

/** V8 11.3's default `--interrupt-budget` (`node --v8-options`). */
const DEFAULT_INTERRUPT_BUDGET = 67584;

// Imported first by main.ts, so that the engine's functions get the budget before any of them runs.
const flags = jitFlags(process.versions.v8);
if (flags) setFlagsFromString(flags);
