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
      // (The subject scan reads the two characters after a subject only inside the text.)
      "must: a subject that ends the article, one character before its end, is read as any other",
      "Port plan draws fire.\n\nAnn Ruiz toured the docks. “A gift to the harbor,” she said.\n\nTom Reyes.",
      { speaker: "Ann Ruiz", mention: "she" },
    ],
    [
      "must: a subject after an opening time and its comma ('Last week, Mayor Reyes flew …')",
      "Port plan draws fire.\n\nLast week, Mayor Reyes flew to the islands. The storms were worse than the charts. “And they're terrifying,” he said.",
      { speaker: "Reyes", mention: "he" },
    ],
    [
      "must: 'Yesterday,' before the subject",
      "Port plan draws fire.\n\nYesterday, Tom Reyes toured the docks. The storms were worse than the charts. “And they're terrifying,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must-not: a time that is the subject itself ('Last week was …') opens no subject after it",
      "Port plan draws fire.\n\nAda Lind spoke on Monday.\n\nLast week was hard for Tom Reyes, who lost the vote. “We are ready,” she said.",
      { speaker: "Ada Lind", mention: "she" },
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
      "Reactions came in fast.\n\nThe vote - Ana Ruiz predicted - was close.\n\nHe called it “a fraud.”",
      "a fraud.",
      { speaker: null },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, words, want) => {
    expect(direct(text).find((q) => q.text === words)).toMatchObject(want);
  });
});

