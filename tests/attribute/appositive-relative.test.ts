import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: "who" after an appositive that opens with "a"/"an" ("Lind, a South Carolina
// native who …") has the appositive for its antecedent, which is the name before it; capitals inside
// the appositive do not make it a name.
describe("'who' after an appositive with capitals in it", () => {
  it.each([
    ["must: 'X, a South Carolina native who calls it “…”'", "Some back the plan.\n\nLind, a South Carolina native who calls it “the main course,” left.", { speaker: "Lind" }],
    ["must: 'Ada Lind, an Ohio State graduate who calls it “…”'", "Some back the plan.\n\nAda Lind, an Ohio State graduate who calls it “the main course,” left.", { speaker: "Ada Lind" }],
    ["must-not: no appositive (no comma before it) keeps the description", "Some back the plan.\n\nA South Carolina native who calls it “the main course” spoke.", { speaker: "A South Carolina native" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
