import { describe, expect, it } from "vitest";
import { Registry, readsAntecedents } from "../../src/attribute/entities.js";
import type { Mention } from "../../src/attribute/mention.js";
import { quotesOf } from "./quotes-of.js";

const at = { start: 0, end: 4 };
const mention = (kind: Mention["kind"], name: string | null, plural = false): Mention => ({
  span: at, role: null, whole: at, kind, type: kind === "pronoun" ? "person" : "unknown", gender: null, name, title: null, plural,
});

// The narrative subjects are scanned up to the last mention that reads them (readsAntecedents);
// a subject after it is of no one's use, but a name there still tells the registry a gender.
describe("which mentions read the antecedents that have no role", () => {
  it.each([
    ["must: a pronoun ('he')", mention("pronoun", null), true],
    ["must: a surname that is no name part alone ('From' of 'Al From')", mention("name", "From"), true],
    ["must: a month surname ('May' of 'Theresa May')", mention("name", "May"), true],
    ["must-not: a full name", mention("name", "Ann Lee"), false],
    ["must-not: a surname the registry may know ('Lee')", mention("name", "Lee"), false],
    ["must-not: names together ('Lee and Reyes')", mention("name", "From", true), false],
    ["must-not: a description (reads only antecedents with a role)", mention("description", null), false],
    ["must-not: an organisation", mention("organisation", "Acme Corp"), false],
  ])("%s", (_label, m, reads) => {
    expect(readsAntecedents(m)).toBe(reads);
  });
});

describe("whether the registry has a name without a gender", () => {
  it.each([
    ["must: a given name the list does not know ('Zorla Quimby')", "Zorla Quimby toured the docks. Ann Lee stayed.", true],
    ["must-not: known given names only ('Ann Lee', 'Tom Reyes')", "Tom Reyes toured the docks. Ann Lee stayed.", false],
    ["must-not: no name at all", "the docks were quiet.", false],
  ])("%s", (_label, text, ungendered) => {
    expect(Registry.fromText(text).hasUngendered()).toBe(ungendered);
  });
});

describe("a narrative subject after the last pronoun still genders a registered name", () => {
  const base = "Port plan draws fire.\n\nTom Reyes toured the docks on Friday. “We are ready,” Zorla Quimby said. “It is a gift,” he said.";
  it.each([
    ["must: 'Ms. Quimby' after the last pronoun makes her no 'he'", base + "\n\nMs. Quimby left the meeting early.", "Tom Reyes"],
    ["must-not: with no such sentence her gender is unknown, and she is the nearest", base, "Zorla Quimby"],
  ])("%s", (_label, text, speaker) => {
    const he = quotesOf(text, "direct").find((q) => q.mention === "he");
    expect(he?.speaker).toBe(speaker);
  });
});
