import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanDirect } from "./scan-direct.js";
import { fuzzRuns, propertyTimeout } from "../property-runs.js";
import { holdsFolded, keyNeedle, wordsKey } from "../../src/extract/pull-quote.js";

const HEAD = "Harbour plan goes to a vote\n\nThe council met on Monday to hear the plan for the old harbour and its pier.";
const BODY_QUOTE = "The mayor took questions for an hour. “We will rebuild the pier before the winter comes, and we will pay for it,” said Ana Ruiz, the mayor.";

describe("a quote alone in its paragraph whose words the story has again is a pull quote, not a second quotation (pull-quote.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the paragraph alone repeats the body's quote or the narration
    ["a subhead in single marks over the body's quote", `${HEAD}\n\n‘We will rebuild the pier before the winter comes.’\n\n${BODY_QUOTE}`, [["scare", "We will rebuild the pier before the winter comes."], ["direct", "We will rebuild the pier before the winter comes, and we will pay for it,"]]],
    ["a pull quote under the body's, commas aside", `${HEAD}\n\n${BODY_QUOTE}\n\n“We will rebuild the pier before the winter comes and we will pay for it.”`, [["direct", "We will rebuild the pier before the winter comes, and we will pay for it,"], ["scare", "We will rebuild the pier before the winter comes and we will pay for it."]]],
    ["a pull quote left open over its credit line", `${HEAD}\n\n"We will rebuild the pier before the winter comes.\n\nAna Ruiz, mayor."\n\n${BODY_QUOTE}`, [["scare", "We will rebuild the pier before the winter comes."], ["direct", "We will rebuild the pier before the winter comes, and we will pay for it,"]]],
    ["the writer's own sentence set apart in marks", `${HEAD}\n\n“On Sunday the harbour board voted to close the pier.”\n\nOn Sunday the harbour board voted to close the pier. Nobody objected.`, [["scare", "On Sunday the harbour board voted to close the pier."]]],
    ["a short subhead in single marks over the section that quotes it", `${HEAD}\n\n‘A steady captain.’\n\nThe mayor calls herself a “steady captain” who “kept the pier open.”`, [["scare", "A steady captain."], ["direct", "steady captain"], ["direct", "kept the pier open."]]],
    ["two words in straight single marks over the body's quote", `${HEAD}\n\n'Totally committed.'\n\nShe says she is "totally committed" to the pier.`, [["scare", "Totally committed."], ["direct", "totally committed"]]],
    // must not trigger: no second time, too few words, alone twice, or the other time in the headline
    ["a short line in single marks in a story that quotes in single marks", `${HEAD}\n\n‘A steady captain.’\n\nThe mayor calls herself a ‘steady captain’ who ‘kept the pier open’.`, [["direct", "A steady captain."], ["direct", "steady captain"], ["direct", "kept the pier open"]]],
    ["a short line in single marks whose words the story does not have again", `${HEAD}\n\n‘A steady captain.’\n\nThe mayor said she “kept the pier open.”`, [["direct", "A steady captain."], ["direct", "kept the pier open."]]],
    ["two words in double marks said again", `${HEAD}\n\n“Steady captain.”\n\nThe mayor calls herself a “steady captain” who “kept the pier open.”`, [["direct", "Steady captain."], ["direct", "steady captain"], ["direct", "kept the pier open."]]],
    ["a quote alone with its cue before it, said once", `${HEAD}\n\nThe mayor said:\n\n“We will rebuild the pier before the winter comes.”`, [["direct", "We will rebuild the pier before the winter comes."]]],
    ["three words chanted twice", `${HEAD}\n\n“Save the pier!”\n\nThe crowd chanted “Save the pier!” outside.`, [["direct", "Save the pier!"], ["direct", "Save the pier!"]]],
    ["the same words alone in two paragraphs", `${HEAD}\n\nThe mayor said:\n\n“We will rebuild the pier before the winter comes.”\n\nHer deputy said:\n\n“We will rebuild the pier before the winter comes.”`, [["direct", "We will rebuild the pier before the winter comes."], ["direct", "We will rebuild the pier before the winter comes."]]],
    ["the headline repeats the body's quote", "Mayor: ‘We will rebuild the pier before winter’\n\nThe council met on Monday to hear the plan for the old harbour and its pier.\n\nThe mayor said:\n\n“We will rebuild the pier before winter.”", [["scare", "We will rebuild the pier before winter"], ["direct", "We will rebuild the pier before winter."]]],
    ["a piece of a quote over paragraphs", `${HEAD}\n\n“The pier is old. We will rebuild it.\n\n“We will rebuild the pier before the winter comes.\n\n“And we will pay for it,” said Ana Ruiz.\n\nShe added that we will rebuild the pier before the winter comes.`, [["direct", "The pier is old. We will rebuild it."], ["direct", "We will rebuild the pier before the winter comes."], ["direct", "And we will pay for it,"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(scanDirect(text).quotes).toEqual(expected);
  });
});

