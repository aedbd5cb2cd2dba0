import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { loaderOptions, parse, loadFlags } from "../options.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { inputsExit } from "../exit.js";
import { loadReport } from "../load.js";
import { formatterNamed, reportFormatters } from "../../report/registry.js";

/** Why a file could not be written, in words a user can act on, with the system's code. */
export function writeProblem(e: unknown, folder: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: `the folder ${folder} does not exist`,
    ENOTDIR: `${folder} is not a folder`,
    EACCES: `permission denied in ${folder}`,
    EPERM: `permission denied in ${folder}`,
    EROFS: `${folder} is on a read-only file system`,
    ENOSPC: "no space left on the device",
    EDQUOT: "disk quota exceeded",
    EISDIR: "a folder has that name",
  };
  return code ? `${words[code] ?? "the system refused"} (${code})` : (e as Error).message;
}

/**
 * Write a file so that readers see the old contents or the new, never half of it: write a temporary
 * file beside it, then rename over (atomic within one file system).
 */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data, { encoding: "utf8", flag: "wx" });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/**
 * Why `target` cannot be written, found before the inputs are read: a missing folder or a folder
 * in the file's place is otherwise only told after the whole analysis, minutes later on a large
 * corpus. Null when writing may go ahead (the write itself still reports what this cannot foresee).
 */
export async function destinationProblem(target: string): Promise<string | null> {
  const folder = dirname(target);
  try {
    if (!(await stat(folder)).isDirectory()) return writeProblem({ code: "ENOTDIR" }, folder);
    await access(folder, constants.W_OK);
  } catch (e) {
    return writeProblem(e, folder);
  }
  const existing = await stat(target).catch(() => null);
  return existing?.isDirectory() ? writeProblem({ code: "EISDIR" }, folder) : null;
}

const names = reportFormatters.map((f) => f.name);

export const reportCommand = {
  name: "report",
  summary: "the attribution report: speakers, quotes, conflicts, sources (md, html, json, csv)",
  usage:
    `quotecheck report [paths...] [--format ${names.join("|")}] [-o FILE]\n` +
    reportFormatters.map((f) => `    ${f.name.padEnd(5)} ${f.description}`).join("\n") +
    "\n  Without --format the format follows FILE's extension (.md, .html, .json, .csv), else md.",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, { ...loaderOptions, output: { type: "string", short: "o" } });
    const out = values.output;
    const fromExt = out ? reportFormatters.find((f) => out.toLowerCase().endsWith(`.${f.extension}`) || (f.name === "md" && /\.markdown$/i.test(out))) : undefined;
    const name = values.format ?? fromExt?.name ?? "md";
    const formatter = formatterNamed(name === "markdown" ? "md" : name);
    if (!formatter) throw new UsageError(`--format must be one of ${names.join(", ")} (got "${name}")`);

    if (out && out !== "-") {
      const problem = await destinationProblem(resolve(io.cwd, out));
      if (problem) {
        io.err(`quotecheck: ${out}: cannot write report: ${problem}\n`);
        return EXIT.failure;
      }
    }
    // A report written into the folder it reads would be read back next time as one more source.
    const leaveOut = out && out !== "-" ? [{ path: resolve(io.cwd, out), reason: "this report's own output file; not read as a source" }] : [];
    const { report, readAnything } = await loadReport(positionals, io, "full", { ...loadFlags(values), leaveOut });
    if (!readAnything) {
      io.err("quotecheck: nothing could be read; no report written\n");
      return EXIT.failure;
    }
    const text = formatter.format(report);
    // The report covers what could be read; a named path that could not be still fails the run.
    const done = inputsExit(positionals, readAnything, report.diagnostics);
    if (!out || out === "-") {
      io.out(text);
      return done;
    }
    const target = resolve(io.cwd, out);
    try {
      await writeAtomic(target, text);
    } catch (e) {
      io.err(`quotecheck: ${out}: cannot write report: ${writeProblem(e, dirname(target))}\n`);
      return EXIT.failure;
    }
    io.err(`wrote ${out} (${formatter.name}, ${Buffer.byteLength(text)} bytes)\n`);
    return done;
  },
};
