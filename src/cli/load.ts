import { createHash } from "node:crypto";
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { cacheDir, cacheEnabled, cacheKey, engineVersion, openCache, type CacheStats } from "../cache/index.js";
import { MAX_BYTES } from "../ingest/index.js";
import type { Article, Diagnostic, InputStatus, SourceDocument } from "../model/index.js";
import type { Report } from "../model/index.js";
import { analyse, type Depth } from "../pipeline/index.js";
import { createPool, processFile, type ArticleQuotes, type FileJob, type FileResult, type Pool } from "../pipeline/pool.js";
import { formatDiagnostic } from "../report/diagnostics.js";
import { DEFAULT_CORPUS } from "./corpus.js";
import type { Io } from "./io.js";

export type Loaded = { report: Report; readAnything: boolean };

export type LoadOptions = {
  readonly maxBytes?: number;
  /** Use the parsed-result cache (default on; --no-cache or QUOTECHECK_NO_CACHE=1 turn it off). */
  readonly cache?: boolean;
  /** Worker threads; default min(2, cores). Inputs under POOL_THRESHOLD files stay in-process. */
  readonly workers?: number;
  /** Called after each input is done, for a progress line or bar. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly stdin?: () => Promise<Buffer>;
  /** Another worker script speaking the pool protocol (tests use one that fails on purpose). */
  readonly workerUrl?: URL;
};

/** Below this many files, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 20;
// Inputs read ahead of the one being written: bounds memory while keeping the workers busy.
const WINDOW = 32;

/** One input, done: its parsed document and quotes, or the reason it was skipped. */
export type InputOutcome =
  | { readonly path: string; readonly ok: true; readonly document: SourceDocument; readonly diagnostics: readonly Diagnostic[]; readonly perArticle: readonly ArticleQuotes[] | null }
  | { readonly path: string; readonly ok: false; readonly reason: string };

export type StreamSummary = {
  readonly inputs: InputStatus[];
  readonly diagnostics: Diagnostic[];
  readonly readAnything: boolean;
  /** Cache hits, misses and writes of this run; null when the cache was off. */
  readonly cache: CacheStats | null;
  /** Worker threads used; 0 when the inputs were processed in-process. */
  readonly workers: number;
};

/**
 * Read the paths (the embedded corpus when none), run the pipeline to `depth`, and print one
 * error line per unreadable input on stderr. The caller decides the exit code.
 */
export async function loadReport(paths: readonly string[], io: Io, depth: Depth, opts: LoadOptions = {}): Promise<Loaded> {
  const documents: SourceDocument[] = [];
  const quotesByArticle = new Map<Article, ArticleQuotes>();
  const summary = await streamInputs(paths, io, depth === "articles" ? "articles" : "quotes", opts, (o) => {
    if (!o.ok) return;
    documents.push(o.document);
    if (o.perArticle) o.document.articles.forEach((a, i) => quotesByArticle.set(a, o.perArticle![i]));
  });
  const known = (a: Article) => quotesByArticle.get(a) ?? undefined;
  const report = analyse({ documents, inputs: summary.inputs, diagnostics: summary.diagnostics }, depth, known);
  return { report, readAnything: summary.readAnything };
}

/**
 * Process inputs one by one and hand each to `visit` in input order as soon as it and every input
 * before it are done. Only a bounded window of inputs is in memory at once, so 10,000 files stream
 * with flat memory. Large inputs go through the worker pool; results come from the cache when the
 * file's bytes are unchanged.
 */
