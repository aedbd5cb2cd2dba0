import { describe, expect, it } from "vitest";
import { expandContraction } from "../../src/align/contractions.js";
import { compareToReference } from "../../src/align/variant.js";

describe("expandContraction: the words a contraction stands for", () => {
  it.each([
    ["must: 've", "we've", ["we", "have"]],
    ["must: n't", "don't", ["do", "not"]],
    ["must: can't", "can't", ["can", "not"]],
    ["must: cannot", "cannot", ["can", "not"]],
    ["must: won't", "won't", ["will", "not"]],
    ["must: 're", "they're", ["they", "are"]],
    ["must: 'll", "i'll", ["i", "will"]],
    ["must: i'm", "i'm", ["i", "am"]],
    ["must: let's", "let's", ["let", "us"]],
    ["must: 's after a pronoun", "it's", ["it", "is"]],
    ["must-not: a possessive", "trump's", ["trump's"]],
    ["must-not: 'd, had or would", "she'd", ["she'd"]],
    ["must-not: a plain word", "policing", ["policing"]],
    ["must-not: a name with an apostrophe", "o'brien", ["o'brien"]],
  ])("%s: %s", (_name, word, long) => expect(expandContraction(word)).toEqual(long));
});

describe("compareToReference: a contraction spelled out is no alteration", () => {
  it.each([
    ["must: spelled out, cut at the start", "This is not who we are. We’ve got to do everything possible.", "We have got to do everything possible.", "shortened", "[-this is not who we are-] we have got to do everything possible"],
    ["must: spelled out, same words", "We don't know.", "We do not know.", "punctuation", "we do not know"],
    ["must: contracted where the reference spells it out", "It is going to be great.", "It's going to be great.", "punctuation", "it's going to be great"],
    ["must-not: another word stays a change, shown as written", "We’re going to build a wall.", "We’ll build a wall.", "altered", "we [-are going to-] {+will+} build a wall"],
    ["must-not: a possessive is no 'is'", "Trump is right.", "Trump's right.", "altered", "[-trump is-] {+trump's+} right"],
  ])("%s", (_name, reference, member, variant, shown) => {
    const r = compareToReference(reference, member);
    expect(r.variant).toBe(variant);
    expect(r.diff.map((d) => (d.op === "del" ? `[-${d.text}-]` : d.op === "add" ? `{+${d.text}+}` : d.text)).join(" ")).toBe(shown);
  });
});
