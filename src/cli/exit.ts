import type { Diagnostic } from "../model/index.js";
import { EXIT, type Io } from "./io.js";
import { formatDiagnostic, isFileWarning } from "../report/diagnostics.js";

/**
 * Paths named on the command line that could not be read (missing, unreadable, unusable). A stray
 * file inside a named folder is reported too, but is not one of these.
 */
export function unreadNamed(given: readonly string[], diagnostics: readonly Diagnostic[]): string[] {
  const named = new Set(given);
  return [...new Set(diagnostics.filter((d) => d.severity === "error" && named.has(d.documentId)).map((d) => d.documentId))];
}

/**
 * The exit code for inputs: an input failure (2) when nothing could be read or a path named on the
 * command line could not be, after the rest was processed and printed; else 0.
 */
export const inputsExit = (given: readonly string[], readAnything: boolean, diagnostics: readonly Diagnostic[]): number =>
  !readAnything || unreadNamed(given, diagnostics).length ? EXIT.failure : EXIT.ok;

/**
 * Nothing could be read: no output at all, and a line that says so and what was not written. A
 * table's or CSV's bare header, or JSON's "[]", read as "none found" to a script that did not check
 * the exit code.
 */
export function nothingRead(io: Pick<Io, "err">, notWritten: string, diagnostics: readonly Diagnostic[] = []): number {
  // What each file's problem was ("no article text") goes first: a file read but giving no article
  // printed no error while loading, and its warning is the only place it is named.
  printFileWarnings(io, diagnostics);
  io.err(`quotecheck: nothing could be read; ${notWritten}\n`);
  return EXIT.failure;
}

/** A file read with a problem ("no article text", a lost byte) gets its line: errors were printed while loading. */
export function printFileWarnings(io: Pick<Io, "err">, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) if (isFileWarning(d)) io.err(formatDiagnostic(d, null) + "\n");
}
