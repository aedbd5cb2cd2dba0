import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a title and a known given name before a surname that is also a body's or an
// outlet's word ("Mayor Don Guardian", "Sen. Frank Church") name a person, and the bare surname
// after it is that person; without a title, or for the outlet's own name, nothing changes.
describe("attribution: a surname that is also a body's or an outlet's word", () => {
  it.each([
    ["must: after a title of office", "Port notes\n\nMayor Don Guardian said the port had closed.\n\n“We lost everything,” Guardian said.", "We lost everything,", "Don Guardian"],
    ["must: after a title's abbreviation", "Port notes\n\nSen. Frank Church said the port had closed.\n\n“We lost everything,” Church said.", "We lost everything,", "Frank Church"],
    ["must: an outlet's name as a surname", "Port notes\n\nMr. Ed Fox said the port had closed.\n\n“We lost everything,” Fox said.", "We lost everything,", "Ed Fox"],
    ["must-not: the outlet with a determiner stays the outlet", "Port notes\n\nMayor Don Guardian said the port had closed.\n\n“The port is shut,” the Guardian reported.", "The port is shut,", "Guardian"],
    ["must-not: no title, no person", "Port notes\n\nThe port had closed, Harbor Guardian said.\n\n“We lost everything,” Guardian said.", "We lost everything,", "Guardian"],
    ["must-not: a body's word that is no surname", "Port notes\n\nMayor Don Guardian said the port had closed.\n\n“We lost everything,” University said.", "We lost everything,", "University"],
  ] as [string, string, string, string][])("%s", (_name, text, quote, speaker) => {
    expect(direct(text).find((q) => q.text === quote)?.speaker).toBe(speaker);
  });
});
