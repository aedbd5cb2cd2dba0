import { openSync, writeSync, closeSync } from "node:fs";
import type { Io } from "../cli/io.js";
import { loadReport, streamInputs } from "../cli/load.js";
import { parseDocument } from "../ingest/index.js";
import type { Article } from "../model/index.js";
import { quotesOfArticle } from "../pipeline/index.js";
import { createPool, defaultPoolSize, processFile, type FileResult } from "../pipeline/pool.js";
import { quoteRow } from "../report/quote-rows.js";
import { corpusOfSize, sourceTexts } from "./texts.js";
import { memoryTracker, type MemoryPeak, type MemoryTracker } from "./memory.js";

export const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const now = () => performance.now();
const sec = (ms: number) => ms / 1000;
const cpuOf = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};

const silentIo = (env: Io["env"]): Io => ({
  out: () => {},
  err: () => {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stdinIsTTY: false,
  env,
  cwd: process.cwd(),
});

export type Row = Record<string, string | number | null>;

// Words as a tokeniser sees them: the floor any text pass has to pay.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** (a) MB/s of the engine beside a bare regex word scan, over the same generated text. */
export async function throughput(mb: number): Promise<{ source: string; articles: number; mb: number; rows: Row[] }> {
  const src = sourceTexts();
  const texts = corpusOfSize(src, mb * 1e6);
  const enc = new TextEncoder();
  const bytes = texts.map((t) => enc.encode(t));
  const total = bytes.reduce((n, b) => n + b.length, 0) / 1e6;
  const rows: Row[] = [];
  // CPU seconds beside wall seconds: on a shared machine the wall clock also counts other people's work.
  let cpu0 = process.cpuUsage();
  const cpuSince = () => {
    const d = process.cpuUsage(cpu0);
    return (d.user + d.system) / 1e6;
  };
  // Each pass's memory beside its time: the highest resident set and heap seen between its steps.
  const row = (pass: string, ms: number, quotes: number | null, mem: MemoryPeak, cpuS = cpuSince()) =>
    rows.push({
      pass,
      MBps: +(total / sec(ms)).toFixed(2),
      seconds: +sec(ms).toFixed(2),
      cpuSeconds: +cpuS.toFixed(2),
      MBpsPerCpu: +(total / cpuS).toFixed(2),
      quotes,
      peakRssMB: mem.rssMB,
      peakHeapMB: mem.heapMB,
    });

  let words = 0;
  let mem: MemoryTracker = memoryTracker();
  cpu0 = process.cpuUsage();
  let t = now();
  for (const s of texts) {
    WORD.lastIndex = 0;
    while (WORD.exec(s)) words++;
  }
  const scanMs = now() - t;
  row(`bare tokenising pass (regex word scan, ${words.toLocaleString("en")} words)`, scanMs, null, mem.peak(), cpuSince());

  // Warm the JIT on a few articles so the first timed pass does not also load the model.
  for (let i = 0; i < Math.min(30, bytes.length); i++) processFile({ id: `warm-${i}.txt`, bytes: bytes[i], depth: "quotes" });

  // Wall and CPU time of one call, added to a tally: ingest and engine are clocked apart.
  type Tally = { ms: number; cpu: number };
  const clock = <T>(tally: Tally, f: () => T): T => {
    cpu0 = process.cpuUsage();
    const t0 = now();
    const r = f();
    tally.ms += now() - t0;
    tally.cpu += cpuSince();
    mem.sample(); // (outside the clock)
    return r;
  };

  // One in-process pass: extract + attribute alone, and with ingest. It is the first pass over the
  // text, so it also pays for V8 compiling the engine's code as it gets hot (the first ~7 MB run at
  // about half the later speed).
  const ingest: Tally = { ms: 0, cpu: 0 };
  const engine: Tally = { ms: 0, cpu: 0 };
  let quotes = 0;
  const articles: Article[] = [];
  mem = memoryTracker();
  for (let i = 0; i < bytes.length; i++) {
    const { document } = clock(ingest, () => parseDocument(`a${i}.txt`, bytes[i]));
    for (const a of document.articles) {
      articles.push(a);
      quotes += clock(engine, () => quotesOfArticle(a)).quotes.length;
    }
  }
  // The first pass's memory is its ingest's too (the parsed articles are kept for the second pass).
  const firstMem = mem.peak();
  row("extract + attribute, 1 core, first pass (JIT warming up)", engine.ms, quotes, firstMem, engine.cpu);
  // The same articles again in the same process: the engine's steady speed, as a long run has it
  // once the first few megabytes are behind it.
  const warm: Tally = { ms: 0, cpu: 0 };
  let warmQuotes = 0;
  mem = memoryTracker();
  for (const a of articles) warmQuotes += clock(warm, () => quotesOfArticle(a)).quotes.length;
  row("extract + attribute, 1 core, second pass (warm)", warm.ms, warmQuotes, mem.peak(), warm.cpu);
  row("ingest + extract + attribute, 1 core, first pass", ingest.ms + engine.ms, quotes, firstMem, ingest.cpu + engine.cpu);

  const pool = createPool();
  try {
    // Each worker has its own JIT: warm every one on as many articles as the 1-core pass had, so that
    // both start from the same point. That is no full warm-up: V8 goes on optimising the engine over
    // the first megabytes, so the timed pass pays that compiling once per worker, as the 1-core first
    // pass pays it once (on V8's background threads, counted in the CPU seconds; see BENCHMARKS.md).
    const warm = Math.min(30 * pool.size, bytes.length);
    await Promise.all(Array.from({ length: warm }, (_, i) => pool.run({ id: `warm-${i}.txt`, bytes: bytes[i].slice(), depth: "quotes" })));
    quotes = 0;
    articles.length = 0; // the parsed articles of the passes before are not this pass's memory
    mem = memoryTracker();
    cpu0 = process.cpuUsage();
    t = now();
    const inFlight: Promise<FileResult>[] = [];
    const take = (r: FileResult) => {
      if (r.ok) for (const p of r.perArticle ?? []) quotes += p.quotes.length;
      mem.sample();
    };
    for (let i = 0; i < bytes.length; i++) {
      inFlight.push(pool.run({ id: `a${i}.txt`, bytes: bytes[i].slice(), depth: "quotes" }));
      if (inFlight.length >= 8 * pool.size) take(await inFlight.shift()!);
    }
    for (const p of inFlight) take(await p);
    // process.cpuUsage() counts every thread of the process, so this CPU figure is the workers' and
    // the main thread's together, not the main thread's alone.
    // The resident set is the whole process's, workers included (threads of one process); the heap
    // is the main thread's alone (each worker has its own).
    row(`ingest + extract + attribute, pool of ${pool.size} workers`, now() - t, quotes, mem.peak());
  } finally {
    await pool.close();
  }
  return { source: src.label, articles: texts.length, mb: +total.toFixed(1), rows };
}

/** (b) The extract command's streamed JSONL path over a folder of files, output to /dev/null. */
export async function manyFiles(dir: string, workers: number | undefined): Promise<Row> {
  const fd = openSync("/dev/null", "w");
  let articles = 0;
  let quotes = 0;
  let files = 0;
  const cpu0 = process.cpuUsage();
  const t = now();
  try {
    const summary = await streamInputs([dir], silentIo({}), "quotes", { cache: false, workers }, (o) => {
      if (!o.ok) return;
      files++;
      articles += o.document.articles.length;
      const lines: string[] = [];
      o.document.articles.forEach((a, i) => {
        for (const q of o.perArticle?.[i]?.quotes ?? []) if (q.kind !== "scare") lines.push(JSON.stringify(quoteRow(q, a)));
      });
      quotes += lines.length;
      if (lines.length) writeSync(fd, lines.join("\n") + "\n");
    });
    const s = sec(now() - t);
    return {
      articles,
      files,
      workers: summary.workers === 0 ? "in-process" : `pool of ${summary.workers}`,
      seconds: +s.toFixed(2),
      cpuSeconds: +cpuOf(cpu0).toFixed(2),
      articlesPerSecond: Math.round(articles / s),
      quotes,
      peakRssMB: peakRssMB(),
    };
  } finally {
    closeSync(fd);
  }
}

/** (d) What the UI does on open: loadReport at full depth, with the cache in `cacheDir` or off. */
export async function reopen(dir: string, cacheDir: string | null, label: string, depth: "quotes" | "full"): Promise<Row> {
  const env = cacheDir ? { QUOTECHECK_CACHE_DIR: cacheDir } : { QUOTECHECK_NO_CACHE: "1" };
  const cpu0 = process.cpuUsage();
  const t = now();
  const { report, stats } = await loadReport([dir], silentIo(env), depth);
  const s = sec(now() - t);
  return {
    cache: label,
    depth,
    articles: report.articles.length,
    seconds: +s.toFixed(2),
    cpuSeconds: +cpuOf(cpu0).toFixed(2),
    readParseSeconds: +sec(stats.readMs).toFixed(2),
    analysisSeconds: +sec(stats.analyseMs).toFixed(2),
    report: stats.reportCached ? "from cache" : "built",
    hits: stats.cache?.hits ?? null,
    misses: stats.cache?.misses ?? null,
    peakRssMB: peakRssMB(),
  };
}

export const poolSize = defaultPoolSize;
