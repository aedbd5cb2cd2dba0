import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a bare surname after the full name is that person, also when the surname is
// a word the lexicons know as a name particle elsewhere ("Tran Le", "Minh Da"; "Marine Le Pen").
describe("attribution: a bare surname that is a particle elsewhere", () => {
  it.each([
    ["must: a surname that is a particle elsewhere ('Le' of 'Marine Le Pen')", "Port notes\n\nTran Le, a dock worker, said the port had closed.\n\n“We lost everything,” Le said.", "We lost everything,", "Tran Le"],
    ["must: 'Da' as a surname", "Port notes\n\nMinh Da, a dock worker, said the port had closed.\n\n“We lost everything,” Da said.", "We lost everything,", "Minh Da"],
    ["must-not: a particle inside a name still reads as before", "Port notes\n\nMarine Le Pen said the port had closed.\n\n“We lost everything,” Le Pen said.", "We lost everything,", "Marine Le Pen"],
    ["must-not: an outlet with no one of its name stays the outlet", "Port notes\n\nEd Ruiz, a dock worker, said the port had closed.\n\n“We lost everything,” Fox reported.", "We lost everything,", "Fox"],
  ] as [string, string, string, string][])("%s", (_name, text, quote, speaker) => {
    expect(direct(text).find((q) => q.text === quote)?.speaker).toBe(speaker);
  });
});
