import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { isCueVerb } from "../../src/attribute/cue-words.js";
import { tokenize } from "../../src/attribute/tokens.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");
const cueAt = (text: string, word: string): boolean => {
  const toks = tokenize(text, { start: 0, end: text.length });
  return isCueVerb(toks, toks.findIndex((t) => t.lower === word));
};

// Made-up phrases: bare forms of speech verbs that are nouns in a noun phrase ("the caustic chant",
// "at one point", "Lind’s conference call").
describe("cue nouns: bare forms inside a noun phrase", () => {
  it.each([
    ["must: 'chant' after a determiner and an adjective is a noun", "the crowd reprised the caustic chant", "chant", false],
    ["must: 'point' after 'one' is a noun", "and at one point the crowd", "point", false],
    ["must: 'call' after a possessive and a modifier is a noun", "Shortly after Lind’s conference call ended", "call", false],
    ["must: 'points' after a number is a noun", "Sanders leads by 29 points among voters", "points", false],
    ["must-not: 'said' after 'one' stays a verb", "No one said it was over", "said", true],
    ["must-not: 'said' after a year stays a verb", "McConnell, who in 2010 said the goal was clear", "said", true],
    ["must-not: 'points' after a name stays a verb", "Ada Lind points out the flaw", "points", true],
    ["must-not: 'chant' after a plural subject stays a verb", "The fans chant every night", "chant", true],
    ["must: 'order' in 'in order to' is a noun", "the team avoided the hospital in order to keep the details quiet", "order", false],
    ["must: 'states' after 'in' is a noun", "our prospects there and in states that vote in March", "states", false],
    ["must: 'reply' after 'in' is a noun", "Lind shrugged in reply to the question", "reply", false],
    ["must-not: a gerund after 'in' stays a verb", "In saying so, Ada Lind conceded the point", "saying", true],
    ["must-not: 'states' after a subject stays a verb", "The memo states that the loss was expected", "states", true],
  ] as [string, string, string, boolean][])("%s", (_name, text, word, want) => {
    expect(cueAt(text, word)).toBe(want);
  });
  it("must: the campaign that sent the release speaks, not the possessor of 'conference call'", () => {
    expect(direct("Shortly after Lind’s conference call ended, Reyes’s campaign sent out a press release saying Lind owes “the town an apology for the pier.”")[0]).toMatchObject({ mention: "Reyes’s campaign" });
  });
});

// Made-up sentences: a present verb of wearing or holding is no part of a subject; the words the sign
// or garment reads are the thing's (attribution/sign-reads), not the wearer's.
describe("present verbs of wearing and holding", () => {
  it.each([
    ["must: 'wears a hat that reads'", "Tom Reyes spoke first. Ada Lind wears a hat that reads “Save the pier.”", { speaker: "a hat" }],
    ["must: 'holds a sign that reads'", "Tom Reyes spoke first. Ada Lind holds a sign that reads “Save the pier.”", { speaker: "a sign" }],
    ["must-not: a past form was read before and still is", "Tom Reyes spoke first. Ada Lind wore a hat that read “Save the pier.”", { speaker: "a hat" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up lines: a heading, a dash, a name and a colon credit the name, whatever verb the heading has.
describe("credit after a dash before a colon", () => {
  it.each([
    ["must: 'Pollsters agree - Ada Lind:'", "Turnout was high. Pollsters agree - Ada Lind: “Turnout was as expected.”", { speaker: "Ada Lind" }],
    ["must-not: a clause after the dash is no credit line", "Turnout was high. Pollsters agree - and Ada Lind said: “Turnout was as expected.”", { speaker: "Ada Lind", ruleId: "attribution/name-said-before-quote" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: "That" with a capital before a noun that can speak is the subject's demonstrative.
describe("'That' before a document or person noun", () => {
  it.each([
    ["must: 'That letter demanded that …'", "The port closed. That letter demanded that Tom Reyes make “a major public apology” to the town.", { mention: "That letter" }],
    ["must: 'That memo said …'", "The port closed. That memo said the pier was “a total loss.”", { mention: "That memo" }],
    ["must-not: 'That' before a determiner opens a clause", "The port closed. That the mayor said the pier was “a total loss” surprised no one.", { speaker: "the mayor" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: a naming verb right after a quote takes an object, never an inverted speaker.
describe("no inverted speaker after a naming verb", () => {
  it.each([
    ["must-not: '“…,” described the impact as'", "Tom Reyes, who estimates that his costs were “in the seven figures,” described the impact as “horrendous.”", { speaker: "Tom Reyes" }],
    ["must: '“…,” said X' is still inverted", "“It is over,” said Tom Reyes, the mayor.", { speaker: "Tom Reyes", ruleId: "attribution/said-name-after-quote" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: "the city", "the town" speak as a body when they release a statement.
describe("local governments as speakers", () => {
  it.each([
    ["must: 'The town released a statement saying …'", "Oakdale had two fires. The town released a statement Wednesday saying the mayor’s comments “are based on opinion, not facts,” and invited him.", { mention: "The town" }],
    ["must-not: a town with more words before it is a place ('the old town')", "Oakdale had two fires. The old town has become “a ghost of itself” since then.", { speaker: null }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: a participle with "by" after a capitalised name stays inside the noun phrase
// ("a letter from the Legion obtained by the AP"), a past form without it ends the subject.
describe("'obtained by' after a name inside a subject", () => {
  it.each([
    ["must: the document is the subject, not the outlet", "The campaign was told to stop. A letter from the Harbor Guild obtained by the Oakdale Post says the campaign “is broke.”", { mention: "A letter from the Harbor Guild obtained by the Oakdale Post" }],
    ["must-not: a past form with no 'by' after a name is still a clause", "The campaign was told to stop. Ada Lind obtained a letter and said the campaign “is broke.”", { speaker: "Ada Lind" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
