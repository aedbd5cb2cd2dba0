import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: descriptions of a person that news uses in place of the name.
describe("person nouns as the head of a subject that speaks", () => {
  it.each([
    ["must: 'neurosurgeon'", "The retired neurosurgeon spoke in another interview, remarking that he did not feel “it was a fair fight.”", { mention: "The retired neurosurgeon" }],
    ["must: 'mogul'", "The real estate mogul praised the plan as “a very big deal.”", { mention: "The real estate mogul" }],
    ["must: a plural role noun", "The presidential candidates briefly put away their papers and called the debate “a circus.”", { mention: "The presidential candidates" }],
    ["must: a description before a name stays a description of the name", "Billionaire entrepreneur Tom Reyes said, “I am proud of the port.”", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
