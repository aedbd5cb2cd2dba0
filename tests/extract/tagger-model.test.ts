import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";
import type packageModel from "wink-eng-lite-web-model";
import { describe, expect, it } from "vitest";
import { READ_CORE_RELEASE, readCore, taggerModel } from "../../src/extract/tagger-model.js";

// taggerModel() reads wink's English model without the package's defensive copy. These tests hold
// it to the package's own model: the same prepared core, the same parts, the same tags. A model
// release that changes its layout fails here.
const require = createRequire(import.meta.url);
const pkg = require("wink-eng-lite-web-model") as typeof packageModel & Record<string, unknown>;
const nlpOf = require("wink-nlp") as typeof winkNLP;

describe("taggerModel", () => {
  it("is written for the installed model release (else the package's own loader is used)", () => {
    // On a new release: compare its dist/read-core-model.js and load-core-model.js with readCore,
    // then move READ_CORE_RELEASE.
    expect((require("wink-eng-lite-web-model/package.json") as { version: string }).version).toBe(READ_CORE_RELEASE);
    expect(taggerModel()).not.toBe(pkg);
  });

  it("prepares the core model exactly as the package does", () => {
    const ours = readCore(require.resolve("wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json"));
    const theirs = (pkg.core as () => unknown)();
    // (Typed arrays, Sets and the name → index tables compared in full.)
    expect(ours).toEqual(theirs);
    // Comparing the whole model deep takes 1-2 s alone and 6 s on a loaded machine: not a speed test.
  }, 30_000);

  it("has the package's parts and add-ons", () => {
    const ours = taggerModel() as unknown as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(pkg).sort());
    for (const k of Object.keys(pkg)) if (k !== "core" && k !== "addons") expect(ours[k], k).toBe(pkg[k]);
    const addons = ours.addons as Record<string, unknown>;
    const theirs = pkg.addons as Record<string, unknown>;
    expect(Object.keys(addons).sort()).toEqual(Object.keys(theirs).sort());
    // Loaded on first use, and then the package's own functions.
    for (const k of Object.keys(theirs)) expect(addons[k], k).toBe(theirs[k]);
  });

  // Made-up sentences, among them the tagger's hard cases (bare past forms, names, contractions).
  const SENTENCES = [
    "The mayor said the plan would cost more than the council had expected.",
    "Many citizens cast votes by mail, officials cut programs and the show cast members.",
    "Dr. Amy O'Brien-Lee of the U.S. Mint didn't say whether she'd run in 2019.",
    "“We are not going anywhere,” Jane Doe told reporters in Ohio on Tuesday.",
    "an official who was not authorized to speak about the $2,500 payments",
  ];
  // One instance of each, made on first use (each costs ~0.1 s).
  let pair: [ReturnType<typeof winkNLP>, ReturnType<typeof winkNLP>] | null = null;
  it.each(SENTENCES)("tags as the package's model does: %s", (text) => {
    const [ours, theirs] = (pair ??= [nlpOf(taggerModel(), ["pos"]), nlpOf(pkg, ["pos"])]);
    const tags = (n: ReturnType<typeof winkNLP>) => n.readDoc(text).tokens().out(n.its.pos);
    expect(tags(ours)).toEqual(tags(theirs));
    expect(tags(ours).length).toBeGreaterThan(5);
  });
});
