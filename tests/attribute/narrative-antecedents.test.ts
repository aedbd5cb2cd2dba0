import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a sentence that names a person after role words and quotes no one is what a
// later "he" or "she" points back to.
describe("a narrated subject as a pronoun's antecedent", () => {
  it.each([
    [
      "must: several lower-case role words before the name ('Radio talk host Tom Reyes')",
      "Port plan draws fire.\n\nRadio talk host Tom Reyes used his show Friday to discuss what he described as the “brilliant” choice the board made.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: one role word before a name seen for the first time ('Republican pollster Ann Ruiz')",
      "Port plan draws fire.\n\nRepublican pollster Ann Ruiz met the board on Friday. She called the plan “a gift to the harbor.”",
      { speaker: "Ann Ruiz", mention: "She" },
    ],
    [
      "must: a role noun and its modifiers after a capitalised adjective ('Democratic presidential hopeful')",
      "Port plan draws fire.\n\nDemocratic presidential hopeful Ann Ruiz toured the docks on Friday. She said the plan was “a gift to the harbor.”",
      { speaker: "Ann Ruiz", mention: "She" },
    ],
    [
      "must-not: a name, a verb and a role noun before another name ('Lind thanked talk host Tom Reyes')",
      "Port plan draws fire.\n\nAda Lind spoke on Monday.\n\nLind thanked talk host Tom Reyes on Friday. She called the plan “a gift to the harbor.”",
      { speaker: "Ada Lind", mention: "She" },
    ],
    [
      "must-not: a name and a past form before a role noun and a name ('Ann Ruiz met radio host Tom Reyes')",
      "Port plan draws fire.\n\nAnn Ruiz met radio host Tom Reyes on Friday. She called the plan “a gift to the harbor.”",
      { speaker: "Ann Ruiz", mention: "She" },
    ],
    [
      "must: a subject after an opening sentence adverb and its comma ('First, Tom Reyes attacked …')",
      "Port plan draws fire.\n\nFirst, Tom Reyes attacked the former mayor. Then he turned to the board, calling it “a circus.”",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: 'Instead,' before the subject",
      "Port plan draws fire.\n\nInstead, Ann Lee talked about her work on the docks. “There are two kinds of port,” she said.",
      { speaker: "Ann Lee", mention: "she" },
    ],
    [
      "must: a title and name after a place and its bracketed aside ('Harbor County (Ore.) Sheriff Tom Reyes')",
      "Port plan draws fire.\n\nEarlier, Harbor County (Ore.) Sheriff Tom Reyes, a polarizing figure, vouched for the plan. He said, “We will build the wall.”",
      { speaker: "Tom Reyes", mention: "He" },
    ],
    [
      "must-not: a sheriff named 'Tom' is no antecedent for 'she'",
      "Port plan draws fire.\n\nAnn Lee spoke first.\n\nLater, Harbor County (Ore.) Sheriff Tom Reyes vouched for the plan. “I have seen the docks,” she said.",
      { speaker: "Ann Lee", mention: "she" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up articles: the full stop of a title's abbreviation ("Mr.", "Sen.") starts no sentence, so a
// name after it is a subject only where a clause opens there, not as a verb's or a preposition's object.
describe("a name after a title's abbreviation as a pronoun's antecedent", () => {
  it.each([
    [
      "must-not: the object of a verb ('had instructed Mr. Reyes to …')",
      "Port talks stall.\n\nUnion head Tom Reyes walked out on Friday.\n\nMr. Lind said he had instructed Mr. Reyes to keep talking with the union. “The sooner we settle, the better,” he said.",
      { speaker: "Lind", mention: "he" },
    ],
    [
      "must-not: the object of a preposition ('met with Gov. Tom Reyes.')",
      "Port talks stall.\n\nMr. Lind spoke on Monday after he met with Gov. Tom Reyes. “The sooner we settle, the better,” he said.",
      { speaker: "Lind", mention: "he" },
    ],
    [
      "must: a clause opened by 'as' ('as Mr. Reyes suggested')",
      "Port talks stall.\n\nAda Lind met union leader Tom Reyes on Friday.\n\nCosts will fall, as Mr. Reyes suggested on Monday. “The sooner we settle, the better,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: a verb right after the name ('suggest Mr. Reyes is …')",
      "Port talks stall.\n\nAl Lind met union leader Tom Reyes on Friday. The remarks suggest Mr. Reyes is ready to deal. “The sooner we settle, the better,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: a passive's agent ('backed by Sen. Tom Reyes')",
      "Port talks stall.\n\nMr. Lind spoke first. The plan was backed by Sen. Tom Reyes of Ohio. “The sooner we settle, the better,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must-not: a name with an initial after a preposition and a title ('under President Tom K. Reyes')",
      "Port talks stall.\n\nAl Lind, who served under President Tom K. Reyes for a decade, spoke on Friday. “We know the docks,” he said.",
      { speaker: "Al Lind", mention: "he" },
    ],
    [
      "must: a name with an initial after a speech verb ('said Tom K. Reyes was …')",
      "Port talks stall.\n\nAl Lind met union leader Tom K. Reyes on Friday. The report said Tom K. Reyes was ready to deal. “The sooner we settle, the better,” he said.",
      { speaker: "Tom K. Reyes", mention: "he" },
    ],
    [
      "must: a relative clause after the name ('would involve Gov. Ann B. Ruiz, who …')",
      "Port talks stall.\n\nAl Lind spoke first. Any deal would involve Gov. Ann B. Ruiz, who toured the docks on Friday. “We will review the facts,” she said.",
      { speaker: "Ann B. Ruiz", mention: "she" },
    ],
    [
      "must: a modifier before the title ('state Sen. Tom Reyes')",
      "Port talks stall.\n\nMr. Lind spoke first. The board named state Sen. Tom Reyes. “The sooner we settle, the better,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up round-ups: a list item opens with its bullet, then its subject.
describe("list items after a bullet", () => {
  it.each([
    [
      "must: a subject after a hyphen bullet is a pronoun's antecedent",
      "Reactions came in fast.\n\n-Sarah Lind: “This is a win for us.”\n\n-Pollster Ana Ruiz is glad to be the port's “gold standard,” says she warned about it.",
      "gold standard,",
      { speaker: "Ana Ruiz", mention: "she" },
    ],
    [
      "must: a name, its appositive and verb after a round bullet",
      "Reactions came in fast.\n\n• Tom Reyes, the harbour master, called the plan “a fraud.”",
      "a fraud.",
      { speaker: "Tom Reyes", role: "the harbour master" },
    ],
    [
      "must-not: a hyphen inside a line opens no subject",
      "Reactions came in fast.\n\nThe vote - Ana Ruiz predicted - was close. He called it “a fraud.”",
      "a fraud.",
      { speaker: null },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, words, want) => {
    expect(direct(text).find((q) => q.text === words)).toMatchObject(want);
  });
});
