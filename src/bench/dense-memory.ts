import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { commandLoaders } from "../cli/commands/index.js";
import type { Io } from "../cli/io.js";
import { denseText } from "./dense.js";
import { heapPeaks } from "./memory.js";

/*
 * (f) Memory of one command over one dense story (dense.ts: a quote and its cue a paragraph, the
 * input that makes the most quotes a byte): the command as the CLI runs it, its output written to
 * /dev/null, in a child process of its own so that the peak RSS is that command's alone. The
 * cross-source stages (speakers, groups, conflicts, places) and the report's views and text all
 * grow with the quotes of the one article, which no corpus of short files shows.
 */

/** The commands measured, as their arguments after the file. */
export const DENSE_COMMANDS: readonly (readonly string[])[] = [
  ["extract", "--format", "jsonl"],
  ["check", "--format", "json"],
  ["report", "--format", "json"],
  ["report", "--format", "md"],
  ["report", "--format", "html"],
];

/** Writes the dense story of about `mb` MB into `dir` once; its path. */
export function denseFile(dir: string, mb: number): string {
  const path = join(dir, `dense-${mb}mb.txt`);
  writeFileSync(path, denseText(mb * 1e6));
  return path;
}

/** Runs `command` over `file` (no cache, one core) and gives its time, output size, peak RSS and heap peaks (heapPeaks). */
export async function denseMemory(file: string, mb: number, command: readonly string[]): Promise<Record<string, string | number>> {
  const loader = commandLoaders.find((c) => c.name === command[0]);
  if (!loader) throw new Error(`unknown command ${command[0]}`);
  const cmd = await loader.load();
  const fd = openSync("/dev/null", "w");
  let outBytes = 0;
  const io: Io = {
    out: (s) => {
      outBytes += Buffer.byteLength(s);
      writeSync(fd, s);
    },
    err: () => {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { QUOTECHECK_NO_CACHE: "1" },
    cwd: process.cwd(),
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const heap = heapPeaks();
  try {
    const extra = command[0] === "check" ? [] : ["--jobs", "1"];
    const exit = await cmd.run([...command.slice(1), ...extra, file], io);
    const cpu = process.cpuUsage(cpu0);
    const { peakHeapMB, heldHeapMB } = heap.stop();
    return {
      command: command.join(" "),
      mb,
      exit,
      seconds: +((performance.now() - t0) / 1000).toFixed(1),
      cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
      outputMB: +(outBytes / 1e6).toFixed(1),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      peakHeapMB,
      heldHeapMB,
    };
  } finally {
    closeSync(fd);
  }
}
