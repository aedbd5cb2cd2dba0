// Extraction speed and output check (run `npm run build` first).
//   node scripts/extract-speed.mjs [dir ...] [--rounds N] [--dump FILE]
// Loads the articles once (ingest is not timed), then times in one run, on one core:
//   - a bare whitespace split and a bare word-tokenising regex pass over the same article texts,
//   - direct-quote extraction (findDirectQuotes), reported speech (findReportedSpeech),
//   - the whole extraction stage (extractQuotes).
// --dump writes every candidate of extractQuotes as one JSON line, to diff outputs before and after
// a change. Default dir: ../shared/bench/polnear/train/docs.
import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "3" }, dump: { type: "string" }, only: { type: "string" } },
});
const dirs = positionals.length ? positionals : [join(root, "..", "shared", "bench", "polnear", "train", "docs")];
const { loadInputs } = await import(join(root, "dist/ingest/index.js"));
const { extractQuotes, findDirectQuotes } = await import(join(root, "dist/extract/index.js"));
const { findReportedSpeech } = await import(join(root, "dist/extract/reported.js"));

const loaded = await loadInputs(dirs);
const articles = loaded.documents.flatMap((d) => d.articles);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

if (values.dump) {
  const lines = [];
  for (const a of articles) {
    const { candidates, diagnostics } = extractQuotes(a);
    for (const c of candidates) lines.push(JSON.stringify({ doc: a.documentId, article: a.id, ...c, text: a.text.slice(c.span.start, c.span.end) }));
    for (const d of diagnostics) lines.push(JSON.stringify({ doc: a.documentId, article: a.id, diagnostic: d }));
  }
  writeFileSync(values.dump, lines.join("\n") + "\n");
  console.log(`${lines.length} lines written to ${values.dump}`);
}

let sink = 0;
const WORD = /[\p{L}\p{N}]+/gu;
const passes = {
  "whitespace split": (a) => (sink += a.text.split(/\s+/).length),
  "word regex (bare tokenising)": (a) => (sink += (a.text.match(WORD) ?? []).length),
  "direct (findDirectQuotes)": (a) => (sink += findDirectQuotes(a).candidates.length),
  "reported (findReportedSpeech)": (a) => (sink += findReportedSpeech(a).candidates.length),
  "extract (extractQuotes)": (a) => (sink += extractQuotes(a).candidates.length),
};
// Warm up once (JIT, and the wink model load if reported speech uses it).
for (const [name, f] of Object.entries(passes)) if (!values.only || name.includes(values.only)) for (const a of articles) f(a);
const rounds = Number(values.rounds);
console.log(`${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, best of ${rounds} rounds`);
for (const [name, f] of Object.entries(passes)) {
  if (values.only && !name.includes(values.only)) continue;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.cpuUsage();
    for (const a of articles) f(a);
    const u = process.cpuUsage(t0);
    best = Math.min(best, (u.user + u.system) / 1e6);
  }
  console.log(`${name.padEnd(32)} ${(bytes / 1e6 / best).toFixed(1).padStart(7)} MB/s  (${(best * 1000).toFixed(0)} ms CPU)`);
}
if (sink < 0) console.log(sink);
