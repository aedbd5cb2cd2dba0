import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { manyFiles, peakRssMB, poolSize, reopen, throughput, type Row } from "./sections.js";
import { POOL_MIN_BYTES, poolHelps } from "../cli/load.js";
import { markdownTable } from "./table.js";
import { ROOT, sourceTexts, syntheticArticles } from "./texts.js";
import { ADVERSARIES, timeAdversary } from "./adversarial.js";
import { DENSE_COMMANDS, denseFile, denseMemory } from "./dense-memory.js";
import { withDistCopy } from "./dist-copy.js";

/*
 * npm run bench [-- --quick] [--json FILE]
 * Each measurement runs in its own child process so that peak RSS belongs to that measurement alone.
 */
const { values } = parseArgs({
  options: {
    section: { type: "string" },
    arg: { type: "string", multiple: true },
    quick: { type: "boolean" },
    json: { type: "string" },
    only: { type: "string" },
  },
});

const SELF = fileURLToPath(import.meta.url);
// The measurements run from a copy of dist/ (withDistCopy: in the project's own folder, removed after).
let childEntry = SELF;

async function section(name: string, args: string[]): Promise<unknown> {
  switch (name) {
    case "throughput":
      return throughput(Number(args[0]));
    case "many":
      return manyFiles(args[0], args[1] === "auto" ? undefined : Number(args[1]));
    case "reopen":
      return reopen(args[0], args[1] === "-" ? null : args[1], args[2], args[3] === "full" ? "full" : "quotes");
    case "align": {
      let mod: { benchAlign?: (sizes: number[]) => Row[] };
      try {
        mod = (await import(new URL("./align.js", import.meta.url).href)) as typeof mod;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") return { pending: "src/bench/align.ts is not there yet" };
        throw e;
      }
      if (typeof mod.benchAlign !== "function") return { pending: "src/bench/align.ts does not export benchAlign yet" };
      return { rows: mod.benchAlign(args.map(Number)), peakRssMB: peakRssMB() };
    }
    case "adversarial":
      return timeAdversary(args[0]!, args.slice(1).map(Number));
    case "dense":
      // (the command as one argument: parseArgs would take its "--format" for a flag of the bench's own)
      return denseMemory(args[0]!, Number(args[1]), args[2]!.split(" "));
    default:
      throw new Error(`unknown bench section ${name}`);
  }
}

function child<T>(name: string, args: string[], timeoutMin = 15): T | { failed: string } {
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", childEntry, "--section", name, ...args.flatMap((a) => ["--arg", a])], {
    encoding: "utf8",
    env: { ...process.env, QUOTECHECK_BENCH_ROOT: process.env.QUOTECHECK_BENCH_ROOT ?? ROOT },
    stdio: ["ignore", "pipe", "inherit"],
    timeout: timeoutMin * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stdout?.trim().split("\n").pop() ?? "";
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") return { failed: `gave up after ${timeoutMin} min` };
  if (r.status !== 0 || !last.startsWith("{")) return { failed: `exit ${r.status ?? r.signal}: ${last.slice(0, 200)}` };
  return JSON.parse(last) as T;
}

const say = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function main() {
  if (values.section) {
    const out = await section(values.section, values.arg ?? []);
    process.stdout.write(JSON.stringify(out) + "\n");
    return;
  }
  await withDistCopy(ROOT, dirname(dirname(SELF)), async (copy) => {
    childEntry = join(copy, "dist", "bench", "run.js");
    await orchestrate();
  });
}

