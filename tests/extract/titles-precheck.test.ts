import { describe, expect, it } from "vitest";
import { BEFORE_TITLE, mayEndBeforeTitle } from "../../src/extract/titles.js";

// mayEndBeforeTitle is a cheap necessary condition for BEFORE_TITLE (what stands right before a
// title's opening mark): wherever the pattern matches it must say yes; it says no to the words most
// quotations follow. Made-up windows.
describe("mayEndBeforeTitle: a precheck for BEFORE_TITLE", () => {
  const matching: [string, string][] = [
    ["a capitalised possessive", "he told NBC’s "],
    ["a possessive with a straight apostrophe", "on Friday's "],
    ["a maker's role", "the host of "],
    ["a plural role", "the co-authors of "],
    ["a channel's possessive", "on the Fox News channel’s "],
    ["a kind of work", "the reality show "],
    ["a plural kind", "one of the podcasts "],
    ["a kind and a comma", "his memoir, "],
    ["a hyphenated kind", "in an op-ed, "],
    ["a tune", "to the tune of "],
    ["an edition", "the Sunday edition of "],
    ["a kind after a hyphen", "a re-show "],
    ["no space before the mark", "the show"],
  ];
  it.each(matching)("yes: %s", (_name, before) => {
    expect(BEFORE_TITLE.test(before)).toBe(true);
    expect(mayEndBeforeTitle(before)).toBe(true);
  });
  const other: [string, string][] = [
    ["a speech verb", "the senator said "],
    ["a conjunction", "and she added that "],
    ["an article", "it was the "],
    ["a comma after a verb", "she said, "],
    ["a kind inside a longer word", "the showroom "],
    ["nothing", ""],
    ["white space only", "  "],
  ];
  it.each(other)("no: %s", (_name, before) => {
    expect(BEFORE_TITLE.test(before)).toBe(false);
    expect(mayEndBeforeTitle(before)).toBe(false);
  });
  it("says yes wherever the pattern matches, in every window of a made-up text", () => {
    const text =
      "The host of “Morning Joe” said on CNN’s “State of the Union,” and in his memoir, “Hard Calls,” that the " +
      "op-ed, “A Plan,” and the podcasts “Daily” and “Weekly” were NBC's. Lee said “we won” and “they lost.” " +
      "To the tune of “Dixie,” the Sunday editions of “The Post” ran; a re-show “Encore” aired on the showroom floor.";
    let matched = 0;
    for (let i = 0; i <= text.length; i++) {
      const window = text.slice(Math.max(0, i - 24), i);
      if (!BEFORE_TITLE.test(window)) continue;
      matched++;
      expect(mayEndBeforeTitle(window)).toBe(true);
    }
    expect(matched).toBeGreaterThan(8);
  });
});
