import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a Dutch name with a particle and a contracted article ("in 't", "van 't") is one
// name, after "said" as before it, and its surname alone later is that person. "in" alone is a
// preposition, and "'t" after no capitalised name is no particle.
describe("a particle and contracted article inside a name", () => {
  it.each([
    ["must: '“…,” said X in 't Y, a member'", "Talk.\n\n“Europe is at risk,” said Sophie in 't Dam, a Dutch member of the European Parliament.", { speaker: "Sophie in 't Dam", role: "a Dutch member of the European Parliament" }],
    ["must: curly apostrophe, name before the verb", "Talk.\n\n“It is over,” Jan van ’t Hoek said.", { speaker: "Jan van ’t Hoek" }],
    ["must: the surname alone later is the person", "Talk.\n\n“It is over,” said Sophie in 't Dam, a member.\n\n“It is done,” Dam said.", { speaker: "Sophie in 't Dam" }],
    ["must-not: 'in' and a place after the name", "Talk.\n\n“We know,” said Jan in Amsterdam.", { speaker: "Jan" }],
    ["must-not: a contraction after no name is no particle", "Talk.\n\n“In 't Dorp we trust,” said Ann Lee.", { speaker: "Ann Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
