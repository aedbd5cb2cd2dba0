// Dev loop for the reported-speech extractor: runs findReportedSpeech over a PolNeAR split (or the
// Palmyra corpus) and scores it with the shared scorer, --kind indirect.
// usage: npx tsx scripts/reported-dev.ts [train|dev|palmyra] [--verbose] [--rules]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { articleFromText } from "../src/ingest/article.js";
import { findReportedSpeech } from "../src/extract/reported.js";

const split = process.argv[2] ?? "dev";
const verbose = process.argv.includes("--verbose");
const shared = join(import.meta.dirname, "..", "..", "shared");
const scorer = join(shared, "tools/score-quotes.mjs");
const out = `/tmp/reported-${split}.jsonl`;
const lines: string[] = [];
let bytes = 0;
let ms = 0;
const run = (doc: string, text: string): void => {
  const t0 = performance.now();
  const a = articleFromText(text, doc, doc);
  const { candidates } = findReportedSpeech(a);
  ms += performance.now() - t0;
  bytes += text.length;
  for (const c of candidates) {
    const sl = (s?: { start: number; end: number }): string | null => (s ? a.text.slice(s.start, s.end) : null);
    lines.push(JSON.stringify({ doc, kind: "indirect", text: sl(c.span), speaker: sl(c.mentionSpan), mention: sl(c.sourceSpan), cue: sl(c.cueSpan), rule: c.ruleId }));
  }
};
let gold: string;
if (split === "palmyra") {
  const dir = join(import.meta.dirname, "..", "corpus");
  for (const f of readdirSync(dir)) run(f, readFileSync(join(dir, f), "utf8"));
  gold = join(import.meta.dirname, "..", "tests/fixtures/palmyra-gold/palmyra.quotes.jsonl");
} else {
  const dir = join(shared, "bench/polnear", split, "docs");
  if (!existsSync(dir)) throw new Error(`no ${dir}`);
  for (const f of readdirSync(dir).sort()) run(f.replace(/\.txt$/, ""), readFileSync(join(dir, f), "utf8"));
  gold = join(shared, "bench/polnear", split, "gold.jsonl");
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} candidates, ${(bytes / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s)`);
const key = split === "palmyra" ? ["--key", "none"] : ["--key", "doc", "--also-mention"];
console.log(execFileSync(process.execPath, [scorer, "--gold", gold, "--pred", out, ...key, "--kind", "indirect", ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" }));
