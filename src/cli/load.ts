import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { cacheEnabled } from "../cache/dir.js";
import type { Cache, CacheStats } from "../cache/index.js";
import { IngestError } from "../ingest/errors.js";
import { collectFiles, MAX_BYTES, readInput, readStdinUpTo, type LeaveOut } from "../ingest/files.js";
import { type Article, type Diagnostic, type InputStatus, type Report, type SourceDocument, type Stage, type UniqueIds, uniqueIds } from "../model/index.js";
import type { Depth } from "../pipeline/index.js";
import type { ArticleQuotes, FileJob, FileResult, Pool } from "../pipeline/pool.js";
import { withArticleId } from "../pipeline/article-id.js";
import { formatDiagnostic } from "../report/diagnostics.js";
import { DEFAULT_CORPUS } from "./corpus.js";
import type { Io } from "./io.js";

export type Loaded = {
  report: Report;
  /** At least one input gave an article (a file read but holding none does not count). */
  readAnything: boolean;
  /** How the load went: time reading + parsing (cache or workers) vs the analysis after it. */
  stats: { readMs: number; analyseMs: number; cache: CacheStats | null; workers: number; reportCached: boolean };
};

export type LoadOptions = {
  readonly maxBytes?: number;
  /** Use the parsed-result cache (default on; --no-cache or QUOTECHECK_NO_CACHE=1 turn it off). */
  readonly cache?: boolean;
  /**
   * Worker threads: 0 keeps everything in-process; a number uses that many for 20 files or more;
   * by default min(2, cores) when poolHelps (POOL_MIN_BYTES or more, and a core free).
   */
  readonly workers?: number;
  /** Called after each input is done, for a progress line or bar. */
  readonly onProgress?: (done: number, total: number, path: string) => void;
  readonly stdin?: () => Promise<Buffer>;
  /** Another worker script speaking the pool protocol (tests use one that fails on purpose). */
  readonly workerUrl?: URL;
  /** Files no path may bring in (collectFiles): the report being written. */
  readonly leaveOut?: readonly LeaveOut[];
};

/** Below this many files, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 20;
/**
 * Nor below this many bytes of input in all, unless a number of workers is asked for. Each worker
 * is another V8 isolate that compiles the engine anew: measured, about 2.5 CPU s before it runs at
 * full speed (some 10 MB of text's worth of work on one core), plus 5-10% for moving results between
 * threads. The pool pays that back only on a large input with a second core actually free (see
 * docs/BENCHMARKS.md); on less, one core in-process finishes first.
 */
export const POOL_MIN_BYTES = 32 * 1024 * 1024;

/**
 * Whether a pool can finish first by itself: the input is large enough, and the last minute's load
 * average leaves a core free beside the one this process runs on. On a machine already busy (the
 * development machine, two cores shared by several builds, runs at a load of 4-7) the scheduler
 * gives the process about one core's time whatever its threads, so a pool only adds its cost; the
 * bench measured 19.5 s pooled against 15.5 s in-process over 46 MB there.
 */
export function poolHelps(inputBytesAtLeastMin: boolean, cores: number, load1: number): boolean {
  return inputBytesAtLeastMin && cores >= 2 && load1 <= cores - 1.5;
}
// Inputs read ahead of the one being handed on: bounds memory while keeping the workers busy.
const WINDOW = 32;

/** One input, done: its parsed document and quotes, or the reason it was skipped. */
export type InputOutcome =
  | {
      readonly path: string;
      readonly ok: true;
      readonly document: SourceDocument;
      readonly diagnostics: readonly Diagnostic[];
      /** Quotes per article, in `document.articles` order; null at depth "articles". */
      readonly perArticle: readonly ArticleQuotes[] | null;
    }
  | { readonly path: string; readonly ok: false; readonly reason: string; readonly ruleId: string; readonly stage: Stage; readonly severity?: "error" | "info" };

export type StreamSummary = {
  readonly inputs: InputStatus[];
  readonly diagnostics: Diagnostic[];
  readonly readAnything: boolean;
  /** Cache hits, misses and writes of this run; null when the cache was off. */
  readonly cache: CacheStats | null;
  /** Worker threads used; 0 when every input was processed in-process. */
  readonly workers: number;
};

