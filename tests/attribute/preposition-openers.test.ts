import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a preposition that opens a sentence ("Outside", "Across", "Behind") is no given
// name: "Outside Harbor's plant" names no "Outside Harbor", who would be a second person in every
// paragraph that names the firm, and so hide the one person a pronoun there means.
describe("prepositions before a name at a sentence's start", () => {
  it("the registry keeps no person named by a preposition", () => {
    const names = Registry.fromText("Outside Harbor's plant, workers rallied. Across Easton Bay, the piers were quiet. Behind Tom Reyes stood the crowd.").people().map((p) => p.name);
    for (const made of ["Outside Harbor", "Across Easton Bay", "Behind Tom Reyes"]) expect(names).not.toContain(made);
    expect(names).toContain("Tom Reyes");
  });

  it.each([
    [
      "must: the firm named after 'Outside' is no second person beside the woman the paragraph names",
      "Ann Lind spoke first.\n\nSen. Ardal Reyes (D-Ohio) is on deck.\n\nOutside Harbor's plant, workers rallied.\n\nHarbor wages are the last thing state Representative Teodra Marsk wants to hear about, she said.",
      { speaker: "Teodra Marsk", mention: "she" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "indirect").at(-1)).toMatchObject(want);
  });
});
