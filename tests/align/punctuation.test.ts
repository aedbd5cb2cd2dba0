import { describe, expect, it } from "vitest";
import { punctuationThatMatters } from "../../src/align/punctuation.js";
import { compareToReference } from "../../src/align/variant.js";

describe("punctuationThatMatters: same words, punctuation that says another thing", () => {
  it.each([
    ["must: a question told as a statement", "He is a liar?", "He is a liar.", "question"],
    ["must: a statement told as a question", "We will win this state.", "We will win this state?", "question"],
    ["must: a second question added inside", "Why not? We can do it.", "Why not? We can do it?", "question"],
  ])("%s", (_n, reference, member, id) => {
    // The words agree: only punctuation differs, and this punctuation changes the sense.
    expect(compareToReference(reference, member).variant).toBe("punctuation");
    expect(punctuationThatMatters(reference, member)?.id).toBe(id);
  });
  it.each([
    ["must-not: a comma for the final stop", "That makes me smart.", "That makes me smart,"],
    ["must-not: no final punctuation", "That makes me smart.", "That makes me smart"],
    ["must-not: a capital where the quote opens a sentence, title case", "make America great again", "Make America Great Again."],
    ["must-not: curly and straight marks", "It’s misleading to imply that,", "It's misleading to imply that."],
    ["must-not: '--' for a dash", "less safe - it risks alienating", "less safe -- it risks alienating"],
    ["must-not: commas for full stops inside", "The greed. The showing off. The misogyny.", "the greed, the showing off, the misogyny"],
    ["must-not: an ellipsis for the final stop", "I'm not quite there yet.", "I'm not quite there yet…"],
    ["must-not: the same question in both", "You know what I want to do? I want to wait,", "You know what I want to do? I want to wait."],
  ])("%s", (_n, reference, member) => {
    expect(compareToReference(reference, member).variant).toBe("punctuation");
    expect(punctuationThatMatters(reference, member)).toBeNull();
  });
});