/**
 * Read the paths (the embedded corpus when none), run the pipeline to `depth`, and print one
 * error line per unreadable input on stderr. The caller decides the exit code.
 */
export async function loadReport(paths: readonly string[], io: Io, depth: Depth, opts: LoadOptions = {}): Promise<Loaded> {
  const t0 = performance.now();
  const roots = paths.length ? paths : [DEFAULT_CORPUS];
  const listing = await collectFiles(roots, opts.leaveOut);
  const rc = await openRunCache(io, opts);
  const cache = rc?.cache ?? null;
  // The whole report, keyed by every input's content: re-opening an unchanged corpus reads one
  // entry and skips the analysis too. Any changed, added or removed file gives another key. The
  // parsers and the engine are only loaded when that entry misses.
  const key = rc ? await reportKey(rc, roots, listing, depth, opts) : null;
  if (rc && key) {
    const hit = unpackReport(rc.code.unpackOffsets, rc.cache.get(key));
    if (hit) {
      for (const line of hit.errLines) io.err(line);
      const total = listing.files.length + listing.skipped.length;
      opts.onProgress?.(total, total, "");
      const stats = { readMs: performance.now() - t0, analyseMs: 0, cache: rc.cache.stats, workers: 0, reportCached: true };
      return { report: hit.report, readAnything: hit.readAnything, stats };
    }
  }
  const documents: SourceDocument[] = [];
  const quotesByArticle = new Map<Article, ArticleQuotes>();
  const errLines: string[] = [];
  const tee: Io = { ...io, err: (line) => (errLines.push(line), io.err(line)) };
  const summary = await streamListed(listing, tee, depth === "articles" ? "articles" : "quotes", opts, (o) => {
    if (!o.ok) return;
    documents.push(o.document);
    if (o.perArticle) o.document.articles.forEach((a, i) => quotesByArticle.set(a, o.perArticle![i]));
  });
  const t1 = performance.now();
  const { analyse } = await import("../pipeline/index.js");
  const known = (a: Article) => quotesByArticle.get(a);
  const report = analyse({ documents, inputs: summary.inputs, diagnostics: summary.diagnostics }, depth, known);
  if (rc && key) rc.cache.put(key, packReport(rc.code.packOffsets, report, summary.readAnything, errLines));
  pruneAfterWrites((cache?.stats.writes ?? 0) + (summary.cache?.writes ?? 0), io);
  const cacheStats = summary.cache && cache ? addStats(summary.cache, cache.stats) : summary.cache;
  const stats = { readMs: t1 - t0, analyseMs: performance.now() - t1, cache: cacheStats, workers: summary.workers, reportCached: false };
  return { report, readAnything: summary.readAnything, stats };
}

/**
 * The cache's code (store, keys, packing, file hashes, pruning: 8 modules, 15-20 ms of start-up) is
 * loaded only by a run that uses the cache: under --no-cache (or QUOTECHECK_NO_CACHE=1) it never is.
 */
type CacheCode = typeof import("../cache/index.js") & typeof import("../cache/file-hashes.js") & typeof import("../cache/packed.js");
let cacheCode: Promise<CacheCode> | null = null;
/** Set once the code is loaded: a run that wrote entries prunes with it. */
let cacheCodeLoaded: CacheCode | null = null;
const loadCacheCode = (): Promise<CacheCode> =>
  (cacheCode ??= Promise.all([import("../cache/index.js"), import("../cache/file-hashes.js"), import("../cache/packed.js")]).then(([a, b, c]) => (cacheCodeLoaded = { ...a, ...b, ...c })));

/** The run's cache and its code, or null when the cache is off. */
type RunCache = { readonly cache: Cache; readonly code: CacheCode };
async function openRunCache(io: Io, opts: LoadOptions): Promise<RunCache | null> {
  if (!cacheEnabled(io.env, opts.cache === false)) return null;
  const code = await loadCacheCode();
  return { cache: code.openCache(code.cacheDir(io.env)), code };
}

