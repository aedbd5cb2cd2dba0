import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { isCueVerb } from "../../src/attribute/cue-words.js";
import { tokenize } from "../../src/attribute/tokens.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: verbs of speaking that news uses before a quotation ("condemned the
// “…”", "affirms: “…”", "riffed on …. “…”"). "thank" is left out on purpose: in "X thanked Y
// for “…”" the nearest name after the verb is the one thanked, not the speaker.
describe("speech verbs: condemn, affirm, riff", () => {
  it.each([
    // Before, no cue: the quote went unattributed.
    ["affirms", "The treaty is plain on the point. Article 12 affirms: “No vessel may be turned away in a storm.”", { speaker: "Article 12", ruleId: "attribution/name-said-before-quote" }],
    // Before, the sentence's subject by a weaker rule; now the speech verb right before the quote.
    ["condemned", "In an address early Friday, President Ana Lopez condemned the \"attack whose cruelty cannot be denied.\" She announced three days of mourning.", { speaker: "Ana Lopez", ruleId: "attribution/name-said-before-quote" }],
    // Before, the subject of the paragraph above (Tom Reyes); now the speaker after the verb.
    ["riffed", "At a rally last week, Tom Reyes showed the crowd a clip of his rival.\n\n\"Was that an answer? I did not hear an answer,\" the mayor riffed, drawing applause from the crowd.", { mention: "the mayor", ruleId: "attribution/name-said-after-quote" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: "added to" names the outlet or person told only when a name ends the clause.
describe("speech verbs: 'added to' and whom", () => {
  it.each([
    ["must: 'added to' and an outlet that ends the clause", "Ada Lind opened the pier.\n\n“It drew twice the crowd of last year,” Tom Reyes added to Harbor Weekly.", { speaker: "Tom Reyes", ruleId: "attribution/name-said-after-quote" }],
    ["must-not: 'added to' a possessive is no speech ('added to Lind’s woes')", "Ada Lind opened the pier.\n\n“It drew twice the crowd of last year,” the mayor said. The storm added to Lind’s woes.", { mention: "the mayor" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: a plural speech noun after a possessive and modifiers ("her opening remarks")
// is a noun, so the speech verb before it reports what follows.
describe("speech verbs: plural speech nouns after a possessive", () => {
  it.each([
    ["must: 'her opening remarks' is no verb; 'said' before it reports the clause", "Ada Lind said in her opening remarks that the charter should restate the town's support for its “oldest allies,” naming the port.", { speaker: "Ada Lind" }],
    ["must: 'his own comments' is no verb either", "Tom Reyes said in his own comments that the board must repeat its pledge of “no new fees,” he added.", { speaker: "Tom Reyes" }],
    ["must-not: a person noun before the -s form leaves it a verb ('her aide notes')", "Ada Lind is away. Her aide notes: “The mayor will be back on Monday.”", { mention: "Her aide" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: "had" before a form in -ing makes no tense ("the trouble Lee had answering").
describe("speech verbs: 'had' and an -ing form", () => {
  it.each([
    ["must-not: 'had answering' is no cue after the quote", "Ada Lind met the board. She is noting the “kind of problems” Tom Reyes had answering questions about the banks.", { mention: "She" }],
    ["must: 'had' before a past form is still the cue's tense", "Ada Lind met the board. “Next question,” Tom Reyes had said.", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up phrases: a speech verb's form with a possessive ending ("the Ohio state’s party") is a
// noun, so it reports nothing: the cue test says no, whatever stands before it.
describe("speech verbs: a possessive ending makes a noun", () => {
  const cueAt = (text: string, word: string): boolean => {
    const toks = tokenize(text, { start: 0, end: text.length });
    return isCueVerb(toks, toks.findIndex((t) => t.lower === word));
  };
  it.each([
    ["must: 'state’s' after a capital is a noun", "at the Ohio state’s party convention", "state", false],
    ["must: 'report's' after a capital is a noun", "The Harbor Board report's author", "report", false],
    ["must-not: 'state' after a capital with no possessive stays a verb", "Harbor officials Ohio state that the pier is closed", "state", true],
    ["must-not: 'said' before 'he’s' stays a verb", "Ada Lind said he’s right", "said", true],
  ] as [string, string, string, boolean][])("%s", (_name, text, word, want) => {
    expect(cueAt(text, word)).toBe(want);
  });
  it("must: the senator after 'the Ohio state’s …' speaks, not the words before 'state’s'", () => {
    expect(direct("Sunday at the Ohio state’s harbor fair Sen. Ada Lind said the plan was a “costly mistake” for the port.")[0]).toMatchObject({ speaker: "Ada Lind", mention: "Sen. Ada Lind" });
  });
});
