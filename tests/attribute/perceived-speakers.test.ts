import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a passive of perception before a speaking participle ("can be heard asking",
// "were shown chanting") is part of the verb group; the subject before it speaks.
describe("perception passives before a speaking participle", () => {
  it.each([
    ["must: after the quote", "The port reopened.\n\n“Should the pier close?” a reporter can be heard asking Lee after the event.", { mention: "a reporter" }],
    ["must: before the quote", "The port reopened.\n\nOn the screens, his supporters were shown chanting “Reyes! Reyes!”", { mention: "his supporters" }],
    ["must: a name", "The port reopened.\n\n“Go home!” Tom Reyes is heard shouting in the video.", { speaker: "Tom Reyes" }],
    ["must-not: a perception passive away from the participle leaves the subject as it was", "The port reopened.\n\nTom Reyes was seen at the pier on Monday, saying “the pier is safe.”", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
