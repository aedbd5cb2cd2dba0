import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const LEAD = "Ann Lind spoke first.\n\nSen. Ardal Reyes (D-Ohio) is on deck to talk to the union.\n\n";
const BITE = "When she was talking about the port, she offered up this sound bite: “We are going to close a lot of piers.”";

// Made-up stories: "she" or "he" whose nearest antecedent ("Sen. Ardal Reyes", of unknown gender)
// stands in an earlier paragraph refers to the one person its own paragraph names before it, when
// that person is of the pronoun's known gender, even as a possessor or an object ("remarks Lind
// made"), rather than jumping back over them.
describe("a pronoun and the one person of its gender its paragraph names", () => {
  it.each([
    ["must: a surname as the object's possessor", `${LEAD}Dock workers are still smarting from remarks Lind made earlier this year. ${BITE}`, { speaker: "Ann Lind", mention: "she" }],
    ["must-not: the nearest antecedent's gender is known", `Ann Lind spoke first.\n\nSen. Mary Reyes (D-Ohio) is on deck to talk to the union.\n\nDock workers are still smarting from remarks Lind made earlier this year. ${BITE}`, { speaker: "Mary Reyes", mention: "she" }],
    ["must-not: the person named is of the other gender", `Tom Park spoke first.\n\nSen. Ardal Reyes (D-Ohio) is on deck to talk to the union.\n\nDock workers are still smarting from remarks Park made earlier this year. ${BITE}`, { speaker: "Ardal Reyes", mention: "she" }],
    ["must-not: two people named in the paragraph", `${LEAD}Dock workers are still smarting from remarks Lind made as Tom Park looked on. ${BITE}`, { speaker: "Ardal Reyes", mention: "she" }],
    ["must-not: the antecedent in the same paragraph", `Ann Lind spoke first.\n\nSen. Ardal Reyes (D-Ohio) is on deck. Dock workers are still smarting from remarks Lind made earlier this year. ${BITE}`, { speaker: "Ardal Reyes", mention: "she" }],
    ["must-not: the name inside the quote", `${LEAD}“Lind will close the piers,” she said.`, { speaker: "Ardal Reyes", mention: "she" }],
    ["must-not: a pronoun of the gender before the name", `${LEAD}She says Lind made the remarks earlier this year. ${BITE}`, { speaker: "Ardal Reyes", mention: "she" }],
    ["must: the object of a preposition and 'the' before a title", `${LEAD}After a talk with the Rev. Tom Park, dock workers are smarting from remarks Lind made earlier this year. ${BITE}`, { speaker: "Ann Lind", mention: "she" }],
    ["must-not: a name after 'such as'", `${LEAD}Some workers, such as Ann Lind, are upset. ${BITE}`, { speaker: "Ardal Reyes", mention: "she" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});

// Made-up stories: a pronoun with no speaker before it that it may mean (a dateline hides the
// paragraph's subject from the narrative scan) is the one person of its gender its paragraph names
// before it.
describe("a pronoun with no antecedent and the one person of its gender its paragraph names", () => {
  it.each([
    ["must: a name after a dateline", "Mayor pleads for calm.\n\nEASTON - Tom Reyes painted a dark picture of the port Thursday, blaming a class of managers that he said was “running the docks into the ground.”", { speaker: "Tom Reyes", mention: "he" }],
    ["must-not: the one person named is of the other gender", "Mayor pleads for calm.\n\nEASTON - Mary Reyes painted a dark picture of the port Thursday, blaming a class of managers that he said was “running the docks into the ground.”", { speaker: null, mention: "he" }],
    ["must-not: two people named", "Mayor pleads for calm.\n\nEASTON - Tom Reyes and Tom Park painted a dark picture of the port Thursday, blaming a class of managers that he said was “running the docks into the ground.”", { speaker: null, mention: "he" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});

// Made-up stories: the one person a pronoun's paragraph names may be of a gender the text never
// tells (a given name no list holds, "Teodra"): when the nearest antecedent, in an earlier paragraph,
// is of no better known gender, the person the paragraph names is meant, and a "she" read so carries
// that person on to the next paragraph. A name in quotation marks written '' (as some archives write
// them) or after "the" ("a teacher at the Harbor Academy") is no one the paragraph names.
describe("a pronoun and the one person of unknown gender its paragraph names", () => {
  const MARSK = `${LEAD}Port wages are the last thing state Representative Teodra Marsk, a Democrat, wants to hear about. Her district includes the piers, she said.\n\n“My family all worked the docks,” she said.`;
  it.each([
    ["must: the person of unknown gender the paragraph names", MARSK, "indirect", 0, { speaker: "Teodra Marsk", mention: "she" }],
    ["must: the next paragraph's pronoun goes on with that person", MARSK, "direct", 0, { speaker: "Teodra Marsk", mention: "she" }],
    ["must-not: a given name of the other gender", MARSK.replace("Teodra", "Tom"), "indirect", 0, { speaker: "Ardal Reyes", mention: "she" }],
    ["must-not: a name inside '' quotation marks", `${LEAD}''Ann Marsk will close the piers,'' she said.`, "direct", 0, { speaker: "Ardal Reyes", mention: "she" }],
    ["must: a name after 'the' is no second person", `${LEAD}The union hired Ann Marsk away from the Harbor Academy. ${BITE}`, "direct", 0, { speaker: "Ann Marsk", mention: "she" }],
  ] as [string, string, "direct" | "indirect", number, Partial<Quote>][])("%s", (_name, text, kind, i, want) => {
    expect(quotesOf(text, kind)[i]).toMatchObject(want);
  });
});

// Made-up story: a "she" read to mean a woman of unknown gender ("Deja") carries her on, but is
// no antecedent for a later "he"; and a pronoun read wrong tells the article nothing of its
// person's gender ("Asa", read as a "she", is still the "he" after the next "Khalif said").
describe("a pronoun's reading carries its person on, not a gender", () => {
  it.each([
    [
      "must: the 'she' is the woman the paragraph names",
      "Tom Reyes may feel that way himself as he winds down his campaign.\n\nMy favorite description of him came from student Deja Amsel, who laughed when she called him “somebody's grandpa.”\n\n“We keep the fight going,” he said.",
      0,
      { speaker: "Deja Amsel", mention: "she" },
    ],
    [
      "must-not: a later 'he' means the woman a 'she' was read to mean",
      "Tom Reyes may feel that way himself as he winds down his campaign.\n\nMy favorite description of him came from student Deja Amsel, who laughed when she called him “somebody's grandpa.”\n\n“We keep the fight going,” he said.",
      1,
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must-not: a pronoun read wrong refuses its person a later pronoun",
      "One organizer says the party ignores the movement.\n\nAsa Khalif, an organizer, said the marchers wanted to send a message.\n\nKhalif said her remarks, in which she said “hot sauce is in my purse,” were patronizing.\n\nKhalif said the party ignored them. But he said “she still has a chance.”",
      1,
      { speaker: "Asa Khalif", mention: "he" },
    ],
  ] as [string, string, number, Partial<Quote>][])("%s", (_name, text, i, want) => {
    expect(quotesOf(text, "direct")[i]).toMatchObject(want);
  });
});
