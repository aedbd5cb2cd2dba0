#!/usr/bin/env node
// Scores the built engine with the shared scorer: Palmyra (corpus/) against its gold, and PolNeAR
// dev (or --split train) when ../shared/bench is present. Usage: npm run score [-- --split train] [-- --verbose]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const split = args.includes("--split") ? args[args.indexOf("--split") + 1] : "dev";
const verbose = args.includes("--verbose") ? ["--verbose"] : [];
const shared = join(root, "..", "shared");
const scorer = existsSync(join(shared, "tools/score-quotes.mjs")) ? join(shared, "tools/score-quotes.mjs") : join(root, "scripts/score-quotes.mjs");
const tmp = mkdtempSync(join(tmpdir(), "qc-score-"));
// The predictions are scratch files: gone when the script ends, however it ends.
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
const bin = join(root, "bin/quotecheck");

function extract(paths, out) {
  const jsonl = execFileSync(process.execPath, [bin, "extract", ...paths, "--format", "jsonl"], { maxBuffer: 1 << 30, encoding: "utf8" });
  writeFileSync(out, jsonl);
  return out;
}
function score(gold, pred, extra = []) {
  return execFileSync(process.execPath, [scorer, "--gold", gold, "--pred", pred, ...extra, ...verbose], { encoding: "utf8" });
}

const palPred = extract([join(root, "corpus")], join(tmp, "palmyra.jsonl"));
console.log("== Palmyra (corpus/) ==");
console.log(score(join(root, "tests/fixtures/palmyra-gold/palmyra.quotes.jsonl"), palPred));
console.log(circumstances(join(root, "tests/fixtures/palmyra-gold/palmyra.quotes.jsonl"), palPred));

// The shared scorer reads text and speaker only. To whom and when are checked here, on the gold
// quotes the engine found (each paired with its best prediction by the scorer's word-overlap F1).
function circumstances(goldFile, predFile) {
  const read = (f) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const words = (s) => (s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").toLowerCase().replace(/[^\p{L}\p{N}']+/gu, " ").trim().split(" ").filter(Boolean);
  const overlap = (a, b) => {
    const A = words(a), bag = new Map();
    for (const w of words(b)) bag.set(w, (bag.get(w) ?? 0) + 1);
    let common = 0;
    for (const w of A) {
      if (!bag.get(w)) continue;
      common++;
      bag.set(w, bag.get(w) - 1);
    }
    const n = words(b).length;
    return common ? (2 * common) / (A.length + n) : 0;
  };
  const preds = read(predFile);
  let found = 0, to = 0, on = 0;
  for (const g of read(goldFile)) {
    let best = null, bf = 0;
    for (const p of preds) {
      const f = overlap(g.text, p.text);
      if (f > bf) {
        bf = f;
        best = p;
      }
    }
    if (bf < 0.8) continue;
    found++;
    if (words(best.toOutlet).join(" ") === words(g.toOutlet).join(" ")) to++;
    if ((best.spokenOn ?? null) === (g.spokenOn ?? null)) on++;
  }
  return `to whom and when, on the ${found} gold quotes found: toOutlet agrees ${to}, spokenOn agrees ${on}\n`;
}

const bench = join(shared, "bench/polnear", split);
if (existsSync(bench)) {
  const pred = extract([join(bench, "docs")], join(tmp, `polnear-${split}.jsonl`));
  for (const kind of ["all", "direct", "indirect"]) {
    console.log(`== PolNeAR ${split} (${kind}) ==`);
    console.log(score(join(bench, "gold.jsonl"), pred, ["--key", "doc", "--also-mention", "--kind", kind]));
  }
  // Some NYT articles in PolNeAR write quotation marks as two apostrophes (''...''). The benchmark's
  // gold does not read those as marks and files their quotes as reported speech; quotecheck reads
  // them as the quotes they are. Scored once more without those articles, to show that effect apart.
  const docs = readdirSync(join(bench, "docs"));
  const twoApostrophe = new Set(
    docs.filter((f) => {
      const t = readFileSync(join(bench, "docs", f), "utf8");
      return (t.match(/''/g) ?? []).length >= 4 && !/[“”"]/.test(t);
    }).map((f) => f.replace(/\.[^.]*$/, "")),
  );
  const keep = (file, out) => {
    const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim() && !twoApostrophe.has(String(JSON.parse(l).doc).replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "")));
    writeFileSync(out, lines.join("\n") + "\n");
    return out;
  };
  const g2 = keep(join(bench, "gold.jsonl"), join(tmp, "gold-no2apos.jsonl"));
  const p2 = keep(pred, join(tmp, "pred-no2apos.jsonl"));
  for (const kind of ["direct", "indirect"]) {
    console.log(`== PolNeAR ${split} (${kind}), without the ${twoApostrophe.size} articles that write quotes as '' ==`);
    console.log(score(g2, p2, ["--key", "doc", "--also-mention", "--kind", kind]));
  }
} else console.log(`(PolNeAR not found at ${bench}; skipped)`);
