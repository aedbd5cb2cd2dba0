import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a quoted phrase in a later clause opened by ", while" whose subject is a
// person noun or a name with its role is that subject's, not the sentence's first subject's.
describe("later clause subject: ', while X, role, …'", () => {
  it.each([
    ["must: name with an appositive role", "Gov. Tom Reyes on Monday signed an order to block the plan, while Ann Lind, the former mayor, proposed we “wake up and smell the coffee” and left.", { speaker: "Ann Lind" }],
    ["must: a person noun", "Gov. Tom Reyes on Monday signed an order to block the plan, while the mayor proposed we “wake up and smell the tea” and left.", { mention: "the mayor" }],
    ["must-not: no comma before 'while'", "Gov. Tom Reyes read the plan while the mayor proposed a “new pier” for the town.", { speaker: "Tom Reyes" }],
    ["must-not: a bare name may be a place", "Gov. Tom Reyes signed the order, while New Harbor has several “key concerns” about it.", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
