import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a sentence that opens with a phrase of place ("Outside the plant,", "Among the
// crowd,") still has its subject after the comma, and a later "he" means that subject, not a speaker
// of an earlier paragraph.
describe("subjects after an opening phrase of place", () => {
  const story = (opener: string): string =>
    `Plant closes\n\nMr. Dunmore, the company chief, said the move was needed. “We had no choice,” he said.\n\n${opener} Luis Ortega has nothing but good things to say about his job. “The pay is fair,” he said.`;
  it.each([
    ["must: 'Outside'", "Outside the new plant in the suburb,"],
    ["must: 'Among'", "Among the workers on the early shift,"],
    ["must: 'Across'", "Across the river,"],
    ["must: 'Inside'", "Inside the union hall,"],
    ["must-not: an opener already read ('In') stays read", "In the suburb,"],
  ])("%s", (_name, opener) => {
    expect(direct(story(opener)).at(-1)).toMatchObject({ speaker: "Luis Ortega", mention: "he" });
  });
  it("must-not: a phrase of place with no subject after it leaves the earlier speaker", () => {
    const text = "Plant closes\n\nMr. Dunmore, the company chief, said the move was needed.\n\nOutside the new plant, the mood was grim. “We had no choice,” he said.";
    expect(direct(text).at(-1)).toMatchObject({ speaker: "Dunmore", mention: "he" });
  });
});
