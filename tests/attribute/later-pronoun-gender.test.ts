import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a quoted phrase in narration is its sentence's subject's; a later clause's "he"
// or "she" is the subject as written only when the subject's known gender allows it. One of the other
// gender is someone else ("… portraying Tom Reyes as hypocritical because he had accepted “…”"), and
// the mention as written stays the subject's own words.
describe("a later clause's pronoun of the other gender is not the subject as written", () => {
  it.each([
    [
      "must: 'he' after a woman's surname is not her mention",
      "Talk.\n\nMary Lind spoke at noon.\n\nOn Monday, Lind tried to turn the tables, portraying Tom Reyes as hypocritical because he had accepted “about 200 dollars” from the port.",
      { speaker: "Mary Lind", mention: "Lind" },
    ],
    [
      "must-not: 'she' after a woman's surname is her mention",
      "Talk.\n\nMary Lind spoke at noon.\n\nOn Monday, Lind backed the deal, although she called it “a mess” at the port.",
      { speaker: "Mary Lind", mention: "she" },
    ],
  ] as const)("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
