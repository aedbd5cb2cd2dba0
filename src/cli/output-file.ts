import { randomBytes } from "node:crypto";
import { constants, unlinkSync } from "node:fs";
import { access, open, readlink, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isOwnReport } from "../ingest/own-output.js";
import { DEVICE_FULL } from "./io.js";

/** Why a file could not be written, in words a user can act on, with the system's code. */
export function writeProblem(e: unknown, folder: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: `the folder ${folder} does not exist`,
    ENOTDIR: `${folder} is not a folder`,
    EACCES: `permission denied in ${folder}`,
    EPERM: `permission denied in ${folder}`,
    EROFS: `${folder} is on a read-only file system`,
    EISDIR: "a folder has that name",
    ...DEVICE_FULL,
  };
  return code ? `${words[code] ?? "the system refused"} (${code})` : (e as Error).message;
}

// Temporary files of writes not yet renamed into place: an interrupted run removes them.
const pending = new Set<string>();

/**
 * Write a file so that readers see the old contents or the new, never half of it: write a temporary
 * file beside it, then rename over (atomic within one file system). `data` may come in pieces (a
 * report too long for one string), written one after another.
 */
export async function writeAtomic(path: string, data: string | Iterable<string>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pending.add(tmp);
  try {
    await writeFile(tmp, data, { encoding: "utf8", flag: "wx" });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  } finally {
    pending.delete(tmp);
  }
}

/**
 * Remove the temporary files of writes still under way, for a run stopped by a signal (Ctrl-C
 * while a large report is written): the file it was to replace keeps its old contents, and no
 * hidden half-written ".report.md.….tmp" is left beside it. Synchronous: the process exits next.
 */
export function removePendingWrites(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // not created yet, or already gone
    }
  }
  pending.clear();
}

// Links followed to a file not made yet, at most (as the system's own limit on a path's links).
const MAX_LINKS = 40;

/**
 * The file a write to `target` should replace: a symbolic link's target, so that the rename of
 * writeAtomic replaces the file the link leads to and not the link itself. A link to a file not made
 * yet leads to the path it names (the shell's `>` creates that file and keeps the link). `target` when
 * it does not exist yet, or its links go round.
 */
export async function writeTarget(target: string): Promise<string> {
  const real = await realpath(target).catch(() => null);
  if (real !== null) return real;
  let path = target;
  for (let hop = 0; hop < MAX_LINKS; hop++) {
    const to = await readlink(path).catch(() => null);
    if (to === null) return path;
    path = resolve(dirname(path), to);
  }
  return target;
}

/**
 * Whether `file` (a real path) is read when `inputs` (real paths of the named files and folders)
 * are: one of them, or below a folder among them by names that are not hidden (the walk leaves
 * hidden entries out).
 */
export function isAmongInputs(file: string, inputs: readonly string[]): boolean {
  return inputs.some((root) => {
    if (file === root) return true;
    const rel = relative(root, file);
    return rel !== "" && !isAbsolute(rel) && !rel.startsWith("..") && !rel.split(sep).some((part) => part.startsWith("."));
  });
}

async function head(path: string): Promise<string> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString("utf8");
  } finally {
    await fh.close();
  }
}

/**
 * Why `target` cannot be written, found before the inputs are read: a missing folder or a folder
 * in the file's place is otherwise only told after the whole analysis, minutes later on a large
 * corpus. An existing file is not replaced when it is read-only (the rename would replace it all
 * the same, owner and mode too, where the folder is writable), nor when it is one of the inputs
 * and not a report quotecheck wrote: the analysis leaves it out and would then write over a source.
 * `inputs` are the paths the run reads (resolved). Null when writing may go ahead (the write
 * itself still reports what this cannot foresee).
 */
export async function destinationProblem(target: string, inputs: readonly string[]): Promise<string | null> {
  // A loop of links leads to no file; a link to a file not made yet is written where it leads.
  if ((await stat(target).catch((e: NodeJS.ErrnoException) => e.code)) === "ELOOP") return "a loop of symbolic links (ELOOP)";
  const folder = dirname(await writeTarget(target));
  try {
    if (!(await stat(folder)).isDirectory()) return writeProblem({ code: "ENOTDIR" }, folder);
    await access(folder, constants.W_OK);
  } catch (e) {
    return writeProblem(e, folder);
  }
  const existing = await stat(target).catch(() => null);
  if (!existing) return null;
  if (existing.isDirectory()) return writeProblem({ code: "EISDIR" }, folder);
  try {
    await access(target, constants.W_OK);
  } catch (e) {
    return `the file is read-only (${(e as NodeJS.ErrnoException).code ?? "EACCES"})`;
  }
  const real = await realpath(target);
  const roots = await Promise.all(inputs.map((p) => realpath(p).catch(() => null)));
  if (!isAmongInputs(real, roots.filter((p): p is string => p !== null))) return null;
  const text = await head(real).catch(() => "");
  if (isOwnReport(text, /\.html?$/i.test(real) || /<html/i.test(text))) return null;
  return "it is one of the inputs, a source and not a report quotecheck wrote; name another file";
}

/** The paths a run reads, resolved against `cwd`: the named ones but standard input, else `corpus`. */
export const inputRoots = (cwd: string, positionals: readonly string[], corpus: string): string[] =>
  positionals.length ? positionals.filter((p) => p !== "-").map((p) => resolve(cwd, p)) : [corpus];
