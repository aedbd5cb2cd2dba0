import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a nickname in marks between a name's parts ('Ann "Red" Lee') is no end of the
// name; a name in apposition after a description keeps a lower-case word before its title and a
// party tag ('the mayor's niece, state Del. Ann Lee (D-Dover),').
describe("nicknames in marks and titled names in apposition", () => {
  it.each([
    ["must: after the quote, inverted", "The port reopened.\n\n“This is a big year!” said Ann “Red” Lee, a state delegate.", { speaker: "Ann “Red” Lee", role: "a state delegate" }],
    ["must: before the quote", "The port reopened.\n\nSen. Tom “Ty” Reyes said the plan was “a disaster.”", { speaker: "Tom “Ty” Reyes" }],
    ["must: a titled name with a nickname after a description", "The port reopened.\n\n“This is a big year!” the mayor's niece, state Del. Ann “Red” Lee (D-Dover), shouted to the crowd.", { speaker: "Ann “Red” Lee", role: "the mayor's niece" }],
    ["must-not: a quoted word after a name that no capitalised name part follows is a quote", "The port reopened.\n\nAnn Lee called it “Harbor” and left. Tom Reyes said the plan was “a disaster.”", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
