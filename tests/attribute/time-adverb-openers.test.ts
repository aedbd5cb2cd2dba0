import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: an adverb of time that opens a sentence ("Later", "Earlier", "Today") is no
// given name: "Later Berg left" names Berg, not a "Later Berg"; "USA Today" is no person "Today".
describe("adverbs of time before a name", () => {
  it.each([
    ["Later", "Ana van Berg spoke at the rally.\n\nLater Berg left. “We are done,” Berg said.", { speaker: "Ana van Berg" }],
    ["Earlier", "Tom Reyes spoke at the rally.\n\nEarlier Reyes had walked the pier. “It is safe,” Reyes said.", { speaker: "Tom Reyes" }],
    ["Afterwards", "Ada Lind spoke at the rally.\n\nAfterwards Lind took questions. “No more,” Lind said.", { speaker: "Ada Lind" }],
  ] as [string, string, Partial<Quote>][])("must: '%s' opens the sentence, the surname is the speaker's", (_word, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });

  it("the registry keeps no person named by an adverb of time", () => {
    const names = Registry.fromText("Ana van Berg spoke. Later Berg left. Earlier Reyes came. Today Lind said so.").people().map((p) => p.name);
    expect(names).toContain("Ana van Berg");
    for (const made of ["Later Berg", "Earlier Reyes", "Today Lind"]) expect(names).not.toContain(made);
  });

  it("must-not: a person whose surname follows a real given name stays a person", () => {
    const names = Registry.fromText("Laterza Berg spoke. Soonyi Kim came.").people().map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Laterza Berg", "Soonyi Kim"]));
  });
});
