import { describe, expect, it } from "vitest";
import { evidenceWeight, hasEvidence, isContent, type DocFreq, type MatchFacts } from "../../src/verify/evidence.js";

/** A corpus of 1,000 sources: "election" in half of them (common), "waterboarding" in three (rare), any other word in 50. */
const big: DocFreq = { sources: 1000, docFreq: (k) => (k === "election" || k === "president" ? 500 : k === "waterboarding" || k === "uranium" ? 3 : 50) };
/** Three sources: too few to tell a rare word from a common one. */
const few: DocFreq = { sources: 3, docFreq: () => 1 };

const words = (s: string) => s.toLowerCase().split(/\s+/);

describe("evidenceWeight: content words weigh, everyday words do not, rare ones more", () => {
  it.each([
    { name: "everyday words only", met: "things are going to be", freq: big, is: 0 },
    { name: "everyday words and one content word", met: "there was a lot of talk", freq: big, is: 1 },
    { name: "a rare word weighs two", met: "we would bring back waterboarding", freq: big, is: 2 + 1 },
    { name: "a word the corpus is about weighs half", met: "the next president of the election", freq: big, is: 0.5 + 1 + 0.5 },
    { name: "a word counts once however often it is met", met: "coal miners and coal companies", freq: big, is: 3 },
    { name: "too few sources: every content word weighs one", met: "we would bring back waterboarding", freq: few, is: 2 },
    { name: "a number is a content word", met: "2.5 million more votes", freq: big, is: 3 },
  ])("$name", ({ met, freq, is }) => {
    expect(evidenceWeight(words(met), freq)).toBe(is);
  });

  it.each([
    ["going", false],
    ["they're", false],
    ["let's", false],
    ["america's", true],
    ["waterboarding", true],
    ["1,237", true],
  ] as const)("isContent(%s) is %s", (w, is) => {
    expect(isContent(w)).toBe(is);
  });
});

const facts = (met: string, more: Partial<MatchFacts> = {}): MatchFacts => ({
  met: words(met),
  matched: words(met).length,
  quotedBySpeaker: false,
  speakerAgrees: false,
  wholeQuote: false,
  ...more,
});

describe("hasEvidence: the bars a match must meet to stand for its source", () => {
  it.each([
    { name: "five words with three content words, any speaker", m: facts("pigs dogs and disgusting animals") },
    { name: "a rare word and another content word, any speaker", m: facts("we would bring back waterboarding today") },
    { name: "the speaker named beside two content words", m: facts("the pumps failed again", { speakerAgrees: true }) },
    { name: "someone else's whole short source quote with two content words", m: facts("we rebuild homes", { wholeQuote: true }) },
    { name: "the same speaker's whole short quote with one content word", m: facts("to everyone who turned out", { quotedBySpeaker: true, speakerAgrees: true, wholeQuote: true }) },
    { name: "the same speaker's quote: common words count in full", m: facts("as president i will not be neutral", { quotedBySpeaker: true, speakerAgrees: true }) },
    { name: "the same speaker's quote: one content word on five words met", m: facts("nobody told us to leave and", { quotedBySpeaker: true, speakerAgrees: true }) },
  ])("must: $name", ({ m }) => {
    expect(hasEvidence(m, big)).toBe(true);
  });

  it.each([
    { name: "five everyday words, any speaker", m: facts("things are going to be") },
    { name: "two common content words in a long run, any speaker", m: facts("to be the next president of the election") },
    { name: "the men and women who (two content words, five met)", m: facts("the men and women who") },
    { name: "the speaker named nearby, words the corpus is about", m: facts("under president election", { speakerAgrees: true }) },
    { name: "the same speaker's quote, one content word, little of the draft", m: facts("better than anybody", { quotedBySpeaker: true, speakerAgrees: true }) },
    { name: "the same speaker's quote, everyday words only", m: facts("we have to do", { quotedBySpeaker: true, speakerAgrees: true }) },
    { name: "someone else's whole short quote with one content word", m: facts("is a tough", { wholeQuote: true }) },
    { name: "the same speaker's quote, one content word, four words met", m: facts("in the history of", { quotedBySpeaker: true, speakerAgrees: true }) },
    { name: "two words met, however rare", m: facts("waterboarding uranium", { quotedBySpeaker: true, speakerAgrees: true }) },
  ])("must-not: $name", ({ m }) => {
    expect(hasEvidence(m, big)).toBe(false);
  });
});
