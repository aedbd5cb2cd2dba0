import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a serial (Oxford) comma before the last item of a list in the source's role
// ("the head of planning, training, and security") closes the list, not the quote's clause, so the
// role keeps the whole list; ", and" before a clause or a second predicate still ends it.
describe("attribution: a serial comma inside the role after “…,” said X", () => {
  it.each([
    ["must: a list of words closed by a serial comma", "“We will hold the line,” said Tom Reyes, the head of planning, training, and security for the port.", { speaker: "Tom Reyes", role: "the head of planning, training, and security for the port" }],
    ["must: a serial comma in a list of three", "“The pier stays open,” said Ana Ruiz, director of sales, marketing, and design at the harbour board.", { speaker: "Ana Ruiz", role: "director of sales, marketing, and design at the harbour board" }],
    ["must-not: a list without the serial comma is unchanged", "“We will hold the line,” said Tom Reyes, the head of planning, training and security for the port.", { speaker: "Tom Reyes", role: "the head of planning, training and security for the port" }],
    ["must-not: ', and' before a clause with its own subject", "“We will hold the line,” said Tom Reyes, the head of planning, and he left the room.", { speaker: "Tom Reyes", role: "the head of planning" }],
    ["must-not: ', and' after an appositive with its article", "“We will hold the line,” said Tom Reyes, the mayor, a lawyer, and left the room.", { speaker: "Tom Reyes", mention: "Tom Reyes, the mayor, a lawyer" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});
