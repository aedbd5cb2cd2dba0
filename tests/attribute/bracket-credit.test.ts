import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up briefing items: a quote that no one in its sentence says, with a bracketed credit that ends
// its paragraph, is the credited outlet's passage.
describe("bracket credits after a briefing's quote", () => {
  it.each([
    ["must: after a heading in capitals", "Morning Brief.\n\nPORT CLOSES FOR GOOD “The harbour board voted on Monday to close the pier for good.” [Harbor Times.]", { speaker: "Harbor Times", speakerType: "organisation", ruleId: "attribution/bracket-credit" }],
    ["must: a name that reads as a person's is the outlet", "Morning Brief.\n\nPORT CLOSES “The harbour board voted on Monday to close the pier for good.” [Mother Jones.]", { speaker: "Mother Jones", speakerType: "organisation" }],
    ["must: a sentence of the briefing's own between", "Morning Brief.\n\nPORT CLOSES “The harbour board voted on Monday to close the pier for good.” Read more below. [Harbor Times.]", { speaker: "Harbor Times" }],
    ["must: in round brackets, no stop", "Morning Brief.\n\n“The harbour board voted on Monday to close the pier for good.” (Reuters)", { speaker: "Reuters" }],
    ["must-not: a speaker in the sentence keeps the quote", "Morning Brief.\n\nPORT CLOSES Ada Lind said the pier had “no future at all.” [Harbor Times.]", { speaker: "Ada Lind" }],
    ["must-not: a transcript's note is no credit", "Morning Brief.\n\n“The harbour board voted on Monday to close the pier for good.” (Applause.)", { speaker: null }],
    ["must-not: a bracket that does not end the paragraph", "Morning Brief.\n\n“The harbour board voted on Monday to close the pier for good.” [Harbor Times.] More on the vote below.", { speaker: null }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
  it("must-not: a later quote with its own cue takes nothing from the credit", () => {
    const qs = direct("Morning Brief.\n\nPORT CLOSES “The harbour board voted on Monday to close the pier for good.” Ada Lind called it “a shame.” [Harbor Times.]");
    expect(qs[0].ruleId).not.toBe("attribution/bracket-credit");
    expect(qs[1]).toMatchObject({ speaker: "Ada Lind" });
  });
});
