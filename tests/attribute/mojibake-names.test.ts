import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/attribute/tokens.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up names spelt in UTF-8 read twice as Latin-1 ("Ruíz" as "RuÃ\u0083Â\u00adz"): the C1
// controls and Latin-1 signs inside the word keep it one word, so the name still reads as a name.
const RUIZ = "Ru\u00c3\u0083\u00c2\u00adz";
const MUNOZ = "Mu\u00c3\u0083\u00c2\u00b1oz";
// The same in decomposed form (each accented capital a letter and a combining mark), as one corpus spells it.
const DIAZ = "Di\u0041\u0303\u0083\u0041\u0302\u00adaz";
// A clean name in decomposed form: "Fernández" as "Ferna" + combining acute + "ndez".
const FERNANDEZ = "Ferna\u0301ndez";

describe("a name with the code units of a doubly encoded letter in it", () => {
  it("must: the tokeniser keeps the name one word", () => {
    const text = `${RUIZ} added`;
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => t.text)).toEqual([RUIZ, "added"]);
  });
  it("must-not: a no-break space, guillemets and an acute accent still part words", () => {
    const text = "Ann\u00a0Lee \u00abno\u00bb Lee\u00b4s";
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => t.text)).toEqual(["Ann", "Lee", "\u00ab", "no", "\u00bb", "Lee", "\u00b4", "s"]);
  });
  it.each([
    ["must: '…,' X added after the name in full", `Ana ${RUIZ}, the port's lawyer, spoke on Monday. “We will appeal the ruling,” ${RUIZ} added.`, { speaker: `Ana ${RUIZ}`, mention: RUIZ }, 0],
    ["must: said X, with a particle and an appositive", `“We will appeal the ruling,” said Tomas de ${MUNOZ}, a lawyer for the port.`, { speaker: `Tomas de ${MUNOZ}`, role: "a lawyer for the port" }, 0],
    ["must: a doubly encoded name in decomposed form", `Tom ${DIAZ}, the port's lawyer, spoke on Monday. “We will appeal the ruling,” ${DIAZ} added.`, { speaker: `Tom ${DIAZ}`, mention: DIAZ }, 0],
    ["must: a combining accent inside a name", `“We will appeal the ruling,” said Rosa ${FERNANDEZ}, a lawyer for the port.`, { speaker: `Rosa ${FERNANDEZ}`, role: "a lawyer for the port" }, 0],
    ["must: a later pronoun finds the name in decomposed form", `Ana Pen\u0303a, the port's lawyer, spoke on Monday. She was firm. “We will appeal the ruling,” she said.`, { speaker: "Ana Pen\u0303a", mention: "she" }, 0],
    ["must-not: a clean name is unchanged", "“We will appeal the ruling,” said Tomas de Munoz, a lawyer for the port.", { speaker: "Tomas de Munoz" }, 0],
  ] as [string, string, Partial<Quote>, number][])("%s", (_name, text, want, i) => {
    expect(direct(text)[i]).toMatchObject(want);
  });
});

// Made-up sentences with reported speech: a name whose "Ã" is decomposed (a letter and a combining
// tilde) before a Latin-1 sign ("MuA\u0303\u00b1oz" for "Muñoz" read as "MuÃ±oz") broke where
// extraction read the source, which then started inside the word ("a Nieto"); the whole name speaks.
const MUNOZ_NFD = "MuA\u0303\u00b1oz";
describe("reported speech whose source is a name with the code units of a misread letter in it", () => {
  it.each([
    ["must: the source opens the sentence", `Trade with the south fell again. ${MUNOZ_NFD} Reyes said that migration from the south peaked ten years ago and is now at a net negative.`, { speaker: `${MUNOZ_NFD} Reyes`, mention: `${MUNOZ_NFD} Reyes` }],
    ["must: the misread name is the surname after a given name", `Trade with the south fell again. Luis ${MUNOZ_NFD} said that migration from the south peaked ten years ago and is now at a net negative.`, { speaker: `Luis ${MUNOZ_NFD}` }],
    ["must-not: a clean name is unchanged", "Trade with the south fell again. Luis Munoz said that migration from the south peaked ten years ago and is now at a net negative.", { speaker: "Luis Munoz", mention: "Luis Munoz" }],
    ["must-not: a name run into a time before it (no space) does not take the time", "Live updates from the debate.\n\n8:35PMLuis Munoz Says Migration From The South Has Peaked\n\nHe spoke first.", { mention: "Luis Munoz" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "indirect")[0]).toMatchObject(want);
  });
});