const addStats = (a: CacheStats, b: CacheStats): CacheStats => ({
  hits: a.hits + b.hits,
  misses: a.misses + b.misses,
  corrupt: a.corrupt + b.corrupt,
  writes: a.writes + b.writes,
  writeErrors: a.writeErrors + b.writeErrors,
});

/**
 * Key of a whole run: every file's id and content hash, every skip and why. Null if a file cannot
 * be read now. A file whose stat matches the one recorded with its hash is not read again
 * (cache/file-hashes.ts); any other is read and hashed.
 */
async function reportKey({ cache, code }: RunCache, roots: readonly string[], listing: Listing, depth: Depth, opts: LoadOptions): Promise<string | null> {
  if (listing.files.some((f) => f.path === "-")) return null; // standard input is read once, by the run itself
  const max = opts.maxBytes ?? MAX_BYTES;
  let hashes: readonly string[];
  try {
    const hashed = await code.contentHashes(cache, roots, listing.files.map((f) => f.path), (p) => readInput(p, max, readStdinUpTo), max);
    if (!hashed) return null; // a pipe or device among the inputs: read once, by the run itself
    hashes = hashed.hashes;
  } catch {
    return null; // the run itself reports the file; such a run is not cached as a whole
  }
  const h = createHash("sha256");
  for (const s of listing.skipped) h.update(`skip\0${s.id}\0${s.reason}\0`);
  listing.files.forEach((f, i) => h.update(`file\0${f.id}\0`).update(hashes[i]).update("\0"));
  return code.cacheKey({ contentSha256: h.digest("hex"), id: "(report)", variant: `report-${depth}-max${max}`, engine: code.engineVersion() });
}

// The error lines the run printed are kept with it, so a cached re-open tells the same story.
type PackedReport = {
  readonly report: Report;
  readonly readAnything: boolean;
  readonly errLines: readonly string[];
  readonly offsets: readonly (Int32Array | null)[];
};

function packReport(packOffsets: CacheCode["packOffsets"], report: Report, readAnything: boolean, errLines: readonly string[]): PackedReport {
  const offsets = report.articles.map((a) => (a.sourceOffsets ? packOffsets(a.sourceOffsets) : null));
  return { report: { ...report, articles: report.articles.map((a) => ({ ...a, sourceOffsets: null })) }, readAnything, errLines, offsets };
}

function unpackReport(unpackOffsets: CacheCode["unpackOffsets"], v: unknown): { report: Report; readAnything: boolean; errLines: readonly string[] } | null {
  if (typeof v !== "object" || v === null) return null;
  const { report: r, readAnything, errLines, offsets } = v as Partial<PackedReport>;
  if (typeof r !== "object" || r === null || r.schemaVersion !== "1.0" || typeof readAnything !== "boolean" || !Array.isArray(offsets)) return null;
  if (!Array.isArray(errLines) || !errLines.every((l) => typeof l === "string")) return null;
  const lists = [r.inputs, r.documents, r.articles, r.quotes, r.speakers, r.groups, r.claims, r.findings, r.diagnostics];
  if (!lists.every(Array.isArray) || offsets.length !== r.articles.length) return null;
  const articles: Article[] = [];
  for (const [i, a] of r.articles.entries()) {
    if (typeof a !== "object" || a === null || typeof a.text !== "string") return null;
    const runs = offsets[i];
    if (runs === null) articles.push(a);
    else if (runs instanceof Int32Array && runs.length % 2 === 0 && unpackedLength(runs) === a.text.length + 1) articles.push(withLazyOffsets(a, runs, unpackOffsets));
    else return null;
  }
  return { report: { ...r, articles }, readAnything, errLines };
}

function unpackedLength(runs: Int32Array): number {
  let n = 0;
  for (let k = 1; k < runs.length; k += 2) n += runs[k];
  return n;
}

/**
 * The article with its source offsets unpacked on first use. Unpacked, the offsets of 10k articles
 * are 65 million Int32s (260 MB, a third of a second to fill), and only the quotes a user exports or
 * checks against the source ever need theirs.
 */
