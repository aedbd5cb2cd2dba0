import { describe, expect, it } from "vitest";
import { scanDirect } from "./scan-direct.js";

// A quotation that opens with an ellipsis ("“ … in the case of …”") is typed with a space between the
// mark and the ellipsis, and a word processor's smart quotes turn a mark before a space into a closing
// one: ” … at a paragraph's start or after a space, with no quote open, is the opening mark mistyped.
describe("a closing mark before a space and an ellipsis opens a quote (direct.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must open
    [
      "at the paragraph start, a one-character ellipsis",
      "The magazine saw it coming.\n\n\u201d \u2026 in the case of the harbor, the ferry has already left,\u201d wrote the Gazette. \u201cThe vote was close.\u201d",
      [["direct", "\u2026 in the case of the harbor, the ferry has already left,"], ["direct", "The vote was close."]],
    ],
    [
      "at the paragraph start, three dots",
      "\u201d ... they are so not like him,\u201d she said in December.",
      [["direct", "... they are so not like him,"]],
    ],
    [
      "after a colon and a space inside the paragraph",
      "The editorial went on: \u201d \u2026 surely the mayor can visit the pier too,\u201d it read.",
      [["direct", "\u2026 surely the mayor can visit the pier too,"]],
    ],
    [
      "after a bidi embedding at the paragraph start",
      "\u202a\u201d \u2026 the pier stays shut until spring,\u201d the council wrote.",
      [["direct", "\u2026 the pier stays shut until spring,"]],
    ],
    // must not open
    [
      "a closing mark before an ellipsis while a quote is open closes it",
      "\u201cWe will rebuild the pier\u201d \u2026 and then the rain came, said Ann Reyes.",
      [["direct", "We will rebuild the pier"]],
    ],
    [
      "a closing mark after a word before an ellipsis opens nothing",
      "The pier was shut\u201d \u2026 and then the rain came.",
      [],
    ],
    [
      "a closing mark before a space and a word (no ellipsis) opens nothing",
      "\u201d and so it goes on, said Ann Reyes.",
      [],
    ],
    [
      "an ellipsis with no word after it opens nothing",
      "He stopped there.\n\n\u201d \u2026\n\nThen he left.",
      [],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(scanDirect(text).quotes).toEqual(expected);
  });
});
