import { readFileSync } from "node:fs";
import { parseDocument } from "../../src/ingest/index.js";
import { attributeQuotes } from "../../src/attribute/index.js";
import { extractQuotes } from "../../src/extract/index.js";
import type { Quote } from "../../src/model/index.js";

/**
 * The shared scorer's rules (scripts/score-quotes.mjs) in process, so tests need no build: one-to-one
 * matching at word-overlap F1 >= 0.8, speakers agreeing by name, alias, surname or head word.
 */
export type GoldQuote = { doc?: string; kind: string; text: string; speaker: string | null; aliases?: string[]; heads?: string[] };
export type Predicted = { doc: string; kind: string; text: string; speaker: string | null; mention: string | null };

const norm = (s: string | null | undefined) =>
  (s ?? "").normalize("NFKC").replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u2033«»]/g, '"')
    .toLowerCase().replace(/[^\p{L}\p{N}']+/gu, " ").trim();
const words = (s: string) => norm(s).split(" ").filter(Boolean);

function overlapF1(a: string, b: string): number {
  const A = words(a), B = words(b);
  if (!A.length || !B.length) return 0;
  const bag = new Map<string, number>();
  for (const w of B) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of A) { const n = bag.get(w); if (n) { common++; bag.set(w, n - 1); } }
  if (!common) return 0;
  const p = common / A.length, r = common / B.length;
  return (2 * p * r) / (p + r);
}

const STOP = new Set(["mr", "mrs", "ms", "dr", "the", "a", "an", "of", "al", "el"]);
function speakerAgrees(g: GoldQuote, pred: string | null): boolean {
  if (!g.speaker) return !pred;
  if (!pred) return false;
  const gn = norm(g.speaker), p = norm(pred), pw = p.split(" ");
  if (gn === p) return true;
  for (const a of g.aliases ?? []) if (norm(a) === p) return true;
  if (g.heads?.length) return g.heads.some((h) => pw.includes(norm(h)));
  const content = (s: string) => s.split(" ").filter((w) => !STOP.has(w)).map((w) => w.replace(/^al-?/, ""));
  const gl = content(gn), pl = content(p);
  return gl.length > 0 && pl.length > 0 && gl[gl.length - 1] === pl[pl.length - 1];
}

export type Score = { f1: number; precision: number; recall: number; attributionAccuracy: number; endToEndRecall: number };

export function score(gold: readonly GoldQuote[], pred: readonly Predicted[], opts: { byDoc: boolean; alsoMention: boolean; kind: "direct" | "indirect" | "all" }): Score {
  const g = opts.kind === "all" ? gold : gold.filter((q) => q.kind === opts.kind);
  const p = opts.kind === "all" ? pred : pred.filter((q) => q.kind === opts.kind);
  const pairs: [number, number, number][] = [];
  const byDoc = new Map<string, number[]>();
  p.forEach((q, i) => { const k = opts.byDoc ? q.doc : ""; byDoc.set(k, [...(byDoc.get(k) ?? []), i]); });
  g.forEach((gq, gi) => {
    for (const pi of byDoc.get(opts.byDoc ? gq.doc ?? "" : "") ?? []) {
      const f = overlapF1(gq.text, p[pi].text);
      if (f >= 0.8) pairs.push([f, gi, pi]);
    }
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>(), pUsed = new Set<number>();
  let tp = 0, right = 0;
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi); pUsed.add(pi); tp++;
    if (speakerAgrees(g[gi], p[pi].speaker) || (opts.alsoMention && speakerAgrees(g[gi], p[pi].mention))) right++;
  }
  const precision = tp / (p.length || 1), recall = tp / (g.length || 1);
  return {
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    attributionAccuracy: right / (tp || 1), endToEndRecall: right / (g.length || 1),
  };
}

/** What `extract` would print for a file (scare quotes left out, as by default). */
export function predictFile(path: string, doc: string): Predicted[] {
  const { document } = parseDocument(path, new Uint8Array(readFileSync(path)));
  const out: Predicted[] = [];
  for (const a of document.articles) {
    // Extract and attribute only (what the pipeline does per article), so later stages do not matter here.
    const qs: Quote[] = attributeQuotes(a, extractQuotes(a).candidates).quotes;
    for (const q of qs) if (q.kind !== "scare") out.push({ doc, kind: q.kind, text: q.text, speaker: q.speaker, mention: q.mention });
  }
  return out;
}

export const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
