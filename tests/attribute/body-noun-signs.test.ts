import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const reported = (text: string): Quote[] => quotesOf(text, "indirect");

// Made-up paragraphs: a name the article calls a body in apposition, with any noun of the shared
// body list (model/body-nouns.ts: "a website", "the airline"), is an organisation's.
describe("a name with a body noun in apposition is an organisation", () => {
  it.each([
    ["must: ', a website for …,' after the name", "Costs rose.\n\nKemp Morrow, a website for donors, said on Monday that costs would rise.", { speaker: "Kemp Morrow", speakerType: "organisation" }],
    ["must: 'the airline, <name>,' before it", "Fares rose.\n\nThe airline, Drummond Crane, said on Monday that fares would rise again.", { speaker: "Drummond Crane", speakerType: "organisation" }],
    ["must-not: a person's appositive stays a person", "Costs rose.\n\nKemp Morrow, a lawyer for the town, said on Monday that costs would rise.", { speaker: "Kemp Morrow", speakerType: "person" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(reported(text).at(-1)).toMatchObject(want);
  });
});