// Made-up articles: a sentence whose subject comes after an opening adverbial clause and its comma
// (a preposition's, a conjunction's) names what a later "he" or "she" points back to; a possessor
// that opens the subject stays the antecedent, unless a role it owns is named after a comma.
describe("a subject after an opening clause, or after a possessor, as a pronoun's antecedent", () => {
  it.each([
    [
      "must: after a preposition's phrase ('On Sunday, Tom Reyes …')",
      "Port plan draws fire.\n\nMayor Al Lind backed the plan. On Sunday, Tom Reyes went on the offensive. “Nobody asked the dockers,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: after a preposition's phrase that ends in a name ('With Al Lind gone, Tom Reyes …')",
      "Port plan draws fire.\n\nMayor Al Lind backed the plan. With Lind gone, Tom Reyes took over the board. “Nobody asked the dockers,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: after a conjunction's clause ('When asked about the vote, Tom Reyes …')",
      "Port plan draws fire.\n\nMayor Al Lind backed the plan. When asked about the vote, Tom Reyes shrugged. “Nobody asked the dockers,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: after 'But' and a conjunction's clause ('But after the vote, Ann Ruiz …')",
      "Port plan draws fire.\n\nJane Lind backed the plan. But after the vote failed, Ann Ruiz spoke up. “Nobody asked the dockers,” she said.",
      { speaker: "Ann Ruiz", mention: "she" },
    ],
    [
      "must: after a time noun and a conjunction ('Days after the strike, Tom Reyes …')",
      "Port plan draws fire.\n\nMayor Al Lind backed the plan. Days after the strike began, Tom Reyes quit. “Nobody asked the dockers,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must-not: a conjunction and a name with no verb before the comma is the subject's appositive ('When Tom Reyes, the chair, was asked')",
      "Port plan draws fire.\n\nMayor Al Lind backed the plan. When Tom Reyes, the union chair was asked about it, he laughed and said, “We will see.”",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: a clause of some 100 characters ('But after turning his attention to …, Tom Reyes …')",
      "Port plan draws fire.\n\nMayor Al Lind backed the plan. But after turning his attention to the long row of empty warehouses that line the old harbor road, Tom Reyes spoke. “Nobody asked the dockers,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must-not: a clause that runs past 120 characters before its comma opens no subject",
      "Port plan draws fire.\n\nTom Reyes backed the plan. On the long and windy road that runs from the old harbor gate past the fish market and the shuttered mill all the way to the new container docks, Al Lind walked. “Nobody asked the dockers,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: a possessor's role named after a comma ('Lind's campaign manager, Tom Reyes, …')",
      "Port plan draws fire.\n\nAl Lind lost the vote. After the count, Lind's campaign manager, Tom Reyes, went on TV. He said the result was “a fluke.”",
      { speaker: "Tom Reyes", mention: "He" },
    ],
    [
      "must-not: a possessor with no role named after it stays the antecedent ('Tom Reyes's plan …')",
      "Port plan draws fire.\n\nAl Lind spoke first. Tom Reyes's plan drew fire on Monday. “It will work,” he said.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must-not: a possessor and the capitalised word after it are no person ('Reyes’s Chicago-based firm')",
      "Port plan draws fire.\n\nAnn Ruiz hired Tom Reyes in 2010. Reyes’s Chicago-based firm worked for her. She called it “a fine team.”",
      { speaker: "Ann Ruiz", mention: "She" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up articles: a surname that is also a given name ("Henry") tells no gender of its own; the
// registered person's given name does.
describe("a surname that is also a given name takes the named person's gender", () => {
  it.each([
    [
      "must: 'Henry' of 'Mary Kay Henry' is a woman, not a man named Henry",
      "Port plan draws fire.\n\nMary Kay Henry leads the union. Pat Reyes, the mayor, spoke first. “It is a bad plan,” Reyes said. “We will fight,” Henry said. She added that the plan was “a gift to the rich.”",
      { speaker: "Mary Kay Henry", mention: "She" },
    ],
    [
      "must-not: with no one registered under the surname, the given name's gender stands",
      "Port plan draws fire.\n\nAnn Ruiz spoke first. “It is a bad plan,” she said. “We will fight,” Henry said. She added that the plan was “a gift to the rich.”",
      { speaker: "Ann Ruiz", mention: "She" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[2]).toMatchObject(want);
  });
});

// Made-up articles: a person named after their outlet's possessive ("Harbor News’ Tom Reyes") is
// the subject of the sentence, and a later "he" means them, not the last speaker.
describe("a name after a possessor as a pronoun's antecedent", () => {
  const story = (opener: string): string =>
    `Port plan draws fire.\n\nAda Lind spoke at length, calling the board “a pack of liars.”\n\n${opener} noticed that none of the stations cut away. He commented that his station “held on” Lind during the event.`;
  it.each([
    ["must: a curly apostrophe after an outlet ending in s", "Harbor News’ Tom Reyes", "Tom Reyes"],
    ["must: an apostrophe s after an outlet", "WXYZ’s Tom Reyes", "Tom Reyes"],
    ["must: a straight apostrophe", "Harbor News' Tom Reyes", "Tom Reyes"],
  ])("%s", (_name, opener, speaker) => {
    expect(direct(story(opener))[1]).toMatchObject({ speaker, mention: "He" });
  });
  it("must-not: capitals after the possessor that end in an organisation's noun are no subject", () => {
    const text = "Port plan draws fire.\n\nTom Reyes’s Harbor Company hosted the board on Friday. He said the plan was “a gift to the harbor.”";
    expect(direct(text)[0]?.speaker ?? null).not.toBe("Harbor Company");
  });
});

// Made-up articles: after an opening adverbial and its comma, lower-case role words may lead the
// subject's name ("In a statement, presidential nominee Ann Lee was …"); a later "she" means that
// person, not the last speaker whose gender is unknown. Other lower-case words there open no subject.
describe("role words in lower case before a name, after an opening adverbial", () => {
  const story = (sentence: string): string =>
    `Port plan draws fire.\n\n“The blue arrow is the board,” Kim Parr wrote.\n\n${sentence} Though she called the plan “outrageous,” Lopez held back.`;
  it.each([
    ["must: an office and a role noun", "In a statement on Tuesday, presidential nominee Maria Lopez was more careful.", "Maria Lopez"],
    ["must: a title after a lower-case modifier", "Later, former governor Maria Lopez was more careful.", "Maria Lopez"],
    ["must: a title's abbreviation after 'former'", "In a statement, former Sen. Maria Lopez was more careful.", "Maria Lopez"],
  ])("%s", (_name, sentence, speaker) => {
    expect(direct(story(sentence)).find((q) => q.text.startsWith("outrageous"))).toMatchObject({ speaker, mention: "she" });
  });
  it.each([
    ["must-not: lower-case words that end in no role noun", "In a statement, voters in Maria Lopez’s district were careful.", "Kim Parr"],
    ["must-not: lower-case words right after an abbreviation's stop are no sentence's start", "A panel overseen by former U.N. envoy Maria Lopez met.", "Kim Parr"],
  ])("%s", (_name, sentence, speaker) => {
    expect(direct(story(sentence)).find((q) => q.text.startsWith("outrageous"))).toMatchObject({ speaker, mention: "she" });
  });
  it("must: 'the' and a body's name after an opener is what a later 'it' means", () => {
    const text = "Port plan draws fire.\n\nThe World Bank backed the plan.\n\nStill, the Harbor Council of Tidewater opposed it. “Keep the tolls where they are,” it said.";
    expect(direct(text).find((q) => q.text.startsWith("Keep"))).toMatchObject({ speaker: "Harbor Council" });
  });
  it("must-not: 'the' and a capitalised description of a person is no antecedent", () => {
    const text = "Port plan draws fire.\n\nSenate Majority Leader Tom Reyes is angry.\n\nIn a statement, the Tidewater Republican on Tuesday dismissed the plan. He said “it will fail.”";
    expect(direct(text)[0]).toMatchObject({ speaker: "Tom Reyes" });
  });
});
