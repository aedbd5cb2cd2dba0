import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a fused relative "what" has its own subject before the naming or speech
// verb ("led to what aide Ann Lee called “…”"); that subject is the source, not the sentence's.
describe("subject after 'what'", () => {
  it.each([
    ["must: a role word before the name", "The harbor plan led to what aide Kevin Pole called “a total mess” in his memoir.", { speaker: "Kevin Pole" }],
    ["must: a person noun", "The deal led to what the mayor called “a new dawn” in her speech.", { mention: "the mayor" }],
    ["must: described as", "The vote ended what the port director described as “the worst week in years.”", { mention: "the port director" }],
    ["must-not: 'what is called' has no subject", "The town holds what is called a “harvest parade” every October.", { speaker: null }],
    ["must-not: a pronoun stays the pronoun's", "Ann Lind spoke for an hour on what she called “the great betrayal” of the town.", { speaker: "Ann Lind", mention: "she" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentence: "what some call" says the words are in common use; the sentence's subject,
// who takes them up, is the source as before.
describe("subject after 'what': not a bare quantifier", () => {
  it("must-not: 'what some call'", () => {
    expect(direct("Ann Lind has asked the council to close what some call the “harbor loophole” this spring.")[0]).toMatchObject({ speaker: "Ann Lind" });
  });
});
