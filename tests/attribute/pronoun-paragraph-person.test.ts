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
