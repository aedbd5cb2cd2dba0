import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { predictFile, readJsonl, score, type GoldQuote, type Predicted } from "./score.js";

// Thresholds are the levels measured when these tests were written (see BENCHMARKS in the report);
// a change that loses ground fails here.
const root = join(import.meta.dirname, "..", "..");
const bench = join(root, "..", "shared", "bench", "polnear", "dev");

describe("Palmyra corpus against its gold", () => {
  it("extraction F1 and end-to-end attribution recall", () => {
    const corpus = join(root, "corpus");
    const pred = readdirSync(corpus).flatMap((f) => predictFile(join(corpus, f), f));
    const gold = readJsonl<GoldQuote>(join(root, "tests/fixtures/palmyra-gold/palmyra.quotes.jsonl"));
    const s = score(gold, pred, { byDoc: false, alsoMention: false, kind: "all" });
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.endToEndRecall).toBeGreaterThanOrEqual(0.9);
    const d = score(gold, pred, { byDoc: false, alsoMention: false, kind: "direct" });
    expect(d.f1).toBeGreaterThanOrEqual(0.95);
    expect(d.attributionAccuracy).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

describe.skipIf(!existsSync(bench))("PolNeAR dev (direct quotes)", () => {
  it("extraction F1 and attribution accuracy", () => {
    const docs = join(bench, "docs");
    const pred: Predicted[] = readdirSync(docs).flatMap((f) => predictFile(join(docs, f), f.replace(/\.[^.]*$/, "")));
    const gold = readJsonl<GoldQuote>(join(bench, "gold.jsonl"));
    const s = score(gold, pred, { byDoc: true, alsoMention: true, kind: "direct" });
    expect(s.f1).toBeGreaterThanOrEqual(0.86);
    expect(s.attributionAccuracy).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
