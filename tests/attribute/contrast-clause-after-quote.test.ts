import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a clause of contrast or cause after a quote ("…,” while Ann Lee suggested …")
// has its own subject and verb, reporting its own content; the quote before it is not its object.
describe("a speech verb in a 'while'/'whereas'/'although' clause after a quote is not its cue", () => {
  it.each([
    ["must: '… but “…,” while X suggested'", "Some back the plan.\n\nThe mayor’s office, for example, said she would “support the plan” but “isn’t planning to endorse anyone,” while Ada Lind and Tom Reyes suggested they would only back it later.", { speaker: "The mayor’s office" }],
    ["must: '… “…,” whereas X said'", "Some back the plan.\n\nThe council called the pier “a waste of money,” whereas Ada Lind said it would pay for itself.", { speaker: "council" }],
    ["must-not: an inverted cue after the quote ('said Ann Lee, while …') is the quote's", "Some back the plan.\n\n“It will pay for itself,” said Ada Lind, while others shook their heads.", { speaker: "Ada Lind" }],
    ["must-not: a cue right after the quote, a 'while' clause after it", "Some back the plan.\n\n“It will pay for itself,” Ada Lind said while the others shook their heads.", { speaker: "Ada Lind" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
