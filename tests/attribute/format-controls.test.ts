import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/attribute/tokens.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: an invisible format control (a bidi embedding or mark, a zero-width space, a
// soft hyphen) between words separates them as a space does, and is no token a cue read stops on.
describe("format controls between words", () => {
  it.each([
    ["must: an embedding after the verb", "“We will fix it,” said\u202a Tom Reyes.", { speaker: "Tom Reyes" }],
    ["must: a right-to-left mark after the verb", "“We will fix it,” said\u200f Tom Reyes.", { speaker: "Tom Reyes" }],
    ["must: a zero-width space before the name", "“We will fix it,” said \u200bTom Reyes.", { speaker: "Tom Reyes" }],
    ["guard (right before too): an isolate before the cue", "“We will fix it,” Tom Reyes\u2066 said.", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
  it("must: no token holds or is a format control", () => {
    const text = "said\u202a Tom\u202c Reyes \u2067of\u2069 Acme\u00ad.";
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => t.text)).toEqual(["said", "Tom", "Reyes", "of", "Acme", "."]);
  });
});
