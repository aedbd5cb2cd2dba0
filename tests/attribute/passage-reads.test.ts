import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a numbered passage of a text that reads or says the quote is its source as
// written, a document (typed unknown: no person), never the nearest person, and no antecedent of a
// later "he".
describe("a passage reads: “…”", () => {
  it.each([
    ["must: a verse", "The pastor spoke in Oakdale.\n\nIsaiah 45:1 reads: “This is what the Lord says to his anointed.”", { speaker: "Isaiah 45:1", speakerType: "unknown", ruleId: "attribution/passage-reads" }],
    ["must: an article of a treaty", "Tom Reyes spoke in Oakdale.\n\nArticle 5 of the harbour treaty states: “An attack on one pier is an attack on all.”", { speaker: "Article 5 of the harbour treaty", speakerType: "unknown" }],
    ["must-not: the person who cites the verse speaks", "Tom Reyes cited Isaiah 45:1 and said: “It is clear.”", { speaker: "Tom Reyes" }],
    ["must-not: a time is no verse", "At 10:30 the mayor, Tom Reyes, said: “We are ready.”", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
  it("must-not: a later 'he' is not the passage", () => {
    const qs = direct("Tom Reyes spoke in Oakdale.\n\nIsaiah 45:1 reads: “This is what the Lord says.”\n\n“It is clear,” he said.");
    expect(qs.at(-1)?.speaker).toBe("Tom Reyes");
  });
});