function withLazyOffsets(a: Article, runs: Int32Array, unpackOffsets: CacheCode["unpackOffsets"]): Article {
  let unpacked: Int32Array | null = null;
  return {
    ...a,
    get sourceOffsets() {
      return (unpacked ??= unpackOffsets(runs));
    },
  };
}

/**
 * Process inputs and hand each to `visit` in input order as soon as it and every input before it
 * are done. Only a window of inputs is in memory at once, so 10,000 files stream with flat memory.
 * Many inputs go through the worker pool; a file whose bytes are unchanged comes from the cache.
 */
export async function streamInputs(
  paths: readonly string[],
  io: Io,
  depth: "articles" | "quotes",
  opts: LoadOptions,
  visit: (o: InputOutcome) => void,
): Promise<StreamSummary> {
  const summary = await streamListed(await collectFiles(paths.length ? paths : [DEFAULT_CORPUS], opts.leaveOut), io, depth, opts, visit);
  pruneAfterWrites(summary.cache?.writes ?? 0, io);
  return summary;
}

type Listing = Awaited<ReturnType<typeof collectFiles>>;

async function streamListed(
  { files, skipped }: Listing,
  io: Io,
  depth: "articles" | "quotes",
  opts: LoadOptions,
  visit: (o: InputOutcome) => void,
): Promise<StreamSummary> {
  const inputs: InputStatus[] = [];
  const diagnostics: Diagnostic[] = [];
  const rc = await openRunCache(io, opts);
  const cache = rc?.cache ?? null;
  const engine = rc ? rc.code.engineVersion() : "";
  const max = opts.maxBytes ?? MAX_BYTES;
  // An explicit number of workers (--jobs) is honoured; otherwise the pool must be likely to win.
  const wantPool =
    opts.workers !== undefined
      ? opts.workers > 0 && files.length > 1
      : files.length >= POOL_THRESHOLD && poolHelps(bytesAtLeast(files, POOL_MIN_BYTES), availableParallelism(), loadavg()[0]);
  // Started on the first file the cache cannot answer: a warm run never starts a worker, nor loads
  // the parsers and the engine.
  const started: { pool: Pool | null } = { pool: null };
  const compute = async (job: FileJob): Promise<FileResult> => {
    const { createPool, processFile } = await import("../pipeline/pool.js");
    if (!wantPool) return processFile(job);
    started.pool ??= createPool({ size: opts.workers, workerUrl: opts.workerUrl });
    return started.pool.run(job);
  };

  const one = async (path: string, id: string): Promise<InputOutcome> => {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(path, max, opts.stdin ?? readStdinUpTo);
    } catch (e) {
      if (e instanceof IngestError) return { path: id, ok: false, reason: e.message, ruleId: e.ruleId, stage: "ingest", severity: e.severity };
      return { path: id, ok: false, reason: `cannot read: ${(e as Error).message}`, ruleId: "ingest/unreadable", stage: "ingest" };
    }
    const key = rc ? rc.code.cacheKey({ contentSha256: createHash("sha256").update(bytes).digest("hex"), id, variant: depth, engine }) : "";
    if (rc) {
      const cached = rc.code.unpackResult(rc.cache.get(key));
      if (cached && (depth === "articles" || cached.perArticle)) return { path: id, ...cached };
    }
    const result = await compute({ id, bytes, depth });
    if (rc && result.ok) {
      rc.cache.putLater(key, rc.code.packResult(result));
      // Writes go on beside the work; a disk slower than the engine is waited for, not queued without end.
      if (rc.cache.pending > 64) await rc.cache.flush();
    }
    return { path: id, ...result };
  };

  let done = 0;
  const total = files.length + skipped.length;
  let readAnything = false;
  const ids = uniqueIds();
  const skip = (id: string, reason: string, ruleId: string, stage: Stage, severity: Diagnostic["severity"] = "error") => {
    inputs.push({ path: id, status: "skipped", reason });
    const d: Diagnostic = { reason, documentId: id, ruleId, stage, severity };
    diagnostics.push(d);
    io.err(formatDiagnostic(d, null) + "\n");
  };
  const finish = async (raw: InputOutcome) => {
    if (raw.ok) {
      const o = uniqueArticleIds(raw, ids);
      // A file read but holding no article (a page with no body, a message with only an attachment)
      // is not a usable input: a run of only such files is an input failure (2), as one of only
      // empty files is. Its warning line says why.
      if (o.document.articles.length) readAnything = true;
      inputs.push({ path: o.path, status: "processed", format: o.document.format, articles: o.document.articles.length });
      for (const d of o.diagnostics) diagnostics.push(d); // (not a spread: a file can give more than the stack holds)
      for (const d of o.diagnostics) if (d.severity === "error") io.err(formatDiagnostic(d, null) + "\n");
      visit(o);
    } else skip(raw.path, raw.reason, raw.ruleId, raw.stage, raw.severity);
    opts.onProgress?.(++done, total, raw.path);
  };

  // Inputs are reported in the order the paths named them: each skipped one after the files
  // listed before it.
  let nextSkipped = 0;
  let finished = 0;
  const skipUpTo = (filesDone: number) => {
    for (; nextSkipped < skipped.length && skipped[nextSkipped].afterFiles <= filesDone; nextSkipped++) {
      const s = skipped[nextSkipped];
      skip(s.id, s.reason, s.ruleId, "ingest", s.severity);
      opts.onProgress?.(++done, total, s.id);
    }
  };
  const finishNext = async (raw: InputOutcome) => {
    skipUpTo(finished);
    await finish(raw);
    finished++;
  };
  try {
    const inFlight: Promise<InputOutcome>[] = [];
    for (const f of files) {
      inFlight.push(one(f.path, f.id));
      if (inFlight.length >= WINDOW) await finishNext(await inFlight.shift()!);
    }
    while (inFlight.length) await finishNext(await inFlight.shift()!);
    skipUpTo(Infinity);
  } finally {
    await started.pool?.close();
    await cache?.flush();
  }
  return { inputs, diagnostics, readAnything, cache: cache?.stats ?? null, workers: started.pool?.size ?? 0 };
}