async function orchestrate() {
  const quick = Boolean(values.quick);
  const only = new Set((values.only ?? "a,b,c,d,e,f").split(","));
  const want = (s: string) => only.has(s);
  const mb = quick ? 10 : 50;
  const sizes = quick ? [1000] : [1000, 10000];
  const alignSizes = quick ? [10000, 100000] : [10000, 100000, 1000000];
  const out: string[] = [];
  const results: Record<string, unknown> = {};
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  out.push(`quotecheck bench: Node ${process.version}, ${availableParallelism()} cores (${cpu}), pool of ${poolSize()} workers, ${new Date().toISOString().slice(0, 10)}`);
  out.push(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(", ")} (other work on the machine slows the wall-clock figures)`);
  out.push("");

  if (want("a")) {
    say(`(a) throughput over ${mb} MB`);
    const a = child<Awaited<ReturnType<typeof throughput>>>("throughput", [String(mb)]);
    results.throughput = a;
    out.push(`(a) throughput: ${"failed" in a ? a.failed : `${a.mb} MB of news text, ${a.articles.toLocaleString("en")} articles built from ${a.source}`}`);
    if (!("failed" in a)) out.push(markdownTable(
          a.rows,
          ["pass", "MBps", "seconds", "cpuSeconds", "MBpsPerCpu", "quotes", "peakRssMB", "peakHeapMB"],
          ["pass", "MB/s", "seconds", "CPU s", "MB per CPU s", "quotes", "peak RSS MB", "peak heap MB"],
        ));
    out.push("");
  }

  if (want("e")) {
    // Each input in its own child: one that went quadratic would time out alone, and say so.
    const sizes = quick ? [64_000, 256_000] : [256_000, 1_024_000];
    const rows: Row[] = [];
    for (const adv of ADVERSARIES) {
      say(`(e) bad input: ${adv.id} at ${sizes.map((n) => `${n / 1000} KB`).join(" and ")}`);
      const r = child<Row>("adversarial", [adv.id, ...sizes.map(String)], 5);
      rows.push("failed" in r ? { input: adv.id, what: adv.what, ratio: r.failed } : r);
    }
    results.adversarial = rows;
    const kb = sizes.map((n) => `${n / 1000} KB`);
    out.push(
      `(e) bad input through ingest and the whole pipeline, at ${kb.join(" and ")} (${sizes[1]! / sizes[0]!}x): a linear pass keeps the time ratio near ${sizes[1]! / sizes[0]!}, a quadratic one near ${(sizes[1]! / sizes[0]!) ** 2}`,
    );
    out.push(
      markdownTable(rows, ["input", "what", "s0", "s1", "ratio", "MBps", "q1"], ["input", "what", `CPU s at ${kb[0]}`, `CPU s at ${kb[1]}`, "ratio", "MB/s (larger)", "quotes (larger)"]),
    );
    out.push("");
  }

  // One folder of files per size, written once and shared by (b) and (d).
  const work = mkdtempSync(join(tmpdir(), "quotecheck-bench-"));
  try {
    if (want("f")) {
      // Memory of each command over one dense story, each in its own child (peak RSS its own).
      const mb = quick ? 1 : 5;
      const file = denseFile(work, mb);
      const rows: Row[] = [];
      for (const command of DENSE_COMMANDS) {
        say(`(f) ${command.join(" ")} over a dense ${mb} MB story`);
        const r = child<Row>("dense", [file, String(mb), command.join(" ")], 30);
        rows.push("failed" in r ? { command: command.join(" "), mb, seconds: r.failed } : r);
      }
      results.dense = rows;
      out.push(`(f) memory over one dense story of ${mb} MB (src/bench/dense.ts: a quote and its cue a paragraph), each command as the CLI runs it, no cache, one core, output to /dev/null`);
      out.push(
        markdownTable(
          rows,
          ["command", "mb", "seconds", "cpuSeconds", "outputMB", "peakRssMB", "peakHeapMB", "heldHeapMB"],
          ["command", "input MB", "seconds", "CPU s", "output MB", "peak RSS MB", "peak heap MB", "held heap MB"],
        ),
      );
      out.push("");
    }

    const src = sourceTexts();
    const dirs = new Map<number, string>();
    const dirBytes = new Map<number, number>();
    for (const n of sizes) {
      const dir = join(work, `articles-${n}`);
      mkdirSync(dir);
      let i = 0;
      let bytes = 0;
      for (const text of syntheticArticles(src, 7)) {
        if (i >= n) break;
        writeFileSync(join(dir, `article-${String(i).padStart(5, "0")}.txt`), text);
        bytes += Buffer.byteLength(text);
        i++;
      }
      dirs.set(n, dir);
      dirBytes.set(n, bytes);
    }

    if (want("b")) {
      // In-process and pool over the same folder, one after the other, so that both meet the same
      // load on the machine; "default" marks what extract would pick by itself at that moment
      // (poolHelps: POOL_MIN_BYTES of input and a core free by the load average).
      const many: Row[] = [];
      for (const n of sizes) {
        const mb = dirBytes.get(n)! / 1e6;
        const pooled = poolHelps(dirBytes.get(n)! >= POOL_MIN_BYTES, availableParallelism(), loadavg()[0]);
        for (const workers of [0, poolSize()]) {
          const label = workers === 0 ? "in-process" : `pool of ${workers}`;
          say(`(b) extract over ${n} files (${mb.toFixed(1)} MB), ${label}`);
          const r = child<Row>("many", [dirs.get(n)!, String(workers)]);
          const row = "failed" in r ? { articles: n, workers: label, seconds: String(r.failed) } : r;
          many.push({ ...row, mb: +mb.toFixed(1), default: pooled === workers > 0 ? "yes" : "" });
        }
      }
      results.manyFiles = many;
      out.push(`(b) many files: \`extract\` streamed to JSONL (/dev/null), one file an article; by default the pool is used from ${POOL_MIN_BYTES / 1024 / 1024} MB of input when the load average leaves a core free`);
      out.push(
        markdownTable(
          many,
          ["articles", "mb", "workers", "default", "seconds", "cpuSeconds", "articlesPerSecond", "quotes", "peakRssMB"],
          ["articles", "MB", "workers", "default", "seconds", "CPU s", "articles/s", "quotes", "peak RSS MB"],
        ),
      );
      out.push("");
    }

    if (want("c")) {
      say(`(c) alignment at ${alignSizes.join(", ")} quotes`);
      const c = child<{ rows: Row[]; peakRssMB: number } | { pending: string }>("align", alignSizes.map(String));
      results.align = c;
      if ("failed" in c) out.push(`(c) alignment: failed (${c.failed})`);
      else if ("pending" in c) out.push(`(c) alignment: pending (${c.pending})`);
      else {
        out.push("(c) alignment: synthetic quotes through benchAlign (src/bench/align.ts)");
        out.push(markdownTable(c.rows, ["quotes", "seconds", "quotesPerSecond", "peakRssMB", "groups"], ["quotes", "seconds", "quotes/s", "peak RSS MB", "groups"]));
      }
      out.push("");
    }

    if (want("d")) {
      const rows: Row[] = [];
      const reopenRun = (n: number, cacheDir: string | null, label: string, depth: "quotes" | "full", minutes: number) => {
        say(`(d) re-open ${n} articles, cache ${label}, depth ${depth}`);
        const r = child<Row>("reopen", [dirs.get(n)!, cacheDir ?? "-", label, depth], minutes);
        const row = "failed" in r ? { cache: label, depth, articles: n, seconds: String(r.failed) } : r;
        rows.push(row);
        return row;
      };
      const n = sizes[sizes.length - 1];
      const quotesCache = join(work, "cache-quotes");
      reopenRun(n, null, "off", "quotes", 15);
      reopenRun(n, quotesCache, "cold (empty)", "quotes", 15);
      reopenRun(n, quotesCache, "warm", "quotes", 15);
      // One file edited: the whole-report entry misses, every other file still comes from the cache.
      const edited = join(dirs.get(n)!, "article-00000.txt");
      writeFileSync(edited, readFileSync(edited, "utf8") + "\n\nThis article was updated.\n");
      reopenRun(n, quotesCache, "warm, 1 file edited", "quotes", 15);
      // Full depth (speakers across articles, groups, conflicts) at each size while it finishes in time.
      for (const m of sizes) {
        const fullCache = join(work, `cache-full-${m}`);
        const cold = reopenRun(m, fullCache, "cold (empty)", "full", 6);
        if (typeof cold.seconds !== "number") break;
        reopenRun(m, fullCache, "warm", "full", 6);
      }
      results.reopen = rows;
      out.push(
        "(d) re-open an unchanged corpus (loadReport, each run in a fresh process). depth quotes = read, parse, extract, attribute; depth full adds speakers across articles, quote groups and conflicts: what the UI loads",
      );
      out.push(
        markdownTable(
          rows,
          ["articles", "depth", "cache", "seconds", "cpuSeconds", "readParseSeconds", "analysisSeconds", "report", "hits", "misses", "peakRssMB"],
          ["articles", "depth", "cache", "total s", "CPU s", "read+parse+quotes s", "alignment+conflicts s", "report", "cache hits", "misses", "peak RSS MB"],
        ),
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  out.push("");
  out.push(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(", ")}`);
  process.stdout.write(out.join("\n") + "\n");
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + "\n");
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
