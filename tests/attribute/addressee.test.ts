import { describe, expect, it } from "vitest";
import { addressedAfterCue } from "../../src/attribute/addressee.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a name after "to" past the cue ("wrote in a letter to Inspector General Tom
// Reyes") is whom the words went to, never their source; the writer is the name before the cue.
describe("the addressee after 'to' is no source", () => {
  const reported = (text: string): Quote[] => quotesOf(text, "indirect");
  it("must: the name before the cue writes, not the inspector written to", () => {
    const q = reported("The port closed early. Four boxes were moved to a locked room, Ana Ruiz, the harbour master, wrote in a letter to City Hall Inspector General Tom Reyes.")[0];
    expect(q).toMatchObject({ speaker: "Ana Ruiz", role: "the harbour master" });
  });
  const span = (text: string, word: string, nth = 0): { start: number; end: number } => {
    let at = -1;
    for (let n = 0; n <= nth; n++) at = text.indexOf(word, at + 1);
    return { start: at, end: at + word.length };
  };
  it.each([
    ["must: 'wrote in a memo to' and a title", "Lee wrote in a memo to Inspector General Tom Reyes.", "wrote", "Reyes", true],
    ["must: 'said in a letter to' a name", "Lee said in a letter to Tom Reyes.", "said", "Tom", true],
    ["must-not: 'according to' names the source", "The pier is safe, according to Tom Reyes.", "according", "Tom", false],
    ["must-not: an inverted source with no 'to'", "The pier is safe, said Inspector General Tom Reyes.", "said", "Tom", false],
    ["must-not: 'to' before a lower-case word ends no name run", "The pier is safe, said a lawyer to the mayor Tom Reyes.", "said", "Tom", false],
  ] as [string, string, string, string, boolean][])("%s", (_name, text, cue, mention, want) => {
    expect(addressedAfterCue(text, span(text, cue), span(text, mention))).toBe(want);
  });
});
