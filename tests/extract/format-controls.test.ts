import { describe, expect, it } from "vitest";
import { scanDirect } from "./scan-direct.js";

// An invisible format control (a bidi embedding, a zero-width space, a soft hyphen) that web text
// carries before a paragraph's opening mark must not hide the mark's place at the paragraph start.
describe("invisible format controls before and after a quotation mark", () => {
  const cases: [string, string, [string, string][]][] = [
    // must open
    [
      "a closing mark used as the opening one after a bidi embedding at the paragraph start",
      "He posted a photo.\n\n\u202a\u201dSorry Tom, you should have stayed home,\u201d posted Ann Reyes.",
      [["direct", "Sorry Tom, you should have stayed home,"]],
    ],
    [
      "a curly opening mark after a zero-width space at the paragraph start",
      "\u200b\u201cWe will rebuild the pier,\u201d said Ann Reyes.",
      [["direct", "We will rebuild the pier,"]],
    ],
    [
      "a straight mark after a left-to-right isolate",
      'She said \u2066"we will rebuild the pier this year" and left.',
      [["direct", "we will rebuild the pier this year"]],
    ],
    [
      "a closing mark used as the opening one after two controls and a space",
      "\u200e \u202a\u201dThis is why the pier must be rebuilt,\u201d said Ann Reyes.",
      [["direct", "This is why the pier must be rebuilt,"]],
    ],
    [
      "a closing mark used as the opening one at a plain paragraph start (no control: read so before)",
      "He posted a photo.\n\n\u201dSorry Tom, you should have stayed home,\u201d posted Ann Reyes.",
      [["direct", "Sorry Tom, you should have stayed home,"]],
    ],
    // must not open
    [
      "a closing mark after a word and a soft hyphen stays a closer",
      "\u201cWe will rebuild the pier,\u201d said Ann\u00ad\u201d Reyes.",
      [["direct", "We will rebuild the pier,"]],
    ],
    [
      "a closing mark before a space after a bidi embedding opens nothing",
      "\u202a\u201d and so it goes on, said Ann Reyes.",
      [],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(scanDirect(text).quotes).toEqual(expected);
  });
});

// A control right inside the marks (“\u202aWe will …\u202c”: a bidi embedding and its pop that web
// text wraps the words in) is no part of the words: the span starts and ends on what is visible, still
// as offsets into the text (the test slices the text with the span).
describe("invisible format controls just inside the marks", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trim
    ["an embedding after the opening mark", "\u201c\u202aWe will rebuild the pier,\u201d said Ann Reyes.", [["direct", "We will rebuild the pier,"]]],
    ["a pop before the closing mark", "\u201cWe will rebuild the pier,\u202c\u201d said Ann Reyes.", [["direct", "We will rebuild the pier,"]]],
    ["a zero-width space and a space after a straight mark", 'She said "\u200b we will rebuild the pier this year" and left.', [["direct", "we will rebuild the pier this year"]]],
    ["a left-to-right mark around the words", "\u201c\u200eWe will rebuild the pier.\u200e\u201d Ann Reyes said.", [["direct", "We will rebuild the pier."]]],
    // must not trim
    ["a soft hyphen inside a word stays", "\u201cWe will re\u00adbuild the pier,\u201d said Ann Reyes.", [["direct", "We will re\u00adbuild the pier,"]]],
    ["a zero-width joiner between two words stays", "\u201cWe will\u200d rebuild the pier,\u201d said Ann Reyes.", [["direct", "We will\u200d rebuild the pier,"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(scanDirect(text).quotes).toEqual(expected);
  });

  it("marks holding nothing but controls give no quote", () => {
    expect(scanDirect("He wrote \u201c\u202a\u202c\u201d and left.").quotes).toEqual([]);
  });
});
