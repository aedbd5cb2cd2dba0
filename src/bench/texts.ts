import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isOwnReport } from "../ingest/own-output.js";

/** The repository root: dist/bench -> ../.., or where the bench's parent process says it is. */
export const ROOT = process.env.QUOTECHECK_BENCH_ROOT ?? fileURLToPath(new URL("../../", import.meta.url));

export type SourceTexts = { readonly label: string; readonly texts: readonly string[] };

const textFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? textFiles(join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [join(dir, e.name)] : [],
      )
    : [];

/** Where PolNeAR's train articles sit under a `shared/` folder. */
const POLNEAR_TRAIN = join("shared", "bench", "polnear", "train", "docs");
/** How many folders above the checkout `shared/` is looked for. */
const SHARED_LEVELS = 3;

/**
 * The PolNeAR train articles' folder: QUOTECHECK_BENCH_DOCS, else `shared/` beside the checkout or up
 * to SHARED_LEVELS folders above it, else null. (Looked for above, not only beside: a git worktree
 * kept in a folder of worktrees, /work/wt/NAME beside /work/shared, found nothing at ../shared, and
 * its bench silently measured the small embedded corpus instead, so its figures could not be set
 * against a run from the main checkout.)
 */
export function polnearDocs(root: string, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (env.QUOTECHECK_BENCH_DOCS) return env.QUOTECHECK_BENCH_DOCS;
  let dir = resolve(root);
  for (let level = 0; level < SHARED_LEVELS; level++) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
    const docs = join(dir, POLNEAR_TRAIN);
    if (existsSync(docs)) return docs;
  }
  return null;
}

/**
 * Real news text to build bench corpora from: PolNeAR train articles when `shared/bench` is found
 * (polnearDocs), otherwise the embedded corpus and the test fixtures.
 */
export function sourceTexts(env: Readonly<Record<string, string | undefined>> = process.env): SourceTexts {
  const polnear = polnearDocs(ROOT, env) ?? join(ROOT, "..", POLNEAR_TRAIN);
  let files = textFiles(polnear).sort();
  let label = `PolNeAR train articles (${polnear})`;
  if (files.length === 0) {
    files = [...textFiles(join(ROOT, "corpus")), ...textFiles(join(ROOT, "tests", "fixtures"))].sort();
    label = "the embedded corpus and test fixtures (PolNeAR not found)";
  }
  // A report quotecheck wrote (the golden report among the test fixtures) is no news text: ingest
  // refuses it, and a bench file built from it failed the whole run where PolNeAR was not at hand.
  const texts = files
    .filter((f) => statSync(f).size > 200)
    .map((f) => readFileSync(f, "utf8"))
    .filter((t) => !isOwnReport(t.slice(0, 4096), /<html|<!doctype html/i.test(t.slice(0, 8192))));
  if (texts.length === 0) throw new Error("no source texts found for the bench");
  return { label: `${texts.length} ${label}`, texts };
}

/** Small seeded PRNG (mulberry32): the same corpus every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Articles for a bench: the source articles repeated in a shuffled order, each with its paragraphs
 * lightly shuffled (the lead paragraph stays first) so no two copies are the same text.
 */
export function* syntheticArticles(src: SourceTexts, seed = 1): Generator<string> {
  const next = rng(seed);
  for (let round = 0; ; round++) {
    const order = src.texts.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const paras = src.texts[i].split(/\n\s*\n/);
      if (round > 0) {
        for (let k = paras.length - 1; k > 1; k--) {
          const j = 1 + Math.floor(next() * k);
          [paras[k], paras[j]] = [paras[j], paras[k]];
        }
      }
      yield paras.join("\n\n");
    }
  }
}

/** Take articles until `bytes` UTF-8 bytes are reached. */
export function corpusOfSize(src: SourceTexts, bytes: number, seed = 1): string[] {
  const out: string[] = [];
  let total = 0;
  for (const a of syntheticArticles(src, seed)) {
    if (total >= bytes) break;
    out.push(a);
    total += Buffer.byteLength(a);
  }
  return out;
}