describe("a paragraph is lower-cased for the pull-quote search only when it holds a key's needle (pull-quote.ts keyNeedle, holdsFolded)", () => {
  it.each([
    [" we will rebuild the pier ", "rebuild"],
    [" a steady captain ", "captain"],
    [" señor lópez’s pier-side ", "pier-side"],
    [" señor lópez ", null],
    [" it’s 2016 now ", "2016"],
    // A long word gives its first 24 letters: holdsFolded tries the needle at every offset, so its length bounds the work a character.
    [` ${"a".repeat(5000)}b and more `, "a".repeat(24)],
  ])("the needle of %j is %j", (key, needle) => {
    expect(keyNeedle(key)).toBe(needle);
  });
  it.each([
    ["We will REBUILD the pier", "rebuild", true],
    ["We will Rebuild the pier", "rebuild", true],
    ["We will re-build the pier", "rebuild", false],
    ["Pier-Side homes", "pier-side", true],
    ["2016 was", "2016", true],
    ["the pie", "pier", false],
    ["", "pier", false],
  ])("%j holds %j: %s", (text, needle, holds) => {
    expect(holdsFolded(text, 0, text.length, needle)).toBe(holds);
  });
  it("reads only inside the range it is given", () => {
    expect(holdsFolded("pier and pier", 1, 12, "pier")).toBe(false);
    expect(holdsFolded("pier and pier", 0, 4, "pier")).toBe(true);
  });

  // The precheck must never leave out a paragraph whose lower-cased words hold the key: the key is made from a
  // piece of the paragraph with its letters' case changed at random (and so often found in it), over an alphabet
  // with the characters whose lower case is special ("İ" -> "i̇", final sigma, "ẞ" -> "ß", the Kelvin sign) and ASCII beside them.
  const RUNS = fuzzRuns(2000);
  const piece = fc.constantFrom("a", "b", "i", "k", "s", "A", "I", "K", "S", "İ", "Σ", "σ", "ẞ", "ß", "é", "É", "e\u0301", "’", "'", "-", "1", " ", " ", ", ", ".", "\n", "“", "\u212a");
  it("a paragraph whose words hold a key holds its needle", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 80 }), fc.nat(), fc.nat(), (parts, flips, a, b) => {
        const text = parts.join("");
        const changed = [...text].map((ch, k) => (flips[k % Math.max(1, flips.length)] ? ch.toUpperCase() : ch.toLowerCase())).join("");
        const from = changed.length ? a % changed.length : 0;
        const key = wordsKey(changed.slice(from, from + (b % 30)));
        const needle = keyNeedle(key);
        if (needle === null || key.trim() === "" || text.includes("\u212a") || !wordsKey(text).includes(key)) return;
        expect(holdsFolded(text, 0, text.length, needle)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, propertyTimeout(RUNS));
});
