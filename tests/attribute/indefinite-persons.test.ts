import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: "someone", "everyone" and the like are a person (or a group) nobody names: a
// speaker as a description, never a name or a body, and never whom a later "he" means.
describe("attribution: indefinite pronouns for people", () => {
  it.each([
    [
      "must: the indefinite subject of a fronted clause speaks the quote its cue introduces",
      "The rally went on.\n\nWhen someone in the crowd shouted, “Reyes,” Ada Lind laughed.",
      "Reyes,",
      { speaker: "someone in the crowd", speakerType: "anonymous", ruleId: "attribution/name-said-before-quote" },
    ],
    [
      "must: a bare indefinite pronoun too",
      "The rally went on.\n\nWhen somebody yelled, “Go home,” Ada Lind laughed.",
      "Go home,",
      { speaker: "somebody", speakerType: "anonymous" },
    ],
    [
      "must: at a sentence's start its capital makes no name",
      "The rally went on.\n\nSomebody yelled, “Go home!”",
      "Go home!",
      { speaker: "Somebody", speakerType: "anonymous" },
    ],
    [
      "must: everyone is a group",
      "The rally went on.\n\nEveryone chanted, “Four more years!”",
      "Four more years!",
      { speaker: "Everyone", speakerType: "group" },
    ],
    [
      "must-not: a later pronoun does not mean the indefinite subject",
      "Tom Reyes said the staff checked whether anyone leaked the file. He said, “The system is safe.”",
      "The system is safe.",
      { speaker: "Tom Reyes", mention: "He" },
    ],
    [
      "must-not: nor someone named as a quote's speaker before it",
      "Tom Reyes spoke at the pier.\n\nSomeone shouted, “Shame!”\n\n“We will rebuild,” he said.",
      "We will rebuild,",
      { speaker: "Tom Reyes", mention: "he" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
