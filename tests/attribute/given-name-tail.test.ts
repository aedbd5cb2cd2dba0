import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const names = (text: string): string[] => Registry.fromText(text).people().map((p) => p.name);

// Made-up runs: an outlet, a body or a long role run into a name ("Fox News Tom Reyes", "Post
// Editor-in-Chief Tom Reyes", "Maricopa County Recorder Ana Lind") used to keep the whole run out of
// the registry, so a later "Reyes said" or "Mr. Reyes" found no full name. A known given name with its
// surname (and an initial between) at the run's end is the name.
describe("a known given name and surname that end a longer run", () => {
  it.each([
    ["an outlet before the name", "At the rally, Fox News Tom Reyes asked Kasich a question.", "Tom Reyes"],
    ["an outlet and a hyphenated role", "In a statement released by Post Editor-in-Chief Martin Lind, the paper spoke.", "Martin Lind"],
    ["a long role of five parts", "Talk.\n\nMaricopa County Recorder Helen Purcey said so.", "Helen Purcey"],
    ["an initial between", "At the rally, Fox News Tom K. Reyes asked a question.", "Tom K. Reyes"],
  ])("must: %s", (_name, text, full) => {
    expect(names(text)).toContain(full);
  });

  it.each([
    ["a given name that opens the run ('Rachel Maddow Show')", "He told The Rachel Maddow Show on Monday.", ["Maddow Show"]],
    ["a body named for a person ('Bill Reyes Foundation')", "The Bill Reyes Foundation gave money.", ["Bill Reyes Foundation", "Bill Reyes"]],
    ["no known given name at the end", "The Fox News Channel Sunday Show aired.", ["Sunday Show", "Channel Sunday Show"]],
    ["an organisation word after the given name", "The State Department Tom Reyes Center opened.", ["Tom Reyes Center", "Tom Reyes"]],
  ])("must-not: %s", (_name, text, absent) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it("must: the surname later is the person", () => {
    const text = "Talk.\n\nAt the forum, Fox News Tom Reyes asked Kasich about taxes.\n\n“Would you raise them?” Reyes asked.";
    expect(quotesOf(text, "direct").at(-1)).toMatchObject({ speaker: "Tom Reyes" } satisfies Partial<Quote>);
  });
});

// Made-up runs: a place and a title cut at the title's stop ("Massachusetts Sen. Ann Lee") are no
// person "Massachusetts Sen" whom a later "he" or "she" could mean.
describe("a run cut at a title's stop", () => {
  it.each([
    ["Massachusetts Sen. Ann Lee spoke.", "Massachusetts Sen"],
    ["Independent Vermont Sen. Tom Reyes spoke.", "Independent Vermont Sen"],
    ["Ohio Gov. Tom Reyes spoke.", "Ohio Gov"],
  ])("must: no person in '%s'", (text, absent) => {
    const got = names(text);
    expect(got).not.toContain(absent);
    expect(got.length).toBe(1);
  });

  it.each([
    ["a name that ends a sentence", "He met Ann Lee. Then he left.", "Ann Lee"],
    ["a title word with no stop after it", "Talk.\n\nAnn Rep Lee spoke.", "Ann Rep Lee"],
  ])("must-not: %s", (_name, text, kept) => {
    expect(names(text)).toContain(kept);
  });
});

// Made-up runs: a name right after an acronym that ends a sentence ("scam PAC. Dan Reyes") was lost
// with the run that started inside the acronym ("C. Dan Reyes"); and a programme named for its host
// ("The Rachel Lind Show") names the host.
describe("names after an acronym's stop and in a show's title", () => {
  it.each([
    ["a name after an acronym that ends a sentence", "It is a so-called scam PAC. Dan Reyes, the fund's lawyer, disagrees.", "Dan Reyes"],
    ["after an agency's acronym", "He went to the FBI. Ann Lind was there.", "Ann Lind"],
    ["a show named for its host", "She told MSNBC's \"The Rachel Lind Show\" on Thursday.", "Rachel Lind"],
    ["a show's possessive", "On The Sean Reyes Show's set, he spoke.", "Sean Reyes"],
  ])("must: %s", (_name, text, full) => {
    expect(names(text)).toContain(full);
  });

  it.each([
    ["a show named for no given name", "He watched The Nightly Reyes Show.", ["Nightly Reyes"]],
    ["a given name with a given name before it ('The Steve Harvey Morning Show')", "He called The Steve Harvey Morning Show.", ["Harvey Morning"]],
    ["the acronym's letter is no initial of the name", "It is a so-called scam PAC. Dan Reyes disagrees.", ["C. Dan Reyes"]],
  ])("must-not: %s", (_name, text, absent) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
