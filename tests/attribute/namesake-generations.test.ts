import { describe, expect, it } from "vitest";
import { Registry, generationMention } from "../../src/attribute/entities.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");
const names = (text: string): string[] => Registry.fromText(text).people().map((p) => p.name);

// Made-up families: namesakes who share a surname stay two people, and the article's own words tell
// them apart: a suffix ("Tom Reyes Jr." is the younger), a kinship noun before a full name ("his son
// Carl W. Lind"), a middle initial ("Carl H.W. Lind" and "Carl W. Lind").
describe("namesakes who share a surname", () => {
  it("must: two middle initials of one given name are two people", () => {
    expect(names("Carl H.W. Lind and his son Carl W. Lind met on Monday.")).toEqual(expect.arrayContaining(["Carl H.W. Lind", "Carl W. Lind"]));
  });

  it.each([
    ["one middle name, one initial of its letter", "Tom J. Reyes spoke. Tom Joseph Reyes left.", ["Tom J. Reyes"], ["Tom Joseph Reyes"]],
    ["a middle initial and none", "Tom J. Reyes spoke. Tom Reyes left.", ["Tom J. Reyes"], ["Tom Reyes"]],
  ])("must-not: %s stay one person", (_name, text, kept, merged) => {
    const got = names(text);
    expect(got).toEqual(expect.arrayContaining(kept));
    for (const m of merged) expect(got).not.toContain(m);
  });

  it.each([
    ["must: 'Surname Jr.' is the full name with that suffix", "Talk.\n\nTom Reyes Jr. spoke on Monday; his father, Tom Reyes, stayed home.\n\n“We will win,” Reyes Jr. said.", { speaker: "Tom Reyes Jr." }],
    ["must-not: a given name and a suffix ('His son Tom Jr.') is no surname", "Talk.\n\nTom K. Reyes won. His son Tom Jr. said that the state had delivered.\n\nLater, Tom Reyes Jr. spoke.\n\n“We will win,” Tom Jr. said.", { speaker: "Tom Reyes Jr." }],
    ["must: 'the younger Mr. X' is the Jr.", "Talk.\n\nTom Reyes Jr. spoke on Monday; his father, Tom Reyes, stayed home.\n\n“It was a great night,” the younger Mr. Reyes told reporters.", { speaker: "Tom Reyes Jr.", speakerType: "person" }],
    ["must: 'the elder X' is the one without the suffix", "Talk.\n\nTom Reyes Jr. spoke on Monday; his father, Tom Reyes, stayed home.\n\n“He is a fighter,” the elder Reyes said.", { speaker: "Tom Reyes" }],
    ["must: 'the younger X' is the one brought in as a son", "Talk.\n\nCarl H.W. Lind and his son Carl W. Lind met on Monday.\n\n“I owe him everything,” the younger Lind said.", { speaker: "Carl W. Lind" }],
    ["must: the full name with a middle initial is that one", "Talk.\n\nCarl H.W. Lind and his son Carl W. Lind met on Monday.\n\n“I owe him everything,” Carl W. Lind said.", { speaker: "Carl W. Lind" }],
    ["must-not: namesakes the article ranks not are left as written", "Talk.\n\nCarl Lind met Jon Lind and Ted Lind.\n\n“We are proud,” the elder Lind said.", { speaker: "elder Lind" }],
    ["must-not: two of three told by no kinship noun are left as written", "Talk.\n\nCarl H.W. Lind, his son Carl W. Lind and Jon Lind met.\n\n“We are proud,” the elder Lind said.", { speaker: "elder Lind" }],
    ["must-not: one bearer of the surname is no generation", "Talk.\n\nTom Reyes spoke on Monday.\n\n“He is a fighter,” the elder Reyes said.", { speaker: "elder Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });

  it.each([
    ["the younger Mr. Trump", { younger: true, gender: "m", surname: "Trump" }],
    ["the elder Bush", { younger: false, gender: null, surname: "Bush" }],
    ["the older Ms. Lee", { younger: false, gender: "f", surname: "Lee" }],
  ])("generationMention reads '%s'", (written, want) => {
    expect(generationMention(written)).toEqual(want);
  });

  it.each(["the younger voters", "the elder statesman", "the Younger Lords group", "the younger brother of Tom Lee"])("generationMention reads no generation in '%s'", (written) => {
    expect(generationMention(written)).toBeNull();
  });
});
