import type { Dirent } from "node:fs";
import { open, readdir, realpath, stat, type FileHandle } from "node:fs/promises";
import { basename, isAbsolute, join, resolve } from "node:path";
import { IngestError } from "./errors.js";
import { count } from "../model/index.js";

/** A file to read: where it is, and the id its articles and diagnostics carry. */
export type InputFile = { readonly path: string; readonly id: string };
/**
 * An input left unread. `afterFiles` is how many files came before it in the listing, so a
 * report can keep the inputs in the order the paths named them.
 */
export type SkippedInput = { readonly id: string; readonly reason: string; readonly ruleId: string; readonly severity?: "info"; readonly afterFiles: number };
/** A file no path may bring in, and why: the draft being verified, the report being written. */
export type LeaveOut = { readonly path: string; readonly reason: string };

/**
 * Files larger than this are skipped unless --max-bytes says otherwise. (Here rather than in
 * index.ts so that a cached re-open knows it without loading the parsers.)
 */
export const MAX_BYTES = 50 * 1024 * 1024;

const MB = 1024 * 1024;
const size = (n: number) => (n >= MB ? `${(n / MB).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : count(n, "byte"));

/** What an fs error means to a user; `what` is the kind of path that could not be read. */
export function describeFsError(e: unknown, what: "file" | "folder" = "file"): { reason: string; ruleId: string } {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return { reason: "no such file or directory", ruleId: "ingest/missing" };
    case "EACCES":
    case "EPERM":
      return { reason: `permission denied: cannot read this ${what}`, ruleId: "ingest/unreadable" };
    case "EISDIR":
      return { reason: "is a directory where a file was expected", ruleId: "ingest/unreadable" };
    case "ELOOP":
      return { reason: "symbolic link loop", ruleId: "ingest/symlink-loop" };
    case "EMFILE":
    case "ENFILE":
      return { reason: "too many open files", ruleId: "ingest/unreadable" };
    default:
      return { reason: `cannot read: ${code ?? (e as Error).message}`, ruleId: "ingest/unreadable" };
  }
}

/**
 * Expand paths into files: directories recursively (sorted, hidden entries left out), "-" as
 * standard input. A directory reached twice through symbolic links is a loop and is skipped once
 * with a reason. Files under a directory given by absolute path get ids relative to that
 * directory's parent ("/x/corpus/a.txt" -> "corpus/a.txt"); other ids are the paths as given.
 * A file in `leaveOut` (by its real path) is skipped with its reason, as info, however it was reached;
 * so is a file (or "-") reached a second time.
 */
export async function collectFiles(paths: readonly string[], leaveOut: readonly LeaveOut[] = []): Promise<{ files: InputFile[]; skipped: SkippedInput[] }> {
  const files: InputFile[] = [];
  const skipped: SkippedInput[] = [];
  const skip = (s: Omit<SkippedInput, "afterFiles">) => void skipped.push({ ...s, afterFiles: files.length });
  const left = await realPaths(leaveOut);
  // A file reached twice (named and in a folder given too, as "a.txt" and "./a.txt", or through a
  // symbolic link to it, "latest.txt" -> "2015-05-21.txt") is read once, as a folder is: read twice,
  // each of its quotes was listed twice and checked against itself. Files are known by their real
  // path: a listed file's is its folder's real path (taken for the loop test) joined to its name,
  // so 10k files cost no realpath each; only a file reached by stat (named, or a link) costs one.
  const seenFiles = new Map<string, string>();
  const repeat = (id: string, reason: string) => skip({ id, reason, ruleId: "ingest/repeat", severity: "info" });
  const push = (f: InputFile, real: string) => {
    const before = seenFiles.get(real);
    if (before !== undefined) return void repeat(f.id, before === f.id ? "reached again; read once" : `reached again; read once, as ${before}`);
    seenFiles.set(real, f.id);
    const reason = left.get(real);
    if (reason !== undefined) return skip({ id: f.id, reason, ruleId: "ingest/left-out", severity: "info" });
    files.push(f);
  };
  const seenDirs = new Map<string, string>();
  // Iterative walk: a deep tree cannot overflow the stack.
  for (const given of paths) {
    if (given === "-") {
      if (seenFiles.has("-")) repeat("-", "named again; standard input is read once");
      else {
        files.push({ path: "-", id: "-" });
        seenFiles.set("-", "-");
      }
      continue;
    }
    const trimmed = given.replace(/[\\/]+$/, "") || given;
    const idRoot = isAbsolute(trimmed) ? basename(trimmed) || trimmed : trimmed;
    const countBefore = files.length + skipped.length;
    // `real`: a listed regular file's real path (its folder's real path and its name).
    const stack: { path: string; id: string; top: boolean; real?: string }[] = [{ path: trimmed, id: trimmed, top: true }];
    while (stack.length) {
      const cur = stack.pop()!;
      // A regular file the directory listing named as such needs no stat of its own (10k files: 0.6 s).
      if (cur.real !== undefined) {
        push({ path: cur.path, id: cur.id }, cur.real);
        continue;
      }
      let s;
      try {
        s = await stat(cur.path);
      } catch (e) {
        const d = describeFsError(e);
        skip({ id: cur.id, ...d, reason: cur.top && d.ruleId === "ingest/missing" ? d.reason + patternHint(given) : d.reason });
        continue;
      }
      if (!s.isDirectory()) {
        if (s.isFile() || (cur.top && handedOver(trimmed))) push({ path: cur.path, id: cur.id }, await realpath(cur.path).catch(() => resolve(cur.path)));
        else if (cur.top) skip({ id: cur.id, reason: `${specialKind(s)}, not a regular file: its reading may wait for a writer or never end; give its contents on standard input ("-"); skipped`, ruleId: "ingest/not-a-file" });
        else skip({ id: cur.id, reason: "not a regular file (device, socket or pipe)", ruleId: "ingest/not-a-file" });
        continue;
      }
      let real: string;
      try {
        real = await realpath(cur.path);
      } catch (e) {
        skip({ id: cur.id, ...describeFsError(e) });
        continue;
      }
      const before = seenDirs.get(real);
      if (before !== undefined) {
        // A folder named twice (or named beside a folder that holds it) is read once, as a file is;
        // a link inside a tree that leads back up it is a loop.
        if (cur.top) repeat(cur.id, before === cur.id ? "named again; read once" : `already read as ${before}; read once`);
        else skip({ id: cur.id, reason: `directory symlink loop or repeat: leads back to ${before}, already read`, ruleId: "ingest/symlink-loop" });
        continue;
      }
      seenDirs.set(real, cur.id);
      let entries: Dirent[];
      try {
        entries = (await readdir(cur.path, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        skip({ id: cur.id, ...describeFsError(e, "folder") });
        continue;
      }
      const base = cur.top ? (isAbsolute(trimmed) ? idRoot : trimmed) : cur.id;
      for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i];
        stack.push({ path: join(cur.path, e.name), id: join(base, e.name), top: false, real: e.isFile() ? join(real, e.name) : undefined });
      }
    }
    // A path that led to nothing at all is still accounted for.
    if (files.length + skipped.length === countBefore) skip({ id: trimmed, reason: "directory holds no files to read", ruleId: "ingest/empty-directory" });
  }
  return { files, skipped };
}

/**
 * A stream the shell already opened and hands over as a path: process substitution (`<(curl …)` is
 * /dev/fd/63 in bash, /proc/self/fd/N in zsh) or /dev/stdin. Its writer is there, so reading it ends
 * (readInput stops it at the limit). A named pipe (mkfifo) or a device named as a file is refused:
 * opening a pipe nobody writes to waited forever, and the run with it.
 */
const handedOver = (path: string): boolean => /^\/(?:dev\/(?:fd\/\d+|stdin)|proc\/(?:self|\d+)\/fd\/\d+)$/.test(path);

/** What a path that is neither file nor folder is, for its skip reason. */
const specialKind = (s: { isFIFO(): boolean; isSocket(): boolean }): string => (s.isFIFO() ? "a named pipe (FIFO)" : s.isSocket() ? "a socket" : "a device");

/**
 * A path with a wildcard that is not there is most often a pattern that matched nothing: the shell
 * passes it on as it is ('extract "stories/*.txt"' quoted, or a folder with no .txt left), and
 * "no such file" alone sends the user looking for a file named with a star. Said, not expanded.
 */
export const patternHint = (path: string): string => (/[*?[]/.test(path) ? " (a pattern that matched no file? quotecheck does not expand *, ? or [...] itself)" : "");

/** Real path -> reason of each file to leave out that exists. */
async function realPaths(leaveOut: readonly LeaveOut[]): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  for (const l of leaveOut) {
    const real = await realpath(l.path).catch(() => null);
    if (real === null) continue; // not written yet: nothing can lead to it
    m.set(real, l.reason);
  }
  return m;
}

/**
 * Standard input up to `max` + 1 bytes: enough to tell it is over the limit, never the whole of an
 * endless stream (`quotecheck extract - < /dev/zero` held every byte in memory until it died).
 */
export async function readStdinUpTo(max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    n += (c as Buffer).length;
    if (n > max) break;
  }
  return Buffer.concat(chunks);
}

/** A pipe or device read up to `max` + 1 bytes: its size is not known before, and it may not end. */
async function readUpTo(fh: FileHandle, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for (;;) {
    const buf = Buffer.alloc(Math.min(1 << 20, max + 1 - n));
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    n += bytesRead;
    if (n > max) break;
  }
  return Buffer.concat(chunks);
}

/**
 * Read one file, refusing one over `max` bytes before reading it; a pipe or a device (a stream the
 * shell hands over: `<(…)`; collectFiles refuses others) is read only up to the limit.
 */
export async function readInput(path: string, max: number, stdin: (max: number) => Promise<Buffer>): Promise<Buffer> {
  if (path === "-") {
    const b = await stdin(max);
    if (b.length > max) throw new IngestError(`standard input gave more than the ${size(max)} limit; stopped reading (set --max-bytes to read more)`, "ingest/too-large");
    return b;
  }
  let fh;
  try {
    fh = await open(path, "r");
  } catch (e) {
    const d = describeFsError(e);
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "file disappeared before it could be read (deleted or moved during the run)" : d.reason;
    throw new IngestError(reason, d.ruleId);
  }
  try {
    const s = await fh.stat();
    if (s.isDirectory()) throw new IngestError("is a directory where a file was expected", "ingest/unreadable");
    if (s.size > max) throw new IngestError(`file is ${size(s.size)}, over the ${size(max)} limit (set --max-bytes to read it)`, "ingest/too-large");
    if (!s.isFile()) {
      const got = await readUpTo(fh, max);
      if (got.length > max) throw new IngestError(`a pipe or device that gave more than the ${size(max)} limit; stopped reading (set --max-bytes to read more)`, "ingest/too-large");
      return got;
    }
    const buf = await fh.readFile();
    if (buf.length > max) throw new IngestError(`file is ${size(buf.length)}, over the ${size(max)} limit (set --max-bytes to read it)`, "ingest/too-large");
    return buf;
  } catch (e) {
    if (e instanceof IngestError) throw e;
    const d = describeFsError(e);
    throw new IngestError(d.reason, d.ruleId);
  } finally {
    await fh.close();
  }
}
