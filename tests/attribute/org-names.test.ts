import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up articles: a two-word name the text uses as a body's (a corporate noun after it, an
// appositive or a noun for a body before it, "the X reported") is an organisation, so a later "she"
// never means it. A known given name first, or a gender the text told, keeps it a person.
describe("a name the text uses as a body's is no person", () => {
  it.each([
    ["must: corporate noun after ('Qarvo Fenn CEO')", "Talk.\n\nQarvo Fenn CEO Dale Pike spoke. Later Qarvo Fenn grew.", "Qarvo Fenn", true],
    ["must: possessed board", "Talk.\n\nQarvo Fenn’s board cut his pay.", "Qarvo Fenn", true],
    ["must: body appositive", "Talk.\n\nIt went to Qarvo Fenn, a company with revenue of $5 billion.", "Qarvo Fenn", true],
    ["must: body noun before", "Talk.\n\nIt went to the parent company, Qarvo Fenn.", "Qarvo Fenn", true],
    ["must: 'the X reported'", "Talk.\n\nThe march was quiet, the Qarvo Fenn reported.", "Qarvo Fenn", true],
    ["must-not: a known given name first", "Talk.\n\nThe march was quiet, the Hillary Fenn reported.", "Hillary Fenn", false],
    ["must-not: 'the X' before a noun ('the Qarvo Fenn campaign')", "Talk.\n\nThe Qarvo Fenn campaign spoke, said the Qarvo Fenn campaign.", "Qarvo Fenn", false],
    ["must-not: a person's political 'stock'", "Talk.\n\nQarvo Fenn’s stock rose with voters.", "Qarvo Fenn", false],
    ["must-not: ', which' after a person", "Talk.\n\nThe book by Qarvo Fenn, which sold well, came out.", "Qarvo Fenn", false],
  ] as const)("%s", (_name, text, name, org) => {
    expect(Registry.fromText(text).people().find((p) => p.name === name)?.org ?? false).toBe(org);
  });

  it.each([
    ["must: 'she' passes over a bank named as a body", "Talk.\n\nSen. Ana Reyes grilled Qarvo Fenn CEO Dale Pike.\n\nQarvo Fenn announced it would change.\n\n“It is outrageous,” she said.", { speaker: "Ana Reyes" }],
    ["must-not: a person named the same way stays a person", "Talk.\n\nSen. Ana Reyes met Qarvo Fenn.\n\nQarvo Fenn announced a run.\n\n“It is outrageous,” he said.", { speaker: "Qarvo Fenn" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});

// The cheap test before the patterns (orgSignAt): each row's first need, at the edges.
describe("a body's sign right at the name's edges", () => {
  it.each([
    ["must: a stop right after 'the X' (the after pattern needs no white space)", "Talk.\n\nThe march was quiet, said the Qarvo Fenn.", "Qarvo Fenn", true],
    ["must: a bracket right after 'the X'", "Talk.\n\nIt was quiet (said the Qarvo Fenn) on Monday.", "Qarvo Fenn", true],
    ["must: a tab after the body's comma", "Talk.\n\nIt went to the parent company,\tQarvo Fenn.", "Qarvo Fenn", true],
    ["must: a body noun before and white space after (both edges hold: the before rows are still tried)", "Talk.\n\nIt went to the parent company, Qarvo Fenn last year.", "Qarvo Fenn", true],
    ["must: a post 'at' before and white space after", "Talk.\n\nAda Lind, a senior analyst at Qarvo Fenn in Boston, spoke.", "Qarvo Fenn", true],
    ["must: the name where the text ends ('the X' then nothing)", "Talk.\n\nThe march was quiet, the Qarvo Fenn reported", "Qarvo Fenn", true],
    ["must-not: a body noun without its comma ('company Qarvo Fenn')", "Talk.\n\nIt went to the parent company Qarvo Fenn.", "Qarvo Fenn", false],
    ["must-not: 'the' too far back (more than 30 blanks)", `Talk.\n\nIt went to the${" ".repeat(31)}Qarvo Fenn.`, "Qarvo Fenn", false],
  ] as const)("%s", (_name, text, name, org) => {
    expect(Registry.fromText(text).people().find((p) => p.name === name)?.org ?? false).toBe(org);
  });
});

// An article naming many people files its words once (markOrganisations' word index) instead of
// scanning the text for each name: the answers must be the ones the scan gives.
describe("a body's name among many people (the word index)", () => {
  const L = "abcdefghij";
  // Thirty made-up people, no known given name among them, so each is one the check looks for.
  const crowd = Array.from({ length: 30 }, (_, i) => `Zor${L[i % 10]}${L[Math.floor(i / 10)]}a Vek${L[i % 10]}ir met them.`).join(" ");
  it.each([
    ["must: corporate noun after", "Qarvo Fenn CEO Dale Pike spoke. Later Qarvo Fenn grew.", "Qarvo Fenn", true],
    ["must: body appositive", "It went to Qarvo Fenn, a company with revenue of $5 billion.", "Qarvo Fenn", true],
    ["must: 'the X reported'", "The march was quiet, the Qarvo Fenn reported.", "Qarvo Fenn", true],
    ["must-not: 'the X' before a noun", "The Qarvo Fenn campaign spoke, said the Qarvo Fenn campaign.", "Qarvo Fenn", false],
    ["must-not: the name inside a longer word is another body's ('McQarvo Fenn CEO')", "Qarvo Fenn spoke. The McQarvo Fenn CEO left.", "Qarvo Fenn", false],
  ] as const)("%s", (_name, body, name, org) => {
    for (const text of [`Talk.\n\n${body}`, `Talk.\n\n${crowd}\n\n${body}`]) {
      expect(Registry.fromText(text).people().find((p) => p.name === name)?.org ?? false, text.length > 200 ? "many names" : "few names").toBe(org);
    }
  });
});