/**
 * A run that added entries may have pushed the cache past its limit: prune it (at most once a day),
 * once the run's last entry is written.
 */
function pruneAfterWrites(writes: number, io: Io): void {
  const code = cacheCodeLoaded; // loaded by the run that wrote
  if (writes > 0 && code) code.pruneCache(code.cacheDir(io.env), { maxBytes: code.cacheMaxBytes(io.env) });
}

/** Whether the files hold at least `min` bytes together (sizes by stat; stops once there). */
function bytesAtLeast(files: readonly { readonly path: string }[], min: number): boolean {
  let total = 0;
  for (const f of files) {
    try {
      total += f.path === "-" ? 0 : statSync(f.path).size;
    } catch {
      // reading it will say why
    }
    if (total >= min) return true;
  }
  return false;
}

type Ok = Extract<InputOutcome, { ok: true }>;

/**
 * Article ids stay unique across the run, as loadInputs keeps them: a repeat gets a numbered
 * suffix. Workers and the cache computed the quotes under the old id, so a renamed article's quotes
 * and diagnostics are relabelled with the new one (withArticleId); they are not computed again.
 */
function uniqueArticleIds(o: Ok, ids: UniqueIds): Ok {
  const renames = new Map<string, string>();
  const articles = o.document.articles.map((a) => {
    const id = ids.take(a.id);
    if (id === a.id) return a;
    renames.set(a.id, id);
    return { ...a, id };
  });
  if (!renames.size) return o;
  // (Relabelled, not run through the engine again: see withArticleId.)
  const diagnostics = o.diagnostics.map((d) => (d.articleId && renames.has(d.articleId) ? { ...d, articleId: renames.get(d.articleId) } : d));
  const perArticle =
    o.perArticle &&
    articles.map((a, i) => {
      const from = o.document.articles[i].id;
      return renames.has(from) ? withArticleId(o.perArticle![i], from, a.id) : o.perArticle![i];
    });
  return { ...o, document: { ...o.document, articles }, diagnostics, perArticle };
}


export const errorsOf = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");
