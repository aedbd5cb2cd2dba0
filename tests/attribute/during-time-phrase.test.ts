import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: "during" and an article may open a time phrase between a subject and its
// verb ("Ada Lind during a Sunday thanked …"), cut off the subject as "on Sunday" is; a phrase that
// no time noun ends, or one after another preposition, is left as it was.
describe("a time phrase opened by 'during' or with an article before its noun", () => {
  it.each([
    ["must: 'X during a Sunday thanked'", "The tour ended.\n\nIt is such a presence that Ada Lind during a Sunday thanked its members “for their support in my campaign.”", { speaker: "Ada Lind" }],
    ["must: 'X on a Sunday thanked'", "The tour ended.\n\nIt is such a presence that Ada Lind on a Sunday thanked its members “for their support in my campaign.”", { speaker: "Ada Lind" }],
    ["must-not: 'on Sunday' (already cut) keeps its reading", "The tour ended.\n\nIt is such a presence that Ada Lind on Sunday thanked its members “for their support.”", { speaker: "Ada Lind" }],
    ["must-not: 'of a Sunday market' is no time phrase", "The tour ended.\n\nThe manager of a Sunday market said the fee was “far too high.”", { speaker: "The manager of a Sunday market" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
