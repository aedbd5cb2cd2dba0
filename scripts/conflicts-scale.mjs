#!/usr/bin/env node
// CPU seconds per stage of the full pipeline on PolNeAR train articles (engineer C2's scaling check
// for align and conflicts). Ingest and extract+attribute run once; for larger sizes the articles are
// repeated with new ids and dates moved two years a copy, so copies are not one event (the share of
// comparable article pairs stays what real text gives) while every all-pairs loop still sees them all.
// Usage: npm run build && node scripts/conflicts-scale.mjs [--copies 1,12] [--dir DIR] [--same-dates]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "../dist/ingest/index.js";
import { quotesOfArticle } from "../dist/pipeline/index.js";
import { alignSpeakers, groupQuotes } from "../dist/align/index.js";
import { buildClaims } from "../dist/conflicts/claims.js";
import { comparableArticles } from "../dist/conflicts/events.js";
import { CHECKS } from "../dist/conflicts/registry.js";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const dir = opt("--dir", "../shared/bench/polnear/train/docs");
const copies = opt("--copies", "1,12").split(",").map(Number);
const sameDates = args.includes("--same-dates");

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const timed = (label, row, f) => {
  const c0 = cpu();
  const r = f();
  row[label] = (row[label] ?? 0) + (cpu() - c0);
  return r;
};

let files;
try {
  files = readdirSync(dir).sort().map((f) => join(dir, f));
} catch {
  console.error(`${dir}: not readable (PolNeAR is in ../shared/bench); nothing to measure`);
  process.exit(2);
}
const base = { articles: [], quotes: [] };
const once = {};
timed("ingest", once, () => {
  for (const f of files) base.articles.push(...parseDocument(f, readFileSync(f)).document.articles);
});
timed("extract+attribute", once, () => {
  for (const a of base.articles) base.quotes.push(...quotesOfArticle(a).quotes);
});
console.log(`${files.length} files, ${base.articles.length} articles, ${base.quotes.length} quotes; ingest ${once.ingest.toFixed(2)} CPU s, extract+attribute ${once["extract+attribute"].toFixed(2)} CPU s`);

const shift = (d, years) => (d && /^\d{4}/.test(d) ? `${Number(d.slice(0, 4)) + years}${d.slice(4)}` : d);
function replicate(k) {
  if (k === 1) return base;
  const articles = [];
  const quotes = [];
  for (let c = 0; c < k; c++) {
    const years = sameDates ? 0 : 2 * c;
    for (const a of base.articles) articles.push(c ? { ...a, id: `${a.id}~${c}`, published: shift(a.published, years) } : a);
    for (const q of base.quotes) quotes.push(c ? { ...q, id: `${q.id}~${c}`, articleId: `${q.articleId}~${c}`, spokenOn: shift(q.spokenOn, years) } : q);
  }
  return { articles, quotes };
}

const rows = [];
for (const k of copies) {
  const { articles, quotes: q0 } = replicate(k);
  globalThis.gc?.();
  const row = { articles: articles.length, quotes: q0.length };
  const aligned = timed("alignSpeakers", row, () => alignSpeakers(articles, q0));
  const groups = timed("groupQuotes", row, () => groupQuotes(articles, aligned.quotes));
  const facts = timed("buildClaims", row, () => buildClaims(articles, aligned.quotes, aligned.speakers));
  const ctx = { facts, groups, quotes: aligned.quotes, articles, speakers: aligned.speakers, comparable: comparableArticles(articles), memo: new Map() };
  let findings = 0;
  for (const check of CHECKS) findings += timed(check.id.replace("conflicts/", ""), row, () => check.run(ctx)).length;
  row.findings = findings;
  row.groups = groups.length;
  rows.push(row);
  const total = Object.entries(row).filter(([key]) => !/^(articles|quotes|findings|groups)$/.test(key)).reduce((s, [, v]) => s + v, 0);
  console.log(
    `\n${row.articles} articles, ${row.quotes} quotes, ${row.groups} groups, ${findings} findings: align+conflicts ${total.toFixed(2)} CPU s`,
  );
  for (const [key, v] of Object.entries(row)) if (!/^(articles|quotes|findings|groups)$/.test(key)) console.log(`  ${key.padEnd(16)} ${v.toFixed(3)}`);
}
