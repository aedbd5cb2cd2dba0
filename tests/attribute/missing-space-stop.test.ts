import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/attribute/tokens.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const words = (text: string): string[] => tokenize(text, { start: 0, end: text.length }).map((t) => t.text);

// Made-up text: a stop that lost the space after it ("said.Lee") still ends the sentence; a stop
// inside an abbreviation, an initialism or a name keeps its word whole.
describe("a sentence stop with no space after it", () => {
  it.each([
    ["must: a lower-case word, a stop, a capitalised word", "Lee said.Reyes left", ["Lee", "said", ".", "Reyes", "left"]],
    ["must-not: an initialism", "the U.S.Navy", ["the", "U.S.Navy"]],
    ["must-not: one lower-case letter before the stop", "see e.g.Lee", ["see", "e.g.Lee"]],
    ["must-not: a lower-case word after the stop", "the site.com page", ["the", "site.com", "page"]],
    ["must-not: a capital alone after the stop", "a Ph.D. holder", ["a", "Ph.D.", "holder"]],
  ] as [string, string, string[]][])("%s", (_name, text, want) => {
    expect(words(text)).toEqual(want);
  });

  it.each([
    ["must: the quote's source is the name before the verb", "“The port will close,” Lee said.Lee claimed the mayor knew.", { speaker: "Lee", mention: "Lee" }],
    ["must-not: a spaced stop reads as before", "“The port will close,” Lee said. Lee claimed the mayor knew.", { speaker: "Lee", mention: "Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});
