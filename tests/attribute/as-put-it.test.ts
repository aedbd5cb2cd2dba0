import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { isCueVerb } from "../../src/attribute/cue-words.js";
import { tokenize } from "../../src/attribute/tokens.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: "as X put it" credits X; a name with its role between commas is the name, the
// description its role, however long the role runs.
describe("as X put it: the name in an appositive speaks", () => {
  it.each([
    [
      "must: a name and its role between commas",
      "The port is closed. Or, as Tom Reyes, a former harbour master, put it: “No ships, no town.”",
      { speaker: "Tom Reyes", role: "a former harbour master", ruleId: "attribution/as-x-put-it" },
    ],
    [
      "must: a long role and an adverb before the verb",
      "The port is closed. As Ada Lind, a historian at the harbour museum and the author of two books on the port and its trade, recently put it, “No ships, no town.”",
      { speaker: "Ada Lind", ruleId: "attribution/as-x-put-it" },
    ],
    [
      "must: a description before the name",
      "The port is closed. As harbour historian Ada Lind put it, “No ships, no town.”",
      { speaker: "Ada Lind", ruleId: "attribution/as-x-put-it" },
    ],
    // Archives that print every quotation mark as two apostrophes ('') do so for a title in the role too.
    [
      "must: a title in '' marks inside the role",
      "The port is closed. As Ada Lind, professor of history at Yale and author of ''The Harbour Book,'' put it, ''No ships, no town.''",
      { speaker: "Ada Lind", ruleId: "attribution/as-x-put-it" },
    ],
    [
      "must: a title in '' marks after the quote",
      "The port is closed. ''We will not let the port die, not while I live,'' as Ada Lind, author of ''The Harbour Book,'' put it.",
      { speaker: "Ada Lind", ruleId: "attribution/as-x-put-it" },
    ],
    [
      "must-not: a description alone stays the source",
      "The port is closed. As one trader put it, “No ships, no town.”",
      { speaker: "one trader", ruleId: "attribution/as-x-put-it" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
  it("must-not: 'put' with another object is no cue", () => {
    expect(direct("The port is closed. As the mayor put the plan to a vote, “the beating heart of the town” was in doubt.")[0].ruleId).not.toBe("attribution/as-x-put-it");
  });
});

const cueAt = (text: string, word: string): boolean => {
  const toks = tokenize(text, { start: 0, end: text.length });
  return isCueVerb(toks, toks.findIndex((t) => t.lower === word));
};

// Made-up phrases: a bare form after "a" and five modifiers is still the noun of that phrase.
describe("bare speech forms at the end of a long noun phrase", () => {
  it.each([
    ["must: 'a new and more personal campaign message'", "Lind is rolling out a new and more personal campaign message", "message", false],
    ["must: 'a short and very blunt campaign message'", "Lind sent a short and very blunt campaign message", "message", false],
    ["must-not: a plural subject before the verb", "The new and more personal campaign ads message voters daily", "message", true],
  ] as [string, string, string, boolean][])("%s", (_name, text, word, want) => {
    expect(cueAt(text, word)).toBe(want);
  });
  it("must: the subject of the clause, not the noun phrase before 'message', speaks", () => {
    expect(direct("The mayor asks for votes. Ada Lind is rolling out a new and more personal campaign message: “It’s about me.”")[0]).toMatchObject({ speaker: "Ada Lind" });
  });
});
