import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const all = (text: string): Quote[] => [...quotesOf(text, "direct"), ...quotesOf(text, "indirect")];

// Made-up paragraphs: a name after "<post> at" ("a senior analyst at Drummond Crane") is a body's,
// though written as a person's name: it speaks as an organisation and no later "he" means it.
describe("a name after '<post> at' is a body", () => {
  it.each([
    ["must: the body speaks as an organisation", "Costs rose.\n\nTom Reyes, a senior analyst at Drummond Crane, spoke on Monday.\n\nDrummond Crane said that costs would rise.", "that costs would rise", { speaker: "Drummond Crane", speakerType: "organisation" }],
    ["must: a later 'he' passes the body by", "Costs rose.\n\nTom Reyes, a senior analyst at Drummond Crane, spoke on Monday.\n\nDrummond Crane said that costs would rise.\n\n“We need these jobs,” he said.", "We need these jobs,", { speaker: "Tom Reyes" }],
    ["must-not: a person's possessive after 'at' stays a person", "Costs rose.\n\nTom Reyes, a partner at Ada Kvist’s firm, spoke on Monday.\n\nAda Kvist said that costs would rise.", "that costs would rise", { speaker: "Ada Kvist", speakerType: "person" }],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, words, want) => {
    expect(all(text).find((q) => q.text === words)).toMatchObject(want);
  });
});
