#!/usr/bin/env node
// Diff the attribution fields of two `extract --format jsonl` outputs, quotes matched by doc, article,
// start and text (extraction may change between the runs). usage: node scripts/attribute-diff.mjs BEFORE AFTER [N shown]
import { readFileSync } from "node:fs";
const F = ["speaker", "mention", "role", "cue", "toOutlet", "medium", "spokenOn", "ruleId"];
const load = (p) => {
  const m = new Map();
  for (const l of readFileSync(p, "utf8").split("\n")) {
    if (!l.trim()) continue;
    const q = JSON.parse(l);
    m.set(`${q.doc}|${q.article}|${q.start}|${q.text}`, q);
  }
  return m;
};
const a = load(process.argv[2]), b = load(process.argv[3]);
let same = 0, diff = 0, onlyA = 0, onlyB = 0; const shown = [];
for (const [k, qa] of a) {
  const qb = b.get(k);
  if (!qb) { onlyA++; continue; }
  const d = F.filter((f) => JSON.stringify(qa[f]) !== JSON.stringify(qb[f]));
  if (d.length) { diff++; if (shown.length < Number(process.argv[4] ?? 10)) shown.push(`${k.slice(0, 120)}\n   ${d.map((f) => `${f}: ${JSON.stringify(qa[f])} -> ${JSON.stringify(qb[f])}`).join("\n   ")}`); } else same++;
}
for (const k of b.keys()) if (!a.has(k)) onlyB++;
console.log(`same ${same}, attribution differs ${diff}, only before ${onlyA}, only after ${onlyB}`);
for (const s of shown) console.log(s);
