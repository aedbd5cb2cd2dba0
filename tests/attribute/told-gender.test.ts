import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up articles: a gender the text tells (a title on the full name, a noun for a man or a woman
// before it), or a given name only one sex bears ("Bill", "Hillary"), refuses a titled surname of the
// other gender, even when that person is the only one of the surname; a given name given to both
// ("Lee", "Kelly", which are surnames too) refuses no one. A titled surname so refused is a person of
// its own, by the surname alone, and a bare surname goes to whichever of the two the article named
// most before it.
describe("a gender the text told or a one-sex given name refuses a titled surname", () => {
  it.each([
    ["must: 'Mr. X' is not 'the first lady, Ana X'", "Talk.\n\nMr. Reyes spoke at noon. Later the first lady, Ana Reyes, waved.\n\n“We will win,” Mr. Reyes said.", { speaker: "Reyes" }],
    ["must: 'Mrs. X' is not 'her husband, Tom X'", "Talk.\n\nMrs. Lind spoke at noon. Her husband, Tom Lind, stood by.\n\n“We will win,” Mrs. Lind said.", { speaker: "Lind" }],
    ["must: a bare surname after many 'Mr. X' is he, not the lady named once", "Talk.\n\nThe first lady, Ana Reyes, waved. Mr. Reyes spoke. Mr. Reyes left.\n\n“We will win,” Reyes said.", { speaker: "Reyes" }],
    ["must: 'Ms. X' the text told is she, beside a 'Mr. X' named in full", "Talk.\n\nMr. Tom Reyes spoke. Mrs. Ana Reyes waved.\n\n“We will win,” Ms. Reyes said.", { speaker: "Ana Reyes" }],
    ["must: a given name only men bear ('Bill') refuses 'Mrs. X'", "Talk.\n\nBill Lind spoke at noon in Easton.\n\n“We will win,” Mrs. Lind said.", { speaker: "Lind", mention: "Mrs. Lind" }],
    ["must: a given name only women bear ('Hillary') refuses 'Mr. X'", "Talk.\n\nHillary Lind spoke at noon in Easton.\n\n“We will win,” Mr. Lind said.", { speaker: "Lind", mention: "Mr. Lind" }],
    ["must-not: a one-sex given name keeps a titled surname of its own gender ('Mr. X' is Bill X)", "Talk.\n\nBill Lind spoke at noon in Easton.\n\n“We will win,” Mr. Lind said.", { speaker: "Bill Lind" }],
    ["must-not: a given name's guess ('Lee') refuses no one", "Talk.\n\nLee Quist, a law professor, spoke.\n\n“The court is split,” Ms. Quist said.", { speaker: "Lee Quist" }],
    ["must-not: nor does 'Kelly', given to both", "Talk.\n\nKelly Quist, a law professor, spoke.\n\n“The court is split,” Mr. Quist said.", { speaker: "Kelly Quist" }],
    ["must-not: a surname that is a given name tells no gender", "Talk.\n\nThe union's leader, Mary Kay Henry, spoke.\n\n“We will strike,” Henry said.", { speaker: "Mary Kay Henry" }],
    ["must-not: a titled surname's gender is no told gender of the one it found", "Talk.\n\nThe parents, Samir and Zubeida Qadir, spoke.\n\n“We grieve,” Mr. Qadir said.\n\n“He was brave,” Ms. Qadir said.", { speaker: "Zubeida Qadir" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});

// Made-up articles: a name after a title's full stop inside a sentence ("… after Mrs. Lind accused
// him") is read with its title, so its gender tells her from a "Mr. Lind" the article also has.
describe("a narrated subject after a title inside a sentence keeps the title's gender", () => {
  it.each([
    [
      "must: 'Mrs. X' inside a sentence is she, not the 'Mr. X' named before, and no 'he'",
      "Talk.\n\nMrs. Ann Lind spoke at noon. Mr. Lind waved.\n\nTom Reyes attacked the plan and Mrs. Lind defended it. “It is a smear,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must-not: 'Mr. X' inside a sentence is still he",
      "Talk.\n\nMrs. Ann Lind spoke at noon. Mr. Lind waved.\n\nTom Reyes attacked the plan and Mr. Lind defended it. “It is a smear,” he said.",
      { speaker: "Lind", mention: "he" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});

describe("the registry records where a gender came from", () => {
  it.each([
    ["told by a title", "Talk.\n\nMrs. Ana Reyes spoke.", "Ana Reyes", { gender: "f", genderTold: true }],
    ["told by a noun before the name", "Talk.\n\nHer husband, Dale Reyes, spoke.", "Dale Reyes", { gender: "m", genderTold: true }],
    ["told by a noun, over the given-name list", "Talk.\n\nHis wife, Lee Reyes, spoke.", "Lee Reyes", { gender: "f", genderTold: true }],
    ["guessed from the given-name list", "Talk.\n\nKelly Reyes spoke.", "Kelly Reyes", { gender: "f", genderTold: false }],
    ["neither", "Talk.\n\nZubeida Reyes spoke.", "Zubeida Reyes", { gender: null, genderTold: false }],
  ] as const)("%s", (_name, text, name, want) => {
    expect(Registry.fromText(text).people().find((p) => p.name === name)).toMatchObject(want);
  });

  it("registers a titled surname of the other gender by the surname alone, where it stands", () => {
    const text = "Talk.\n\nThe first lady, Ana Reyes, waved. Mr. Reyes spoke.";
    expect(Registry.fromText(text).people().map((p) => [p.name, p.gender])).toEqual([["Ana Reyes", "f"], ["Reyes", "m"]]);
  });

  it("registers none when a namesake's gender is only guessed", () => {
    const text = "Talk.\n\nAna Reyes waved. Mr. Reyes spoke.";
    expect(Registry.fromText(text).people().map((p) => p.name)).toEqual(["Ana Reyes"]);
  });

  it.each([
    ["registers one when the namesake's given name is one only men bear", "Talk.\n\nBill Reyes waved. Mrs. Reyes spoke.", [["Bill Reyes", "m"], ["Reyes", "f"]]],
    ["registers none when the namesake's given name is given to both", "Talk.\n\nKelly Reyes waved. Mr. Reyes spoke.", [["Kelly Reyes", "f"]]],
  ] as const)("%s", (_name, text, want) => {
    expect(Registry.fromText(text).people().map((p) => [p.name, p.gender])).toEqual(want);
  });
});
