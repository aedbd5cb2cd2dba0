import { describe, expect, it } from "vitest";
import { isMonthSurname } from "../../src/attribute/lexicon.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// A month word is no name part alone, but after a given name or an initial it is a surname.
describe("month words as surnames", () => {
  it.each([
    ["Theresa", "May", "", true],
    ["T.", "May", "", true],
    ["Ann", "June", "said", true],
    ["Jordan", "May", "12", false],
    ["Tuesday", "May", "", false],
    ["Theresa", "may", "", false],
    ["In", "May", "", false],
  ] as [string, string, string, boolean][])("%s %s (%s) -> %s", (prev, word, next, want) => {
    expect(isMonthSurname(prev, word, next)).toBe(want);
  });

  it.each([
    [
      "must: the title before the name is the role, the name is the speaker",
      "The port was closed.\n\nPrime Minister Theresa May said, “The port stays shut.”",
      { speaker: "Theresa May", role: "Prime Minister" },
    ],
    [
      "must: the surname alone later is the person named in full",
      "The port was closed.\n\nPrime Minister Theresa May said, “The port stays shut.” Later, May added, “We will reopen it.”",
      { speaker: "Theresa May", mention: "May" },
    ],
    [
      "must-not: a month after a place is a date, not a surname",
      "The port was closed.\n\nOn a visit to Jordan May 12, officials said “the port stays shut.”",
      { speaker: "officials" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
