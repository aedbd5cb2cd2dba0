import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { REFERRING_VERBS, SPEECH_VERBS } from "../../src/extract/lexicon.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

describe("a verb of referring or talking about, before a short run in its clause, makes it a quotation (scare.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the words the subject used for what they referred to or talked about
    ["referenced", "She also referenced the “harbor gap” in May.", [["direct", "harbor gap"]]],
    ["cited", "Several aides cited another “trap” vote from the spring.", [["direct", "trap"]]],
    ["invoked", "The mayor invoked “shared sacrifice” twice that night.", [["direct", "shared sacrifice"]]],
    ["mentioned", "The mayor mentioned “budget tensions” in three towns.", [["direct", "budget tensions"]]],
    ["spoke about", "The new chief spoke about “repairs” and little else.", [["direct", "repairs"]]],
    ["spoke instead about", "The new chief spoke instead about “repairs” at the pier.", [["direct", "repairs"]]],
    ["spoken of", "Lind has often spoken of “grit” in her town.", [["direct", "grit"]]],
    // must not trigger: the nouns, "spoke" with no "about"/"of", a referring verb in another clause
    ["references as a noun", "The references to the “green zone” were cut.", [["scare", "green zone"]]],
    ["mentions as a noun", "Two mentions of the “green zone” survived.", [["scare", "green zone"]]],
    ["Speaking of, the writer's phrase", "Speaking of the “green zone,” the pier is closed.", [["scare", "green zone,"]]],
    ["spoke to", "The chief spoke to the “green team” on Monday.", [["scare", "green team"]]],
    ["another clause", "The mayor cited the budget. The “green zone” opened.", [["scare", "green zone"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
  it("holds only forms no noun shares, none already a speech cue", () => {
    for (const w of ["reference", "references", "mention", "mentions", "cite", "speak", "speaks"]) expect(REFERRING_VERBS.has(w)).toBe(false);
    for (const w of REFERRING_VERBS) expect(SPEECH_VERBS.has(w)).toBe(false);
  });
});
