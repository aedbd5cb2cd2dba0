import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: capitals right before a lower-case person noun ("Senior American officials",
// "Top Harbor commanders") describe the people the noun names; they are no person's name, so a
// later "he" never means them. A known given name first keeps the name ("Tom Reyes supporters").
describe("capitals that modify a person noun after them", () => {
  it.each([
    ["must-not: a rank and a nationality before 'officials'", "Senior American officials met on Monday.", "Senior American", false],
    ["must-not: before a singular person noun", "A Top Ardish commander spoke.", "Top Ardish", false],
    ["must: a known given name first stays a name", "Tom Reyes supporters met on Monday.", "Tom Reyes", true],
    ["must: a name before a verb stays a name", "Ardal Quen met officials on Monday.", "Ardal Quen", true],
  ] as const)("%s", (_name, text, name, known) => {
    expect(Registry.fromText(text).people().some((p) => p.name === name)).toBe(known);
  });
  it("must: a later 'he' passes over the modifier to the person named before", () => {
    const text = "Talks\n\nSenior American officials said the talks had stalled. Tom Reyes arrived later.\n\nSenior American officials met on Monday. “We are not there yet,” he said.";
    expect(quotesOf(text, "direct")[0]).toMatchObject({ speaker: "Tom Reyes", mention: "he" });
  });
});
