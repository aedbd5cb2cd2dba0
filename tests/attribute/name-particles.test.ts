import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");
const names = (text: string): string[] => Registry.fromText(text).people().map((p) => p.name);

// Made-up names: a name may hold a chain of up to three particles between its parts ("von der",
// "de la", "van den"), and the registry keeps it whole, so the surname with its particles later
// ("von der Dam", "De la Vega" opening a sentence) is that person.
describe("a chain of particles inside a name", () => {
  it.each([
    ["von der", "Commission chief Ulla von der Dam spoke on Monday.", "Ulla von der Dam"],
    ["van de, a hyphenated given name", "Talk.\n\nJean-Luc van de Velt spoke on Monday.", "Jean-Luc van de Velt"],
    ["de la", "Talk.\n\nAntonio de la Vega spoke on Monday.", "Antonio de la Vega"],
    ["van den", "Talk.\n\nLudwig van den Hoek spoke on Monday.", "Ludwig van den Hoek"],
    ["dos", "Talk.\n\nMaria dos Reis spoke on Monday.", "Maria dos Reis"],
    ["four parts besides the particles", "Talk.\n\nJuan Carlos de la Vega spoke on Monday.", "Juan Carlos de la Vega"],
    ["al- after a given name", "Talk.\n\nAbu Omar al-Rawi spoke on Monday.", "Abu Omar al-Rawi"],
  ])("must: registers '%s'", (_name, text, full) => {
    expect(names(text)).toContain(full);
  });

  it.each([
    ["must: 'von der X' later", "Talk.\n\nUlla von der Dam spoke on Monday.\n\n“We are ready,” von der Dam said.", { speaker: "Ulla von der Dam" }],
    ["must: 'De la X' opening a sentence", "Talk.\n\nAntonio de la Vega spoke on Monday.\n\nDe la Vega said later, “It is done.”", { speaker: "Antonio de la Vega" }],
    ["must: 'De X' opening a sentence", "Talk.\n\nMayor Tom de Vries spoke at noon.\n\nDe Vries said later, “It is done.”", { speaker: "Tom de Vries" }],
    ["must: a capitalised particle inside the full name", "Talk.\n\nSen. Chris Van Holt was there.\n\n“Not now,” Van Holt said.", { speaker: "Chris Van Holt" }],
    ["must: the surname alone", "Talk.\n\nUlla von der Dam spoke on Monday.\n\n“We are ready,” Dam said.", { speaker: "Ulla von der Dam" }],
    ["must-not: 'Van' as a given name stays the person", "Talk.\n\n“We will win,” said Van Jonas, a host.\n\nJonas added: “Soon.”", { speaker: "Van Jonas" }],
    ["must-not: 'De X' with two full names ending in it is left as written", "Talk.\n\nTom de Vries and Ann de Vries spoke.\n\nDe Vries said later, “It is done.”", { speaker: "De Vries" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });

  it("must-not: a particle-led surname is no person beside the full name", () => {
    const got = names("Mayor Tom de Vries spoke at noon.\n\nDe Vries said later it was done.");
    expect(got).toContain("Tom de Vries");
    expect(got).not.toContain("De Vries");
  });

  it.each([
    ["'of the' is no particle", "Talk.\n\nSecretary of the Navy spoke. Bank of the West agreed.", ["Navy", "West"]],
    ["a lower-case word that is no particle ends the name", "Talk.\n\nAnn Lee las Vegas trip was long.", ["Ann Lee las Vegas"]],
    ["a particle chain with no capital after it is no name", "Talk.\n\nThe film by Ann de la was long.", ["Ann de la"]],
  ])("must-not: %s", (_name, text, absent) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
