#!/usr/bin/env node
// Attribution throughput (MB/s of article text) beside a bare tokenising pass over the same text,
// in one run, so machine load affects both alike. Extraction runs once up front and is not timed.
// Usage: npm run build && node scripts/attribute-speed.mjs [dir ...] [--rounds N]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Buffer } from "node:buffer";
import { parseDocument } from "../dist/ingest/index.js";
import { extractQuotes } from "../dist/extract/index.js";
import { attributeQuotes } from "../dist/attribute/index.js";

const args = process.argv.slice(2);
const ri = args.indexOf("--rounds");
const rounds = ri >= 0 ? Number(args[ri + 1]) : 3;
const dirs = args.filter((a, i) => !a.startsWith("--") && (ri < 0 || i !== ri + 1));
if (!dirs.length) dirs.push("../shared/bench/polnear/train/docs", "corpus");

const files = [];
const walk = (p) => {
  if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
  else files.push(p);
};
for (const d of dirs) {
  try {
    walk(d);
  } catch {
    console.error(`skipped ${d}: not readable`);
  }
}

const work = [];
for (const f of files) {
  const { document } = parseDocument(f, readFileSync(f));
  for (const a of document.articles) work.push({ article: a, candidates: extractQuotes(a).candidates });
}

const mb = work.reduce((n, w) => n + Buffer.byteLength(w.article.text), 0) / 1e6;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// CPU time of this process, not wall time: on a shared, loaded machine the wall clock also counts
// other people's work. Both passes are timed the same way, round by round, interleaved.
const time = (fn) => {
  const c = process.cpuUsage();
  const r = fn();
  const d = process.cpuUsage(c);
  return { ms: (d.user + d.system) / 1000, r };
};
const bare = () => {
  let n = 0;
  for (const w of work) {
    WORD.lastIndex = 0;
    while (WORD.exec(w.article.text)) n++;
  }
  return n;
};
const attribute = () => {
  let n = 0;
  for (const w of work) n += attributeQuotes(w.article, w.candidates).quotes.length;
  return n;
};
bare();
attribute(); // warm the JIT
let bareMs = 0;
let attrMs = 0;
let attrBest = Infinity;
let bareBest = Infinity;
let quotes = 0;
for (let r = 0; r < rounds; r++) {
  const b = time(bare);
  bareMs += b.ms;
  bareBest = Math.min(bareBest, b.ms);
  const a = time(attribute);
  attrMs += a.ms;
  attrBest = Math.min(attrBest, a.ms);
  quotes = a.r;
}
const rate = (ms, n = rounds) => ((mb * n) / (ms / 1000)).toFixed(1);
console.log(`${work.length} articles, ${mb.toFixed(2)} MB, ${quotes} candidates, ${rounds} rounds`);
console.log(`bare tokenising pass (regex word scan): ${rate(bareMs)} MB/s per CPU second (best round ${rate(bareBest, 1)})`);
console.log(`attribution (attributeQuotes):          ${rate(attrMs)} MB/s per CPU second (best round ${rate(attrBest, 1)})`);
console.log(`ratio attribution / bare pass:          ${(bareMs / attrMs).toFixed(2)}`);
