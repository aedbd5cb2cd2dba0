import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a lone capitalised word that opens a sentence and that the article also writes
// in lower case ("Allies say …" beside "an ally", "Research suggests …" beside "the research") is a
// common noun the sentence start capitalised, not a person: no later "he" or "she" means it.
describe("a sentence-opening common noun takes no 'he' or 'she'", () => {
  it.each([
    ["must: a plural in -ies whose singular the article writes", "Tom Reyes spoke at the rally, an ally at his side.\n\nAllies say that he will run again.\n\n“I am not done yet,” he said.", { speaker: "Tom Reyes" }],
    ["must: a plural in -s whose singular the article writes", "Bo Diaz sang at the fair before a small audience.\n\nAudiences can expect him to sing with “more fire than before.”\n\n“I will take some risks,” he said.", { speaker: "Bo Diaz" }],
    ["must: a mass noun the article writes in lower case", "Ann Lind studies trade at the port, and her research is new.\n\nResearch suggests that trade cost jobs.\n\n“We saw it first,” she said.", { speaker: "Ann Lind" }],
    ["must-not: a surname the article never writes in lower case stays a person", "The rally was loud.\n\nSanders says that the plan is wrong.\n\n“I am not done yet,” he said.", { speaker: "Sanders" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
