import { describe, expect, it } from "vitest";
import { isSpeechVerb } from "../../src/extract/lexicon.js";
import { quotesOf } from "./quotes-of.js";

// "commented" is a cue; "comment" and "comments" are nouns far more often than verbs, and stay none.
describe("commented is a speech verb, the noun comment is not", () => {
  it.each([
    ["commented", true],
    ["commenting", true],
    ["comment", false],
    ["comments", false],
  ] as [string, boolean][])("%s -> %s", (word, yes) => expect(isSpeechVerb(word)).toBe(yes));

  it("must: '“…,” one user commented' credits the user", () => {
    const qs = quotesOf("Users wrote thousands of posts.\n\n“He will win no matter what, and then we will see,” one user commented.", "direct");
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([["He will win no matter what, and then we will see,", "one user"]]);
  });

  it("must not: a word in marks beside the noun 'comments' is no quotation", () => {
    const qs = quotesOf("Given his past comments on building a wall to keep so-called “rapists” out, the plan is no surprise.", "direct");
    expect(qs).toEqual([]);
  });
});