export async function streamInputs(
  paths: readonly string[],
  io: Io,
  depth: "articles" | "quotes",
  opts: LoadOptions,
  visit: (o: InputOutcome) => void,
): Promise<StreamSummary> {
  const listed = await listInputs(paths.length ? paths : [DEFAULT_CORPUS]);
  const inputs: InputStatus[] = [];
  const diagnostics: Diagnostic[] = [];
  const skip = (path: string, reason: string) => {
    inputs.push({ path, status: "skipped", reason });
    const d: Diagnostic = { reason, documentId: path, ruleId: "ingest/unreadable", stage: "ingest", severity: "error" };
    diagnostics.push(d);
    io.err(formatDiagnostic(d, null) + "\n");
  };
  const cache = cacheEnabled(io.env, opts.cache === false) ? openCache(cacheDir(io.env)) : null;
  const engine = cache ? engineVersion() : "";
  const files = listed.filter((e) => e.reason === undefined);
  const pool: Pool | null = files.length >= POOL_THRESHOLD && (opts.workers ?? 2) > 0 ? createPool({ size: opts.workers, workerUrl: opts.workerUrl }) : null;
  const max = opts.maxBytes ?? MAX_BYTES;

  const one = async (path: string): Promise<InputOutcome> => {
    let bytes: Uint8Array;
    try {
      if (path === "-") bytes = await (opts.stdin ?? readStdin)();
      else {
        const s = await stat(path);
        if (s.size > max) return { path, ok: false, reason: `file is ${s.size} bytes, over the ${max}-byte limit` };
        bytes = await readFile(path);
      }
      if (bytes.length > max) return { path, ok: false, reason: `file is ${bytes.length} bytes, over the ${max}-byte limit` };
    } catch (e) {
      return { path, ok: false, reason: readError(e) };
    }
    const key = cache
      ? cacheKey({ contentSha256: createHash("sha256").update(bytes).digest("hex"), id: path, variant: depth, engine })
      : "";
    if (cache) {
      const hit = cache.get(key);
      if (isResult(hit, depth)) return { path, ...hit };
    }
    const job: FileJob = { id: path, bytes, depth };
    const result: FileResult = pool ? await pool.run(job) : processFile(job);
    if (cache && result.ok) cache.put(key, result);
    return result.ok ? { path, ...result } : { path, ok: false, reason: result.reason };
  };

  let done = 0;
  const total = listed.length;
  let readAnything = false;
  const finish = (o: InputOutcome) => {
    if (o.ok) {
      readAnything = true;
      inputs.push({ path: o.path, status: "processed", format: o.document.format, articles: o.document.articles.length });
      diagnostics.push(...o.diagnostics);
      for (const d of o.diagnostics) if (d.severity === "error") io.err(formatDiagnostic(d, null) + "\n");
      visit(o);
    } else skip(o.path, o.reason);
    opts.onProgress?.(++done, total);
  };

  try {
    const inFlight: Promise<InputOutcome>[] = [];
    for (const e of listed) {
      inFlight.push(e.reason === undefined ? one(e.path) : Promise.resolve({ path: e.path, ok: false, reason: e.reason }));
      if (inFlight.length >= WINDOW) finish(await inFlight.shift()!);
    }
    while (inFlight.length) finish(await inFlight.shift()!);
  } finally {
    await pool?.close();
  }
  return { inputs, diagnostics, readAnything, cache: cache?.stats ?? null, workers: pool?.size ?? 0 };
}

// A cache entry is trusted only if it has the shape processFile returns for this depth.
function isResult(v: unknown, depth: "articles" | "quotes"): v is Extract<FileResult, { ok: true }> {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Partial<Extract<FileResult, { ok: true }>>;
  if (r.ok !== true || typeof r.document !== "object" || r.document === null || !Array.isArray(r.diagnostics)) return false;
  const arts = r.document.articles;
  if (!Array.isArray(arts) || typeof r.document.text !== "string") return false;
  if (!arts.every((a) => typeof a === "object" && a !== null && typeof a.text === "string")) return false;
  if (depth === "articles") return true;
  return Array.isArray(r.perArticle) && r.perArticle.length === arts.length;
}

const readError = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "cannot read: file not found (ENOENT)";
  if (code === "EACCES" || code === "EPERM") return `cannot read: permission denied (${code})`;
  if (code === "EISDIR") return "cannot read: is a directory (EISDIR)";
  return code ? `cannot read: ${code}` : `cannot read: ${(e as Error).message}`;
};

/**
 * Expand paths into files in a stable order: directories recursively (sorted, dot-files left out),
 * each real directory once so a symlink loop ends, "-" as itself.
 */
export async function listInputs(paths: readonly string[]): Promise<ListedInput[]> {
  const out: ListedInput[] = [];
  const files = { push: (path: string) => out.push({ path }) };
  const skipped = { push: (s: { path: string; reason: string }) => out.push(s) };
  const seenDirs = new Set<string>();
  const walk = async (p: string, given: boolean): Promise<void> => {
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      skipped.push({ path: p, reason: code === "ELOOP" ? "cannot read: symbolic link loop (ELOOP)" : readError(e) });
      return;
    }
    if (!s.isDirectory()) {
      if (given || s.isFile()) files.push(p);
      return;
    }
    let real: string;
    try {
      real = await realpath(p);
    } catch (e) {
      skipped.push({ path: p, reason: readError(e) });
      return;
    }
    if (seenDirs.has(real)) {
      if (!given) skipped.push({ path: p, reason: "directory already read (symbolic link loop or repeat)" });
      return;
    }
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = (await readdir(p)).sort();
    } catch (e) {
      skipped.push({ path: p, reason: readError(e) });
      return;
    }
    for (const e of entries) if (!e.startsWith(".")) await walk(join(p, e), false);
  };
  for (const p of paths) {
    if (p === "-") files.push(p);
    else await walk(p, true);
  }
  return out;
}

/** A file to read, or a path that could not be expanded and why. */
export type ListedInput = { readonly path: string; readonly reason?: string };

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export const errorsOf = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");
