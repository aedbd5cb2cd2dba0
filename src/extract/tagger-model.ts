import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type model from "wink-eng-lite-web-model";

/**
 * wink's English model for the one tagger instance the engine makes (reported-nlp.ts), read without
 * the model package's defensive copy.
 *
 * Why: the package's `model.core()` (dist/read-core-model.js) deep-copies its 2.9 MB core model
 * with JSON.parse(JSON.stringify(…)) of the object `require` already parsed, so that a second
 * winkNLP instance does not find the first one's changes (wink-eng-lite-web-model issue #2). With
 * one instance a process that copy is pure cost: about 30 ms of CPU, twice the live model on the
 * heap, and the garbage collection that follows, in every process and worker that tags. wink-nlp
 * has no supported way to skip it (its `pipe` chooses what runs, not what loads: load() reads
 * every part of the model). Here `core` parses the JSON file itself, once, and prepares it the way
 * read-core-model.js and load-core-model.js (1.8.1) do; the other parts are the package's own
 * loaders. The package's `dist/model.js` is not required: it would parse the core JSON a second
 * time for nothing. tests/extract/tagger-model.test.ts checks that this model equals the package's
 * and tags the same; a release other than READ_CORE_RELEASE is loaded the package's way (and fails
 * the test that names the release, so that someone checks the new layout and moves the pin).
 */
type Model = typeof model;

const DIST = "wink-eng-lite-web-model/dist/";
const CORE_JSON = `${DIST}languages/cur/models/eng-core-web-model.json`;

/** The model's add-ons and the files that hold them. */
const ADDONS: readonly (readonly [string, string])[] = [
  ["stem", "porter-stemmer"],
  ["lemmatize", "lemmatize"],
  ["readabilityStats", "readability-stats"],
];

type Layout = Record<string, readonly number[]>;
type Feature = { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number };
type CoreJson = {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
};

/** 32-bit words from base64 (Buffer's decoder: a native call, not atob and a loop over bytes). */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  // A copy when the bytes do not start on a 4-byte boundary of their buffer (small Buffers share a pool).
  const own = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes);
  return new Uint32Array(own.buffer, own.byteOffset, own.byteLength >>> 2);
}

/** A name → index table over a list, as wink's model reader builds them. */
function hashOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

/** The core model, prepared as read-core-model.js then load-core-model.js prepare it. */
export function readCore(path: string): CoreJson {
  const m = JSON.parse(readFileSync(path, "utf8")) as CoreJson;
  const { packing, features, pos } = m;
  m.lexicon = words32(m.lexicon as string);
  m.xpansions = words32(m.xpansions as string);
  for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = hashOf(features[f].list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const l = packing.layout[f];
    if (l[3] === 0) {
      const feature = features[f];
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = l[1] >>> l[2];
    }
    if (l[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return m;
}

/**
 * The model package's release whose layout readCore follows. Any other release gets the package's
 * own model (with its copy): a layout that changed silently would change the tags.
 */
export const READ_CORE_RELEASE = "1.8.1";

/** The model object winkNLP takes: the package's parts, with `core` read by readCore. */
export function taggerModel(): Model {
  const require = createRequire(import.meta.url);
  if ((require("wink-eng-lite-web-model/package.json") as { version: string }).version !== READ_CORE_RELEASE) return require("wink-eng-lite-web-model") as Model;
  const part = (name: string): unknown => require(`${DIST}${name}.js`);
  const corePath = require.resolve(CORE_JSON);
  const m = Object.create(null) as Record<string, unknown>;
  m.core = () => readCore(corePath);
  m.sbd = part("load-sbd-model");
  m.pos = part("load-pos-model");
  m.ner = part("load-ner-model");
  m.negation = part("load-negation-model");
  m.sa = part("load-sa-model");
  m.metaCER = part("load-cer-meta-model");
  m.featureFn = part("feature");
  // The add-ons serve stems, lemmas and readability, which the engine never reads off a document:
  // each is required on first use (the lemmatiser's word lists take ~11 ms to load).
  const addons = Object.create(null) as Record<string, unknown>;
  for (const [key, name] of ADDONS) Object.defineProperty(addons, key, { enumerable: true, get: () => part(name) });
  addons.wordVectors = undefined;
  m.addons = addons;
  return m as unknown as Model;
}
