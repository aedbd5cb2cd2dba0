import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: "such … that" and "so … that" open a result clause, narration with a subject
// of its own, not content that a verb reports; a that-clause after a speech verb still is.
describe("a quote in a result clause after 'such … that' or 'so … that'", () => {
  it.each([
    ["must: 'so subdued that X was prompted to say'", "The debate ended.\n\nBut much of the debate was so subdued that Ada Lind was prompted to say, “I cannot believe how civil it has been.”", { speaker: "Ada Lind" }],
    ["must: 'such a presence that X thanked'", "The tour ended.\n\nIt has become such a presence on the pier that Ada Lind thanked its members “for their support in my campaign.”", { speaker: "Ada Lind" }],
    ["must-not: a that-clause after a speech verb is reported content", "The tour ended.\n\nThe mayor said that Ada Lind thanked its members “for their support.”", { speaker: "The mayor" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
