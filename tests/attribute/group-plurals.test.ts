import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: capitalised words that end in a plural of people ("Young Latinos", "Leading
// Democrats", "Angry Voters") name a group, no person a later "he" or "she" may stand for.
describe("a plural of people is no one's name", () => {
  it("the registry leaves out groups and keeps surnames that end in s", () => {
    const names = Registry.fromText("Young Latinos filled the hall. Leading Democrats spoke. Angry Voters marched. Ann Sanders and Tom Evans came.").people().map((p) => p.name);
    expect(names).not.toContain("Young Latinos");
    expect(names).not.toContain("Leading Democrats");
    expect(names).not.toContain("Angry Voters");
    expect(names).toContain("Ann Sanders");
    expect(names).toContain("Tom Evans");
  });

  it("must: 'he' after a sentence led by a group is the man named before", () => {
    const q = quotesOf("Tom Reyes, the organizer, spoke on Monday.\n\nYoung Latinos filled the hall. “We are here to stay,” he said.", "direct")[0];
    expect(q).toMatchObject({ speaker: "Tom Reyes", mention: "he" });
  });

  it("must-not: a person whose surname ends in s keeps the pronoun", () => {
    const q = quotesOf("Ann Sanders, the organizer, spoke on Monday.\n\nThe hall was full. “We are here to stay,” she said.", "direct")[0];
    expect(q).toMatchObject({ speaker: "Ann Sanders", mention: "she" });
  });
});
