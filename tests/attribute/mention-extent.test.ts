import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: where the source as written after "said" ends.
describe("the extent of an inverted source", () => {
  it.each([
    ["must: 'of' after a role opens what was spoken of", "“We will win,” said Tom Reyes, chairman of the Oakdale Party, of the county's split.", { speaker: "Tom Reyes", mention: "Tom Reyes, chairman of the Oakdale Party", role: "chairman of the Oakdale Party" }],
    ["must-not: 'of' right after the name or an age is a home", "“Fine,” said Ann Lee, 45, of Oakdale.", { speaker: "Ann Lee", mention: "Ann Lee, 45, of Oakdale" }],
    ["must: another person named with a role after a role", "“It is working,” said Ann Lee, a pollster who worked for the mayor's rival in the race, then-governor Tom Reyes.", { speaker: "Ann Lee", mention: "Ann Lee, a pollster who worked for the mayor's rival in the race" }],
    ["must-not: a bare name renames the noun before it", "“It is working,” said Ann Lee, a pollster who helped elect the union's president, Mara Lind.", { speaker: "Ann Lee", mention: "Ann Lee, a pollster who helped elect the union's president, Mara Lind" }],
    ["must: a lone 'who' goes on past its aside", "“Not now,” said a local Republican, who, like all respondents, answered anonymously.", { speaker: "a local Republican", mention: "a local Republican, who, like all respondents, answered anonymously" }],
    ["must-not: a lone 'who' with no aside after it", "“Not now,” said a local Republican, who spoke to us, later.", { speaker: "a local Republican" }],
    ["must: lower-case modifiers before a body's name after 'of'", "“It is bad,” said Ann Lee of digital consulting firm Orbix.", { speaker: "Ann Lee", mention: "Ann Lee of digital consulting firm Orbix" }],
    ["must-not: 'of' a person after modifiers", "“It is bad,” said Ann Lee of the embattled Tom Reyes.", { speaker: "Ann Lee", mention: "Ann Lee" }],
    ["must-not: 'of' a topic that goes on past the name", "“It is bad,” said Ann Lee of the proposed Oakdale pipeline.", { speaker: "Ann Lee", mention: "Ann Lee" }],
    ["must: a relative clause right after the name", "“It is bad,” said Sen. Ann Lee who represents the port city and served as its mayor.", { speaker: "Ann Lee", mention: "Sen. Ann Lee who represents the port city and served as its mayor" }],
    ["must-not: a relative clause that reports speech of its own", "“It is bad,” said Sen. Ann Lee who said the port was closed.", { speaker: "Ann Lee", mention: "Sen. Ann Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
